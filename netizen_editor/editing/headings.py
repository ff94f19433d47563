"""The outline of an article: its headings with their levels and 1-based file lines.

ATX headings (``## Title``) and setext headings (a line underlined with ``===`` or ``---``)
count; lines inside fenced code blocks and the YAML front matter do not.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from netizen_editor.grammar.frontmatter import split_front_matter

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")


class Heading(NamedTuple):
    level: int
    title: str
    line: int  # 1-based line in the whole file


def headings(text: str) -> list[Heading]:
    _front, body, body_line = split_front_matter(text)
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    result: list[Heading] = []
    fence: str | None = None
    previous: str | None = None  # the previous line, when it could be a setext title
    for index, line in enumerate(lines):
        number = body_line + index
        fence_match = _FENCE.match(line)
        if fence is not None:
            marker = fence_match.group(1) if fence_match else ""
            closes = marker and marker[0] == fence[0] and len(marker) >= len(fence)
            if closes and not line.strip()[len(marker) :].strip():
                fence = None
            previous = None
            continue
        if fence_match:
            fence = fence_match.group(1)
            previous = None
            continue
        atx = _ATX.match(line)
        if atx:
            title = (atx.group(2) or "").strip()
            if title:
                result.append(Heading(len(atx.group(1)), title, number))
            previous = None
            continue
        setext = _SETEXT.match(line)
        if setext and previous is not None:
            level = 1 if setext.group(1).startswith("=") else 2
            result.append(Heading(level, previous.strip(), number - 1))
            previous = None
            continue
        stripped = line.strip()
        is_plain = bool(stripped) and not stripped.startswith((">", "-", "*", "+", "|", "<"))
        previous = line if is_plain and not line.startswith(("    ", "\t")) else None
    return result
