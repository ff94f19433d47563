"""The Periksa panel's list of findings, for the keyboard as for the mouse: focus shows on a
row as soon as the list has it, and the Menu key and Shift+F10 ask for the current finding's
menu (a right click for the one pressed)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from netizen_editor.gui.menu_keys import shift_f10


class FindingsList(QListWidget):
    #: the menu of this row's finding, at this place on the screen
    menu_requested = Signal(QListWidgetItem, QPoint)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.currentItem() is None and event.reason() != Qt.FocusReason.MouseFocusReason:
            # Tab or a key to the list: the first finding gets the focus frame, not selected
            # (nothing moves in the editor); a click picks its own row
            items = (self.item(i) for i in range(self.count()))
            first = next((i for i in items if i.flags() & Qt.ItemFlag.ItemIsSelectable), None)
            if first is not None:
                self.setCurrentItem(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if shift_f10(event):
            self._menu_at_current()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() != QContextMenuEvent.Reason.Mouse:
            self._menu_at_current()  # the Menu key
        else:
            item = self.itemAt(self.viewport().mapFromGlobal(event.globalPos()))
            if item is not None:
                self.menu_requested.emit(item, event.globalPos())
        event.accept()

    def _menu_at_current(self) -> None:
        item = self.currentItem()
        if item is not None:
            rect = self.visualItemRect(item)
            self.menu_requested.emit(item, self.viewport().mapToGlobal(rect.bottomLeft()))
