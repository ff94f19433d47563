"""What the page shows of an inline text's markup, read after its escapes and code spans are
masked (``grammar.escapes``): a code span's backticks, inline HTML and entities, links and
images, emphasis markers. ``grammar.inline.plain_text`` reads a text through it.

The renderer (Python-Markdown) replaces what it has read (a code span, a tag, an entity, a
link) by a placeholder before it pairs the emphasis markers: the placeholder is no letter, so
a ``_`` beside it may open or close, and what is in it is no marker. The stand-ins here do the
same: ``_EDGE`` (no text, dropped at the end) and the noncharacters of ``_HIDE``.
"""

from __future__ import annotations

import html
import re

from netizen_editor.grammar.emphasis import unpaired
from netizen_editor.grammar.patterns import INLINE_LINK

#: inline HTML as the renderer reads it: a tag (``tag``: its name), a comment, an autolink or
#: an automatic e-mail link (``auto``: what the page shows of it)
_HTML = re.compile(
    r"<(?:(?P<auto>[A-Za-z][A-Za-z0-9+.-]*://[^<>]*|[^<> !]+@[^@<> ]+)"
    r"|/?(?P<tag>[A-Za-z][\w:-]*)[^<>]*|!--[^<>]*?--)>"
)
#: tags the page breaks the text at (a space between the words around them)
_BREAKING = frozenset({"br", "hr", "p", "div", "li", "td", "th", "tr", "img"})
_ENTITY = re.compile(r"&(?:#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z0-9]+);")
#: stand-ins while reading: a code span's backtick run, a link (noncharacters, no text holds)
_EDGE = "\ufffe"  # (escapes.py holds U+FDD0 to U+FDEF)
_LINK = "\uffff"
#: the markers of an autolink's address or an entity's character: no marker (noncharacters)
_HIDE = str.maketrans({"*": "\U0010fffe", "_": "\U0010ffff"})
_SHOW = str.maketrans({"\U0010fffe": "*", "\U0010ffff": "_"})


def markup_read(text: str) -> str:
    """``text`` (masked, its code spans' backticks ``code_edges``) with its inline HTML, entities,
    links and emphasis read as the page shows them, stripped."""
    hidden = False  # markers of an autolink or an entity made noncharacters
    if "<" in text:
        text, count = _HTML.subn(_html_text, text)
        hidden = count > 0
    if "&" in text:
        text, count = _ENTITY.subn(_entity, text)
        hidden = hidden or count > 0
    text = _links_unpaired(text) if "](" in text else unpaired(text)
    text = text.replace(_EDGE, "").strip()
    return text.translate(_SHOW) if hidden else text


def code_edges(text: str, code: list[tuple[int, int]]) -> str:
    """``text`` with each code span's backtick runs (``code``) made one ``_EDGE``: no marker
    (an unpaired backtick stays), no letter (as the renderer's placeholder)."""
    if not code:
        return text
    parts: list[str] = []
    last = 0
    for start, end in code:
        ticks = end - start - len(text[start:end].rstrip("`"))  # the closing run
        parts += (text[last:start], _EDGE, text[start + ticks : end - ticks].strip(), _EDGE)
        last = end
    parts.append(text[last:])
    return "".join(parts)


def _html_text(m: re.Match[str]) -> str:
    """What the page shows of a tag or an autolink, between ``_EDGE``s (the renderer's
    placeholder: what is in it is no marker and the markers beside it touch no letter)."""
    if m.group("auto") is not None:
        return f"{_EDGE}{m.group('auto').translate(_HIDE)}{_EDGE}"
    return " " if m.group("tag") and m.group("tag").lower() in _BREAKING else _EDGE


def _entity(m: re.Match[str]) -> str:
    return f"{_EDGE}{html.unescape(m.group()).translate(_HIDE)}{_EDGE}"


def _links_unpaired(text: str) -> str:
    """``unpaired`` of ``text`` with each link read as its text (an image as nothing): the
    renderer pairs the markers of a link's text apart from those around the link."""
    inner: list[str] = []
    outer: list[str] = []
    last = 0
    for m in INLINE_LINK.finditer(text):
        outer.append(text[last : m.start()])
        inner.append("" if m.group("bang") else unpaired(m.group("text")))
        last = m.end()
    if not inner:
        return unpaired(text)
    outer.append(text[last:])
    pieces = unpaired(_LINK.join(outer)).split(_LINK)
    return "".join(p + t for p, t in zip(pieces, [*inner, ""], strict=True))
