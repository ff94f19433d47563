"""The body images an article's readers will not see, and leaving them out of its HTML.

One rule for the exports (``export.images``) and the live preview (``publish.preview_patch``):
an image is refused when :func:`netizen_editor.photos.address.locate_image` does not find it
(not there, outside the article's folder and the settings' images folder, a system file) or the
file it finds is not a regular, non-empty file within the size limit (the ``stat`` checks of
:func:`netizen_editor.photos.source.read_image_file`) or its first bytes are no image format
the exports read or give it more pixels than the exports take (:mod:`netizen_editor.photos.sniff`:
64 bytes, a JPEG's header up to its frame size, a TIFF's first directory; once per file version). An
export also refuses what does not decode as an image further on; the preview, which decodes
nothing, leaves that to the browser. An untitled article has no folder yet: its images stay as
written.

:func:`leave_out` removes a refused image with what holds only it: its figure (the caption of
a photo the reader does not see would describe nothing), the link it was the whole of (an empty
``<a>`` would be an invisible link), its paragraph, or else the tag alone. A link with text
besides the image keeps the text. The preview gives it ``shown``: each refused image then leaves a
placeholder where it was (in place of its figure or its paragraph, or in the sentence), and
what held only it still goes (a link around a placeholder would take its click).
"""

from __future__ import annotations

import html as html_lib
import os
import re
from collections.abc import Callable, Container, Iterable
from pathlib import Path

from netizen_editor.errors import plain_reason
from netizen_editor.photos.address import locate_image
from netizen_editor.photos.sniff import refusal_by_head
from netizen_editor.photos.source import SourceRejected, check_stat

IMG_SRC = re.compile(r'(<img\b[^>]*?\bsrc=")([^"]*)(")')
_IMG_TAG = r'<img\b[^>]*?\bsrc="(?P<src>[^"]*)"[^>]*>'
FIGURE = re.compile(
    r'<figure class="nz-figure"(?P<attrs>[^>]*)>\s*' + _IMG_TAG + r"\s*<figcaption>.*?"
    r"</figcaption>\s*</figure>\n?", re.S,
)  # fmt: skip
#: where a refused image was, while what held only it is looked for (the renderer drops NUL
#: from the text, so the body holds none of its own)
_GONE = "\x00"
_IMG = re.compile(_IMG_TAG)
_INLINE_HOLDER = re.compile(r"<(a|em|strong)\b[^>]*>(?P<inner>[\s\x00]*)</\1>")
_PARAGRAPH = re.compile(r"<p\b(?P<attrs>[^>]*)>(?P<inner>[\s\x00]*)</p>\n?")
_IN_TEXT = re.compile(r" ?\x00")  # inside a sentence: with the space before it
_PARAGRAPH_OR_MARK = re.compile(_PARAGRAPH.pattern + "|\x00")
_LINE = re.compile(r'\bdata-line="(\d+)"')
#: the HTML that takes a refused image's place: (its address, its block's source line or "",
#: whether it stands inside a sentence)
Placeholder = Callable[[str, str, bool], str]


def sources(body_html: str) -> list[str]:
    """The ``src`` of each ``<img>`` of the HTML, unescaped, in order."""
    return [html_lib.unescape(m.group(2)) for m in IMG_SRC.finditer(body_html)]


def leave_out(body_html: str, refused: Container[str], shown: Placeholder | None = None) -> str:
    """The HTML without the images whose ``src`` is in ``refused``, nor what held only them;
    with ``shown``, its placeholder where each was."""
    gone: list[str] = []  # the addresses of the images a marker stands for, in order

    def figure(m: re.Match[str]) -> str:
        src = html_lib.unescape(m.group("src"))
        if src not in refused:
            return m.group(0)
        if shown is None:
            return ""
        return shown(src, _line(m.group("attrs")), False) + "\n" * m.group(0).endswith("\n")

    def image(m: re.Match[str]) -> str:
        src = html_lib.unescape(m.group("src"))
        if src not in refused:
            return m.group(0)
        gone.append(src)
        return _GONE

    def emptied(m: re.Match[str]) -> str:  # the markers it held, without it
        inner = m.group("inner")
        return _GONE * inner.count(_GONE) if _GONE in inner else m.group(0)

    body_html = FIGURE.sub(figure, body_html)
    body_html = _IMG.sub(image, body_html)
    if not gone:
        return body_html
    while True:  # a link (or emphasis) the image was the whole of is gone with it, outwards
        holders_gone = _INLINE_HOLDER.sub(emptied, body_html)
        if holders_gone == body_html:
            break
        body_html = holders_gone
    if shown is None:
        body_html = _PARAGRAPH.sub(lambda m: "" if _GONE in m.group("inner") else m[0], body_html)
        return _IN_TEXT.sub("", body_html)
    places = iter(gone)

    def place(m: re.Match[str]) -> str:
        if m.group(0) == _GONE:
            return shown(next(places), "", True)
        count = m.group("inner").count(_GONE)
        if not count:
            return m.group(0)
        line = _line(m.group("attrs"))
        kept = "".join(shown(next(places), line, False) for _ in range(count))
        return kept + "\n" * m.group(0).endswith("\n")

    return _PARAGRAPH_OR_MARK.sub(place, body_html)


def _line(attrs: str) -> str:
    found = _LINE.search(attrs)
    return found.group(1) if found else ""


def refusal(src: str, article: Path | None, images_folder: str = "") -> SourceRejected | None:
    """Why readers will not see the local image ``src`` (a ``stat``, and its first bytes once
    per file version); None when it may be used, names no local file, or the article is
    untitled (no folder yet)."""
    try:
        path = locate_image(src, article, images_folder)
        if path is not None:
            info = os.stat(path)
            check_stat(info)
            refused = refusal_by_head(path, info)
            if refused is not None:
                raise SourceRejected(refused.reason, refused.detail)  # the kept one stays clean
    except SourceRejected as exc:
        return None if exc.reason == SourceRejected.NO_FOLDER else exc
    except OSError as exc:
        return SourceRejected(SourceRejected.UNREADABLE, plain_reason(exc))
    return None


def refusals(
    srcs: Iterable[str], article: Path | None, images_folder: str = ""
) -> dict[str, SourceRejected]:
    """Why :func:`refusal` refuses each address among ``srcs`` it refuses (each looked at
    once)."""
    if article is None:
        return {}
    found = {s: refusal(s, article, images_folder) for s in set(srcs)}
    return {s: why for s, why in found.items() if why is not None}


def refused_sources(
    srcs: Iterable[str], article: Path | None, images_folder: str = ""
) -> frozenset[str]:
    """The addresses among ``srcs`` that :func:`refusal` refuses (each looked at once)."""
    return frozenset(refusals(srcs, article, images_folder))
