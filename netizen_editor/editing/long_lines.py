"""Lines too long to type in, broken into shorter ones without changing the page.

Qt lays out a line (a text block) again at every key typed in it: a paragraph of a megabyte on
one line (a text pasted from a web page or a converted file, or a planted one) took 0.3–1 s a
key, five megabytes 1.5–3.6 s. Markdown reads a paragraph's single line break as a space, so a
paragraph's line can be broken at a space into lines of a few sentences and the page says the
same. A break is put only where nothing changes:

- in a paragraph (not a heading, list, quote, table, code, raw HTML...: their lines mean
  something one by one);
- at one space between two words: the next line starts with a letter, which no block of
  Markdown starts with (a heading's ``#``, a list's ``-`` or ``1.``, a quote's ``>``, a rule or
  an underline, a definition's ``[``, a table's ``|``, an indented code line); the line before
  does not end with two spaces or a backslash (a line break on the page);
- outside inline code, links and pictures, review marks, HTML tags and comments.

A line with no such space keeps its length and is named.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from netizen_editor.grammar.inline import code_spans, critic_marks
from netizen_editor.grammar.patterns import INLINE_LINK
from netizen_editor.grammar.scan import scan_article
from netizen_editor.spelling.check import TYPED_LINE_MAX

#: characters: a longer line is offered to be broken (the length past which the editor stops
#: reading a typed line's words: typing in it is slow too)
LONG_LINE = TYPED_LINE_MAX
#: characters a broken line has at most, where a place to break it allows
PIECE = 1_000
#: a break after a sentence's end is preferred within this much of the piece's end
SENTENCE_WINDOW = 400
_TAG = re.compile(r"<!--.*?-->|<[^<>\n]*>", re.DOTALL)
_SENTENCE_END = frozenset(".!?")


class Broken(NamedTuple):
    """``text`` with its long lines broken; the 1-based file lines broken, and those left as
    they were (not a paragraph's, or no place to break)."""

    text: str
    broken: list[int]
    kept: list[int]


def long_lines(text: str, limit: int = LONG_LINE) -> list[int]:
    """The 1-based numbers of the lines of ``text`` longer than ``limit`` characters (every
    story opened is looked at: a shorter text has none, found without a look at its lines)."""
    if len(text) <= limit:
        return []
    found = []
    start, number = 0, 1
    while True:
        end = text.find("\n", start)
        stop = len(text) if end < 0 else end
        if stop - start > limit:
            found.append(number)
        if end < 0:
            return found
        start, number = end + 1, number + 1


def break_long_lines(text: str, limit: int = LONG_LINE, piece: int = PIECE) -> Broken:
    """``text`` with each paragraph line longer than ``limit`` broken into lines of at most
    ``piece`` characters where it can be (see the module's description)."""
    numbers = set(long_lines(text, limit))
    if not numbers:
        return Broken(text, [], [])
    in_paragraphs: set[int] = set()
    for located in scan_article(text).located:
        if located.kind == "paragraph":
            in_paragraphs.update(range(located.line, located.line + len(located.lines)))
    lines = text.split("\n")
    broken, kept = [], []
    for number in sorted(numbers):
        line = lines[number - 1]
        ending = "\r" if line.endswith("\r") else ""
        pieces = _pieces(line[: len(line) - len(ending)], piece) if number in in_paragraphs else []
        if len(pieces) > 1:
            lines[number - 1] = (ending + "\n").join(pieces) + ending
            broken.append(number)
        else:
            kept.append(number)
    return Broken("\n".join(lines), broken, kept)


def _pieces(line: str, piece: int) -> list[str]:
    """``line`` cut at the places :func:`_places` allows, each piece at most ``piece`` long
    where there is a place (after a sentence's end when one is near)."""
    places = _places(line)
    pieces: list[str] = []
    start = 0
    at = 0  # index into places
    while len(line) - start > piece:
        best = best_sentence = -1
        while at < len(places) and places[at] - start <= piece:
            best = places[at]
            if (
                places[at] - start > piece - SENTENCE_WINDOW
                and line[places[at] - 1] in _SENTENCE_END
            ):
                best_sentence = places[at]
            at += 1
        if best_sentence > start:
            best = best_sentence
        if best <= start:  # no place within a piece: the first one after it
            if at >= len(places):
                break
            best = places[at]
            at += 1
        pieces.append(line[start:best])
        start = best + 1  # the space becomes the line break
        while at < len(places) and places[at] <= start:
            at += 1
    pieces.append(line[start:])
    return pieces


def _places(line: str) -> list[int]:
    """The offsets of the spaces of ``line`` a line break may replace, in order."""
    guarded = [*code_spans(line), *(m.span() for m in INLINE_LINK.finditer(line)),
               *((m.start, m.end) for m in critic_marks(line)),
               *(m.span() for m in _TAG.finditer(line))]  # fmt: skip
    guarded.sort()
    places = []
    span = 0
    at = line.find(" ")
    while at >= 0:
        while span < len(guarded) and guarded[span][1] <= at:
            span += 1
        inside = span < len(guarded) and guarded[span][0] <= at
        if (
            not inside
            and at > 0
            and line[at - 1] not in " \t\\"
            and line[at + 1 : at + 2].isalpha()
        ):
            places.append(at)
        at = line.find(" ", at + 1)
    return places
