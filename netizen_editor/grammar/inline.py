"""Inline Markdown inside a block: what is prose and what is not."""

from __future__ import annotations

import re

# A word: letters or digits, joined by inner apostrophes, hyphens, dots or commas
# ("Kim's", "kerja-sama", "13.9.2023", "1,5"). Markdown markup around it is not a word.
_WORD = re.compile(r"\w+(?:['’\-.,/]\w+)*", re.UNICODE)
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
_LINK_TARGET = re.compile(r"(!?\[[^\]\n]*\])\([^)\n]*\)")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_TAG = re.compile(r"<[^>\n]+>")
_MARKS = re.compile(r"(\*\*|__|\*|_|`|~~)")


def plain_text(text: str) -> str:
    """``text`` without Markdown marks or HTML tags: a link reads as its text, an image as
    nothing (a heading's title as the outline shows it, a paragraph's words for the checks)."""
    text = _LINK.sub(lambda m: "" if m.group(0).startswith("!") else m.group(1), text)
    return _MARKS.sub("", _TAG.sub(" ", text)).strip()


def count_words(text: str) -> int:
    """The words a reader reads in ``text``: HTML comments and link targets are not words."""
    visible = _LINK_TARGET.sub(r"\1", _COMMENT.sub(" ", text))
    return sum(1 for _ in _WORD.finditer(visible))
