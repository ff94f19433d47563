"""The desk's index: what was read of each article, in the user's cache folder, so that a
later listing reads only the files that changed.

One JSON file per desk folder (``CACHE/desk/<hash of the folder>.json``), keyed by the
article's path relative to the folder, with its size and mtime_ns when read. It is only a cache:
written atomically, deleting it loses nothing, and one that cannot be read (damaged, another
version, too big) is ignored and written anew.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netizen_editor.desk.entry import DeskEntry
from netizen_editor.storage.atomic import atomic_write_bytes, make_folder
from netizen_editor.storage.capped import read_at_most
from netizen_editor.storage.datadirs import app_cache_dir

#: the index's format; another number is read as no index
FORMAT = 1
#: an index larger than this is not read (10,000 articles take about 5 MB)
MAX_INDEX_BYTES = 256 * 1024 * 1024
INDEX_FOLDER = "desk"
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


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

    def to_json(self) -> list[Any]:
        return [self.size, self.mtime_ns, self.entry.to_record(), self.article_id,
                self.history_stamp, self.sha256,
                list(self.checks) if self.checks else None]  # fmt: skip

    @classmethod
    def from_json(cls, data: Any) -> Record:
        size, mtime_ns, entry, article_id, stamp, sha256, checks = data
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


def index_path(root: Path, cache_dir: Path | None = None) -> Path:
    """Where the index of the desk folder ``root`` (absolute, resolved) is kept."""
    base = cache_dir if cache_dir is not None else app_cache_dir()
    name = hashlib.sha256(os.fsencode(str(root))).hexdigest()[:32]
    return base / INDEX_FOLDER / f"{name}.json"


def load_index(path: Path, root: Path) -> dict[str, Record]:
    """The records of the index at ``path``; empty when there is none or it cannot be used."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError:
        return {}
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_INDEX_BYTES:
            return {}
        data = read_at_most(fd, MAX_INDEX_BYTES)
    except OSError:
        return {}
    finally:
        os.close(fd)
    try:
        loaded = json.loads(data)
        if not isinstance(loaded, dict) or loaded.get("format") != FORMAT:
            return {}
        if loaded.get("folder") != str(root):
            return {}
        records = loaded["articles"]
        if not isinstance(records, dict):
            return {}
        out = {}
        for rel, record in records.items():
            out[rel] = Record.from_json(record)
            if out[rel].entry.path != rel:
                return {}
        return out
    except (ValueError, TypeError, KeyError, RecursionError, UnicodeDecodeError):
        return {}  # damaged: the listing reads every file and writes it anew


def save_index(path: Path, root: Path, records: dict[str, Record]) -> None:
    """Write the index atomically; a cache that cannot be written is no error (the next listing
    reads the files again)."""
    data = {
        "format": FORMAT,
        "folder": str(root),
        "articles": {rel: record.to_json() for rel, record in records.items()},
    }
    try:  # ASCII: a file name that is not UTF-8 (lone surrogates) is kept as its escapes
        text = json.dumps(data, separators=(",", ":"))
        make_folder(path.parent)
        atomic_write_bytes(path, text.encode("ascii"))
    except (OSError, ValueError):
        return
