"""Backups of an article's previous version, taken just before a save overwrites it.

Layout: ``root/<id>/<UTC timestamp>.md`` where ``<id>`` is the first 16 hex digits of the
SHA-256 of the article's absolute path, a dash and its sanitised name (for people browsing the
folder). ``origin.txt`` in that folder holds the article's full path. Names sort in time order
and are unique even within one second (nanoseconds, bumped when taken).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

from netizen_editor.storage.atomic import atomic_write_bytes, atomic_write_text, make_folder
from netizen_editor.storage.capped import read_regular
from netizen_editor.storage.reading import MAX_BYTES

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_NAME = re.compile(r"^(\d{8}T\d{6})\.(\d{9})Z\.md$")
SUFFIX = "Z.md"


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    time: dt.datetime
    size: int


class BackupStore:
    def __init__(self, root: Path | str, keep: int = 10):
        self.root = Path(root)
        self.keep = max(1, keep)

    def folder_for(self, path: Path | str) -> Path:
        """The folder holding the backups of the article at ``path``."""
        absolute = Path(path).resolve()
        digest = hashlib.sha256(str(absolute).encode("utf-8", "surrogatepass")).hexdigest()
        stem = _UNSAFE.sub("-", absolute.stem).strip("-")[:40] or "article"
        return self.root / f"{digest[:16]}-{stem}"

    def backup(self, path: Path | str) -> Path | None:
        """Copy the version now on disk; None when there is no file or it equals the newest.
        OSError when it cannot be read, and when it is no regular file of at most
        ``reading.MAX_BYTES`` (a pipe or a huge file swapped in on a shared drive: not copied)."""
        try:
            data, _ = read_regular(path, MAX_BYTES)
        except (FileNotFoundError, NotADirectoryError):
            return None
        folder = self.folder_for(path)
        existing = self._files(folder)
        if existing and _same_bytes(existing[0], data):
            return None
        trusted = self.root.parent  # the app's data folder; ``backups/`` and below are ours
        make_folder(folder, below=trusted)  # never through a link planted in their place
        origin = folder / "origin.txt"
        if not os.path.lexists(origin):
            atomic_write_text(origin, str(Path(path).resolve()) + "\n", below=trusted)
        target = self._new_name(folder, existing)
        atomic_write_bytes(target, data, below=trusted)
        self._prune(folder)
        return target

    def list_backups(self, path: Path | str) -> list[BackupEntry]:
        """The article's backups, newest first."""
        entries = []
        for file in self._files(self.folder_for(path)):
            try:
                size = file.stat().st_size
            except OSError:
                continue
            entries.append(BackupEntry(path=file, time=_time_of(file.name), size=size))
        return entries

    def read_backup(self, entry: BackupEntry) -> str:
        """A backup's text (bytes that are not UTF-8 show as replacement characters)."""
        data = read_bytes(entry.path)
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        return data.decode("utf-8", errors="replace")

    def _files(self, folder: Path) -> list[Path]:
        try:
            names = [n for n in os.listdir(folder) if _NAME.match(n)]
        except (FileNotFoundError, NotADirectoryError):
            return []
        return [folder / n for n in sorted(names, reverse=True)]

    def _new_name(self, folder: Path, existing: list[Path]) -> Path:
        ns = time.time_ns()
        if existing:  # keep names increasing even if the clock stands still or goes back
            newest = existing[0].name
            ns = max(ns, _ns_of(newest) + 1)
        while True:
            target = folder / _name_for(ns)
            if not os.path.lexists(target):
                return target
            ns += 1

    def _prune(self, folder: Path) -> None:
        for old in self._files(folder)[self.keep :]:
            with contextlib.suppress(OSError):
                old.unlink()


def _same_bytes(file: Path, data: bytes) -> bool:
    try:
        if file.stat().st_size != len(data):
            return False
        return read_regular(file, len(data))[0] == data
    except OSError:
        return False


def _name_for(ns: int) -> str:
    seconds, rest = divmod(ns, 1_000_000_000)
    stamp = dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y%m%dT%H%M%S")
    return f"{stamp}.{rest:09d}{SUFFIX}"


def _ns_of(name: str) -> int:
    match = _NAME.match(name)
    if not match:
        return 0
    when = dt.datetime.strptime(match.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=dt.UTC)
    return int(when.timestamp()) * 1_000_000_000 + int(match.group(2))


def _time_of(name: str) -> dt.datetime:
    ns = _ns_of(name)
    return dt.datetime.fromtimestamp(ns / 1e9, dt.UTC)


def read_bytes(file: Path) -> bytes:
    """A backup's bytes (a regular file of at most ``reading.MAX_BYTES``, never through a
    link); OSError when it cannot be read."""
    return read_regular(file, MAX_BYTES)[0]
