"""A new story's first file: the desk's New Story writes the template's text at once (the story
has its name in the desk, and its lock), and when its tab closes without a save that file would
stay on the shared desk as an empty draft ("[Judul…]") for every colleague to see. No Qt.

:func:`remove_placeholder` takes it away again, but only the very file that was written, as it
was written: the same file (device and inode: a save, ours or a colleague's, writes a new one),
not a link, the same bytes (SHA-256), and no lock beside it but this process's own. The file is
first renamed aside and looked at again there, so a colleague's save that lands in between is
put back, never deleted. The folders New Story made for it go too when nothing else is in them.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path

from netizen_editor.storage.capped import read_regular
from netizen_editor.storage.identity import sha256_hex
from netizen_editor.storage.no_replace import rename_no_replace
from netizen_editor.storage.sessions import hostname


@dataclass(frozen=True)
class Placeholder:
    """The file New Story wrote (``path``) as it was written, and the folders it made for it
    (the innermost first)."""

    path: Path
    sha256: str
    device: int
    inode: int
    size: int
    mtime_ns: int
    made_folders: tuple[Path, ...] = ()

    @classmethod
    def written(cls, path: Path, data: bytes, made_folders: tuple[Path, ...] = ()) -> Placeholder:
        """The file at ``path`` just written with ``data``. OSError when it is not there."""
        st = os.lstat(path)
        return cls(path, sha256_hex(data), st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns,
                   made_folders)  # fmt: skip

    def is_this(self, st: os.stat_result) -> bool:
        """``st`` (an lstat) is this file, untouched since it was written."""
        written = (self.device, self.inode, self.size, self.mtime_ns)
        now = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
        return stat.S_ISREG(st.st_mode) and now == written


def missing_folders(folder: Path, below: Path) -> tuple[Path, ...]:
    """The folders from ``folder`` up to (not including) ``below`` that do not exist yet, the
    innermost first: those a ``make_folder(folder, below=below)`` makes."""
    missing: list[Path] = []
    while folder != below and below in folder.parents and not os.path.lexists(folder):
        missing.append(folder)
        folder = folder.parent
    return tuple(missing)


def remove_placeholder(placeholder: Placeholder) -> bool:
    """Remove the placeholder's file when it is still just what New Story wrote and nobody
    else holds it; True when it is gone. Anything else (saved since, changed by a colleague,
    a link or something else there now, their lock beside it, it cannot be read) leaves it."""
    from netizen_editor.desk.listing import lock_holder

    path = placeholder.path
    if not _unchanged(placeholder, path):
        return False
    holder = lock_holder(path)
    if holder is not None and not (holder.host == hostname() and holder.pid == os.getpid()):
        return False  # someone else's (even a stale one: theirs to settle)
    aside = path.with_name(f".{path.name}.{secrets.token_hex(4)}.removed")
    try:
        os.rename(path, aside)  # a save landing now lands at ``path``, not here
    except OSError:
        return False
    if not _unchanged(placeholder, aside):
        with contextlib.suppress(OSError):
            rename_no_replace(aside, path)  # not ours after all: back where it was
        return False
    try:
        os.unlink(aside)
    except OSError:
        with contextlib.suppress(OSError):
            rename_no_replace(aside, path)
        return False
    for folder in placeholder.made_folders:
        try:
            os.rmdir(folder)  # only an empty folder (a link is no folder to rmdir)
        except OSError:
            break
    return True


def _unchanged(placeholder: Placeholder, path: Path) -> bool:
    """The file at ``path`` is the placeholder's file with the bytes it was written with."""
    try:
        if not placeholder.is_this(os.lstat(path)):
            return False
        data, st = read_regular(path, placeholder.size)  # never through a link
    except (OSError, ValueError):
        return False
    return placeholder.is_this(st) and sha256_hex(data) == placeholder.sha256
