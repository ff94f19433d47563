"""A run of changed paragraphs paired (no Qt): which paragraph of the version each one of the
current text is a rewrite of, for ``history.paragraphs``.

Where the paragraphs of a version and of the current text differ (a run ``matching.opcodes``
gives that is not equal), each of the version's is paired with the current one most like it,
in order on both sides: sharing at least ``LIKE`` of their words (a review comment's are not
the paragraph's), the pairs' likeness adding up to the most. The ones left over were deleted
or added whole.

A short run (at most ``FULL`` pairs of paragraphs) has all its pairs looked at. A longer one
(a word changed in each of 6,000 paragraphs: 6,000 a side, 36 million pairs) whose paragraphs
are each alike the one in the same place on the other side is paired in place; else a
paragraph is paired only with one near its place in the run: at most ``SLACK`` paragraphs
further from it than the run's two sides differ in length. So the 6,000 look at 6,000 pairs,
or ~126,000 when one was added or deleted among them; a paragraph moved further than that
inside such a run is deleted and added.

One compare looks at most at ``MAX_PAIRINGS`` pairs in all (~0.5 s: a planted text of long
runs, or of many short ones): a run that would go past it is not paired, its paragraphs
deleted and added whole (the compare is coarser there; restoring still gives back the
version), and the runs after it are paired while what is left allows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from netizen_editor.grammar.inline import CRITIC_CLOSINGS

#: a paragraph shares at least this much of its words with another to be a rewrite of it
LIKE = 0.5
#: pairs of paragraphs looked at in one compare, at most (~2 µs each)
MAX_PAIRINGS = 250_000
#: a run of at most this many pairs has all of them looked at
FULL = 10_000
#: in a longer run, how much further off its place a paragraph's rewrite may be than the
#: run's two sides differ in length
SLACK = 10
_WORD = re.compile(r"\w+")
_COMMENT_OPEN = "{>>"
_COMMENT_CLOSE = CRITIC_CLOSINGS[_COMMENT_OPEN]

#: (index of the version's paragraph in the run, index of the current text's)
Pair = tuple[int, int]


class Pairing:
    """The runs of one compare paired, within its ``MAX_PAIRINGS``."""

    def __init__(self) -> None:
        self.left = MAX_PAIRINGS

    def pairs(self, olds: Sequence[str], news: Sequence[str]) -> list[Pair]:
        """The pairs, in order on both sides, of the paragraphs ``olds`` (the version's) and
        ``news`` alike enough whose likeness adds up to the most (one each side: a pair
        whatever its words); none when the compare's bound would be passed."""
        m, n = len(olds), len(news)
        if m == 1 and n == 1:
            return [(0, 0)]
        if not m or not n:
            return []
        old_words, new_words = _words(olds), _words(news)
        if m * n <= FULL:
            low, high = -m, n
        else:
            if m == n and m <= self.left:
                self.left -= m
                if all(map(_alike, old_words, new_words)):
                    return [(i, i) for i in range(m)]  # each a rewrite of the one in its place
            low, high = min(0, n - m) - SLACK, max(0, n - m) + SLACK
        cost = min(m * n, m * (high - low + 1))
        if cost > self.left:
            return []
        self.left -= cost
        return _best_pairs(old_words, new_words, low, high)


def likeness(a: set[str], b: set[str]) -> float:
    """How much of their words two paragraphs share (1.0: the same words)."""
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 1.0


def _alike(a: set[str], b: set[str]) -> bool:
    return likeness(a, b) >= LIKE


def _words(paragraphs: Sequence[str]) -> list[set[str]]:
    """Each paragraph's words, but for its review comments' (a colleague's "{>>@Bambang
    (2026-12-07T19:00+07:00)<<}" in a rewritten paragraph made it another one)."""
    return [set(_WORD.findall(_without_comments(text).lower())) for text in paragraphs]


def _without_comments(text: str) -> str:
    """``text`` without its review comments ``{>>…<<}`` (one pass: an unclosed one stays)."""
    kept: list[str] = []
    at = 0
    while (start := text.find(_COMMENT_OPEN, at)) >= 0:
        end = text.find(_COMMENT_CLOSE, start + len(_COMMENT_OPEN))
        if end < 0:
            break
        kept.append(text[at:start])
        at = end + len(_COMMENT_CLOSE)
    kept.append(text[at:])
    return "".join(kept)


def _best_pairs(olds: list[set[str]], news: list[set[str]], low: int, high: int) -> list[Pair]:
    """The pairs (i, j), ``low <= j - i <= high``, in order on both sides, of paragraphs alike
    enough whose likeness adds up to the most: the table of the most for each ``olds[:i]``
    and ``news[:j]`` is kept only inside that band (outside it, the most is that of the band's
    nearest edge: a pair there would be outside the band)."""
    m, n = len(olds), len(news)
    rows: list[list[float]] = []  # rows[i][j - max(0, i + low)]

    def most(i: int, j: int) -> float:
        j = min(j, i + high)
        i = min(i, j - low)
        return rows[i][j - max(0, i + low)]

    first, row = 0, [0.0] * (min(n, high) + 1)
    rows.append(row)
    for i in range(1, m + 1):  # row i from row i - 1 (``above``, from ``over``)
        above, over = row, first
        first = max(0, i + low)
        row = [0.0] * (min(n, i + high) - first + 1)
        rows.append(row)
        a = olds[i - 1]
        for j in range(max(first, 1), first + len(row)):
            # the most without olds[i - 1], without news[j - 1] (the nearest cell in the
            # band when outside it), and with the pair of both (always in the band here)
            k = j - over
            value = above[k] if k < len(above) else above[-1]
            left = row[j - 1 - first] if j > first else above[0]
            if left > value:
                value = left
            like = likeness(a, news[j - 1])
            if like >= LIKE and above[k - 1] + like > value:
                value = above[k - 1] + like
            row[j - first] = value
    pairs: list[Pair] = []
    i, j = m, n
    while i and j:
        value = most(i, j)
        if value == most(i - 1, j):
            i -= 1
        elif value == most(i, j - 1):
            j -= 1
        else:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
    return pairs[::-1]
