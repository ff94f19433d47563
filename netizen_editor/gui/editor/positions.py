"""Python string indexes and Qt's text positions: Qt counts UTF-16 units, so a character
beyond the Basic Multilingual Plane (an emoji) is two positions and one index."""

from __future__ import annotations

import re

#: a character Qt counts as two positions
ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def qt_position(text: str, index: int) -> int:
    """The QTextCursor position of Python index ``index`` in ``text``."""
    if not ASTRAL.search(text, 0, index):
        return index
    return index + sum(1 for _ in ASTRAL.finditer(text, 0, index))


def py_index(text: str, position: int) -> int:
    """The Python index in ``text`` of QTextCursor position ``position``."""
    extra = 0
    for m in ASTRAL.finditer(text):
        if m.start() + extra >= position:
            break
        extra += 1
    return min(len(text), max(0, position - extra))


def utf16_offsets(text: str) -> list[int]:
    """The Qt position of each index of ``text`` (and of its end)."""
    offsets = [0]
    for ch in text:
        offsets.append(offsets[-1] + (2 if ord(ch) > 0xFFFF else 1))
    return offsets
