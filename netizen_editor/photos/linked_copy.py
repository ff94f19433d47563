"""A pasted picture's web copy under the name its link already has in the text, for when that
link cannot be set right (``gui.editor.paste_in_place``): a paste names each picture's file
before its copy is made, and a graphic smaller as JPEG than as PNG is stored as ``…-1.jpg``
while the text (or an undone paste's Redo step, which cannot be edited without losing the
steps after it) still says ``…-1.png``. The copy is made again in the format the name says, so
the link finds a file of that kind. No Qt."""

from __future__ import annotations

import io
import os
from dataclasses import replace
from pathlib import Path

from netizen_editor.photos.importing import FORMAT_SUFFIXES
from netizen_editor.photos.options import WebImage

# the formats a kept name may say (``importing.likely_suffix``'s), by suffix
_FORMATS = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".webp": "WEBP", ".gif": "GIF"}


def copy_as(web: WebImage, name: str, quality: int) -> WebImage | None:
    """``web`` again in the format ``name``'s suffix says (``web`` itself when it is in that
    format); None when no web format has that suffix or the copy does not read (never seen:
    the pipeline made it)."""
    fmt = _FORMATS.get(Path(name).suffix.lower())
    if fmt is None:
        return None
    if FORMAT_SUFFIXES.get(web.format) == FORMAT_SUFFIXES[fmt]:
        return web
    from PIL import Image  # loaded already: the pipeline made the copy with it

    try:
        with Image.open(io.BytesIO(web.data)) as image:
            image.load()
            clear = "A" in image.mode or "transparency" in image.info
            if fmt == "JPEG" or not clear:
                image = image.convert("RGB")  # type: ignore[assignment]
            out = io.BytesIO()
            params = {"quality": quality} if fmt in ("JPEG", "WEBP") else {}
            image.save(out, fmt, **params)
    except Exception:  # Pillow raises many kinds: the link stays as it was
        return None
    return replace(web, data=out.getvalue(), format=fmt)


def store_as(path: Path, data: bytes) -> bool:
    """``data`` written as ``path`` (in the article's files folder) unless a file, a link or
    anything else is there already: a colleague's is never replaced. False when not written."""
    from netizen_editor.storage.atomic import atomic_write_bytes

    if os.path.lexists(path):
        return False
    try:
        atomic_write_bytes(path, data, below=path.parent.parent)
    except OSError:
        return False
    return True
