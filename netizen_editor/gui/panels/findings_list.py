"""The Periksa panel's list of findings, for the keyboard as for the mouse (``place_rows``):
a finding selected is shown, Enter or a double click goes there, focus shows on a row as soon
as the list has it, and the Menu key and Shift+F10 ask for the current finding's menu (a right
click for the one pressed)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Signal, SignalInstance
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from netizen_editor.gui.panels.place_rows import PlaceRows


class FindingsList(QListWidget):
    #: a finding selected (arrows, a click): show it, the focus staying in the list
    shown = Signal(QListWidgetItem)
    #: Enter or a double click on a finding: go there
    chosen = Signal(QListWidgetItem)
    #: the menu of this row's finding, at this place on the screen
    menu_requested = Signal(QListWidgetItem, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = PlaceRows(self)
        self.rows.shown.connect(lambda index: self._emit(self.shown, index))
        self.itemActivated.connect(self.chosen)  # (rows.chosen, as an item)
        self.rows.menu_requested.connect(
            lambda index, point: self._emit(self.menu_requested, index, point)
        )

    def _emit(self, signal: SignalInstance, index: QModelIndex, *more: object) -> None:
        item = self.itemFromIndex(index)
        if item is not None:
            signal.emit(item, *more)
