"""Lists and trees of places in the article (Periksa's findings, Kerangka's headings,
Tinjauan's marks), the same by keyboard as by mouse, as IDEs' problem lists:

- a row selected (arrows, a click) is *shown*: its owner puts the editor there while the focus
  stays in the view, so the arrows go on moving through the rows;
- Enter or a double click *chooses* it: its owner goes there and gives the editor the focus;
- Tab (or a key) into the view gives it a current row, the first, without selecting it (nothing
  moves in the editor); a click picks its own row;
- the Menu key and Shift+F10 ask for the current row's menu, a right click for the row pressed.

A view refilled by its owner (new findings, a new text) is refilled inside ``quiet()``: a row
selected again there is not shown (the editor stays where the user is typing).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

from netizen_editor.gui.menu_keys import shift_f10


class PlaceRows(QObject):
    #: a row selected (arrows, a click): show its place, the focus staying in the view
    shown = Signal(QModelIndex)
    #: Enter or a double click on a row: go to its place
    chosen = Signal(QModelIndex)
    #: the menu of this row, at this place on the screen
    menu_requested = Signal(QModelIndex, QPoint)

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self._quiet = 0
        self._pressed_shown: QPersistentModelIndex | None = None  # shown by the press
        self._viewport = view.viewport()  # compared, not asked: it may be going away
        view.installEventFilter(self)
        self._viewport.installEventFilter(self)
        view.activated.connect(self.chosen)
        view.clicked.connect(self._clicked)
        view.selectionModel().selectionChanged.connect(self._selected)

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """Rows selected meanwhile (the owner refilling the view) are not shown."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def first_row(self) -> QModelIndex | None:
        """The first row that can be selected (a group's heading cannot)."""
        model = self.view.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if model.flags(index) & Qt.ItemFlag.ItemIsSelectable:
                return index
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.view and isinstance(event, QFocusEvent) and kind == QEvent.Type.FocusIn:
            self._focused(event)
        elif watched is self.view and isinstance(event, QKeyEvent) and shift_f10(event):
            if kind == QEvent.Type.KeyPress:
                self._menu_at_current()
            return True
        elif isinstance(event, QContextMenuEvent) and watched in (self.view, self._viewport):
            if event.reason() != QContextMenuEvent.Reason.Mouse:
                self._menu_at_current()  # the Menu key (sent to the view itself)
            else:
                index = self.view.indexAt(self._viewport.mapFromGlobal(event.globalPos()))
                if index.isValid():
                    self.menu_requested.emit(index, event.globalPos())
            return True
        elif watched is self._viewport and kind == QEvent.Type.MouseButtonPress:
            self._pressed_shown = None
        return False

    def _focused(self, event: QFocusEvent) -> None:
        if self.view.currentIndex().isValid():
            return
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            return
        first = self.first_row()
        if first is not None:
            self.view.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _selected(self) -> None:
        if self._quiet:
            return
        chosen = self.view.selectionModel().selectedIndexes()
        if chosen:
            self._pressed_shown = QPersistentModelIndex(chosen[0])
            self.shown.emit(chosen[0])

    def _clicked(self, index: QModelIndex) -> None:
        if self._pressed_shown is not None and self._pressed_shown == index:
            return  # the click selected it: shown already
        self.shown.emit(index)  # the row selected already, clicked again

    def _menu_at_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            rect = self.view.visualRect(index)
            self.menu_requested.emit(index, self.view.viewport().mapToGlobal(rect.bottomLeft()))
