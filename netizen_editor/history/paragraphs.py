"""One paragraph of a version put back into the current text (no Qt): the changed paragraphs
between a version and the current text, each restorable on its own.

Both bodies are read as paragraphs: a paragraph starts at a line of text after a blank line
(the blank lines inside a fence, an HTML block or a comment, as the grammar reads them,
``grammar.blocks``, part nothing) and has the blank lines after it, so a paragraph put back
after a blank line is one again, never joined to a neighbour. The paragraphs are matched by
their text (``history.matching``, bounded); where a run of them differs, they are paired by
the words they share (a rewritten paragraph with the one most like it, in order, near its place
in a long run: ``history.pairing``), so a deleted paragraph beside a rewritten one is not taken
for it. A pair is compared word by word (``history.diff.body_diff``, in one word budget for
the whole compare); a paragraph left over was deleted or added whole.

Each changed paragraph is a *part*. Restoring it puts the version's text of it in place of the
current text's: a rewritten paragraph gets the version's words back, a paragraph deleted since
comes back in its place, and one added since is taken out. Nothing else changes, and the front
matter is never a part (when the front matter of either text cannot be read, the compare is of
whole texts and no part is offered). Restoring one part at a time, comparing again after each
(as the History window does), gives the version's body exactly, whichever part comes first.

A paragraph whose blank lines alone changed goes with the next changed one. The version's last
paragraph, which has no blank line after it, comes back before another paragraph with a blank
line between them (a part of its own takes that line out once the paragraphs after it are
gone; a paragraph added since after it is taken out with its own blank lines only, QA33 #1),
and a paragraph deleted since from after the current text's last one goes with the part
before it, which brings the blank line between them back.

The work is bounded: the matching's, the pairing's (``pairing.MAX_PAIRINGS`` pairs of
paragraphs a compare) and the word budget's, bodies parted up to ``MAX_LINES`` lines.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from netizen_editor.editing.formatting import Edit
from netizen_editor.grammar.blocks import scan_blocks, split_lines
from netizen_editor.grammar.frontmatter import split_front_matter
from netizen_editor.history.diff import (
    DELETE,
    EQUAL,
    INSERT,
    MAX_WORD_WORK,
    RUN_WEIGHT,
    Piece,
    WordDiff,
    body_diff,
)
from netizen_editor.history.matching import opcodes
from netizen_editor.history.pairing import Pairing
from netizen_editor.text_ends import common_ends

#: what restoring a part does: the version's words back; the paragraph back (only in the
#: version); the paragraph taken out (only in the current text)
CHANGED, DELETED, ADDED = "changed", "deleted", "added"
#: a body of more lines than this is not parted (its paragraphs compared one by one would
#: take seconds; the longest story has ~1,500 lines): it is one paragraph, its changes one part
MAX_LINES = 20_000
#: parts offered at most (the longest story has ~600 paragraphs): the changes after the last
#: one's start are restored with it
MAX_PARTS = 2_000
#: blocks whose blank lines are their own (a fence's code, an HTML block, a comment)
_UNPARTED = frozenset({"code", "html", "comment"})
#: a line end as the grammar reads it (``grammar.blocks.split_lines``)
_LINE_END = re.compile(r"\r\n|\r|\n")
#: a text ending with a blank line
_BLANK_END = re.compile(r"(?:\A|\r\n|\n|\r(?!\n))[ \t]*(?:\r\n|\n|\r(?!\n))[ \t]*\Z")

#: a paragraph's stretch of its body (start, end)
Span = tuple[int, int]
#: a paragraph of the version and its paragraph in the current text (None: not there)
Slot = tuple[Span | None, Span | None]


@dataclass(frozen=True)
class Part:
    """A changed paragraph: the pieces ``first:stop`` of ``Parts.pieces``; restoring it puts
    ``old`` (the version's text) in place of ``new``, the current text's ``start:end``."""

    first: int
    stop: int
    start: int
    end: int
    old: str
    new: str
    kind: str

    def restored(self, current: str) -> str | None:
        """``current`` with this part as the version has it; None when ``current`` is not the
        text this part was found in (its stretch differs)."""
        if current[self.start : self.end] != self.new:
            return None
        return current[: self.start] + self.old + current[self.end :]


@dataclass(frozen=True)
class Parts:
    """The body's difference paragraph by paragraph (as ``WordDiff.pieces``: joined, they give back
    both bodies) and its changed paragraphs, in the order of the text."""

    pieces: list[Piece]
    parts: list[Part]


def changed_parts(diff: WordDiff, current: str) -> Parts:
    """The changed paragraphs from a version to ``current``, whose compare is ``diff``
    (``word_diff``: its pieces give the version's body)."""
    if diff.front_matter_unreadable:
        return Parts(list(diff.pieces), [])
    offset = len(current) - len(split_front_matter(current)[1])
    old = "".join(p.text for p in diff.pieces if p.kind != INSERT)
    new = "".join(p.text for p in diff.pieces if p.kind != DELETE)
    if new != current[offset:]:
        return Parts(list(diff.pieces), [])  # not the compare of this text
    return _Assembly(old, new, offset).run(_slots(old, new))


def _paragraphs(body: str) -> list[Span]:
    """The body's paragraphs: from a line of text after a blank line (but for the blank lines
    inside a fence, a block of HTML or a comment, which part nothing) to the next, so each
    has the blank lines after it (blank lines before the first are one of their own); a
    paragraph put back after a blank line is one again. Together, the whole body."""
    lines = [0] + [m.end() for m in _LINE_END.finditer(body)]
    if len(lines) > MAX_LINES:
        return [(0, len(body))] if body else []
    text_lines = split_lines(body)
    inside: set[int] = set()  # lines within a fence, an HTML block or a comment
    scan = scan_blocks(text_lines)
    for block, start in zip(scan.blocks, scan.starts, strict=True):
        if block.kind in _UNPARTED:
            inside.update(range(start + 1, start + block.size))
    cuts = {0, len(body)}
    blank = True
    for at, line in enumerate(text_lines):
        has_text = bool(line.strip())
        if has_text and blank and at not in inside:
            cuts.add(lines[at])
        blank = not has_text
    ordered = sorted(cuts)
    return [(a, b) for a, b in itertools.pairwise(ordered) if a < b]


def _slots(old: str, new: str) -> list[Slot]:
    """The paragraphs of both bodies side by side, in order: the same text, a pair (a
    rewrite), or a paragraph on one side only."""
    olds, news = _paragraphs(old), _paragraphs(new)
    slots: list[Slot] = []
    keys = ([old[a:b].rstrip() for a, b in olds], [new[a:b].rstrip() for a, b in news])
    pairing = Pairing()
    for tag, i1, i2, j1, j2 in opcodes(*keys):
        if tag == "equal":
            slots += zip(olds[i1:i2], news[j1:j2], strict=True)
        else:
            slots += _paired(old, olds[i1:i2], new, news[j1:j2], pairing)
    return slots


def _paired(old: str, olds: list[Span], new: str, news: list[Span], pairing: Pairing) -> list[Slot]:
    """A run of changed paragraphs: each one of the version with the current one it is a
    rewrite of (``history.pairing``), the rest deleted and added."""
    pairs = pairing.pairs([old[a:b] for a, b in olds], [new[a:b] for a, b in news])
    m, n = len(olds), len(news)
    slots: list[Slot] = []
    i = j = 0
    for pi, pj in [*pairs, (m, n)]:
        slots += [(span, None) for span in olds[i:pi]]
        slots += [(None, span) for span in news[j:pj]]
        if pi < m and pj < n:
            slots.append((olds[pi], news[pj]))
        i, j = pi + 1, pj + 1
    return slots


class _Assembly:
    """The pieces and the parts of a compare, slot after slot."""

    def __init__(self, old: str, new: str, offset: int) -> None:
        self.old, self.new, self.offset = old, new, offset
        self.pieces: list[Piece] = []
        self.parts: list[Part] = []
        self.budget = MAX_WORD_WORK
        #: the part being made: (first piece, version start, current start), and its ends
        self.open: tuple[int, int, int] | None = None
        self.ends = (0, 0, 0)
        #: the open part is only a paragraph whose blank lines after it changed
        self.blanks_only = False

    def run(self, slots: list[Slot]) -> Parts:
        a = c = 0
        for old_span, new_span in slots:
            b = old_span[1] if old_span else a
            d = new_span[1] if new_span else c
            before, after = self.old[a:b], self.new[c:d]
            if before == after:
                self._end_part()
                self._add(Piece(EQUAL, before))
            else:
                if not (self.blanks_only or self._joins(c, new_span)):
                    self._end_part()
                first = self._compared(before, after)
                if self.open is None:
                    self.open = (first, a, c)
                self.ends = (len(self.pieces), b, d)
                self.blanks_only = before.rstrip() == after.rstrip()
            a, c = b, d
        if self.open is not None:
            self._close()
        return Parts(self.pieces, self.parts)

    def _end_part(self) -> None:
        """The part being made is done (past ``MAX_PARTS``, it goes on to the end)."""
        if self.open is not None and len(self.parts) < MAX_PARTS - 1:
            self._close()

    def _joins(self, at: int, new_span: Span | None) -> bool:
        """Whether a paragraph deleted since, put back at ``at``, would join the line of text
        before it: at the end of a current text whose last line is no blank line (the part
        before it brings that blank line back, so it comes back with that part)."""
        new = self.new
        return new_span is None and 0 < at == len(new) and not _blank_end(new)

    def _compared(self, before: str, after: str) -> int:
        """The pieces of a changed slot (word by word while the budget lasts); the index of
        its first changed piece."""
        self.budget -= len(before.split()) + len(after.split()) + RUN_WEIGHT
        if before and after and self.budget >= 0:
            pieces = body_diff(before, after)
        else:
            pieces = [Piece(DELETE, before), Piece(INSERT, after)]
        first = None
        for piece in pieces:
            if piece.kind != EQUAL and first is None:
                first = len(self.pieces)
            self._add(piece)
        return first if first is not None else len(self.pieces)

    def _add(self, piece: Piece) -> None:
        """``piece`` after the others; unchanged text joins the unchanged text before it."""
        if not piece.text:
            return
        pieces = self.pieces
        if piece.kind == EQUAL and pieces and pieces[-1].kind == EQUAL:
            pieces[-1] = Piece(EQUAL, pieces[-1].text + piece.text)
        else:
            pieces.append(piece)

    def _close(self) -> None:
        assert self.open is not None
        first, a, c = self.open
        stop, b, d = self.ends
        old = self.old[a:b]
        if a < b == len(self.old) and d < len(self.new) and not _blank_end(self.old):
            # the version's last paragraph, with no blank line after it, comes back before
            # another: with a blank line between them (else it would join that one's first
            # line); that blank line goes again once what follows it is taken out
            old += ("" if old.endswith(("\n", "\r")) else "\n") + "\n"
        edit = edit_between(self.new[c:d], old)  # only what differs
        start, end = c + edit.start, c + edit.end
        old_start = a + edit.start
        old_end = old_start + len(edit.replacement)
        kind = CHANGED
        if _whole(self.old, old_start, old_end) and _whole(self.new, start, end):
            if start == end and edit.replacement.strip():
                kind = DELETED
            elif old_start == old_end and self.new[start:end].strip():
                kind = ADDED
        self.parts.append(Part(first, stop, self.offset + start, self.offset + end,
                               edit.replacement, self.new[start:end], kind))  # fmt: skip
        self.open = None
        self.blanks_only = False


def _blank_end(text: str) -> bool:
    """Whether ``text`` ends with a blank line (looked for in its last 200 characters)."""
    return bool(_BLANK_END.search(text, max(0, len(text) - 200)))


def _whole(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is whole lines (it starts a line and ends one)."""
    return _starts_line(text, start) and (end >= len(text) or _starts_line(text, end))


def _starts_line(text: str, at: int) -> bool:
    if at <= 0 or at > len(text):  # past the end: in the blank line a part brings
        return True
    before = text[at - 1]
    return before == "\n" or (before == "\r" and text[at : at + 1] != "\n")


def edit_between(before: str, after: str, *, words: bool = False) -> Edit:
    """The one stretch of ``before`` to replace to get ``after`` (their common start and end
    left as they are); with ``words``, widened to whole words (a suggestion reads
    "kuatir → khawatir", not "u → hawa")."""
    head, tail = common_ends(before, after)
    if words:
        while (
            head > 0
            and _in_word(before, head - 1)
            and (_in_word(before, head) or _in_word(after, head))
        ):
            head -= 1
        while (
            tail > 0
            and _in_word(before, len(before) - tail)
            and (_in_word(before, len(before) - tail - 1) or _in_word(after, len(after) - tail - 1))
        ):
            tail -= 1
    end, replacement = len(before) - tail, after[head : len(after) - tail]
    return Edit(head, end, replacement, head, head + len(replacement))


def _in_word(text: str, at: int) -> bool:
    """Whether ``text[at]`` is a word's character (False past either end)."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")
