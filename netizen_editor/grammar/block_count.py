"""How many blocks the lines ahead of a scan make at least, counted without reading them into
blocks: what lets a scan with a cap on its blocks (``scan_blocks(..., most=N)``) stop before it
reads millions of lines one by one (5,000,000 lines of ``***``, 19 MB, took 54 s and 2.6 GB to
scan before the export refused them).

Some lines are always blocks of their own, or share one with one other such line at most,
wherever they stand in a run of lines, as long as nothing above them can take them in: a
heading line (``# …``) is one block; a rule line is a rule, or with the line above or under it
a setext heading, which holds no other rule line but a line of dashes (``***`` with ``---``
under it); heading lines and rules are split out of a run before anything else is read from
it. Only fences, raw HTML and comments, indented lines, tables (a line with ``|``) and
definitions (``]:``, ``*[``) take in the lines under them: the count stops at the first line
that may hold one of them, and the scan counts again once it is past that line.
"""

from __future__ import annotations

import re
from collections import Counter

from netizen_editor.grammar.patterns import ATX, RULE, SETEXT

#: the most blocks one story's body makes that are read: past them the export and the checks
#: refuse it, and the window reads the first ones (a normal article of 1 MB has a few thousand)
MAX_BLOCKS = 50_000

#: what a line that may take in the lines under it holds: anywhere in it (each looked for with
#: ``str.find``), or at its start (the ``\n`` before it: one search, its first character a
#: literal the search skips ahead to)
_TAKING = ("|", "]:", "*[")
_TAKING_AT_START = re.compile(r"\n(?:[ ]{0,3}<|[`~]|[ ]{4}|\t)")
#: what a line counts for: a heading, a rule, a rule of dashes (a setext underline too), none
_HEADING, _RULE, _DASHES, _NONE = range(4)
#: setext headings one after the other (``a`` over ``===``, ``-`` over ``-``): each pair a
#: heading when they start a run, whatever comes after them. The first line of a pair is
#: none that a heading line, a quote, a definition list or the lines that stop the count open
_PAIRS = re.compile(r"(?:[^\n#\[<`~ \t|>:][^\n|]*\n(?:=+|-+)[ ]*\n)*")


class BlocksAhead:
    """Counts of the blocks the lines of a body make at least, from a line on."""

    def __init__(self, lines: tuple[str, ...]) -> None:
        self.lines = lines
        self._text = "\n" + "\n".join(lines)  # line k starts after the k-th "\n"
        self._at = (0, 1)  # a line and where it starts in ``_text``
        self._next: dict[str, int] = {}  # where each of ``_TAKING`` is next found, or -1
        self._kinds: dict[str, int] = {}  # what each line read so far counts for

    def count(self, i: int, pairs: bool = True) -> tuple[int, int]:
        """(blocks at least, end): the blocks lines ``i``.. make at least, counted up to line
        ``end``, the first that may take in the lines under it (``len(lines)`` when none
        does). ``pairs``: line ``i`` starts a run of lines (setext headings one after the
        other are counted from it). ``i`` never goes back from one call to the next."""
        line, offset = self._at
        offset += sum(map(len, self.lines[line:i])) + i - line
        self._at = (i, offset)
        text = self._text
        found = min(self._find(what, offset - 1) for what in (*_TAKING, ""))
        if found >= len(text):
            end, stop = len(self.lines), len(text)
        else:  # the line holding it (a line's start: the line after the "\n")
            stop = text.rfind("\n", 0, found + (text[found] == "\n")) + 1
            end = i + text.count("\n", offset, stop)
        counts = Counter(self.lines[i:end])
        by_kind = [0, 0, 0, 0]
        for row, times in counts.items():
            by_kind[self._kind(row)] += times
        rules = by_kind[_RULE] + by_kind[_DASHES]
        lone = by_kind[_HEADING] + max(by_kind[_RULE], (rules + 1) // 2)
        paired = _PAIRS.match(text, offset, stop) if pairs else None
        return max(lone, paired.group().count("\n") // 2 if paired else 0), end

    def _find(self, what: str, start: int) -> int:
        """Where ``what`` (``""``: a line start of ``_TAKING_AT_START``) is next found from
        ``start`` (a large number when it is not)."""
        at = self._next.get(what)
        if at is None or 0 <= at < start:
            if what:
                at = self._text.find(what, start)
            else:
                found = _TAKING_AT_START.search(self._text, start)
                at = -1 if found is None else found.start()
            self._next[what] = at
        return at if at >= 0 else len(self._text)

    def _kind(self, text: str) -> int:
        kind = self._kinds.get(text)
        if kind is None:
            if text.startswith("#") and ATX.match(text):
                kind = _HEADING
            elif RULE.match(text):
                kind = _DASHES if SETEXT.match(text) else _RULE
            else:
                kind = _NONE
            self._kinds[text] = kind
        return kind
