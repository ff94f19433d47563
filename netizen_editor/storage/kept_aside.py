"""A file about to be replaced, kept under a hidden name beside it until what replaces it
stands, so that it can be put back (no Qt).

The file is never read: a hard link gives it a second name in its folder
(``.NAME.XXXXXXXX.old``), so a file of any size (a colleague's 3 GB one planted at an export's
name) costs nothing to keep, and putting it back is a rename that brings back the very file,
its bytes, permission bits and times. The folder is opened as :mod:`storage.atomic` opens it
for its writes, and the link, the rename and the removal are made relative to that handle: a
folder swapped for a link half way sends nothing elsewhere. Where the drive has no hard links
(FAT, exFAT, some shares; on Linux, a colleague's file one may not link under
``protected_hardlinks``), :func:`keep_aside` answers None and the caller keeps the file
another way.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from netizen_editor.storage.atomic import At, open_folder, remove_quietly, replace_when_free


@dataclass(frozen=True)
class KeptAside:
    """``path``'s file, also named ``aside`` in the same folder."""

    path: Path
    aside: str
    below: Path | None = None


def keep_aside(path: Path, *, below: Path | None = None) -> KeptAside | None:
    """A second, hidden name for the file at ``path`` (a link is linked, not followed), every
    folder between ``below`` and it a real folder (as :func:`storage.atomic.atomic_write_bytes`
    checks them); None where no hard link can be made. FileNotFoundError when nothing is at
    ``path``; the folders' OSError (``LinkRefused``...)."""
    folder = path.parent
    dir_fd = open_folder(folder, below)
    try:
        for _ in range(100):
            aside = f".{path.name}.{secrets.token_hex(4)}.old"
            try:
                _link(dir_fd, folder, path.name, aside)
            except FileExistsError:
                continue  # that hidden name is taken: another one
            except FileNotFoundError:
                raise
            except OSError:  # no hard links here (Windows says so in words of its own)
                return None
            return KeptAside(path, aside, below)
    finally:
        if dir_fd is not None:
            os.close(dir_fd)
    raise FileExistsError(errno.EEXIST, "no free hidden name", str(path))


def put_back(kept: KeptAside) -> None:
    """Give the kept file its name again, in place of whatever is there now."""
    folder = kept.path.parent
    dir_fd = open_folder(folder, kept.below)
    try:
        replace_when_free(At(folder, kept.aside, dir_fd), At(folder, kept.path.name, dir_fd))
    finally:
        if dir_fd is not None:
            os.close(dir_fd)


def drop(kept: KeptAside) -> None:
    """Remove the hidden name (the file is gone with it unless ``path`` still names it);
    quietly: a name left behind is a hidden file, nothing lost."""
    folder = kept.path.parent
    with contextlib.suppress(OSError):
        dir_fd = open_folder(folder, kept.below)
        remove_quietly(dir_fd, folder, kept.aside)
        if dir_fd is not None:
            os.close(dir_fd)


def _link(dir_fd: int | None, folder: Path, name: str, aside: str) -> None:
    if dir_fd is not None:
        os.link(name, aside, src_dir_fd=dir_fd, dst_dir_fd=dir_fd, follow_symlinks=False)
    else:  # pragma: no cover - Windows
        os.link(folder / name, folder / aside)
