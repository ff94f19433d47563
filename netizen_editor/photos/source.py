"""Reading a photo from disk safely: only regular files, inside the folders allowed, bounded.

Exports and imports read images through :func:`read_image_file`, never with ``open`` on a
path taken from an article. The path is resolved (symlinks followed) and must lie inside one
of the allowed folders; ``/proc``, ``/sys`` and ``/dev`` are never read; the file is
``stat``-ed before it is opened and must be a regular, non-empty file no larger than the limit;
it is opened without following a last-moment symlink and without blocking on a FIFO, then
checked again on the open descriptor. Whether the bytes are an image is decided by decoding
them (see :mod:`netizen_editor.photos.pipeline`), not by the file name.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from netizen_editor.errors import plain_reason
from netizen_editor.i18n import tr
from netizen_editor.storage.capped import read_at_most

MAX_SOURCE_BYTES = 64 * 1024 * 1024  # a phone photo is 3–12 MB; a RAW-sized TIFF still fits
FORBIDDEN_ROOTS = (Path("/proc"), Path("/sys"), Path("/dev"))


class SourceRejected(Exception):
    """A file that must not be read as a photo; ``reason`` is one of the constants below."""

    NOT_FOUND = "not found"
    OUTSIDE = "outside the article's folder"
    NOT_REGULAR = "not a regular file"
    TOO_LARGE = "too large"
    EMPTY = "empty"
    UNREADABLE = "unreadable"
    NOT_IMAGE = "not an image"
    NO_FOLDER = "no folder"  # an untitled article: its images have nowhere to be looked up
    LATE = "out of time"  # an export's photos used up their time before this one was made

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(reason if not detail else f"{reason} ({detail})")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class SourceFile:
    path: Path  # resolved
    data: bytes


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def resolve_inside(path: Path, roots: Iterable[Path]) -> Path:
    """``path`` with every symlink resolved, if that lies inside one of ``roots``."""
    try:
        resolved = path.resolve(strict=True)
    except (FileNotFoundError, ValueError):  # ValueError: a name no file has (a NUL, "%00")
        raise SourceRejected(SourceRejected.NOT_FOUND) from None
    except (OSError, RuntimeError) as exc:  # a symlink loop, a name too long, no permission
        raise SourceRejected(SourceRejected.UNREADABLE, _why(exc)) from None
    if any(_inside(resolved, root) for root in FORBIDDEN_ROOTS):
        raise SourceRejected(SourceRejected.NOT_REGULAR, "system file")
    allowed = []
    for root in roots:
        try:
            allowed.append(root.resolve(strict=True))
        except (OSError, RuntimeError):
            continue
    if not any(_inside(resolved, root) for root in allowed):
        raise SourceRejected(SourceRejected.OUTSIDE)
    return resolved


def read_image_file(path: Path, roots: Iterable[Path], limit: int = MAX_SOURCE_BYTES) -> SourceFile:
    """The bytes of ``path`` if it may be read as a photo; :class:`SourceRejected` if not."""
    resolved = resolve_inside(path, roots)
    try:
        info = os.stat(resolved)
    except OSError as exc:
        raise SourceRejected(SourceRejected.UNREADABLE, _why(exc)) from None
    check_stat(info, limit)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(resolved, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # swapped for a symlink after the check
            raise SourceRejected(SourceRejected.NOT_REGULAR, "symlink") from None
        raise SourceRejected(SourceRejected.UNREADABLE, _why(exc)) from None
    try:
        check_stat(os.fstat(fd), limit)
        data = read_at_most(fd, limit)
    except OSError as exc:
        raise SourceRejected(SourceRejected.UNREADABLE, _why(exc)) from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise SourceRejected(SourceRejected.TOO_LARGE, _megabytes(len(data), limit))
    if not data:
        raise SourceRejected(SourceRejected.EMPTY)
    return SourceFile(resolved, data)


def check_stat(info: os.stat_result, limit: int = MAX_SOURCE_BYTES) -> None:
    """SourceRejected unless ``info`` is a regular, non-empty file within ``limit`` bytes."""
    if not stat.S_ISREG(info.st_mode):
        raise SourceRejected(SourceRejected.NOT_REGULAR)
    if info.st_size == 0:
        raise SourceRejected(SourceRejected.EMPTY)
    if info.st_size > limit:
        raise SourceRejected(SourceRejected.TOO_LARGE, _megabytes(info.st_size, limit))


def _megabytes(size: int, limit: int) -> str:
    return tr("{size} MB, limit {limit} MB", size=f"{size / 1e6:.1f}", limit=f"{limit / 1e6:.0f}")


def _why(exc: BaseException) -> str:
    return plain_reason(exc)
