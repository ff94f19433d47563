"""A selected story keeps its cells' own colours while the table has not the keyboard. The
row is grey then (``DeskTable``: where the keyboard is shows), and its text was all black: a
"Ready" green, a "Review" orange and a red error count lost their colour (QA30 #9)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from netizen_editor.gui.contrast import readable_on


class KeptColours(QStyledItemDelegate):
    """Draws a selected cell without the keyboard (Qt's Inactive colours: the grey row) in the
    cell's own text colour, darkened where it would not read on the grey. With the keyboard
    the row stays the style's (white on the highlight)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if not option.state & QStyle.StateFlag.State_Selected:
            return  # (most cells: their own colour is the style's already)
        own = index.data(Qt.ItemDataRole.ForegroundRole)
        if isinstance(own, QBrush):
            own = own.color()
        if not isinstance(own, QColor):
            return
        inactive, role = QPalette.ColorGroup.Inactive, QPalette.ColorRole
        grey = option.palette.color(inactive, role.Highlight)
        option.palette.setColor(inactive, role.HighlightedText, readable_on(own, grey))
