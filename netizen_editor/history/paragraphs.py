"""One paragraph of a version put back into the current text (no Qt): the changed paragraphs
of the word diff from a version to the current text, each restorable on its own.

A *part* is a run of the diff's changes (``history.diff``: its deletions and additions) that
falls in one block of the body, as the grammar reads the blocks (a paragraph, a heading, a
list, a fence…, ``grammar.blocks``). Two changes are parts of their own when a block starts
between them, on either side, at a line start on both sides; a deletion or an addition of
whole blocks is cut at each block it holds (its blank lines go with the block they stand
beside, as they stand in the text), so each deleted or added paragraph is a part of its own.

Restoring a part puts the version's text of it in place of the current text's: a rewritten
paragraph gets the version's words back, a paragraph deleted since comes back in its place,
and one added since is taken out. Nothing else changes: the text between two changes is the
same on both sides, and the front matter is never a part (when the front matter of either text
cannot be read, the diff compares whole texts and no part is offered). Restoring every part
of one compare (from the last to the first), or one part at a time comparing again after each,
gives the version's body exactly.

The work is the diff's, which is bounded (``history.diff``), and one pass over both bodies,
their lines and their blocks.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

from netizen_editor.editing.formatting import Edit
from netizen_editor.grammar.blocks import scan_blocks, split_lines
from netizen_editor.grammar.frontmatter import split_front_matter
from netizen_editor.history.diff import DELETE, EQUAL, INSERT, Piece, WordDiff

#: what restoring a part does: the version's words back; the paragraph back (only in the
#: version); the paragraph taken out (only in the current text)
CHANGED, DELETED, ADDED = "changed", "deleted", "added"
#: a body of more lines than this is not read for its blocks (~0.5 s each side; the longest
#: story has ~1,500): its changes are one part, restored together
MAX_LINES = 100_000
#: parts offered at most (the longest story has ~600 paragraphs): the changes after the last
#: one's start are restored with it
MAX_PARTS = 2_000
#: a line end as the grammar reads it (``grammar.blocks.split_lines``)
_LINE_END = re.compile(r"\r\n|\r|\n")


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
    """The diff's body pieces (a deletion or an addition of whole blocks cut at each block)
    and its changed paragraphs, in the order of the text."""

    pieces: list[Piece]
    parts: list[Part]


@dataclass(frozen=True)
class _Change:
    """Pieces ``first:stop`` (one deletion, one addition, or one of each): the version's
    ``a:b`` and the current body's ``c:d``."""

    first: int
    stop: int
    a: int
    b: int
    c: int
    d: int


class _Side:
    """One body: where its lines and its blocks start (read when first asked: one change,
    the commonest compare, needs neither)."""

    def __init__(self, body: str) -> None:
        self.text = body

    @cached_property
    def line_starts(self) -> list[int]:
        return [0] + [m.end() for m in _LINE_END.finditer(self.text)]

    @cached_property
    def block_starts(self) -> list[int]:
        lines = self.line_starts
        if len(lines) > MAX_LINES:
            return []  # too long to read its blocks in good time: no block starts anywhere
        return [lines[at] for at in scan_blocks(split_lines(self.text)).starts]

    def starts_line(self, at: int) -> bool:
        text = self.text
        if at <= 0:
            return True
        before = text[at - 1]
        return before == "\n" or (before == "\r" and text[at : at + 1] != "\n")

    def ends_lines(self, at: int) -> bool:
        """Whether a stretch ending at ``at`` ends with its last line (or the text ends)."""
        return at >= len(self.text) or self.starts_line(at)

    def blocks_in(self, low: int, high: int) -> list[int]:
        """The block starts from ``low`` to ``high`` (both included)."""
        starts = self.block_starts
        return starts[bisect.bisect_left(starts, low) : bisect.bisect_right(starts, high)]

    def blank(self, start: int, end: int) -> bool:
        return not self.text[start:end].strip()

    def cuts(self, start: int, end: int) -> list[int]:
        """Where the whole lines ``start:end`` are cut into one stretch per block: before
        the blank lines in front of each block when the stretch starts with a blank line,
        else at each block's start (its blank lines stay with the block before)."""
        blocks = self.blocks_in(start + 1, end - 1)
        if not blocks:
            return []
        lines = self.line_starts
        first = bisect.bisect_right(lines, start)  # the line after the stretch's first
        lead = self.blank(start, min(lines[first] if first < len(lines) else end, end))
        out: list[int] = []
        for at in blocks:
            line = bisect.bisect_left(lines, at)
            while (
                lead
                and line > 0
                and lines[line - 1] > start
                and self.blank(lines[line - 1], lines[line])
            ):
                line -= 1
            cut = lines[line]
            if not start < cut < end or (out and cut <= out[-1]):
                continue
            if out or not self.blank(start, cut):  # a first stretch of blank lines: none
                out.append(cut)
        return out


def changed_parts(diff: WordDiff, current: str) -> Parts:
    """The changed paragraphs of ``diff``, ``word_diff`` from a version to ``current``."""
    if diff.front_matter_unreadable:
        return Parts(list(diff.pieces), [])
    offset = len(current) - len(split_front_matter(current)[1])
    old = _Side("".join(p.text for p in diff.pieces if p.kind != INSERT))
    new = _Side("".join(p.text for p in diff.pieces if p.kind != DELETE))
    if new.text != current[offset:]:
        return Parts(list(diff.pieces), [])  # not the diff of this text
    pieces, changes = _changes(diff.pieces, old, new)
    parts: list[Part] = []
    run: list[_Change] = []
    for change in [*changes, None]:
        if run and (
            change is None or (len(parts) < MAX_PARTS - 1 and _apart(run[-1], change, old, new))
        ):
            parts.append(_part(run, old, new, offset))
            run = []
        if change is not None:
            run.append(change)
    return Parts(pieces, parts)


def _changes(diff_pieces: list[Piece], old: _Side, new: _Side) -> tuple[list[Piece], list[_Change]]:
    """The pieces (a deletion or addition of whole blocks cut at each) and their changes."""
    pieces: list[Piece] = []
    changes: list[_Change] = []
    a = c = 0
    run: list[Piece] = []
    for piece in [*diff_pieces, Piece(EQUAL, "")]:
        if piece.kind != EQUAL:
            run.append(piece)
            continue
        if run:
            b = a + sum(len(p.text) for p in run if p.kind == DELETE)
            d = c + sum(len(p.text) for p in run if p.kind == INSERT)
            whole = _whole(old, new, a, b, c, d)
            if len(run) == 1 and whole:  # only deleted or only added: one part per block
                side, start = (old, a) if run[0].kind == DELETE else (new, c)
                ends = [*side.cuts(start, start + len(run[0].text)), start + len(run[0].text)]
                for end in ends:
                    pieces.append(Piece(run[0].kind, side.text[start:end]))
                    if run[0].kind == DELETE:
                        changes.append(_Change(len(pieces) - 1, len(pieces), start, end, c, c))
                    else:
                        changes.append(_Change(len(pieces) - 1, len(pieces), a, a, start, end))
                    start = end
            else:
                pieces.extend(run)
                changes.append(_Change(len(pieces) - len(run), len(pieces), a, b, c, d))
            a, c, run = b, d, []
        if piece.text:
            pieces.append(piece)
        a, c = a + len(piece.text), c + len(piece.text)
    return pieces, changes


def _whole(old: _Side, new: _Side, a: int, b: int, c: int, d: int) -> bool:
    """Whether the change is of whole lines on both sides (starting at a line start)."""
    return old.starts_line(a) and new.starts_line(c) and old.ends_lines(b) and new.ends_lines(d)


def _apart(before: _Change, after: _Change, old: _Side, new: _Side) -> bool:
    """Whether a block starts between two changes (on either side, at a line start on both):
    then they are parts of their own. Changes cut from one piece are always apart."""
    if before.stop == after.first:
        return True  # cut from one deletion (or addition) at a block
    if any(old.starts_line(before.b + at - before.d) for at in new.blocks_in(before.d, after.c)):
        return True
    return any(new.starts_line(before.d + at - before.b) for at in old.blocks_in(before.b, after.a))


def _part(run: list[_Change], old: _Side, new: _Side, offset: int) -> Part:
    first, last = run[0], run[-1]
    old_text, new_text = old.text[first.a : last.b], new.text[first.c : last.d]
    kind = CHANGED
    if _whole(old, new, first.a, last.b, first.c, last.d):
        if not new_text and old_text.strip():
            kind = DELETED
        elif not old_text and new_text.strip():
            kind = ADDED
    return Part(first.first, last.stop, offset + first.c, offset + last.d, old_text,
                new_text, kind)  # fmt: skip


def edit_between(before: str, after: str) -> Edit:
    """The one stretch of ``before`` to replace to get ``after`` (their common start and end
    left as they are), found by halving with whole-slice compares (no loop per character)."""
    most = min(len(before), len(after))
    low, high = 0, most
    while low < high:  # the longest common start
        mid = (low + high + 1) // 2
        if before[:mid] == after[:mid]:
            low = mid
        else:
            high = mid - 1
    head = low
    low, high = 0, most - head
    while low < high:  # the longest common end, not reaching into the start
        mid = (low + high + 1) // 2
        if before[len(before) - mid :] == after[len(after) - mid :]:
            low = mid
        else:
            high = mid - 1
    end, replacement = len(before) - low, after[head : len(after) - low]
    return Edit(head, end, replacement, head, head + len(replacement))
