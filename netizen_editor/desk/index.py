"""The desk's index: what was read of each article, in the user's cache folder, so that a
later listing reads only the files that changed.

One SQLite file per desk folder (``CACHE/desk/<hash of the folder>.sqlite``), a row per
article keyed by its path relative to the folder, with its size and mtime_ns when read and what
was read (JSON). Changes are written as one transaction each (atomic: a crash leaves the index
as it was before or after), so a poll that noticed one changed file writes one row. It is only
a cache: deleting it loses nothing, and one that cannot be read (damaged, another format,
another folder's) is removed and made anew; one that another process holds is left alone and
the listing goes on without writing it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netizen_editor import i18n
from netizen_editor.desk.entry import DeskEntry
from netizen_editor.storage.atomic import make_folder
from netizen_editor.storage.datadirs import app_cache_dir

#: the index's format; another number is no index
FORMAT = 2  # 2: a problem that names its line says it once (desk.reader.one_line)
INDEX_FOLDER = "desk"
#: how long a write waits for another process's (a second window, the command line)
BUSY_TIMEOUT_S = 0.5
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Record:
    """One article as indexed: its (size, mtime_ns) when read, its entry, its id, the stamp of
    its history folder when ``modified_by`` was read, its sha256 and the checks' counts with
    the key they were made under."""

    size: int
    mtime_ns: int
    entry: DeskEntry
    article_id: str | None
    history_stamp: int | None
    sha256: str
    checks: tuple[str, int, int] | None = None  # (key, errors, warnings)
    #: ``to_json`` made already (by the worker that read the file: desk.parallel); a record
    #: made from this one with ``replace`` has none
    stored: str | None = field(default=None, init=False, compare=False, repr=False)

    def to_json(self) -> str:
        if self.stored is not None:
            return self.stored
        return record_json(self.entry, self.article_id, self.history_stamp, self.sha256,
                           self.checks)  # fmt: skip

    def with_stored(self, stored: str | None) -> Record:
        """This record, whose ``to_json`` is ``stored`` (made elsewhere for the same fields)."""
        object.__setattr__(self, "stored", stored)
        return self

    @classmethod
    def from_row(cls, size: Any, mtime_ns: Any, text: Any) -> Record:
        """The record of an index row; ValueError/TypeError/KeyError when it is damaged."""
        entry, article_id, stamp, sha256, checks = json.loads(text)
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (size, mtime_ns)):
            raise ValueError("stat")
        if article_id is not None and not isinstance(article_id, str):
            raise ValueError("id")
        if stamp is not None and not isinstance(stamp, int):
            raise ValueError("stamp")
        if not isinstance(sha256, str):
            raise ValueError("sha256")
        kept = None
        if checks is not None:
            key, errors, warnings = checks
            if not (isinstance(key, str) and isinstance(errors, int) and isinstance(warnings, int)):
                raise ValueError("checks")
            kept = (key, errors, warnings)
        return cls(size, mtime_ns, DeskEntry.from_record(entry), article_id, stamp, sha256, kept)


def record_json(entry: DeskEntry, article_id: str | None, history_stamp: int | None,
                sha256: str, checks: tuple[str, int, int] | None) -> str:  # fmt: skip
    """What the index keeps of an article (``Record.from_row`` reads it back)."""
    data = [entry.to_record(), article_id, history_stamp, sha256, list(checks) if checks else None]
    return json.dumps(data, separators=(",", ":"))  # ASCII: lone surrogates as escapes


def index_path(root: Path, cache_dir: Path | None = None) -> Path:
    """Where the index of the desk folder ``root`` (absolute, resolved) is kept."""
    base = cache_dir if cache_dir is not None else app_cache_dir()
    name = hashlib.sha256(os.fsencode(str(root))).hexdigest()[:32]
    return base / INDEX_FOLDER / f"{name}.sqlite"


def _key(rel: str) -> bytes:
    return rel.encode("utf-8", "surrogateescape")


class DeskIndex:
    """The index of the desk folder ``root`` at ``path``."""

    def __init__(self, path: Path, root: Path):
        self.path = path
        self.root = root
        self._db: sqlite3.Connection | None = None

    def load(self) -> dict[str, Record]:
        """Every record; empty when there is no index or it cannot be used (then it is
        removed, to be made anew)."""
        if not self.path.is_file():
            return {}
        try:
            db = self._connect(create=False)
            rows = db.execute("SELECT path, size, mtime_ns, record FROM articles").fetchall()
            records = {}
            for key, size, mtime_ns, text in rows:
                rel = bytes(key).decode("utf-8", "surrogateescape")
                record = Record.from_row(size, mtime_ns, text)
                if record.entry.path != rel:
                    raise ValueError("path")
                records[rel] = record
            return records
        except (sqlite3.Error, ValueError, TypeError, KeyError, RecursionError, OSError):
            self._discard()
            return {}

    def write(self, changed: dict[str, Record], removed: set[str]) -> None:
        """Store ``changed`` and forget ``removed``, in one transaction; nothing when the
        index cannot be written (it is a cache)."""
        if not changed and not removed:
            return
        try:
            db = self._connect(create=True)
            with db:
                db.executemany(
                    "INSERT OR REPLACE INTO articles (path, size, mtime_ns, record) "
                    "VALUES (?, ?, ?, ?)",
                    [(_key(rel), r.size, r.mtime_ns, r.to_json()) for rel, r in changed.items()],
                )
                db.executemany("DELETE FROM articles WHERE path = ?", [(_key(r),) for r in removed])
        except (sqlite3.DatabaseError, ValueError) as exc:
            if isinstance(exc, sqlite3.OperationalError):  # busy (another process), disk full
                self.close()
            else:  # damaged, or another folder's: made anew next time
                self._discard()
        except (sqlite3.Error, OSError):
            self.close()

    def close(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None

    def _connect(self, *, create: bool) -> sqlite3.Connection:
        if self._db is not None:
            return self._db
        if create:
            make_folder(self.path.parent)  # never through a link
        elif not self.path.is_file():
            raise sqlite3.OperationalError("no index")
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            with db:
                db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
                db.execute(
                    "CREATE TABLE IF NOT EXISTS articles (path BLOB PRIMARY KEY, "
                    "size INTEGER, mtime_ns INTEGER, record TEXT)"
                )
                folder = json.dumps(str(self.root))
                db.execute("INSERT OR IGNORE INTO meta VALUES ('format', ?)", (str(FORMAT),))
                db.execute("INSERT OR IGNORE INTO meta VALUES ('folder', ?)", (folder,))
                # the problems it holds are worded in the language of the process that read them
                db.execute("INSERT OR IGNORE INTO meta VALUES ('language', ?)", (i18n.language(),))
            found = dict(db.execute("SELECT key, value FROM meta").fetchall())
            if (
                found.get("format") != str(FORMAT)
                or found.get("folder") != folder
                or found.get("language") != i18n.language()
            ):
                raise ValueError("another index")
        except BaseException:
            db.close()
            raise
        self._db = db
        return db

    def _discard(self) -> None:
        """Remove a damaged index and its side files (a cache: nothing is lost)."""
        self.close()
        for suffix in ("", *_SIDE_FILES):
            with contextlib.suppress(OSError):
                os.unlink(f"{self.path}{suffix}")
