"""Photos for the web: one core pipeline (no Qt) used by paste, insert and every export.

- :mod:`~netizen_editor.photos.source`: reading a file safely (regular files inside the
  allowed folders only, bounded size).
- :mod:`~netizen_editor.photos.options`: what to make (long edge, format) and the result type.
- :mod:`~netizen_editor.photos.pipeline`: decode, orient, sRGB, resize, strip metadata, encode.
- :mod:`~netizen_editor.photos.cache`: web copies cached by content hash and options.
- :mod:`~netizen_editor.photos.importing`: a photo brought into an article (paste, drop, insert).

The names below load on first use, so importing the package does not load Pillow (the window
starts without it).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_WHERE = {
    "PhotoOptions": "options",
    "WebImage": "options",
    "SourceRejected": "source",
    "read_image_file": "source",
    "resolve_inside": "source",
    "avif_supported": "pipeline",
    "make_share_image": "pipeline",
    "make_web_copy": "pipeline",
    "probe": "pipeline",
    "register_openers": "pipeline",
    "cached_share_image": "cache",
    "cached_web_copy": "cache",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{module}"), name)
