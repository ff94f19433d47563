"""The desk's columns fit the desk's width. At 1366 px the desk (beside the Article Details,
about 1,000 px) scrolled sideways for Tanggal … Berkas: its thirteen columns wanted 1,750 px.

Each column has the width its cells and its header need in the language shown (``WIDTHS`` at
least, the header's own size hint, the widest status and time); the title takes the rest.
While that leaves the title less than ``TITLE_MIN``, the ``STEPS`` give way in turn: the file
(the title's tip names it), the dateline, the words, the editor, the labels, then the times'
room (the dates without their time, the last changes without who made them; their tips have
both). They come back when the desk is wider. The widths are set again when the desk's
width changes (a column the user dragged keeps its width until then).

A cell too narrow for its text ends in "…" and its tip says all of it (``CutTextTips``); the
title's tip also says what the columns left out would show. A title two rows share names its
file after it (``same_titles``) and is cut in its middle: the file's name stays in view. (The
same delegate keeps a selected row's colours without the keyboard: ``cell_colours``.)
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

from netizen_editor import i18n
from netizen_editor.article.dates import newsroom_zone, short_datetime
from netizen_editor.gui.desk.cell_colours import KeptColours
from netizen_editor.gui.desk.filtering import COLUMNS
from netizen_editor.gui.desk.table_model import STATUS_NAMES, TIP_ROLE, DeskTableModel, status_name
from netizen_editor.gui.plain_text import shown_plain

#: each column's width at least (px); the title takes the rest
WIDTHS = {"status": 80, "locked_by": 90, "errors": 50, "warnings": 65, "author": 110,
          "editor": 100, "labels": 110, "dateline": 90, "date": 80, "words": 55,
          "modified": 120, "path": 150}  # fmt: skip
#: the title's least width before the desk gives something up (~36 characters)
TITLE_MIN = 240
#: a step: the dates without their time, the last changes without who made them
NARROW = "narrow"
#: what gives way, in turn, while the columns do not fit (a column left out; NARROW)
STEPS = ("path", "dateline", "words", "editor", "labels", NARROW)
#: a time as the table shows it at its widest (the 27th, in WITA) and the room for who made
#: a last change (a longer name ends in "…"; the tip has it)
WIDEST = dt.datetime(2026, 12, 27, 18, 24, tzinfo=newsroom_zone("WITA"))
WHO = " · Budi S."
#: a cell's margins around its text (px)
MARGINS = 14


class ColumnFit(QObject):
    """Fits ``table``'s columns (its model a ``DeskTableModel``) to its width, each time that
    width changes."""

    def __init__(self, table: QTableView, model: DeskTableModel):
        super().__init__(table)
        self.table, self.model = table, model
        self._width = -1
        table.setItemDelegate(CutTextTips(table))
        for column, name in enumerate(COLUMNS):  # until the table is shown, all of them
            table.setColumnWidth(column, self.width(name))
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.table.viewport().width() != self._width:
            self.fit()
        return False

    def width(self, name: str, narrow: bool = False) -> int:
        """What column ``name`` needs: its header (text, margins, the sort arrow), and its
        widest status or time."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader().sectionSizeHint(COLUMNS.index(name))
        sample = ""
        if name == "status":
            sample = max(map(status_name, STATUS_NAMES), key=metrics.horizontalAdvance)
        elif name in ("date", "modified"):
            widest = WIDEST.date() if narrow and name == "date" else WIDEST
            who = WHO if name == "modified" and not narrow else ""
            sample = short_datetime(widest, i18n.language()) + who
        needed = metrics.horizontalAdvance(sample) + MARGINS if sample else 0
        return max(WIDTHS.get(name, TITLE_MIN), header, needed)

    def fit(self) -> None:
        """The columns that fit, at their widths, the title the rest; ``STEPS`` given up
        until the title has ``TITLE_MIN``."""
        room = self._width = self.table.viewport().width()
        for given in range(len(STEPS) + 1):
            left_out = STEPS[:given]
            narrow = NARROW in left_out
            widths = {name: self.width(name, narrow) for name in COLUMNS
                      if name != "title" and name not in left_out}  # fmt: skip
            if sum(widths.values()) + TITLE_MIN <= room:
                break
        widths["title"] = max(TITLE_MIN, room - sum(widths.values()))
        self.model.set_narrow(narrow)
        header = self.table.horizontalHeader()
        for column, name in enumerate(COLUMNS):
            header.setSectionHidden(column, name not in widths)
            if name in widths:
                header.resizeSection(column, widths[name])


class CutTextTips(KeptColours):
    """A cell's tip with all of its text when the cell cut it short ("…"), and the title's
    with what the columns left out would show."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        model = index.model()
        if isinstance(model, DeskTableModel) and COLUMNS[index.column()] == "title":
            entry = model.entry(index.row())
            if entry is not None and entry.path in model.twins:  # "Judul — …salinan.md"
                option.textElideMode = Qt.TextElideMode.ElideMiddle

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event is None or view is None or event.type() != QEvent.Type.ToolTip:
            return super().helpEvent(event, view, option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        lines = [str(index.data(TIP_ROLE) or "")]
        if text and text not in lines[0] and self._cut(view, option, index, text):
            lines.insert(0, text)
        if isinstance(view, QTableView) and COLUMNS[index.column()] == "title":
            lines += _left_out(view, index)
        tip = "\n".join(line for line in lines if line)
        QToolTip.showText(event.globalPos(), shown_plain(tip) if tip else "", view)
        return bool(tip)

    def _cut(self, view: QAbstractItemView, option: QStyleOptionViewItem,
             index: QModelIndex | QPersistentModelIndex, text: str) -> bool:  # fmt: skip
        """Whether the cell shows ``text`` cut short."""
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        style = view.style()
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, shown, view).width()
        return shown.fontMetrics.horizontalAdvance(text) > room


def _left_out(view: QTableView, index: QModelIndex | QPersistentModelIndex) -> list[str]:
    """ "Header: text" for each column of ``index``'s row that the table leaves out."""
    model: QAbstractItemModel = index.model()
    header = view.horizontalHeader()
    lines = []
    for column in range(model.columnCount()):
        text = model.index(index.row(), column).data(Qt.ItemDataRole.DisplayRole)
        if header.isSectionHidden(column) and text and COLUMNS[column] != "path":
            name = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            lines.append(f"{name}: {text}")
    return lines
