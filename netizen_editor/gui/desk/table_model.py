"""The desk table's model: the desk's entries (every article of the folder) as rows, filtered
and sorted by the model itself (``filtering``: a key sort of 10,000 rows takes milliseconds,
Qt's proxy model took over a second).

Cells are made when the view asks for them (only the rows on screen). A poll's new list
keeps the selection and the current row: they follow their article's path.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP as _QT_TRANSLATE_NOOP
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from netizen_editor import i18n
from netizen_editor.desk.entry import DeskEntry, article_date, reader_time
from netizen_editor.gui.desk.filtering import COLUMNS, DeskFilter, labels_text, shown_rows
from netizen_editor.gui.desk.same_titles import title_text, twin_names
from netizen_editor.gui.numbers import count_text
from netizen_editor.gui.plain_text import shown_plain
from netizen_editor.terminal import bidi_escaped

#: marks a text for lupdate and returns it (PySide's stub says ``object``)
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], _QT_TRANSLATE_NOOP)
_NO_PARENT = QModelIndex()
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's DeskEntry
PATH_ROLE = Qt.ItemDataRole.UserRole + 2  # its path in the desk
TIP_ROLE = Qt.ItemDataRole.UserRole + 3  # the cell's tip as written (ToolTipRole's is escaped)

HEADERS = {
    "title": QT_TRANSLATE_NOOP("DeskTable", "Title"),
    "status": QT_TRANSLATE_NOOP("DeskTable", "Status"),
    "author": QT_TRANSLATE_NOOP("DeskTable", "Author"),
    "editor": QT_TRANSLATE_NOOP("DeskTable", "Editor"),
    "labels": QT_TRANSLATE_NOOP("DeskTable", "Labels"),
    "dateline": QT_TRANSLATE_NOOP("DeskTable", "Dateline"),
    "date": QT_TRANSLATE_NOOP("DeskTable", "Date"),
    "words": QT_TRANSLATE_NOOP("DeskTable", "Words"),
    "errors": QT_TRANSLATE_NOOP("DeskTable", "Errors"),
    "warnings": QT_TRANSLATE_NOOP("DeskTable", "Warnings"),
    "modified": QT_TRANSLATE_NOOP("DeskTable", "Last Change"),
    "locked_by": QT_TRANSLATE_NOOP("DeskTable", "Open By"),
    "path": QT_TRANSLATE_NOOP("DeskTable", "File"),
}
STATUS_NAMES = {
    "draft": QT_TRANSLATE_NOOP("DeskTable", "Draft"),
    "review": QT_TRANSLATE_NOOP("DeskTable", "Review"),
    "ready": QT_TRANSLATE_NOOP("DeskTable", "Ready"),
    "published": QT_TRANSLATE_NOOP("DeskTable", "Published"),
    "spiked": QT_TRANSLATE_NOOP("DeskTable", "Spiked"),
    "problem": QT_TRANSLATE_NOOP("DeskTable", "Not an article"),
}
#: the status cell's colour (text) per status; a problem row's background
STATUS_COLOURS = {"draft": "#5f6368", "review": "#b06000", "ready": "#137333",
                  "published": "#1a57c0", "spiked": "#a50e0e"}  # fmt: skip
PROBLEM_BACKGROUND = "#fdecea"
#: at most this many stories whose counts alone changed are painted again in place
COUNTS_IN_PLACE_AT_MOST = 500
PROBLEM_TEXT = "#a50e0e"
#: the title of a story that shares its id with another (a copy made outside the app)
SAME_ID_TEXT = "#b06000"
NUMBERS = ("words", "errors", "warnings")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeskTable", text)


def status_name(status: str) -> str:
    """The status as the desk shows it (translated)."""
    return _tr(STATUS_NAMES[status]) if status in STATUS_NAMES else status


def same_id_note(entry: DeskEntry) -> str:
    """What a story that shares its id with another is told (the desk's tip and message)."""
    return _tr("It has the same id as {other} (a copy made outside the app?): the two share "
               "one history and one Blogger post. Give one of them a new id: right-click › "
               "Give a New ID.").format(other=entry.same_id_as)  # fmt: skip


def problem_note(entry: DeskEntry) -> str:
    """Why a file of the desk is no article (the desk's tip and message)."""
    return _tr("{path} cannot be read as an article: {problem}").format(
        path=entry.path, problem=entry.problem
    )


class DeskTableModel(QAbstractTableModel):
    #: the rows shown changed (filter, sort or a poll): the panel updates its counts
    shown_changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.entries: list[DeskEntry] = []
        self.filter = DeskFilter()
        self.sort_column = "modified"
        self.descending = True
        #: the newsroom's zone (the settings' WIB, WITA or WIT): the last changes' and the
        #: locks' times are on its clock, named, as everywhere else in the app
        self.zone = "WIB"
        #: the table is narrow (``column_fit``): the articles' dates without their time and
        #: the last changes without who made them (their tips have both)
        self.narrow = False
        #: this window's user as their locks name them, and their computer: a story they have
        #: open reads "You" in the Open By column, as a person says it (its tip names them)
        self.me = ("", "")
        self._rows: list[int] = []  # indexes into entries, in the order shown
        #: the rows shown whose title another has too, by path: what their cells add to it
        #: (``same_titles``: the file's name)
        self.twins: dict[str, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._warning: QIcon | None = None  # made when a row first needs it

    # -- the data ------------------------------------------------------------------------------
    def set_entries(self, entries: list[DeskEntry], changed: set[str] | None = None) -> bool:
        """The desk's whole list (a poll's, whose ``changed`` paths are those that changed);
        the selection follows its articles. When only the checks' counts of a few stories
        changed and neither the order nor the filter reads them, only their rows are painted
        again (the counts of a big desk come a few at a time: the rows were sorted anew each
        time, ~30 ms of the window's thread at 10,000 stories). True when that was so."""
        if changed is not None and self._counts_only(entries, changed):
            rows = {self.entries[i].path: row for row, i in enumerate(self._rows)}
            self.entries = list(entries)
            last = self.columnCount() - 1
            for path in changed:
                row = rows.get(path, -1)
                if row >= 0:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, last))
            return True
        self._relayout(lambda: setattr(self, "entries", list(entries)))
        return False

    def _counts_only(self, entries: list[DeskEntry], changed: set[str]) -> bool:
        """Whether ``entries`` are the stories shown, in the same order, that differ only in
        the checks' counts of ``changed`` (a few), with the order and the filter not reading
        those counts."""
        if (
            not changed
            or len(changed) > COUNTS_IN_PLACE_AT_MOST
            or len(entries) != len(self.entries)
            or self.sort_column in ("errors", "warnings")
        ):
            return False
        where = {entry.path: n for n, entry in enumerate(self.entries)}
        for path in changed:
            n = where.get(path)
            if n is None or entries[n].path != path:
                return False
            old, new = self.entries[n], entries[n]
            if replace(new, errors=old.errors, warnings=old.warnings) != old:
                return False
        return True

    def set_filter(self, wanted: DeskFilter) -> None:
        self._relayout(lambda: setattr(self, "filter", wanted))

    def entry(self, row: int) -> DeskEntry | None:
        return self.entries[self._rows[row]] if 0 <= row < len(self._rows) else None

    def row_of(self, path: str) -> int:
        """The row showing the article ``path``; -1 when it is not shown."""
        for row, index in enumerate(self._rows):
            if self.entries[index].path == path:
                return row
        return -1

    def shown(self) -> list[DeskEntry]:
        return [self.entries[i] for i in self._rows]

    def _relayout(self, change: Callable[[], object]) -> None:
        """Apply ``change`` and compute the rows again, moving the persistent indexes (the
        view's selection and current row) to where their articles are now."""
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        paths = [self._path_at(index.row()) for index in kept]
        change()
        self._rows = shown_rows(
            self.entries, self.filter, self.sort_column, self.descending, self.zone
        )
        self.twins = twin_names(self.shown())
        where = {self.entries[i].path: row for row, i in enumerate(self._rows)}
        new = []
        for index, path in zip(kept, paths, strict=True):
            row = where.get(path, -1) if path is not None else -1
            new.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(kept, new)
        self.layoutChanged.emit()
        self.shown_changed.emit()

    def _path_at(self, row: int) -> str | None:
        return self.entries[self._rows[row]].path if 0 <= row < len(self._rows) else None

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and 0 <= section < len(COLUMNS) and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[COLUMNS[section]])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return

        def change() -> None:
            self.sort_column = COLUMNS[column]
            self.descending = order == Qt.SortOrder.DescendingOrder

        self._relayout(change)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = COLUMNS[index.column()]
        # what is drawn shows a planted name's bidi controls as escapes, as the desk's text
        # output does: "Eve\u202eRTL\u202c" read "EveLTR" (sorting and filters read the raw)
        if role == Qt.ItemDataRole.DisplayRole:
            return bidi_escaped(self._text(entry, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tip(entry, column)
            return shown_plain(bidi_escaped(tip)) if tip else tip  # planted ones as written
        if role == TIP_ROLE:
            tip = self._tip(entry, column)
            return bidi_escaped(tip) if tip else tip
        if role == ENTRY_ROLE:
            return entry
        if role == PATH_ROLE:
            return entry.path
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if entry.problem is not None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(PROBLEM_BACKGROUND))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(PROBLEM_TEXT))
            if role == Qt.ItemDataRole.FontRole:
                return self._italic
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == "title" and entry.same_id_as:
            return self._warning_icon()
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "title" and entry.same_id_as is not None:
                return QBrush(QColor(SAME_ID_TEXT))
            if column == "status" and entry.status in STATUS_COLOURS:
                return QBrush(QColor(STATUS_COLOURS[entry.status]))
            if column == "errors" and entry.errors:
                return QBrush(QColor(PROBLEM_TEXT))
        bold = column == "title" or (column == "errors" and entry.errors)
        if role == Qt.ItemDataRole.FontRole and bold:
            return self._bold
        return None

    def _warning_icon(self) -> QIcon:
        if self._warning is None:
            style = QApplication.style()
            self._warning = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning

    def _text(self, entry: DeskEntry, column: str) -> str:
        if entry.problem is not None:  # what could be read of it is shown (QA38 #2)
            if column == "title":
                return entry.title or entry.path.rsplit("/", 1)[-1]
            if column == "status":
                return status_name("problem")
            if column in NUMBERS and not getattr(entry, column):
                return ""
        if column == "status":
            return status_name(entry.status)
        if column == "labels":
            return labels_text(entry.labels)
        if column == "date":
            return article_date(entry.date, i18n.language(), day_only=self.narrow)
        if column in NUMBERS:
            value = getattr(entry, column)
            return "" if value is None else count_text(value)  # 23.311 / 23,311 (sorted by value)
        if column == "modified":
            when_text = self.clock(entry.modified)
            who = entry.modified_by and not self.narrow
            return f"{when_text} · {entry.modified_by}" if who else when_text
        if column == "locked_by":
            lock = entry.locked_by
            if lock is None:
                return ""
            if lock.user and lock.user == self.me[0]:
                if lock.host == self.me[1]:
                    return _tr("You")
                return _tr("You, on {host}").format(host=lock.host)  # at another desk
            return lock.user or _tr("Someone")  # a lock file that cannot be read
        if column == "title":
            return title_text(entry, self.twins)
        return str(getattr(entry, column))

    def set_narrow(self, narrow: bool) -> None:
        """The table narrow or not (``column_fit``): its dates and last changes shown again."""
        if narrow != self.narrow:
            self.narrow = narrow
            if self.rowCount():  # (no rows yet, at the desk's start: no range; Qt warns of one)
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1)
                )

    def clock(self, value: str, *, long: bool = False) -> str:
        """A time of the desk on the newsroom's clock, written as the reader's times are: "6
        Des 2026 18.24 WIB" (``long``: "Minggu, 6 Desember 2026 18.24.05 WIB")."""
        if not value:
            return ""
        return reader_time(value, self.zone, i18n.language(), long=long, seconds=long)

    def _tip(self, entry: DeskEntry, column: str) -> str | None:
        if entry.problem is not None:
            return problem_note(entry)
        if column == "locked_by" and entry.locked_by is not None:
            lock = entry.locked_by
            if not lock.user:
                return _tr("Someone has it open: the lock file beside it cannot be read "
                           "(written {time})").format(time=self.clock(lock.since))  # fmt: skip
            return _tr("Open by {user} on {host} since {time}").format(
                user=lock.user, host=lock.host, time=self.clock(lock.since)
            )
        if column in ("errors", "warnings") and entry.errors is None:
            return _tr("The checks have not run on this story yet")
        if column == "title":
            if entry.same_id_as is not None:
                return f"{entry.path}\n{same_id_note(entry)}"
            return entry.path
        if column == "modified" and entry.modified:
            when_text = self.clock(entry.modified, long=True)
            return f"{when_text} · {entry.modified_by}" if entry.modified_by else when_text
        if column == "date" and entry.date:
            return article_date(entry.date, i18n.language(), long=True)
        return None
