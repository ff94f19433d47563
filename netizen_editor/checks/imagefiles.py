"""The local images of an article as the checks see them: found and read by the export's rules.

A file is found by the exports' one rule (:func:`netizen_editor.photos.address.locate_image`:
relative to the article's folder, inside it or the settings' images folder) and read only
the way exports read images (:mod:`netizen_editor.photos.source`): resolved with symlinks
followed, inside one of those folders, never under ``/proc``, ``/sys`` or ``/dev``, a regular
file within the size limit, opened without blocking. Its pixel size, frames and scans come from
its bytes (no decoding, no Pillow) and are held against the export's budgets
(:mod:`netizen_editor.photos.limits`). What was read is remembered by the file's identity
(device, inode, size, modification time), so a check run after a keystroke reads nothing again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from netizen_editor.errors import plain_reason
from netizen_editor.photos import limits
from netizen_editor.photos.address import image_roots, locate_image
from netizen_editor.photos.source import SourceRejected, read_image_file, resolve_inside

HEADER_BYTES = 64 * 1024
_MEMO_SIZE = 256


@dataclass(frozen=True)
class ImageFile:
    """A local image an export may read, and what its bytes say."""

    path: Path  # resolved
    bytes: int
    size: tuple[int, int] | None  # None: not a PNG, JPEG, GIF or WebP the checks can measure
    frames: int = 1
    problem: str | None = None  # why an export refuses it (over a budget), or None


_memo: dict[tuple[Path, int, int, int, int], ImageFile | SourceRejected] = {}


def find_image(
    src: str, article_path: Path | None, images_folder: str = ""
) -> ImageFile | SourceRejected | None:
    """The image an address names, by the exports' rule (:func:`photos.address.locate_image`:
    relative to the article's folder, inside it or the settings' images folder): an
    :class:`ImageFile` when an export may read it, the :class:`SourceRejected` that says why
    not when the file exists but exports refuse it (or the address leads out of those
    folders), and None for remote or missing images."""
    if article_path is None:
        return None
    try:
        resolved = locate_image(src, article_path, images_folder)
    except SourceRejected as exc:
        return None if exc.reason == SourceRejected.NOT_FOUND else exc
    if resolved is None:
        return None
    return _read(resolved, image_roots(article_path, images_folder))


def local_image(src: str, article_path: Path | None, images_folder: str = "") -> Path | None:
    """The file a relative image address names, when an export may use it (inside the
    article's folder or the settings' images folder, a regular file, within the budgets)."""
    found = find_image(src, article_path, images_folder)
    if isinstance(found, ImageFile) and found.problem is None:
        return found.path
    return None


def _read(path: Path, roots: list[Path]) -> ImageFile | SourceRejected:
    try:
        info = os.stat(path)
    except OSError as exc:
        return SourceRejected(SourceRejected.UNREADABLE, plain_reason(exc))
    key = (path, info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)
    found = _memo.get(key)
    if found is None:
        try:
            source = read_image_file(path, roots)
        except SourceRejected as exc:
            found = exc
        else:
            shape = limits.shape(source.data)
            found = ImageFile(
                source.path, len(source.data), shape.size, shape.frames, limits.problem(shape)
            )
        if len(_memo) >= _MEMO_SIZE:
            _memo.clear()
        _memo[key] = found
    return found


def image_size(path: Path) -> tuple[int, int] | None:
    """(width, height) read from the file's header, or None when it is not a known image (or
    not a regular file: nothing else is opened, and nothing blocks)."""
    try:
        resolved = resolve_inside(path, [path.parent])
        source = read_image_file(resolved, [resolved.parent])
    except SourceRejected:
        return None
    return limits.shape(source.data[:HEADER_BYTES]).size
