"""Pixel size of a local image from its header (PNG, JPEG, GIF, WebP), without decoding it."""

from __future__ import annotations

import struct
from pathlib import Path
from urllib.parse import unquote, urlsplit

HEADER_BYTES = 64 * 1024


def local_image(src: str, article_path: Path | None, images_folder: str = "") -> Path | None:
    """The file a relative image address names, inside the article's folder or the settings'
    images folder (where exports also look); else None."""
    if not src or article_path is None:
        return None
    parts = urlsplit(src)
    if parts.scheme or parts.netloc or src.startswith(("/", "data:")):
        return None
    for base in (article_path.parent, Path(images_folder).expanduser() if images_folder else None):
        if base is None:
            continue
        folder = base.resolve()
        path = (folder / unquote(parts.path)).resolve()
        if (folder == path or folder in path.parents) and path.is_file():
            return path
    return None


def image_size(path: Path) -> tuple[int, int] | None:
    """(width, height) read from the file's header, or None when it is not a known image."""
    try:
        with path.open("rb") as handle:
            head = handle.read(HEADER_BYTES)
    except OSError:
        return None
    if head.startswith(b"\x89PNG\r\n\x1a\n") and len(head) >= 24:
        return struct.unpack(">II", head[16:24])
    if head[:6] in (b"GIF87a", b"GIF89a") and len(head) >= 10:
        return struct.unpack("<HH", head[6:10])
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return _webp(head)
    if head[:2] == b"\xff\xd8":
        return _jpeg(head)
    return None


def _webp(head: bytes) -> tuple[int, int] | None:
    kind = head[12:16]
    if kind == b"VP8 " and len(head) >= 30:
        w, h = struct.unpack("<HH", head[26:30])
        return w & 0x3FFF, h & 0x3FFF
    if kind == b"VP8L" and len(head) >= 25:
        bits = int.from_bytes(head[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if kind == b"VP8X" and len(head) >= 30:
        return int.from_bytes(head[24:27], "little") + 1, int.from_bytes(head[27:30], "little") + 1
    return None


def _jpeg(head: bytes) -> tuple[int, int] | None:
    i = 2
    while i + 9 < len(head):
        if head[i] != 0xFF:
            return None
        marker = head[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        length = struct.unpack(">H", head[i + 2 : i + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            h, w = struct.unpack(">HH", head[i + 5 : i + 9])
            return w, h
        i += 2 + length
    return None
