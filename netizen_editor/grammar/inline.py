"""Inline Markdown inside a block: what is prose and what is not."""

from __future__ import annotations

import re

_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_TAG = re.compile(r"<[^>\n]+>")
_MARKS = re.compile(r"(\*\*|__|\*|_|`|~~)")


def plain_text(text: str) -> str:
    """``text`` without Markdown marks or HTML tags: a link reads as its text, an image as
    nothing (a heading's title as the outline shows it, a paragraph's words for the checks)."""
    text = _LINK.sub(lambda m: "" if m.group(0).startswith("!") else m.group(1), text)
    return _MARKS.sub("", _TAG.sub(" ", text)).strip()
