"""A plain text's paragraphs, headline and lists (``plain.text_blocks``) as HTML, for a PDF's
text that goes the way every document goes, or straight as the article's Markdown, for a
``.txt``: the Markdown the HTML would become (``html.convert_html``), each text's marks
escaped by the same rules (``editing.literal_text``, ``editing.literal_starts``), without
parsing the HTML: 56,000 short paragraphs (1.4 MB) took 7.5 s that way, and take well under
a second this way."""

from __future__ import annotations

import html
import re
from typing import NamedTuple

from bs4 import NavigableString

# the paste's own rules for a line's start, read on a line of text rather than in a soup
from netizen_editor.editing.literal_starts import _CANDIDATE, _escaped
from netizen_editor.editing.literal_text import escape_text

_LISTS = ("ul", "ol")
_BLANK_RUN = re.compile(r"[ \t]{2,}")  # what the HTML's conversion makes one space first
_BLANKS = re.compile(r"[ \t]+")  # … and then, in each text, the rest
_SPACES = re.compile(r"\s+")
_TRAILING_HASHES = re.compile(r"#+$")


class Block(NamedTuple):
    """A paragraph (``p``: its lines, kept apart by line breaks), the headline (``h1``: one
    text) or a list (``ul``, ``ol``: its items' texts)."""

    kind: str
    texts: list[str]

    def html(self) -> str:
        if self.kind in _LISTS:
            inner = "".join(f"<li>{html.escape(text)}</li>" for text in self.texts)
        else:
            inner = "<br>".join(html.escape(text) for text in self.texts)
        return f"<{self.kind}>{inner}</{self.kind}>"


def blocks_markdown(blocks: list[Block]) -> str:
    """The Markdown of ``blocks``: what ``convert_html`` makes of their HTML."""
    texts = [_BLANK_RUN.sub(" ", text) for block in blocks for text in block.texts]
    texts.append("")  # after the last text, none
    out: list[str] = []
    at = 0  # the text's place in ``texts``: a ``]`` at a text's end looks at the next one
    for block in blocks:
        lines = []
        for number in range(len(block.texts)):
            line = escape_text(texts[at], after=texts[at + 1])
            at += 1
            if block.kind == "h1":
                line = _TRAILING_HASHES.sub(lambda found: "\\#" * len(found.group(0)), line)
            elif _CANDIDATE.match(line):  # a text that starts a line of Markdown
                after_break = block.kind == "p" and number > 0
                start = _SPACES.sub(" ", line).lstrip()
                bullet = block.kind == "ul"
                line = _escaped(NavigableString(line), start, after_break, bullet) or line
            lines.append(_BLANKS.sub(" ", line))
        out.append(_joined(block.kind, lines))
    return "\n\n".join(out).replace("\u00a0", " ")


def _joined(kind: str, lines: list[str]) -> str:
    if kind == "h1":
        return "# " + lines[0]
    if kind == "ul":
        return "\n".join(f"- {line}" for line in lines)
    if kind == "ol":
        return "\n".join(f"{number}. {line}" for number, line in enumerate(lines, 1))
    return "\\\n".join(lines)
