"""The desk's cell colours stay readable. A selected story keeps its cells' own colours while
the table has not the keyboard: the row is grey then (``DeskTable``: where the keyboard is
shows), and its text was all black: a "Ready" green, a "Review" orange and a red error count
lost their colour (QA30 #9). On a dark theme the same colours, made for a white table, were
dark on dark ("Draf" grey ~2.1:1, an error count ~1.7:1: QA36): every cell's own colour is
drawn in its nearest shade that reads on the cell's background."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from netizen_editor.gui.contrast import readable_on


class KeptColours(QStyledItemDelegate):
    """Draws a cell's own text colour (the model's) in its nearest shade that reads on what is
    behind it: the cell's own background, else the table's (row or alternate row); a selected
    cell without the keyboard (Qt's Inactive colours: the grey row) keeps its colour on the
    grey. With the keyboard a selected row stays the style's (white on the highlight)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        own = index.data(Qt.ItemDataRole.ForegroundRole)
        if isinstance(own, QBrush):
            own = own.color()
        if not isinstance(own, QColor):
            return  # (most cells: the style's own colour, made for its background)
        role = QPalette.ColorRole
        if option.state & QStyle.StateFlag.State_Selected:
            inactive = QPalette.ColorGroup.Inactive
            grey = option.palette.color(inactive, role.Highlight)
            option.palette.setColor(inactive, role.HighlightedText, readable_on(own, grey))
            return
        if option.backgroundBrush.style() != Qt.BrushStyle.NoBrush:
            ground = option.backgroundBrush.color()  # (a story that cannot be read: its pink)
        elif option.features & QStyleOptionViewItem.ViewItemFeature.Alternate:
            ground = option.palette.color(role.AlternateBase)
        else:
            ground = option.palette.color(role.Base)
        option.palette.setColor(role.Text, readable_on(own, ground))
