"""What a file looked like when it was loaded or saved, to notice changes made underneath us.

Rule: a file has changed on disk when its content differs from what we know. A different size
means changed; the same size is settled by the SHA-256 hash whatever the mtime says (a tool
can write new bytes of the same length and put the old mtime back), so a ``touch`` or a sync
tool rewriting identical bytes is NOT a change, and same-size edits are never missed.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from netizen_editor.storage.capped import FileTooLarge, NotRegularFile, read_regular


@dataclass(frozen=True)
class FileIdentity:
    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, path: Path | str, limit: int) -> FileIdentity | None:
        """The identity of the regular file now at ``path`` (read as a planted file is: never
        waiting on a pipe, at most ``limit`` bytes), or None when there is none: no file, or
        something else (a pipe, a device) or a larger file there. Other OSErrors propagate."""
        try:
            data, st = read_regular(path, limit, follow_links=True)
        except (FileNotFoundError, NotADirectoryError, NotRegularFile, FileTooLarge):
            return None
        return cls.from_bytes(data, st)

    @classmethod
    def from_bytes(cls, data: bytes, st: os.stat_result) -> FileIdentity:
        """The identity of ``data`` as stored in a file with stat result ``st``."""
        return cls(size=len(data), mtime_ns=st.st_mtime_ns, sha256=sha256_hex(data))

    def to_dict(self) -> dict[str, int | str]:
        return {"size": self.size, "mtime_ns": self.mtime_ns, "sha256": self.sha256}

    @classmethod
    def from_dict(cls, data: object) -> FileIdentity:
        """Read back ``to_dict``; ValueError when the data is not an identity."""
        if not isinstance(data, dict):
            raise ValueError("file identity must be an object")
        size, mtime_ns, digest = data.get("size"), data.get("mtime_ns"), data.get("sha256")
        if not (isinstance(size, int) and isinstance(mtime_ns, int) and isinstance(digest, str)):
            raise ValueError("file identity needs size, mtime_ns and sha256")
        return cls(size=size, mtime_ns=mtime_ns, sha256=digest)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def changed_on_disk(path: Path | str, known: FileIdentity | None) -> bool:
    """True when the file on disk no longer holds what ``known`` describes.

    ``known=None`` means "there was no file": a file appearing there counts as a change.
    """
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return known is not None
    if known is None:
        return True
    if st.st_size != known.size:
        return True
    # same size: the content decides, even when the mtime is the same too (a tool that
    # rewrites a file and restores its mtime, or a clock with coarse resolution); it is read
    # up to that size only (a pipe or a device swapped in is no file it knew: a change)
    current = FileIdentity.of(path, known.size)
    return current is None or current.sha256 != known.sha256
