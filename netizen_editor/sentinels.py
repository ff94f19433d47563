"""The app's sentinels: characters of Unicode's private use area that a converter puts into a
text to mark places in it and reads back before the text is done (a tracked change's markers,
a footnote's place, a link's text in a PDF, the source line of a rendered chunk). They all come
from one range, U+E000–U+E0FF. A document or an article is planted text and may hold the same
characters (Word's symbol-font bullets are private-use characters), so a text's own characters
of the range are hidden before any sentinel goes in, and shown again once the sentinels are
read: a text's own character is never read as a sentinel.

Hidden, each becomes two characters: ``ESCAPE`` (the range's last) and the character 0x100
above it (outside the range; converters keep both as they keep the sentinels). Hiding twice
and showing twice is the same as once: the inner layer's escapes are hidden by the outer one
like any other character of the range. Both ways are linear (``str.translate`` one way, a
split at the escapes the other: 0.1 s and 0.3 s for 1.5 MB of them here)."""

from __future__ import annotations

import re
from typing import Any

FIRST, LAST = 0xE000, 0xE0FF
ESCAPE = chr(LAST)
_SHIFT = 0x100
_HIDE = {code: ESCAPE + chr(code + _SHIFT) for code in range(FIRST, LAST + 1)}
_ANY = re.compile(f"[{chr(FIRST)}-{chr(LAST)}]")
_SHOWN = {chr(code + _SHIFT): chr(code) for code in range(FIRST, LAST + 1)}


def holds_sentinels(text: str) -> bool:
    """Whether ``text`` has a character of the sentinels' range."""
    return _ANY.search(text) is not None


def hide_sentinels(text: str) -> str:
    """``text`` with each of its characters of the sentinels' range hidden (see the module)."""
    return text.translate(_HIDE) if _ANY.search(text) else text


def show_sentinels(text: str) -> str:
    """``text`` (hidden by :func:`hide_sentinels`, then converted) with its own characters
    back: each escape and the stand-in after it are the character they stand for (an escape
    without one, which no converter makes, stays)."""
    if ESCAPE not in text:
        return text
    head, *rest = text.split(ESCAPE)
    return head + "".join([_SHOWN.get(piece[:1], ESCAPE + piece[:1]) + piece[1:] for piece in rest])


def hide_in_tree(root: Any, keep: frozenset[str] = frozenset()) -> None:
    """Hide the sentinels' characters in every text, tail and attribute value of the XML tree
    ``root`` (lxml's or ElementTree's), but in the attributes named in ``keep`` (references
    to parts left as they are)."""
    for element in root.iter():
        if element.tail and _ANY.search(element.tail):
            element.tail = hide_sentinels(element.tail)
        if not isinstance(element.tag, str):
            continue  # a comment, an entity or a processing instruction: only its tail is text
        if element.text and _ANY.search(element.text):
            element.text = hide_sentinels(element.text)
        for name, value in list(element.attrib.items()):
            if name not in keep and _ANY.search(value):
                element.set(name, hide_sentinels(value))
