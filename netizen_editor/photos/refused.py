"""The body images an article's readers will not see, and leaving them out of its HTML.

One rule for the exports (``export.images``) and the live preview (``publish.preview_patch``):
an image is refused when :func:`netizen_editor.photos.address.locate_image` does not find it
(not there, outside the article's folder and the settings' images folder, a system file) or the
file it finds is not a regular, non-empty file within the size limit (the ``stat`` checks of
:func:`netizen_editor.photos.source.read_image_file`). An export also refuses what does not
decode as an image; the preview, which never reads an image's bytes, leaves that to the
browser. An untitled article has no folder yet: its images stay as written.

:func:`leave_out` removes a refused image with what holds only it: its figure (the caption of
a photo the reader does not see would describe nothing), its paragraph, or else the tag alone.
"""

from __future__ import annotations

import html as html_lib
import os
import re
from collections.abc import Container, Iterable
from pathlib import Path

from netizen_editor.photos.address import locate_image
from netizen_editor.photos.source import SourceRejected, check_stat

IMG_SRC = re.compile(r'(<img\b[^>]*?\bsrc=")([^"]*)(")')
_IMG_TAG = r'<img\b[^>]*?\bsrc="([^"]*)"[^>]*>'
HOLDERS = (
    re.compile(r'<figure class="nz-figure"[^>]*>\s*' + _IMG_TAG + r"\s*<figcaption>.*?"
               r"</figcaption>\s*</figure>\n?", re.S),
    re.compile(r"<p\b[^>]*>\s*" + _IMG_TAG + r"\s*</p>\n?"),
    re.compile(r" ?" + _IMG_TAG),  # inside a sentence: with the space before it
)  # fmt: skip


def sources(body_html: str) -> list[str]:
    """The ``src`` of each ``<img>`` of the HTML, unescaped, in order."""
    return [html_lib.unescape(m.group(2)) for m in IMG_SRC.finditer(body_html)]


def leave_out(body_html: str, refused: Container[str]) -> str:
    """The HTML without the images whose ``src`` is in ``refused``, nor what held only them."""

    def drop(m: re.Match[str]) -> str:
        return "" if html_lib.unescape(m.group(1)) in refused else m.group(0)

    for holder in HOLDERS:
        body_html = holder.sub(drop, body_html)
    return body_html


def refusal(src: str, article: Path | None, images_folder: str = "") -> SourceRejected | None:
    """Why readers will not see the local image ``src`` (a ``stat``, never its bytes); None
    when it may be used, names no local file, or the article is untitled (no folder yet)."""
    try:
        path = locate_image(src, article, images_folder)
        if path is not None:
            check_stat(os.stat(path))
    except SourceRejected as exc:
        return None if exc.reason == SourceRejected.NO_FOLDER else exc
    except OSError as exc:
        return SourceRejected(SourceRejected.UNREADABLE, exc.strerror or type(exc).__name__)
    return None


def refused_sources(
    srcs: Iterable[str], article: Path | None, images_folder: str = ""
) -> frozenset[str]:
    """The addresses among ``srcs`` that :func:`refusal` refuses (each looked at once)."""
    if article is None:
        return frozenset()
    return frozenset(s for s in set(srcs) if refusal(s, article, images_folder) is not None)
