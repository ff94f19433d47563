"""Whether a file's first bytes can begin an image the exports read, for the live preview.

An export decodes every image and leaves out what is not one (``photos.pipeline``); the
preview never decodes, but it leaves out the same files as far as their first
:data:`HEAD` bytes tell: a file whose beginning is none of the formats the exports read
(JPEG, PNG, GIF, WebP, TIFF, BMP, HEIF/AVIF) is not an image. A file that begins like one
stays, even if it is broken further on (the browser shows that).

At most :data:`HEAD` bytes are read, once per file version: the answer is kept by path, size
and modification time. The file is opened without following a link (nor blocking on a FIFO)
and must still be the regular file that was ``stat``-ed; a file that cannot be read now is not
judged (the next render looks again). It runs on the render thread.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

HEAD = 64  # bytes read of a file, at most
_KEEP = 4096  # answers kept (a file version each); past that they are forgotten at once

_SIGNATURES = (
    b"\xff\xd8\xff",  # JPEG (and MPO)
    b"\x89PNG\r\n\x1a\n",
    b"GIF87a",
    b"GIF89a",
    b"II*\x00",  # TIFF, little-endian
    b"MM\x00*",  # TIFF, big-endian
    b"BM",  # BMP
)
_answers: dict[tuple[str, int, int], bool] = {}


def may_be_image(head: bytes) -> bool:
    """Whether ``head`` (a file's first bytes) begins an image of a format the exports read."""
    if head.startswith(_SIGNATURES):
        return True
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return True
    return head[4:8] == b"ftyp"  # HEIF, AVIF (an ISO media file: the decoder decides)


def looks_like_image(path: Path, info: os.stat_result) -> bool:
    """False only when the first bytes of ``path`` (``info``: its ``stat``) are no image."""
    key = (str(path), info.st_size, info.st_mtime_ns)
    known = _answers.get(key)
    if known is not None:
        return known
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return True  # a link put in its place, gone, no permission: not judged now
    try:
        now = os.fstat(fd)
        if not stat.S_ISREG(now.st_mode) or (now.st_size, now.st_mtime_ns) != key[1:]:
            return True  # changed since it was looked at: the next render judges it
        head = os.read(fd, HEAD)
    except OSError:
        return True
    finally:
        os.close(fd)
    if len(_answers) >= _KEEP:
        _answers.clear()
    answer = _answers[key] = may_be_image(head)
    return answer
