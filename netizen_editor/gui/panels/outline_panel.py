"""The outline panel: the article's headings. A heading selected (arrows, a click) asks to show
its line, the focus staying in the outline; Enter or a double click asks to go there
(``place_rows``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal, SignalInstance
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from netizen_editor.grammar.scan import Heading
from netizen_editor.gui.panels.place_rows import PlaceRows
from netizen_editor.gui.plain_text import shown_plain

LINE_ROLE = Qt.ItemDataRole.UserRole


class OutlineView(QTreeWidget):
    heading_activated = Signal(int)  # 1-based line: go there (Enter, a double click)
    heading_shown = Signal(int)  # 1-based line: show it, the outline keeps the focus

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("outline")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setExpandsOnDoubleClick(False)
        self.setIndentation(14)
        self.setToolTip(
            QCoreApplication.translate(
                "Outline", "Click a heading to show it; double-click it or press Enter to go there"
            )
        )
        self._headings: list[Heading] = []
        self._known = False  # no headings given yet (a tab still opening): no "none yet" hint
        self.rows = PlaceRows(self)
        self.rows.shown.connect(lambda index: self._line(index, self.heading_shown))
        self.rows.chosen.connect(lambda index: self._line(index, self.heading_activated))

    def set_headings(self, headings: list[Heading]) -> None:
        if not self._known:
            self._known = True
            self.viewport().update()
        if headings == self._headings:
            return
        self._headings = list(headings)
        with self.rows.quiet():
            self._fill(headings)

    def _fill(self, headings: list[Heading]) -> None:
        self.clear()
        parents: list[tuple[int, QTreeWidgetItem]] = []
        for heading in headings:
            while parents and parents[-1][0] >= heading.level:
                parents.pop()
            item = QTreeWidgetItem([heading.title])
            item.setData(0, LINE_ROLE, heading.line)
            item.setToolTip(0, shown_plain(f"{heading.title} — {heading.line}"))
            if parents:
                parents[-1][1].addChild(item)
            else:
                self.addTopLevelItem(item)
            parents.append((heading.level, item))
        self.expandAll()

    def headings(self) -> list[Heading]:
        return list(self._headings)

    def item_for_line(self, line: int) -> QTreeWidgetItem | None:
        for item in self._items():
            if item.data(0, LINE_ROLE) == line:
                return item
        return None

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        tops = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        stack = [item for item in tops if item is not None]
        while stack:
            item = stack.pop(0)
            found.append(item)
            children = (item.child(i) for i in range(item.childCount()))
            stack[0:0] = [child for child in children if child is not None]
        return found

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.topLevelItemCount() or not self._known:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        painter.drawText(
            self.viewport().rect().adjusted(12, 12, -12, -12),
            Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
            QCoreApplication.translate(
                "Outline", "No headings yet. Lines that start with ## appear here."
            ),
        )

    def _line(self, index: QModelIndex, signal: SignalInstance) -> None:
        line = index.data(LINE_ROLE)
        if isinstance(line, int):
            signal.emit(line)
