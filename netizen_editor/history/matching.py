"""The matching runs of two sequences (no Qt): what ``difflib.SequenceMatcher(None, a, b,
autojunk=False)`` finds, in bounded work.

SequenceMatcher takes the longest common run of a stretch (the earliest in ``a``, then in
``b``), then does the same on each side of it. Where one item is common and the runs are short
(the blank lines between paragraphs, every paragraph changed by a Replace All) each step looks
at every pair of that item: 2,000 changed paragraphs took over a minute (QA14). Here the
length ``size`` of a stretch's longest common run is found by halving (is there a common run of
``k`` items? runs hashed), then every run of ``size`` is taken at once, left to right (the ones
SequenceMatcher would take one after the other: none of ``size`` is left between them), and the
stretches between are done the same way with shorter runs. Items are compared by their hash and
equality, as SequenceMatcher does; runs whose hashes meet are compared item by item.

Past ``MAX_STEPS`` (items looked at) the stretches left get no match: the diff is coarser there
(shown deleted and added whole) but still gives back both texts.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Hashable, Sequence

#: items looked at before the stretches left are given no match (~1 s here, 2 shared cores)
MAX_STEPS = 3_000_000
_MOD = (1 << 61) - 1
_BASE = 1_000_003
#: runs up to this long are compared as tuples of ids, longer ones by a hash of them
_TUPLED = 8

#: (start in a, start in b, length), as difflib's matching blocks
Block = tuple[int, int, int]
#: (tag, a start, a end, b start, b end), as difflib's opcodes
Opcode = tuple[str, int, int, int, int]


class Matcher:
    """The matching runs of ``a`` and ``b``; ``steps`` counts the work done."""

    def __init__(self, a: Sequence[Hashable], b: Sequence[Hashable]) -> None:
        ids: dict[Hashable, int] = {}
        self.a = [ids.setdefault(item, len(ids)) for item in a]
        self.b = [ids.setdefault(item, len(ids)) for item in b]
        self._sums: dict[bool, list[int]] = {}  # a's (True), b's: made when needed
        self.steps = len(a) + len(b)
        #: the work ran out: some stretches were given no match
        self.coarse = False

    def matching_blocks(self) -> list[Block]:
        """The matching runs in order, adjacent ones joined, then ``(len(a), len(b), 0)``."""
        found: list[Block] = []
        todo = [(0, len(self.a), 0, len(self.b), min(len(self.a), len(self.b)))]
        while todo:
            alo, ahi, blo, bhi, most = todo.pop()
            if most <= 0:
                continue
            if self.steps > MAX_STEPS:
                self.coarse = True
                continue
            self.steps += 10  # a stretch's own cost, however small
            size = self._longest(alo, ahi, blo, bhi, most)
            if not size:
                continue
            i, j = alo, blo
            for at_a, at_b in self._runs(alo, ahi, blo, bhi, size):
                todo.append((i, at_a, j, at_b, min(at_a - i, at_b - j, size - 1)))
                found.append((at_a, at_b, size))
                i, j = at_a + size, at_b + size
            todo.append((i, ahi, j, bhi, min(ahi - i, bhi - j, size - 1)))
        return [*_joined(sorted(found)), (len(self.a), len(self.b), 0)]

    def opcodes(self) -> list[Opcode]:
        """How to turn ``a`` into ``b``, as ``SequenceMatcher.get_opcodes``."""
        out: list[Opcode] = []
        i = j = 0
        for at_a, at_b, size in self.matching_blocks():
            if i < at_a and j < at_b:
                out.append(("replace", i, at_a, j, at_b))
            elif i < at_a:
                out.append(("delete", i, at_a, j, at_b))
            elif j < at_b:
                out.append(("insert", i, at_a, j, at_b))
            i, j = at_a + size, at_b + size
            if size:
                out.append(("equal", at_a, i, at_b, j))
        return out

    def _longest(self, alo: int, ahi: int, blo: int, bhi: int, most: int) -> int:
        """The length of the longest common run (at most ``most``) of the two stretches: at
        least their common start's or end's; longer ones tried 1, 2, 4, … further until one
        fails, then halving between (one word changed in a paragraph: one look)."""
        low = max(
            self._shared(alo, ahi, blo, bhi, 1),
            self._shared(ahi - 1, alo - 1, bhi - 1, blo - 1, -1),
        )
        step = 1
        while low + step <= most and self._common(alo, ahi, blo, bhi, low + step):
            low, step = low + step, step * 2
        high = min(most, low + step - 1)
        while low < high:
            k = (low + high + 1) // 2
            if self._common(alo, ahi, blo, bhi, k):
                low = k
            else:
                high = k - 1
        return low

    def _shared(self, i: int, i_end: int, j: int, j_end: int, step: int) -> int:
        """How many items the stretches share from ``i`` and ``j`` on, going by ``step``."""
        count = 0
        while i != i_end and j != j_end and self.a[i] == self.b[j]:
            i, j, count = i + step, j + step, count + 1
        self.steps += count + 1
        return count

    def _common(self, alo: int, ahi: int, blo: int, bhi: int, k: int) -> bool:
        """Whether the two stretches have a common run of ``k``."""
        b_grams = self._grams(self.b, blo, bhi, k)
        self.steps += (ahi - alo) + (bhi - blo)
        first = {gram: j for j, gram in reversed(list(enumerate(b_grams, blo)))}
        for i, gram in enumerate(self._grams(self.a, alo, ahi, k), alo):
            j = first.get(gram)
            if j is None:
                continue
            self.steps += k
            if self.b[j : j + k] == self.a[i : i + k]:
                return True
            starts = [at for at, other in enumerate(b_grams, blo) if other == gram]
            if self._first(starts, i, blo, k) is not None:  # two runs' hashes met
                return True
        return False

    def _runs(self, alo: int, ahi: int, blo: int, bhi: int, k: int) -> list[tuple[int, int]]:
        """Each common run of ``k`` left to right: the earliest in ``a``, then in ``b``, each
        after the one before on both sides."""
        table: dict[Hashable, list[int]] = {}
        for j, gram in enumerate(self._grams(self.b, blo, bhi, k), blo):
            table.setdefault(gram, []).append(j)
        a_grams = self._grams(self.a, alo, ahi, k)
        self.steps += (ahi - alo) + (bhi - blo)
        runs: list[tuple[int, int]] = []
        i, after = alo, blo
        while i + k <= ahi:
            found = self._first(table.get(a_grams[i - alo]), i, after, k)
            if found is None:
                i += 1
                continue
            runs.append((i, found))
            i, after = i + k, found + k
        return runs

    def _first(self, starts: list[int] | None, i: int, after: int, k: int) -> int | None:
        """The first start (from ``after`` on) whose run of ``k`` equals ``a``'s at ``i``."""
        if not starts:
            return None
        run = self.a[i : i + k]
        for j in starts[bisect_left(starts, after) :]:
            self.steps += k
            if self.b[j : j + k] == run:
                return j
        return None

    def _grams(self, ids: list[int], lo: int, hi: int, k: int) -> list[Hashable]:
        """Each run of ``k`` in ``ids[lo:hi]`` as a key: its item's id, a tuple of up to
        ``_TUPLED`` ids, or the hash of a longer one."""
        if k == 1:
            return list(ids[lo:hi])
        if k <= _TUPLED:
            return list(zip(*(ids[lo + at : hi - k + 1 + at] for at in range(k)), strict=True))
        sums = self._sums.get(ids is self.a)
        if sums is None:
            sums = self._sums[ids is self.a] = _prefix_hashes(ids)
        power = pow(_BASE, k, _MOD)
        return [(sums[i + k] - sums[i] * power) % _MOD for i in range(lo, hi - k + 1)]


def opcodes(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[Opcode]:
    """How to turn ``a`` into ``b``: ``SequenceMatcher(None, a, b, autojunk=False)``'s
    opcodes, in bounded work."""
    return Matcher(a, b).opcodes()


def _prefix_hashes(ids: list[int]) -> list[int]:
    sums = [0]
    for item in ids:
        sums.append((sums[-1] * _BASE + item + 1) % _MOD)
    return sums


def _joined(blocks: list[Block]) -> list[Block]:
    """Runs that touch on both sides as one (as SequenceMatcher gives them)."""
    out: list[Block] = []
    for at_a, at_b, size in blocks:
        if out and out[-1][0] + out[-1][2] == at_a and out[-1][1] + out[-1][2] == at_b:
            out[-1] = (out[-1][0], out[-1][1], out[-1][2] + size)
        else:
            out.append((at_a, at_b, size))
    return out
