"""The desk's index: what was read of each article, in the user's cache folder, so that a
later listing reads only the files that changed.

One SQLite file per desk folder (``CACHE/desk/<hash of the folder>.sqlite``), a row per
article keyed by its path relative to the folder, with its size and mtime_ns when read and what
was read (JSON). Changes are written as one transaction each (atomic: a crash leaves the index
as it was before or after), so a poll that noticed one changed file writes one row. It is only
a cache: deleting it loses nothing, and one that cannot be read (damaged, another format,
another folder's) is removed and made anew; one that another process holds is left alone and
the listing goes on without writing it.

Nothing is written through a link (hostile input, QA12): a link, or anything else that is not a
regular file, at the index's place or its side files' (``-wal``, ``-shm``, ``-journal``) is
removed (the link, never its target) and the index made anew. A new index is made under a fresh
private name and renamed into place; an index is opened without creating anything
(``mode=rw``), and what SQLite opened is checked to be the file at the index's place before a
byte is written (SQLite follows a link in the file's name, so one swapped in between the look
and the open is noticed, and is removed; it opens the side files without following a link).

It is bounded (a planted index): one larger than ``MAX_BYTES`` or with more than ``MAX_ROWS``
rows is discarded; only the rows of the files the walk found are read, and the others' (files
that are gone) are deleted at the next write. A row is taken for what its file holds only when
its values are ones the desk's reader writes (``read_back``), not only of the right types.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import os
import re
import secrets
import shutil
import sqlite3
import stat
import urllib.parse
from collections.abc import Container
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netizen_editor import i18n
from netizen_editor.article.dates import YEARS
from netizen_editor.desk.entry import STATUSES, DeskEntry
from netizen_editor.desk.walk import MAX_FILES
from netizen_editor.history.article_id import usable_id
from netizen_editor.history.version_file import MAX_HEADER
from netizen_editor.storage.atomic import make_folder
from netizen_editor.storage.datadirs import app_cache_dir

#: the index's format; another number is no index
FORMAT = 5  # 2: a problem that names its line says it once (desk.reader.one_line); 3: shrinks
# 4: a field that is still a template's placeholder is none (desk.reader.filled)
# 5: and a label that is still one is not listed
INDEX_FOLDER = "desk"
#: how long a write waits for another process's (a second window, the command line)
BUSY_TIMEOUT_S = 0.5
_SIDE_FILES = ("-wal", "-shm", "-journal")
#: at most this many rows: a desk lists at most ``walk.MAX_FILES`` articles (more: planted)
MAX_ROWS = MAX_FILES
#: what a row takes at most on average: the record of a story's fields (some 600 bytes with a
#: long title, labels and a problem), its key and SQLite's own
ROW_BYTES = 2048
#: an index (with its -wal) larger than this is not one the desk made: discarded, made anew
MAX_BYTES = MAX_ROWS * ROW_BYTES
#: free pages (of rows deleted: stories moved away, a folder emptied) past which a write gives
#: them back to the disk (SQLite keeps a file's size otherwise); ~1 MB at SQLite's 4 KB pages
FREE_PAGES_KEPT = 256
#: what a problem says besides what it quotes of its file (its words, a link's target)
PROBLEM_WORDS = 64 * 1024
_SHA256 = re.compile("[0-9a-f]{64}")
#: what ``date.isoformat()`` and ``datetime.isoformat()`` write
_ISOFORMAT = re.compile(
    r"\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d(\.\d{6})?([+-]\d\d:\d\d(:\d\d(\.\d{6})?)?)?)?", re.ASCII
)
#: the change times SQLite's INTEGER holds (nanoseconds: 1677-09-21 to 2262-04-11)
_STORED_NS = (-(2**63), 2**63 - 1)


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
        if usable_id(article_id) != article_id:  # a history folder's name: a path here
            raise ValueError("id")
        if sha256 and not _SHA256.fullmatch(sha256):
            raise ValueError("sha256")
        if kept is not None and min(kept[1:]) < 0:
            raise ValueError("checks")
        record = cls(size, mtime_ns, DeskEntry.from_record(entry), article_id, stamp, sha256, kept)
        read_back(record.entry, size)
        return record


def read_back(entry: DeskEntry, size: int) -> None:
    """ValueError unless ``entry`` (of a file of ``size`` bytes) holds what the desk's reader
    makes of a file: a status of the five (or none, for a problem), dates in ISO 8601 (as the
    reader writes them: ``date.isoformat()``) within the years a date may have, and no field
    larger than the file it was read from (a character of a field is at least a byte of the
    file; a label at least one of the front matter, or one of its aliases). A row of the index
    the reader did not write (a 5 MB title, 500,000 labels, ``date: bukan-tanggal``: shown as
    the story's and, for a date, dropped by ``desk --since`` without a word, QA35 #7) is damage
    as a broken one is: the index is made anew, the files read again."""
    room = max(size, 0)  # -1: a file that could not be opened, to be read again
    if entry.status not in STATUSES and not (entry.status == "" and entry.problem is not None):
        raise ValueError("status")
    if not _written_time(entry.modified) or not (entry.date is None or _written_time(entry.date)):
        raise ValueError("date")
    texts = (entry.title, entry.author, entry.editor, entry.dateline, *entry.labels)
    if any(len(text) > room for text in texts) or not 0 <= entry.words <= room:
        raise ValueError("size")
    if len(entry.labels) > _most_labels(room):
        raise ValueError("labels")
    if len(entry.modified_by) > MAX_HEADER:  # a history version's header
        raise ValueError("modified_by")
    if entry.problem is not None and len(entry.problem) > room + PROBLEM_WORDS:
        raise ValueError("problem")
    if any(n is not None and n < 0 for n in (entry.errors, entry.warnings)):
        raise ValueError("checks")


def _most_labels(room: int) -> int:
    """How many labels a file of ``room`` bytes may give (one a character of its front
    matter, and one each of its aliases)."""
    chars, aliased = _front_matter_caps()
    return min(room, chars) + aliased


@functools.cache
def _front_matter_caps() -> tuple[int, int]:
    from netizen_editor.article.safe_yaml import MAX_ALIASED, MAX_CHARS  # (imports yaml)

    return MAX_CHARS, MAX_ALIASED


def _written_time(value: str) -> bool:
    """Whether ``value`` is a time (or a date) as ``isoformat()`` writes one, of a year a
    date may have."""
    if not _ISOFORMAT.fullmatch(value) or int(value[:4]) not in YEARS:
        return False
    try:
        dt.datetime.fromisoformat(value)  # a day, an hour, an offset that is one
    except ValueError:
        return False
    return True


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


def _stored_ns(mtime_ns: int) -> int:
    """A change time as the index can store it: one past SQLite's INTEGER (``touch -d
    2400-01-01``, as ext4 keeps) at its nearest end, so that row never matches and the story is
    read again at the next start, rather than the index's write failing."""
    return min(max(mtime_ns, _STORED_NS[0]), _STORED_NS[1])


def _key(rel: str) -> bytes:
    return rel.encode("utf-8", "surrogateescape")


class DeskIndex:
    """The index of the desk folder ``root`` at ``path``."""

    def __init__(self, path: Path, root: Path):
        self.path = path
        self.root = root
        self._db: sqlite3.Connection | None = None
        #: the rows ``load`` left unread, of files the walk did not find: deleted at the next write
        self._gone: set[str] = set()

    def load(self, wanted: Container[str] | None = None) -> dict[str, Record]:
        """The records of the files ``wanted`` (the walk's; every one when None): empty when
        there is no index or it cannot be used (then it is removed, to be made anew)."""
        self._gone = set()
        try:
            db = self._connect(create=False)
        except FileNotFoundError:
            return {}
        except (sqlite3.Error, ValueError, OSError):
            self._discard()
            return {}
        records: dict[str, Record] = {}
        gone: set[str] = set()
        try:
            rows = db.execute("SELECT path, size, mtime_ns, record FROM articles")
            for count, (key, size, mtime_ns, text) in enumerate(rows, 1):
                if count > MAX_ROWS:
                    raise ValueError("rows")
                rel = bytes(key).decode("utf-8", "surrogateescape")
                if wanted is not None and rel not in wanted:
                    gone.add(rel)  # read no further: its file is gone
                    continue
                record = Record.from_row(size, mtime_ns, text)
                if record.entry.path != rel:
                    raise ValueError("path")
                records[rel] = record
        except (sqlite3.Error, ValueError, TypeError, KeyError, RecursionError, OSError):
            self._discard()
            return {}
        self._gone = gone
        return records

    def write(self, changed: dict[str, Record], removed: set[str]) -> None:
        """Store ``changed`` and forget ``removed``, in one transaction; nothing when the
        index cannot be written (it is a cache)."""
        gone = removed | self._gone
        if not changed and not gone:
            return
        try:
            db = self._connect(create=True)
            with db:
                db.executemany(
                    "INSERT OR REPLACE INTO articles (path, size, mtime_ns, record) "
                    "VALUES (?, ?, ?, ?)",
                    [
                        (_key(rel), r.size, _stored_ns(r.mtime_ns), r.to_json())
                        for rel, r in changed.items()
                    ],
                )
                db.executemany("DELETE FROM articles WHERE path = ?", [(_key(r),) for r in gone])
            self._gone = set()
            if gone:
                _shrink(db)
        except (sqlite3.DatabaseError, ValueError) as exc:
            if isinstance(exc, sqlite3.OperationalError):  # busy (another process), disk full
                self.close()
                with contextlib.suppress(OSError):
                    self._looked_at()  # a link swapped in (not opened): removed
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
            if not self._looked_at():
                self._make()
        elif not self._looked_at():
            raise FileNotFoundError(self.path)
        db = _open(self.path)
        try:
            _check_opened(db, self.path)  # before anything is written
            self._prepare(db)
            found = dict(db.execute("SELECT key, value FROM meta").fetchall())
            if (
                found.get("format") != str(FORMAT)
                or found.get("folder") != json.dumps(str(self.root))
                or found.get("language") != i18n.language()
            ):
                raise ValueError("another index")
        except BaseException:
            db.close()
            raise
        self._db = db
        return db

    def _prepare(self, db: sqlite3.Connection) -> None:
        """The index's tables and what it is the index of, when they are not there yet."""
        # before the first table: a new index gives the pages of deleted rows back (_shrink)
        db.execute("PRAGMA auto_vacuum=INCREMENTAL")
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

    def _looked_at(self) -> bool:
        """Whether an index is in place: a regular file, as are its side files, and within
        ``MAX_BYTES``. What is not (a link, a folder, a planted giant, side files without their
        index) is removed first."""
        main: os.stat_result | None = None
        strays = False
        size = 0
        for suffix in ("", *_SIDE_FILES):
            try:
                info = os.lstat(f"{self.path}{suffix}")
            except FileNotFoundError:
                continue
            main = info if suffix == "" else main
            strays = strays or not stat.S_ISREG(info.st_mode) or main is None
            size += info.st_size if suffix in ("", "-wal") else 0
        if main is not None and not strays and size <= MAX_BYTES:
            return True
        if main is not None or strays:
            self._discard()
        return False

    def _make(self) -> None:
        """A new index: made under a fresh private name (never there before, so no link can
        be waiting at it) and renamed into place (over a link, never through it)."""
        temp = self.path.with_name(f"{self.path.name}.{secrets.token_hex(8)}.new")
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600))
        try:
            db = _open(temp)
            try:
                _check_opened(db, temp)
                self._prepare(db)
            finally:
                db.close()  # the last connection: its -wal is folded in and removed
            # a rename of the private file made above: no bytes written here, and a link at
            # the index's place is replaced, never written through (atomic_write_* cannot make
            # an SQLite file: SQLite writes it)
            os.replace(temp, self.path)
        finally:
            for suffix in ("", *_SIDE_FILES):
                with contextlib.suppress(OSError):
                    os.unlink(f"{temp}{suffix}")

    def _discard(self) -> None:
        """Remove a damaged index and its side files (a cache: nothing is lost); a link is
        removed itself, never its target; a folder with what it holds."""
        self.close()
        for suffix in ("", *_SIDE_FILES):
            name = f"{self.path}{suffix}"
            with contextlib.suppress(OSError):
                if stat.S_ISDIR(os.lstat(name).st_mode):
                    shutil.rmtree(name)
                else:
                    os.unlink(name)


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _shrink(db: sqlite3.Connection) -> None:
    """Give the pages of deleted rows back to the disk once there are more than
    ``FREE_PAGES_KEPT`` of them: a desk whose stories moved away would keep the size of its
    largest day otherwise. The file itself shrinks at the next checkpoint of its -wal."""
    (free,) = db.execute("PRAGMA freelist_count").fetchone()
    if free > FREE_PAGES_KEPT:
        # executescript steps the pragma to its end (execute frees one page a step)
        db.executescript("PRAGMA incremental_vacuum;")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _open(path: Path) -> sqlite3.Connection:
    """The SQLite file at ``path``, opened without creating it (a link swapped in meanwhile
    leads nowhere new)."""
    uri = "file:" + urllib.parse.quote(os.fsencode(os.path.abspath(path)), safe="/:")
    return sqlite3.connect(
        f"{uri}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False
    )


def _check_opened(db: sqlite3.Connection, path: Path) -> None:
    """ValueError unless what ``db`` opened is the regular file at ``path`` itself: SQLite
    follows a link in the file's name (and names the file it found), so a link swapped in
    between the look and the open is caught here, before anything is written."""
    opened = db.execute("PRAGMA database_list").fetchone()[2]
    try:
        found = os.lstat(path)
        target = os.stat(opened or path)
    except OSError as exc:  # gone meanwhile
        raise ValueError("gone") from exc
    if not stat.S_ISREG(found.st_mode) or not opened:
        raise ValueError("not a regular file")
    if (target.st_dev, target.st_ino) != (found.st_dev, found.st_ino):
        raise ValueError("another file")
