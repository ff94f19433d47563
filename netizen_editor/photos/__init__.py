"""Photos for the web: one core pipeline (no Qt) used by paste, insert and every export.

- :mod:`~netizen_editor.photos.source`: reading a file safely (regular files inside the
  allowed folders only, bounded size).
- :mod:`~netizen_editor.photos.pipeline`: decode, orient, sRGB, resize, strip metadata, encode.
- :mod:`~netizen_editor.photos.cache`: web copies cached by content hash and options.
- :mod:`~netizen_editor.photos.summary`: what was done, in words for the status bar.
"""

from __future__ import annotations

from netizen_editor.photos.cache import cached_share_image, cached_web_copy
from netizen_editor.photos.pipeline import (
    PhotoOptions,
    WebImage,
    avif_supported,
    make_share_image,
    make_web_copy,
    probe,
    register_openers,
)
from netizen_editor.photos.source import SourceRejected, read_image_file, resolve_inside

__all__ = [
    "PhotoOptions",
    "SourceRejected",
    "WebImage",
    "avif_supported",
    "cached_share_image",
    "cached_web_copy",
    "make_share_image",
    "make_web_copy",
    "probe",
    "read_image_file",
    "register_openers",
    "resolve_inside",
]
