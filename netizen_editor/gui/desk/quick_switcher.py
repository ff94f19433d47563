"""Ctrl+P: a story of the desk by its title. Type a few letters of the title (or the file
name); Up and Down choose, Enter opens, Escape closes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from netizen_editor.desk.entry import DeskEntry
from netizen_editor.gui.desk.table_model import status_name
from netizen_editor.gui.plain_text import shown_plain
from netizen_editor.terminal import terminal_safe

#: the list shows at most this many stories
MAX_SHOWN = 50
PATH_ROLE = Qt.ItemDataRole.UserRole


def ranked(entries: list[DeskEntry], query: str) -> list[DeskEntry]:
    """The stories whose title or path has every word of ``query``: titles that start with
    it first, then the newest (``entries`` are newest first)."""
    words = query.casefold().split()
    if not words:
        return [e for e in entries if e.problem is None][:MAX_SHOWN]
    found = []
    for order, entry in enumerate(entries):
        title = entry.title.casefold()
        where = f"{title} {entry.path.casefold()}"
        if all(word in where for word in words):
            found.append((0 if title.startswith(words[0]) else 1, order, entry))
    found.sort(key=lambda item: item[:2])
    return [entry for _first, _order, entry in found[:MAX_SHOWN]]


class QuickSwitcher(QDialog):
    #: the chosen story's path in the desk
    chosen = Signal(str)

    def __init__(self, entries: list[DeskEntry], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("desk_quick_switcher")
        self.setWindowTitle(self.tr("Go to Story"))
        self.entries = entries
        self.edit = QLineEdit()
        self.edit.setObjectName("quick_switcher_edit")
        self.edit.setPlaceholderText(self.tr("A story's title…"))
        self.list = QListWidget()
        self.list.setObjectName("quick_switcher_list")
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        self.resize(640, 380)
        self.edit.textChanged.connect(self._fill)
        self.edit.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self._fill("")

    def _fill(self, query: str) -> None:
        self.list.clear()
        for entry in ranked(self.entries, query):
            status = status_name(entry.status)
            # an untitled story is named by its path: once (QA22 #13 had it twice)
            where = f" · {entry.path}" if entry.title else ""
            shown = terminal_safe(f"{entry.title or entry.path}   — {status}{where}")
            item = QListWidgetItem(shown)  # a planted name's controls shown, not obeyed
            item.setData(PATH_ROLE, entry.path)
            item.setToolTip(shown_plain(terminal_safe(entry.path)))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown
            ):  # fmt: skip
                self.list.keyPressEvent(event)
                return True
            if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter
            ):  # fmt: skip
                self.accept()
                return True
        return super().eventFilter(watched, event)

    def current_path(self) -> str | None:
        item = self.list.currentItem()
        return item.data(PATH_ROLE) if item is not None else None

    def accept(self) -> None:
        path = self.current_path()
        super().accept()
        if path:
            self.chosen.emit(path)
