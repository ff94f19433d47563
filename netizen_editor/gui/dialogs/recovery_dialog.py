"""The dialog offering back the work a crashed or killed session left in the journal."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QPushButton, QTreeWidget, QTreeWidgetItem, QWidget

from netizen_editor import i18n
from netizen_editor.article.dates import clock_text, newsroom_short, newsroom_zone
from netizen_editor.gui.plain_text import shown_plain
from netizen_editor.gui.uiloader import child, load_ui
from netizen_editor.storage.recovery import RecoveryItem
from netizen_editor.terminal import terminal_safe

RESTORE, DISCARD, LATER = "restore", "discard", "later"
ID_ROLE = Qt.ItemDataRole.UserRole
#: the least the title's column gets, however long the file's name beside it
MIN_TITLE_WIDTH = 160
#: pixels between a file's longest line and the time's column
COLUMN_GAP = 12


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecoveryDialog", text)


def describe_time(when: dt.datetime, now: dt.datetime | None = None, zone: str = "WIB") -> str:
    """When the work was last journalled, on the newsroom's clock (like the article's date),
    whatever zone the machine is set to, as the desk writes a time: "today at 14.30.05 WIB",
    "5 Des 2026 09.15 WIB" (it wrote "2026-12-05 09:15 WIB": QA34 F6)."""
    newsroom = newsroom_zone(zone)
    language = i18n.language()
    try:
        shown = when.astimezone(newsroom)
    except (OverflowError, ValueError, OSError):  # a planted journal's time past the calendar
        return newsroom_short(when, zone, language, seconds=False)
    today = (now or dt.datetime.now(dt.UTC)).astimezone(newsroom).date()
    if shown.date() == today:
        return _tr("today at {time}").format(time=clock_text(shown, language, seconds=True))
    return newsroom_short(when, zone, language, seconds=False)


class RecoveryDialog(QDialog):
    """Lists each recoverable article; ``choices()`` says what to do with each after closing."""

    def __init__(
        self, items: list[RecoveryItem], parent: QWidget | None = None, zone: str | None = None
    ):
        super().__init__(parent)
        load_ui("recovery_dialog.ui", self)
        self.items = list(items)
        # the newsroom's zone: given, or the window's settings
        settings = getattr(parent, "settings", None)
        self.zone = zone or str(getattr(settings, "timezone", "WIB") or "WIB")
        self.tree = child(self, QTreeWidget, "items_tree")
        self.restore_button = child(self, QPushButton, "restore_button")
        self.discard_button = child(self, QPushButton, "discard_button")
        self.later_button = child(self, QPushButton, "later_button")
        self._decision = LATER
        self.tree.setUniformRowHeights(False)  # a row with a note is two lines high
        for item in self.items:
            self.tree.addTopLevelItem(self._row(item))
        self.restore_button.setDefault(True)
        self.restore_button.setFocus()
        self.restore_button.clicked.connect(lambda: self._decide(RESTORE))
        self.discard_button.clicked.connect(lambda: self._decide(DISCARD))
        self.later_button.clicked.connect(lambda: self._decide(LATER))

    def _row(self, item: RecoveryItem) -> QTreeWidgetItem:
        title = item.title_hint or item.first_line or _tr("(empty article)")
        if item.path is None and item.copy_of is not None:
            where = _tr("A copy of {name} — never saved").format(name=item.copy_of.name)
        elif item.path is None:
            where = _tr("Untitled — never saved")
        elif item.reason == "file_missing":
            where = _tr("{name} (the file is gone)").format(name=item.path.name)
        else:
            where = item.path.name
        notes = []
        if item.disk_changed:
            notes.append(_tr("— also changed on disk since"))
        if item.maybe_open:  # its session's process could not be told from another
            notes.append(_tr("— may still be open in another window"))
        # a planted name's (or title's) controls shown, not obeyed, as in the tabs: a file
        # "laporan<U+202E>gpj.exe.md" read "laporandm.exe.jpg"; each note on a line of its
        # own under it: "harga-bbm.md — also changed on disk since" on one line ran under the
        # next column at 1366 px (QA34 F9)
        shown = [terminal_safe(title), "\n".join([terminal_safe(where), *notes])]
        row = QTreeWidgetItem([*shown, describe_time(item.time, zone=self.zone)])
        row.setData(0, ID_ROLE, item.doc_id)
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        row.setCheckState(0, Qt.CheckState.Checked)
        tip = item.first_line or title
        if item.path is not None:
            tip += "\n" + str(item.path)
        row.setToolTip(0, shown_plain(tip))
        row.setToolTip(1, shown_plain(str(item.path) if item.path else shown[1]))
        return row

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns()  # the list's width is known once the dialog is laid out

    def _fit_columns(self) -> None:
        """The file and its notes, and the time, whole; the title what it needs, up to 380 px
        and the room they leave (the whole title in its tooltip), so that the list does not
        scroll sideways; at least ``MIN_TITLE_WIDTH`` beside a very long file name."""
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(1, self.tree.columnWidth(1) + COLUMN_GAP)
        others = self.tree.columnWidth(1) + self.tree.columnWidth(2)
        left = self.tree.viewport().width() - others
        self.tree.setColumnWidth(0, max(MIN_TITLE_WIDTH, min(self.tree.columnWidth(0), left, 380)))

    def set_checked(self, doc_id: str, checked: bool) -> None:
        for row in self._rows():
            if row.data(0, ID_ROLE) == doc_id:
                row.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _rows(self) -> list[QTreeWidgetItem]:
        rows = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [row for row in rows if row is not None]

    def _decide(self, decision: str) -> None:
        self._decision = decision
        if decision == LATER:
            self.reject()
        else:
            self.accept()

    def reject(self) -> None:  # Escape or the window's close button: decide later
        self._decision = LATER if self._decision != DISCARD else DISCARD
        super().reject()

    def choices(self) -> dict[str, str]:
        """doc_id → restore, discard or later."""
        if self._decision != RESTORE:
            return {item.doc_id: self._decision for item in self.items}
        result = {}
        for row in self._rows():
            checked = row.checkState(0) == Qt.CheckState.Checked
            result[row.data(0, ID_ROLE)] = RESTORE if checked else DISCARD
        return result
