"""Whether a file's first bytes can begin an image the exports read, for the live preview.

An export decodes every image and leaves out what is not one (``photos.pipeline``); the
preview never decodes, but it leaves out the same files as far as their first
:data:`HEAD` bytes tell: a file whose beginning is none of the formats the exports read
(JPEG, PNG, GIF, WebP, TIFF, BMP, HEIF/AVIF) is not an image. A file that begins like one
stays, even if it is broken further on (the browser shows that). An image whose header gives
more pixels than the exports take (:func:`netizen_editor.photos.limits.problem`: the same
limits) is refused too: PNG, GIF, WebP and BMP give their size in those first bytes; a JPEG's
size is in its frame header (SOF), after its EXIF and thumbnail, so of a JPEG at most
:data:`JPEG_HEAD` bytes are read to find it; a TIFF's is in its first directory, wherever the
file puts it, so of a TIFF that directory is read (:mod:`netizen_editor.photos.tiff`, 1.3 MB
at most). No pixel is decoded.

At most :data:`HEAD` bytes (:data:`JPEG_HEAD` of a JPEG, a TIFF's directory) are read, once
per file version: the
answer is kept by path, size and modification time. The file is opened without following a
link (nor blocking on a FIFO) and must still be the regular file that was ``stat``-ed; a file
that cannot be read now is not judged (the next render looks again). It runs on the render thread.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from netizen_editor.photos import limits, tiff
from netizen_editor.photos.source import SourceRejected

HEAD = 64  # bytes read of a file, at most (but of a JPEG)
JPEG_HEAD = 256 * 1024  # a JPEG's frame header follows its EXIF (up to 64 KB) and other APPs
_KEEP = 4096  # answers kept (a file version each); past that they are forgotten at once

_SIGNATURES = (
    b"\xff\xd8\xff",  # JPEG (and MPO)
    b"\x89PNG\r\n\x1a\n",
    b"GIF87a",
    b"GIF89a",
    *tiff.SIGNATURES,  # TIFF and BigTIFF, little- and big-endian
    b"BM",  # BMP
)
_answers: dict[tuple[str, int, int], SourceRejected | None] = {}


def may_be_image(head: bytes) -> bool:
    """Whether ``head`` (a file's first bytes) begins an image of a format the exports read."""
    if head.startswith(_SIGNATURES):
        return True
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return True
    return head[4:8] == b"ftyp"  # HEIF, AVIF (an ISO media file: the decoder decides)


def head_refusal(head: bytes, found: limits.Shape | None = None) -> SourceRejected | None:
    """Why the exports refuse an image that begins with ``head``, as far as it tells (or
    ``found``, its shape read further on: a TIFF's): no image format they read, or more pixels
    than they take; None when it may be one they use."""
    if not may_be_image(head):
        return SourceRejected(SourceRejected.NOT_IMAGE)
    too_large = limits.problem(found or limits.shape(head))
    return SourceRejected(SourceRejected.TOO_LARGE, too_large) if too_large else None


def refusal_by_head(path: Path, info: os.stat_result) -> SourceRejected | None:
    """Why the first bytes of ``path`` (``info``: its ``stat``) refuse it, or None (also when
    it cannot be read now: not judged)."""
    key = (str(path), info.st_size, info.st_mtime_ns)
    if key in _answers:
        return _answers[key]
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None  # a link put in its place, gone, no permission: not judged now
    try:
        now = os.fstat(fd)
        if not stat.S_ISREG(now.st_mode) or (now.st_size, now.st_mtime_ns) != key[1:]:
            return None  # changed since it was looked at: the next render judges it
        head = os.read(fd, HEAD)
        if head.startswith(b"\xff\xd8") and len(head) == HEAD:
            head += _read_up_to(fd, JPEG_HEAD - HEAD)
        found = None
        if head[:4] in tiff.SIGNATURES:  # its size is where its first directory is
            found = limits.tiff_shape(lambda offset, size: _read_at(fd, offset, size), now.st_size)
    except OSError:
        return None
    finally:
        os.close(fd)
    if len(_answers) >= _KEEP:
        _answers.clear()
    answer = _answers[key] = head_refusal(head, found)
    return answer


def looks_like_image(path: Path, info: os.stat_result) -> bool:
    """False only when the first bytes of ``path`` (``info``: its ``stat``) are no image."""
    found = refusal_by_head(path, info)
    return found is None or found.reason != SourceRejected.NOT_IMAGE


def _read_at(fd: int, offset: int, size: int) -> bytes:
    """At most ``size`` bytes of ``fd`` from ``offset`` (``os.pread`` is not on Windows)."""
    os.lseek(fd, offset, os.SEEK_SET)
    return _read_up_to(fd, size)


def _read_up_to(fd: int, size: int) -> bytes:
    parts: list[bytes] = []
    while size > 0:
        part = os.read(fd, size)
        if not part:
            break
        parts.append(part)
        size -= len(part)
    return b"".join(parts)
