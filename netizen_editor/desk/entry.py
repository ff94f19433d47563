"""One row of the desk: an article of the desk folder as the table and ``netizen-editor desk``
show it (no Qt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any

from netizen_editor.article.model import STATUSES

__all__ = ["STATUSES", "DeskEntry", "DeskLock", "article_date", "newsroom_time", "reader_time"]


def newsroom_time(value: str, zone: str, *, seconds: bool = False) -> str:
    """A time of the desk (ISO 8601: a file's last change, a lock's start) on the newsroom's
    clock, its zone named: "2026-12-06 16:08 WIB" (``zone``: the settings' WIB, WITA or WIT),
    as ``netizen-editor desk`` prints it and the desk's table shows it; a time without an
    offset is the machine's own; ``seconds``: to the second. A text that is not such a time: its
    first 16 characters, as is one the newsroom's clock cannot show (a planted lock's
    0001-01-01T00:00:00+23:59 has no UTC equivalent)."""
    from netizen_editor.article.dates import newsroom_clock

    try:
        return newsroom_clock(dt.datetime.fromisoformat(value), zone, seconds=seconds)
    except (ValueError, OverflowError):
        return value[:16]


def reader_time(
    value: str, zone: str, language: str, *, long: bool = False, seconds: bool = False
) -> str:
    """A time of the desk on the newsroom's clock (as ``newsroom_time``) written as the app
    writes times for the reader: "6 Des 2026 16.08 WIB" (``article.dates.short_datetime``;
    ``long``: the byline's "Minggu, 6 Desember 2026 16.08 WIB"), in English "6 Dec 2026
    16:08 WIB". A text that is no such time, or one the clock cannot show, as
    ``newsroom_time`` has it."""
    from netizen_editor.article.dates import newsroom_zone, short_datetime, shown_datetime

    try:
        stamp = dt.datetime.fromisoformat(value).astimezone(newsroom_zone(zone))
    except (ValueError, OverflowError, OSError):
        return newsroom_time(value, zone, seconds=seconds)
    written = shown_datetime if long else short_datetime
    return written(stamp, language, seconds=seconds)


def article_date(
    value: str | None, language: str, *, long: bool = False, day_only: bool = False
) -> str:
    """An article's date as written (in the zone it was written in) the reader's way: "5 Des
    2026 08.00 WIB" (``long``: the byline's "Sabtu, 5 Desember 2026 08.00 WIB"), a date
    alone (or ``day_only``) "5 Des 2026"; a text that is no date as written, "" for none."""
    from netizen_editor.article.dates import parse_date, short_datetime, shown_datetime

    stamp = parse_date(value)
    if value is None or stamp is None:
        return value or ""
    if isinstance(stamp, dt.datetime) and (day_only or len(value) <= len("2026-12-05")):
        stamp = stamp.date()  # a date without a time
    return (shown_datetime if long else short_datetime)(stamp, language)


@dataclass(frozen=True)
class DeskLock:
    """Who has the article open now (a lock that is not stale)."""

    user: str
    host: str
    since: str  # ISO 8601

    def to_json(self) -> dict[str, str]:
        return {"user": self.user, "host": self.host, "since": self.since}


@dataclass(frozen=True)
class DeskEntry:
    """An article of the desk. A file that cannot be read as an article has its one-line
    ``problem`` (and empty fields where it could not be read)."""

    path: str  # relative to the desk folder, "/" separators
    title: str
    status: str  # one of STATUSES; "draft" for an article that names none, "" for a problem
    author: str
    editor: str
    labels: tuple[str, ...]
    dateline: str
    date: str | None  # ISO 8601 or None
    modified: str  # the file's mtime, ISO 8601
    modified_by: str  # the author of the newest history version, "" when unknown
    words: int
    locked_by: DeskLock | None  # only a lock that is not stale
    problem: str | None  # one line: why it cannot be read as an article
    errors: int | None = None  # the pre-publish checks' counts (with checks only)
    warnings: int | None = None
    #: another article of the desk with the same ``id`` (one was copied from the other outside
    #: the app: one history, one Blogger post id); None when it has its own
    same_id_as: str | None = None

    def to_json(self, *, checks: bool = False) -> dict[str, Any]:
        """The object ``netizen-editor desk --format json`` prints for the article."""
        data: dict[str, Any] = {
            "path": self.path,
            "title": self.title,
            "status": self.status,
            "author": self.author,
            "editor": self.editor,
            "labels": list(self.labels),
            "dateline": self.dateline,
            "date": self.date,
            "modified": self.modified,
            "words": self.words,
            "locked_by": self.locked_by.to_json() if self.locked_by is not None else None,
            "problem": self.problem,
        }
        if checks:
            data["errors"] = self.errors
            data["warnings"] = self.warnings
        return data

    def to_record(self) -> dict[str, Any]:
        """Every field, for the index (``from_record`` reads it back)."""
        data = {name: getattr(self, name) for name in _FIELDS}
        data["labels"] = list(self.labels)
        data["locked_by"] = None  # a lock is never cached: it is read from its file each time
        del data["same_id_as"]  # nor another file's id: it is found at each listing
        return data

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> DeskEntry:
        """The entry an index record holds; ValueError/TypeError/KeyError when it is damaged."""
        labels = data["labels"]
        if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
            raise ValueError("labels")
        text = ("path", "title", "status", "author", "editor", "dateline", "modified",
                "modified_by")  # fmt: skip
        for key in text:
            if not isinstance(data[key], str):
                raise ValueError(key)
        for key in ("date", "problem"):
            if data[key] is not None and not isinstance(data[key], str):
                raise ValueError(key)
        for key in ("words", "errors", "warnings"):
            value = data.get(key)
            if key == "words" and not isinstance(value, int):
                raise ValueError(key)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
                raise ValueError(key)
        return cls(
            path=data["path"],
            title=data["title"],
            status=data["status"],
            author=data["author"],
            editor=data["editor"],
            labels=tuple(labels),
            dateline=data["dateline"],
            date=data["date"],
            modified=data["modified"],
            modified_by=data["modified_by"],
            words=data["words"],
            locked_by=None,
            problem=data["problem"],
            errors=data.get("errors"),
            warnings=data.get("warnings"),
        )


_FIELDS = tuple(f.name for f in fields(DeskEntry))
