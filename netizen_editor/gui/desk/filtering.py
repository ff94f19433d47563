"""Which of the desk's entries the table shows, and in what order (no Qt).

Filtering and sorting are plain Python over the list of entries with key functions: Qt's
QSortFilterProxyModel asks the model for each value through Python at every comparison, which
took 1.0 to 1.7 s to sort 10,000 rows here; a key sort takes a few milliseconds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from netizen_editor.article.dates import newsroom_zone, with_zone
from netizen_editor.desk.entry import STATUSES, DeskEntry

#: the table's columns, in order (the headers' texts are the model's)
COLUMNS = ("title", "status", "locked_by", "errors", "warnings", "author", "editor", "labels",
           "dateline", "date", "words", "modified", "path")  # fmt: skip
#: the pseudo-status of a file that cannot be read as an article (its counts, its filter)
PROBLEM = "problem"


def when(value: str | None, zone: str = "WIB") -> dt.datetime | None:
    """An ISO 8601 time as an aware datetime, or None. One without an offset is the time of
    the newsroom's ``zone``, as everywhere in the app (not the machine's: on Windows the C
    library cannot place one before 1970, such as a ``date: 1945-08-17``)."""
    if not value:
        return None
    try:
        stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return cast(dt.datetime, with_zone(stamp, zone))


#: the days of the dates seen (a date range over 10,000 rows parses each once)
_DAYS: dict[tuple[str, str], dt.date | None] = {}
_MAX_DAYS = 50_000


def day_of(entry: DeskEntry, zone: str = "WIB") -> dt.date | None:
    """The day the date range looks at: the article's date (as written: the newsroom's day),
    else the day of its last change on the clock of the newsroom's ``zone``."""
    value = entry.date or entry.modified
    if (value, zone) in _DAYS:
        return _DAYS[value, zone]
    if len(_DAYS) > _MAX_DAYS:
        _DAYS.clear()
    stamp = when(value, zone)
    if stamp is not None and not entry.date:
        stamp = stamp.astimezone(newsroom_zone(zone))  # a file's time: years 1000 to 8999
    day = _DAYS[value, zone] = stamp.date() if stamp is not None else None
    return day


@dataclass
class DeskFilter:
    """What the user asked the table to show. Empty fields let everything through."""

    status: str = ""  # one of STATUSES, PROBLEM, or "" for all
    author: str = ""
    label: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    mine: str = ""  # the user's name: stories whose author or editor it is
    query: str = ""  # words the title (or, with ``text_hits``, the text) has
    #: the paths whose text has ``query`` (the text search's answer); None while none came
    text_hits: set[str] | None = field(default=None)

    def accepts(self, entry: DeskEntry, zone: str = "WIB") -> bool:
        return self.predicate(zone)(entry)

    def predicate(self, zone: str = "WIB") -> Callable[[DeskEntry], bool]:
        """``accepts`` with the filter's words casefolded once (for 10,000 rows); the days
        of the date range are those of the newsroom's ``zone``."""
        status, since, until = self.status, self.since, self.until
        author, label, me = self.author.casefold(), self.label.casefold(), self.mine.casefold()
        words = self.query.casefold().split()
        hits = self.text_hits if self.text_hits is not None else set()

        def accepts(entry: DeskEntry) -> bool:
            if status and status != (PROBLEM if entry.problem is not None else entry.status):
                return False
            if author and entry.author.casefold() != author:
                return False
            if label and not any(x.casefold() == label for x in entry.labels):
                return False
            if me and entry.author.casefold() != me and entry.editor.casefold() != me:
                return False
            if since is not None or until is not None:
                day = day_of(entry, zone)
                if day is None or (since is not None and day < since):
                    return False
                if until is not None and day > until:
                    return False
            if words:
                title = f"{entry.title} {entry.path}".casefold()
                return all(word in title for word in words) or entry.path in hits
            return True

        return accepts

    def matches_title(self, entry: DeskEntry) -> bool:
        words = self.query.casefold().split()
        title = f"{entry.title} {entry.path}".casefold()
        return all(word in title for word in words)


#: the labels column shows (and sorts by) at most this many characters of a story's labels: a
#: story's 10,000 planted labels were joined whole at each paint of its row and each sort
LABELS_SHOWN = 300


def labels_text(labels: tuple[str, ...]) -> str:
    """A story's labels as its column shows them, "Nasional, Politik", at most
    ``LABELS_SHOWN`` characters (and "…"): only the labels that fit are joined."""
    shown: list[str] = []
    length = 0
    for label in labels:
        if length > LABELS_SHOWN:
            break
        shown.append(label)
        length += len(label) + 2
    text = ", ".join(shown)
    if len(text) <= LABELS_SHOWN and len(shown) == len(labels):
        return text
    return text[:LABELS_SHOWN] + "…"


def _text_key(value: str) -> tuple[int, str]:
    return (0 if value else 1, value.casefold())  # empty cells last


def _number_key(value: int | None) -> tuple[int, int]:
    return (0 if value is not None else 1, value or 0)


_STAMPS: dict[tuple[str, str], tuple[int, float]] = {}  # the sort keys of the times seen


def _time_key(value: str | None, zone: str) -> tuple[int, float]:
    if not value:
        return (1, 0.0)
    key = _STAMPS.get((value, zone))
    if key is None:
        if len(_STAMPS) > _MAX_DAYS:
            _STAMPS.clear()
        stamp = when(value, zone)
        key = _STAMPS[value, zone] = (0, stamp.timestamp()) if stamp is not None else (1, 0.0)
    return key


def _status_key(entry: DeskEntry) -> int:
    if entry.problem is not None:
        return len(STATUSES)
    return STATUSES.index(entry.status) if entry.status in STATUSES else len(STATUSES)


def sort_keys(zone: str = "WIB") -> dict[str, Callable[[DeskEntry], Any]]:
    """How each column sorts; a time without an offset is one of the newsroom's ``zone``."""
    return {
        "title": lambda e: _text_key(e.title or e.path),
        "status": _status_key,
        "author": lambda e: _text_key(e.author),
        "editor": lambda e: _text_key(e.editor),
        "labels": lambda e: _text_key(labels_text(e.labels)),
        "dateline": lambda e: _text_key(e.dateline),
        "date": lambda e: _time_key(e.date, zone),
        "words": lambda e: e.words,
        "errors": lambda e: _number_key(e.errors),
        "warnings": lambda e: _number_key(e.warnings),
        "modified": lambda e: _time_key(e.modified, zone),
        "locked_by": lambda e: _text_key(e.locked_by.user if e.locked_by else ""),
        "path": lambda e: e.path.casefold(),
    }


def shown_rows(
    entries: list[DeskEntry], wanted: DeskFilter, column: str, descending: bool, zone: str = "WIB"
) -> list[int]:
    """The indexes of the entries ``wanted`` lets through, sorted by ``column`` (ties: by
    path, so the order is stable between polls); times on the clock of the newsroom's
    ``zone``."""
    accepts = wanted.predicate(zone)
    rows = [i for i, entry in enumerate(entries) if accepts(entry)]
    rows.sort(key=lambda i: entries[i].path)
    key = sort_keys(zone)[column]
    rows.sort(key=lambda i: key(entries[i]), reverse=descending)
    return rows


def status_counts(entries: list[DeskEntry]) -> dict[str, int]:
    """How many stories have each status (and how many files are PROBLEMs)."""
    counts = dict.fromkeys((*STATUSES, PROBLEM), 0)
    for entry in entries:
        status = PROBLEM if entry.problem is not None else entry.status
        counts[status] = counts.get(status, 0) + 1
    return counts
