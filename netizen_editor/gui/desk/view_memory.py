"""The desk's sort and filters, remembered per desk folder between runs: status, author, label,
date range and "mine" (not the search's words: a search is a question of the moment), kept in
the session file beside the last desk (``SessionState.desk_views``) and put back when that desk
opens again.

The session file may be damaged or old: each stored value is taken only when it is one the
desk knows (a column, a status, a date, a name of sensible length), else left at its default.
An author or label is chosen once a poll lists the desk's authors and labels (the lists are
empty when the desk opens); one no story has any more is let go.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtWidgets import QDateEdit

from netizen_editor.desk.entry import STATUSES
from netizen_editor.gui.desk.date_bound import NO_DATE
from netizen_editor.gui.desk.filtering import COLUMNS, PROBLEM

if TYPE_CHECKING:
    from netizen_editor.gui.desk.desk_panel import DeskPanel

#: the desks whose views are kept (the ones used last); an author or label longer than this
#: is no name the desk lists
MAX_DESKS, MAX_NAME = 20, 300
#: the sort a desk has when nothing is kept for it (the panel's own at first)
DEFAULT_SORT, DEFAULT_DESCENDING = "modified", True
#: a desk's view also keeps the folder its last import came from (File › Import… starts
#: there: gui/window/import_controller.py); a longer one is no folder the app kept
IMPORT_KEY, MAX_FOLDER = "import_folder", 4096


class DeskViewMemory(QObject):
    """Keeps ``panel``'s sort and filters in ``views()`` (the session's ``desk_views``) under
    the desk shown, calling ``changed`` after each change (the session saved soon)."""

    def __init__(
        self,
        panel: DeskPanel,
        views: Callable[[], dict[str, Any]],
        changed: Callable[[], None],
    ):
        super().__init__(panel)
        self.panel, self.views, self.changed = panel, views, changed
        self.folder: str | None = None  # the desk shown
        self._restoring = False
        #: the author and label to choose once a poll lists them ("" : none waiting)
        self._waiting = {"author": "", "label": ""}
        self._combos = {"author": panel.author_combo, "label": panel.label_combo}
        panel.status_group.buttonClicked.connect(self._note)
        panel.mine_check.toggled.connect(self._note)
        for combo in self._combos.values():
            combo.currentIndexChanged.connect(self._note)
        for edit in (panel.since_edit, panel.until_edit):
            edit.dateChanged.connect(self._note)
        panel.table.horizontalHeader().sortIndicatorChanged.connect(self._note)

    # -- putting a desk's view back -------------------------------------------------------------
    def restore(self, folder: str) -> None:
        """The view kept for ``folder`` (the defaults for a desk without one)."""
        self.folder = folder
        stored = self.views().get(folder)
        view = stored if isinstance(stored, dict) else {}
        panel = self.panel
        self._restoring = True
        try:
            sort = view.get("sort")
            column = COLUMNS.index(sort) if sort in COLUMNS else COLUMNS.index(DEFAULT_SORT)
            descending = view.get("descending")
            if not isinstance(descending, bool) or sort not in COLUMNS:
                descending = DEFAULT_DESCENDING
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            panel.table.horizontalHeader().setSortIndicator(column, order)
            status = view.get("status")
            status = status if status in ("", *STATUSES, PROBLEM) else ""
            panel.status_buttons[status].setChecked(True)
            panel.mine_check.setChecked(view.get("mine") is True)
            for key, edit in (("since", panel.since_edit), ("until", panel.until_edit)):
                edit.setDate(_qdate(view.get(key)))
            for key, combo in self._combos.items():
                self._waiting[key] = _name(view.get(key))
                combo.setCurrentIndex(0)
            self.choose_waiting()
        finally:
            self._restoring = False
        panel.model.set_filter(panel.current_filter())  # one look at the rows, not one each

    def choose_waiting(self) -> None:
        """Choose the author and label kept, once a poll listed the desk's (call after each
        poll); one that no story has is let go."""
        if not self.panel.model.entries:
            return  # the desk not read yet (or empty): still waiting
        for key, combo in self._combos.items():
            wanted, self._waiting[key] = self._waiting[key], ""
            found = combo.findData(wanted) if wanted else -1
            if found > 0:
                combo.setCurrentIndex(found)  # the panel's filter follows (its signal)

    # -- keeping it -----------------------------------------------------------------------------
    def view(self) -> dict[str, Any]:
        """The panel's sort and filters now, as kept (an author or label still waiting for
        the first poll counts as chosen)."""
        panel = self.panel
        header = panel.table.horizontalHeader()
        section = header.sortIndicatorSection()
        status = next((s for s, b in panel.status_buttons.items() if b.isChecked()), "")
        view: dict[str, Any] = {
            "sort": COLUMNS[section] if 0 <= section < len(COLUMNS) else DEFAULT_SORT,
            "descending": header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
            "status": status,
            "mine": panel.mine_check.isChecked(),
            "since": _iso(panel.since_edit),
            "until": _iso(panel.until_edit),
        }
        for key, combo in self._combos.items():
            view[key] = self._waiting[key] or combo.currentData() or ""
        return view

    def _note(self, *_args: object) -> None:
        if self._restoring or self.folder is None:
            return
        views = self.views()
        kept = views.pop(self.folder, None)  # the desk used last goes last
        views[self.folder] = self.view()
        if isinstance(kept, dict) and IMPORT_KEY in kept:
            views[self.folder][IMPORT_KEY] = kept[IMPORT_KEY]
        for old in list(views)[: max(0, len(views) - MAX_DESKS)]:
            del views[old]
        self.changed()


def _name(value: object) -> str:
    return value if isinstance(value, str) and len(value) <= MAX_NAME else ""


def _qdate(value: object) -> QDate:
    """A kept date ("YYYY-MM-DD") as the date edit's; NO_DATE (no bound) for anything else."""
    if not isinstance(value, str) or len(value) != len("2026-12-06"):
        return NO_DATE
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return NO_DATE
    date = QDate(day.year, day.month, day.day)
    return date if date > NO_DATE else NO_DATE


def _iso(edit: QDateEdit) -> str:
    date = edit.date()
    return "" if date == NO_DATE else date.toString("yyyy-MM-dd")


def _desk_key(views: dict[str, Any], desk: Path) -> str:
    """The key ``views`` keeps ``desk`` under (the desk's folder as it was opened, links
    resolved; ``desk`` may be named through a link), ``str(desk)`` when none."""
    real = os.path.realpath(desk)
    return next((key for key in views if os.path.realpath(key) == real), str(desk))


def import_folder(views: dict[str, Any], desk: Path) -> str:
    """The folder the last import into ``desk`` came from, "" when none is kept (or it is no
    folder now)."""
    view = views.get(_desk_key(views, desk))
    folder = view.get(IMPORT_KEY) if isinstance(view, dict) else None
    if not isinstance(folder, str) or not 0 < len(folder) <= MAX_FOLDER:
        return ""
    return folder if os.path.isdir(folder) else ""


def keep_import_folder(views: dict[str, Any], desk: Path, folder: Path) -> None:
    """Keep ``folder`` as the one the last import into ``desk`` came from."""
    key = _desk_key(views, desk)
    view = views.get(key)
    if not isinstance(view, dict):
        views[key] = view = {}
    view[IMPORT_KEY] = str(folder)
