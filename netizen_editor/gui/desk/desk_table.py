"""The desk's table of stories: Enter opens the current one, the Menu key and Shift+F10 ask for
its menu (where Sort By sorts as a header's click does), and the story in view (or selected)
stays in place when the rows are sorted or filtered anew. A poll moves a colleague's change to
the top of a desk sorted newest first: a view at the top stays there and shows it (it went
above the visible area, the scroll bar at its top: QA31 F3)."""

from __future__ import annotations

from functools import partial
from typing import NamedTuple

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTableView, QWidget

from netizen_editor.gui.desk.table_model import DeskTableModel
from netizen_editor.gui.mnemonics import own_letters


class Anchor(NamedTuple):
    """What stays in place when the rows move (``DeskTable.anchor``)."""

    path: str  # the story kept in place
    top: int  # its row's top on the screen
    selected: bool  # it is the selected story
    at_top: bool  # the view was scrolled to the first row


class DeskTable(QTableView):
    """The table; Enter or Return opens the current story (as a double click does); the Menu
    key and Shift+F10 ask for the current story's menu, a right click for the one pressed (a
    row selected may show a note above the table: the rows move before the menu is asked)."""

    open_requested = Signal()
    #: the story menu of this row, at this place on the screen
    menu_requested = Signal(int, QPoint)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._pressed_row = -1
        self._select_when_listed = False  # ``select_a_row`` came before the desk's rows
        # whether the keyboard is here shows (Fusion's table looked the same with it or not):
        # its frame in the focus colour, the selected row grey without the keyboard
        self.setStyleSheet(
            "DeskTable { border: 1px solid palette(mid); }"
            " DeskTable:focus { border: 1px solid palette(highlight); }"
        )
        palette, role = self.palette(), QPalette.ColorRole
        inactive = QPalette.ColorGroup.Inactive
        palette.setColor(inactive, role.Highlight, palette.color(role.Midlight))
        palette.setColor(inactive, role.HighlightedText, palette.color(role.Text))
        self.setPalette(palette)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.layoutChanged.connect(self._listed)

    def select_a_row(self) -> None:
        """The current row selected (the first when none is current) when no row is: the
        keyboard was put here (Ctrl+Shift+D, a desk just opened) and the status buttons act on
        the selected story; they stayed grey until an arrow key (QA37 #15). A desk still being
        read has its first row selected once listed, while the keyboard is still here."""
        self._select_when_listed = False
        if self.selectionModel().hasSelection():
            return
        if not self.model().rowCount():
            self._select_when_listed = True
            return
        row = max(0, self.currentIndex().row())
        self.selectRow(row)
        self.scrollTo(self.model().index(row, 0))

    def _listed(self) -> None:
        if self._select_when_listed and self.model().rowCount():
            if self.hasFocus():
                self.select_a_row()
            self._select_when_listed = False

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._select_when_listed = False  # the keyboard went elsewhere first
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            event.accept()
            return
        shift_f10 = (event.key() == Qt.Key.Key_F10
                     and event.modifiers() == Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
        if shift_f10:
            self._menu_at_current()
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            self._pressed_row = self.indexAt(event.position().toPoint()).row()
        super().mousePressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() != QContextMenuEvent.Reason.Mouse:
            self._menu_at_current()  # the Menu key
        else:
            row, self._pressed_row = self._pressed_row, -1
            if row < 0:
                row = self.indexAt(self.viewport().mapFromGlobal(event.globalPos())).row()
            if row >= 0:
                self.menu_requested.emit(row, event.globalPos())
        event.accept()

    def _menu_at_current(self) -> None:
        current = self.currentIndex()
        if current.isValid():
            rect = self.visualRect(current)
            self.menu_requested.emit(current.row(), self.viewport().mapToGlobal(rect.center()))

    def sort_menu(self, parent: QWidget) -> QMenu:
        """Sort by a column from the keyboard (a header's click): the column sorted by now
        checked; choosing it again turns the order round."""
        menu = QMenu(self.tr("&Sort By"), parent)
        menu.setObjectName("desk_sort_menu")
        header = self.horizontalHeader()
        now, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        for column in (header.logicalIndex(n) for n in range(header.count())):  # as shown
            name = self.model().headerData(column, Qt.Orientation.Horizontal,
                                         Qt.ItemDataRole.DisplayRole)  # fmt: skip
            action = menu.addAction(str(name), partial(self.sort_by, column))
            action.setCheckable(True)
            action.setChecked(column == now)
            if column == now:
                up = order == Qt.SortOrder.AscendingOrder
                action.setText(f"{name} {'▲' if up else '▼'}")
        return own_letters(menu)

    def sort_by(self, column: int) -> None:
        """Sort by ``column``; by the one sorted by already, the other way round."""
        header = self.horizontalHeader()
        order = Qt.SortOrder.AscendingOrder
        if column == header.sortIndicatorSection():
            up = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
            order = Qt.SortOrder.DescendingOrder if up else Qt.SortOrder.AscendingOrder
        self.sortByColumn(column, order)

    def anchor(self) -> Anchor | None:
        """Before the rows are sorted or filtered anew: the story to keep in place (the
        current one when it is on screen, else the top row shown), its row's top on the
        screen, whether it is the selected story, and whether the view is at its top."""
        model = self.model()
        if not isinstance(model, DeskTableModel) or not model.rowCount():
            return None
        current = self.currentIndex()
        selected = (
            self.selectionModel().isRowSelected(current.row()) if current.isValid() else False
        )
        row = current.row() if current.isValid() else -1
        top = self.rowViewportPosition(row) if row >= 0 else -1
        if row < 0 or top < 0 or top >= self.viewport().height():
            row = max(0, self.rowAt(0))
            top, selected = self.rowViewportPosition(row), False
        entry = model.entry(row)
        at_top = self.verticalScrollBar().value() == 0
        return Anchor(entry.path, top, selected, at_top) if entry is not None else None

    def keep_in_place(self, anchor: Anchor | None, *, poll: bool = False) -> None:
        """After the rows moved: the anchor's story selected (and current) as it was, and
        scrolled back to where it was on the screen, or into view when that cannot be. After
        a ``poll`` a view at its top stays there: the newest change comes in at the top."""
        model = self.model()
        if anchor is None or not isinstance(model, DeskTableModel):
            return
        path, top, selected, at_top = anchor
        row = model.row_of(path)
        if row < 0:
            return
        index = model.index(row, 0)
        kept = self.currentIndex().row() == row and self.selectionModel().isRowSelected(row)
        if selected and not kept:  # the persistent indexes lost it: select it again
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            rows = flags | QItemSelectionModel.SelectionFlag.Rows
            self.selectionModel().setCurrentIndex(index, rows)
        self.updateGeometries()  # the scroll bar's range for the rows shown now
        bar = self.verticalScrollBar()
        if poll and at_top:
            bar.setValue(0)
        else:
            moved = self.rowViewportPosition(row) - top
            if self.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem:
                moved = round(moved / max(1, self.verticalHeader().defaultSectionSize()))
            bar.setValue(bar.value() + moved)
        if selected:
            self.scrollTo(index)  # in view at least (nothing scrolls when it is already)
