"""The headings of an imported body, one level under the article's title: the title is the
page's one H1 (``title``), so the body's highest headings are ``##``. Word's Heading 1 under a
headline in the Title style came in as ``# Sasaran Program``, a second H1 bigger than the
``##`` under it; a body whose highest headings are ``###`` (a web page's) goes up to ``##``.
Every heading moves by the same number of levels, so they keep their order under each other
(at most ``######``). A heading with no text (``###``, a release's end mark) is left as it is:
it is no section, and the end marks are known by their shape."""

from __future__ import annotations

import re

from netizen_editor.grammar.blocks import scan_blocks, split_lines

#: the level of the body's highest headings
TOP = 2
_MARKS = re.compile(r"#{1,6}")


def under_title(body: str) -> str:
    """``body`` (Markdown) with its headings moved so the highest are ``##``."""
    lines = list(split_lines(body))
    scan = scan_blocks(lines)
    headings = [
        (start, block.level)
        for start, block in zip(scan.starts, scan.blocks, strict=True)
        if block.kind == "heading" and block.name and _MARKS.match(lines[start])
    ]  # written with #s (an underlined heading has its level in its underline)
    if not headings:
        return body
    shift = TOP - min(level for _, level in headings)
    if not shift:
        return body
    for start, level in headings:
        marks = "#" * min(level + shift, 6)
        lines[start] = _MARKS.sub(marks, lines[start], 1)
    return "\n".join(lines)
