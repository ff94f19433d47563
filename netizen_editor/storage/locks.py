"""Article locks on a shared drive: who has a story open, following LibreOffice's convention.

Opening an article writes ``.~lock.NAME#`` beside it (``NAME`` is the article's file name),
holding JSON: ``user`` (the name from Settings), ``host``, ``pid``, ``since`` and ``heartbeat``
(ISO 8601 times with their offset) and a random ``token`` that tells two windows of one process
apart. The holder refreshes the heartbeat every ``HEARTBEAT_EVERY_S`` seconds and removes the
lock on close; a crash leaves it behind. A lock is stale when it was written on this computer
by a process that is gone, or when there has been no sign of life for ``LOCK_STALE_AFTER``: its
heartbeat (the holder's clock) and the lock file's change time (the shared drive's clock, moved
by every heartbeat, which writes a new file) are both more than that away from now (either way:
a time far in the future is no sign of life). Either one near now keeps it live, so a
colleague whose computer's clock is minutes off still holds the story while his window runs
(QA31 F10: his heartbeat alone read as stale at once). A lock nobody rewrites is live for at
most four times ``LOCK_STALE_AFTER`` in all (each time keeps it live within that of the
clock, before or after), whatever times were planted in it: never for ever.

The lock is created with ``O_CREAT | O_EXCL`` (the primitive that works on shared drives: of two
people opening the story at once, one gets it), never through a link: a link planted under the
lock's name is no lock and is not followed. It is rewritten (the heartbeat) atomically and only
while it is still ours, and removed only while it is ours; neither happens once the article's
folder leads elsewhere than when the lock was taken (a folder swapped for a link). Reads are
bounded and never follow a link or wait on a pipe; a file that is not a lock (garbage, too big,
a link) reads as None.

A file at the lock's name that is not a lock (garbage, a link, a half-written lock) still keeps
others out until it is as old as a stale heartbeat, so a lock being written is never taken.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from netizen_editor.article.dates import file_time
from netizen_editor.errors import NetizenError, plain_reason
from netizen_editor.i18n import tr
from netizen_editor.storage.atomic import atomic_write_text
from netizen_editor.storage.capped import read_regular
from netizen_editor.storage.hidden import hide
from netizen_editor.storage.links import folder_moved, real_folder
from netizen_editor.storage.sessions import hostname, pid_alive, valid_pid

LOCK_STALE_AFTER = dt.timedelta(minutes=5)
HEARTBEAT_EVERY_S = 60
LOCK_PREFIX = ".~lock."
LOCK_SUFFIX = "#"
MAX_LOCK_BYTES = 4096
_FIELD_CHARS = 200  # a user or host name longer than this is cut (a lock is not a document)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CREATE_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
) | getattr(os, "O_BINARY", 0)
_WRITING_GRACE_S = 0.2  # a lock file just made with O_EXCL may still be empty: look once more


class LockError(NetizenError):
    """The lock beside an article cannot be written or removed (read-only folder, drive gone)."""


def lock_path(article: Path | str) -> Path:
    """``.~lock.NAME#`` beside the article."""
    article = Path(article)
    return article.parent / f"{LOCK_PREFIX}{article.name}{LOCK_SUFFIX}"


def is_lock_file(name: str) -> bool:
    """A file name of the form ``.~lock.NAME#`` (ours or LibreOffice's)."""
    return (
        len(name) > len(LOCK_PREFIX) + len(LOCK_SUFFIX)
        and name.startswith(LOCK_PREFIX)
        and name.endswith(LOCK_SUFFIX)
    )


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: dt.datetime
    heartbeat: dt.datetime
    token: str = ""
    #: when the lock file was last written, by the shared drive's clock (its mtime); None for
    #: a lock not read from a file
    written: dt.datetime | None = None

    def is_stale(self, now: dt.datetime | None = None) -> bool:
        """Neither the heartbeat nor the file's change time is within ``LOCK_STALE_AFTER`` of
        now, or the lock was written on this computer by a process that is no longer running."""
        now = now if now is not None else utc_now()
        if now.utcoffset() is None:
            now = now.replace(tzinfo=dt.UTC)  # a time without an offset is UTC, as in the file
        signs = (self.heartbeat,) if self.written is None else (self.heartbeat, self.written)
        if all(abs(now - sign) > LOCK_STALE_AFTER for sign in signs):
            return True
        return self.host == hostname() and not pid_alive(self.pid)

    def last_written(self) -> dt.datetime:
        """When the lock last showed life: its file's change time when known (the drive's
        clock, one for everyone on it), else its heartbeat (the holder's clock)."""
        return self.written if self.written is not None else self.heartbeat

    def to_json(self) -> str:
        data = {
            "user": self.user,
            "host": self.host,
            "pid": self.pid,
            "since": self.since.isoformat(timespec="seconds"),
            "heartbeat": self.heartbeat.isoformat(timespec="seconds"),
            "token": self.token,
        }
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def from_json(cls, raw: bytes, written: dt.datetime | None = None) -> LockInfo | None:
        """The lock in ``raw`` (a file last written at ``written``); None when it is not one of
        ours."""
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            return None
        if not isinstance(data, dict):
            return None
        user, host, pid = data.get("user"), data.get("host"), valid_pid(data.get("pid"))
        token = data.get("token", "")
        if not (isinstance(user, str) and isinstance(host, str) and isinstance(token, str)):
            return None
        if pid is None:  # planted: 2**40 would overflow the check that the process runs
            return None
        since, heartbeat = _time(data.get("since")), _time(data.get("heartbeat"))
        if since is None or heartbeat is None:
            return None
        user, host = user[:_FIELD_CHARS], host[:_FIELD_CHARS]
        return cls(user, host, pid, since, heartbeat, token[:64], written)


def _time(value: object) -> dt.datetime | None:
    """An ISO 8601 time; one without an offset is UTC. None for one that has no UTC
    equivalent (0001-01-01T00:00:00+23:59, 9999-12-31T23:59:59-23:59: showing it on any clock
    would raise OverflowError), as for garbage."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        when = dt.datetime.fromisoformat(value)
        if when.utcoffset() is None:
            return when.replace(tzinfo=dt.UTC)
        when.astimezone(dt.UTC)
    except (ValueError, OverflowError):
        return None
    return when


def read_lock(article: Path | str) -> LockInfo | None:
    """The lock beside ``article``; None when there is none, or the file there is not a lock
    (unreadable, garbage, too big, a link: never followed)."""
    return _parse(_read_raw(lock_path(article)))


def _read_raw(path: Path) -> tuple[bytes, dt.datetime] | None:
    """The bytes of the regular file ``path`` (at most ``MAX_LOCK_BYTES``) and when it was last
    written (of the file read, not of one put there after), without following a link or
    waiting on a pipe; None for anything else."""
    try:
        raw, st = read_regular(path, MAX_LOCK_BYTES)
    except (OSError, ValueError):  # ValueError: a NUL in the name
        return None
    return raw, file_time(st.st_mtime)


def _parse(read: tuple[bytes, dt.datetime] | None) -> LockInfo | None:
    return LockInfo.from_json(*read) if read is not None else None


def _unknown_holder(path: Path) -> LockInfo | None:
    """What keeps others out when the file at the lock's name is not a lock: an unknown holder
    whose heartbeat is the file's change time (None when nothing is there)."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    when = file_time(st.st_mtime)  # a share or tmpfs may keep one past year 9999
    return LockInfo(user="", host="", pid=0, since=when, heartbeat=when)


class ArticleLock:
    """The lock this window holds (or wants) on one article."""

    def __init__(self, article: Path | str, user: str) -> None:
        self.article = Path(article)
        self.path = lock_path(self.article)
        self.user = user
        self.token = os.urandom(8).hex()
        self.held = False
        self._since: dt.datetime | None = None
        #: the article's folder as it was taken: never written in once it leads elsewhere
        self._folder = real_folder(self.article)

    def _info(self) -> LockInfo:
        now = utc_now()
        since = self._since or now
        return LockInfo(self.user, hostname(), os.getpid(), since, now, self.token)

    def holder(self) -> LockInfo | None:
        """Who holds the article now (None: nobody); a file at the lock's name that is not a
        lock is an unknown holder (user "") until it is as old as a stale lock."""
        read = _read_raw(self.path)
        if read is not None and not read[0].strip():
            time.sleep(_WRITING_GRACE_S)  # made with O_EXCL a moment ago, not yet written
            read = _read_raw(self.path)
        info = _parse(read)
        return info if info is not None else _unknown_holder(self.path)

    def is_ours(self, info: LockInfo | None) -> bool:
        return info is not None and info.token == self.token and info.pid == os.getpid()

    def acquire(self) -> LockInfo | None:
        """Take the lock. None when this window now holds it; else who holds it (maybe a stale
        lock: see ``take_over``). ``LockError`` when the lock cannot be written."""
        info = self._info()
        try:
            fd = os.open(self.path, _CREATE_FLAGS, 0o666)
        except FileExistsError:
            holder = self.holder()
            if holder is None:  # gone in the meantime: try once more
                return self._create_once(info)
            if self.is_ours(holder):
                self.held = True
                return None
            return holder
        except OSError as exc:
            raise self._error(exc) from None
        self._write_new(fd, info)
        return None

    def _create_once(self, info: LockInfo) -> LockInfo | None:
        try:
            fd = os.open(self.path, _CREATE_FLAGS, 0o666)
        except FileExistsError:
            return self.holder() or _unknown_holder(self.path) or info
        except OSError as exc:
            raise self._error(exc) from None
        self._write_new(fd, info)
        return None

    def _write_new(self, fd: int, info: LockInfo) -> None:
        data = info.to_json().encode("utf-8")
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        except OSError as exc:
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            raise self._error(exc) from None
        os.close(fd)
        hide(self.path)  # on Windows, as LibreOffice's: Explorer shows dot files
        self._since = info.since
        self.held = True

    def take_over(self, stale: LockInfo) -> LockInfo | None:
        """Take a stale lock (``stale``: the holder as read before asking the user). None when
        this window now holds it; else who holds it now (someone took it first)."""
        current = self.holder()
        if current is not None and current != stale:
            return current  # it changed: someone refreshed or took it in the meantime
        if current is not None:
            try:
                os.unlink(self.path)  # a link here is removed, never followed
            except FileNotFoundError:
                pass
            except OSError as exc:
                raise self._error(exc) from None
        return self._create_once(self._info())

    def refresh(self) -> bool:
        """Write a new heartbeat while the lock is ours; False when it is no longer ours
        (someone took it over). A lock removed by someone else is made again."""
        if not self.held:
            return False
        if folder_moved(self.article, self._folder) is not None:
            return True  # the folder leads elsewhere now: nothing written there (still ours)
        current = self.holder()
        if current is None:
            try:
                return self._create_once(self._info()) is None
            except LockError:
                return True  # the drive is away: still ours, made again at a later heartbeat
        if not self.is_ours(current):
            self.held = False
            return False
        try:
            atomic_write_text(self.path, self._info().to_json())
        except OSError:
            return True  # still ours; the next heartbeat tries again
        hide(self.path)  # a new file
        return True

    def release(self) -> None:
        """Remove the lock if it is still ours (never a colleague's who took it over)."""
        if not self.held:
            return
        self.held = False
        if folder_moved(self.article, self._folder) is not None:
            return  # the folder leads elsewhere now: nothing there is ours
        if not self.is_ours(_parse(_read_raw(self.path))):
            return
        with contextlib.suppress(OSError):
            os.unlink(self.path)

    def _error(self, exc: OSError) -> LockError:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            message = tr("No lock could be written beside the article (the folder is read-only)")
        elif exc.errno in (errno.ENOENT, errno.ENOTDIR):
            message = tr("No lock could be written: the article's folder is not there")
        else:
            message = tr(
                "No lock could be written beside the article: {reason}",
                reason=plain_reason(exc),
            )
        return LockError(message, path=self.path)


def lock_name(default_author: str) -> str:
    """The name a lock carries: the settings' author, else the login name (as the history's
    ``author_name``, which is not imported on the way to the window's first frame)."""
    name = default_author.strip()
    if name:
        return name
    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError, ImportError):
        return "unknown"
