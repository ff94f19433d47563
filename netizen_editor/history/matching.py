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
equality, as SequenceMatcher does; runs whose hashes meet are compared item by item. A common
run found while halving is followed as far as it goes (a long run costs a look or two, not
forty), and the runs of ``size`` are taken by walking each run's starts in ``b`` once (no list
copied again for each run: 200,000 changed one-letter lines took 56 s, QA18). A few items a
side (a word changed in a line) go to difflib's own matcher, quicker there.

All work (items looked at, copied, hashed or put in a table) is counted in ``steps`` and
checked before each pass over a stretch, so it never goes past ``MAX_STEPS`` (~1 s) by more
than the two lists of ids: once the next pass would, the stretch being done and those left get
no match, and the diff is coarser there (shown deleted and added whole) but still gives back
both texts.
"""

from __future__ import annotations

from array import array
from collections.abc import Hashable, Sequence
from difflib import SequenceMatcher

#: work (items looked at) before the stretches left are given no match (~1 s, 2 shared cores)
MAX_STEPS = 3_000_000
_MOD = (1 << 61) - 1
_BASE = 1_000_003
#: runs up to this long are compared as tuples of ids, longer ones by a hash of them
_TUPLED = 8
#: up to this many pairs of items, difflib's own matcher is used (it looks at each pair)
_SMALL = 400

#: (start in a, start in b, length), as difflib's matching blocks
Block = tuple[int, int, int]
#: (tag, a start, a end, b start, b end), as difflib's opcodes
Opcode = tuple[str, int, int, int, int]


class _OutOfSteps(Exception):
    """The work allowed (``MAX_STEPS``) would be passed."""


class Matcher:
    """The matching runs of ``a`` and ``b``; ``steps`` counts the work done (items looked at,
    copied or hashed), never more than ``MAX_STEPS`` past making the two lists of ids."""

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
        if len(self.a) * len(self.b) <= _SMALL:
            return self._small()
        found: list[Block] = []
        todo = [(0, len(self.a), 0, len(self.b), min(len(self.a), len(self.b)))]
        try:
            while todo:
                alo, ahi, blo, bhi, most = todo.pop()
                if most <= 0:
                    continue
                self._spend(10)  # a stretch's own cost, however small
                size = self._longest(alo, ahi, blo, bhi, most)
                if not size:
                    continue
                i, j = alo, blo
                for at_a, at_b in self._runs(alo, ahi, blo, bhi, size):
                    todo.append((i, at_a, j, at_b, min(at_a - i, at_b - j, size - 1)))
                    found.append((at_a, at_b, size))
                    i, j = at_a + size, at_b + size
                todo.append((i, ahi, j, bhi, min(ahi - i, bhi - j, size - 1)))
        except _OutOfSteps:  # the stretch being done and those left: no match
            self.coarse = True
        return [*_joined(sorted(found)), (len(self.a), len(self.b), 0)]

    def _small(self) -> list[Block]:
        """A few items each (a word or two changed in a line): difflib's own matcher, quicker
        there than building tables, and as quick as the pairs are few."""
        pairs = len(self.a) * len(self.b)
        try:
            self._spend(pairs * (1 + min(len(self.a), len(self.b))))  # each longest: the pairs
        except _OutOfSteps:
            self.coarse = True
            return [(len(self.a), len(self.b), 0)]
        found = SequenceMatcher(None, self.a, self.b, autojunk=False).get_matching_blocks()
        return [(at_a, at_b, size) for at_a, at_b, size in found]

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

    def _spend(self, cost: int) -> None:
        """Counts ``cost`` units of work about to be done, or stops if they would pass
        ``MAX_STEPS`` (checked before each pass over a stretch, not once per stretch)."""
        if self.steps + cost > MAX_STEPS:
            raise _OutOfSteps
        self.steps += cost

    def _longest(self, alo: int, ahi: int, blo: int, bhi: int, most: int) -> int:
        """The length of the longest common run (at most ``most``) of the two stretches: at
        least their common start's or end's; longer ones tried 1, 2, 4, … further until one
        fails, then halving between (one word changed in a paragraph: one look). A run found
        is followed as far as it goes both ways, so a long one is known in one look."""
        low = max(
            self._shared(alo, ahi, blo, bhi, 1),
            self._shared(ahi - 1, alo - 1, bhi - 1, blo - 1, -1),
        )
        high, step, growing = most, 1, True
        while low < high:
            k = min(low + step, high) if growing else (low + high + 1) // 2
            at = self._common(alo, ahi, blo, bhi, k)
            if at is None:
                high, growing = k - 1, False
                continue
            i, j = at
            before = self._shared(i - 1, alo - 1, j - 1, blo - 1, -1)
            low = before + k + self._shared(i + k, ahi, j + k, bhi, 1)
            step *= 2
        return low

    def _shared(self, i: int, i_end: int, j: int, j_end: int, step: int) -> int:
        """How many items the stretches share from ``i`` and ``j`` on, going by ``step``."""
        a, b = self.a, self.b
        most = min(abs(i_end - i), abs(j_end - j))
        room = MAX_STEPS - self.steps - 1
        count = 0
        while count < most and a[i + count * step] == b[j + count * step]:
            if count >= room:
                raise _OutOfSteps
            count += 1
        self.steps += count + 1
        return count

    def _common(self, alo: int, ahi: int, blo: int, bhi: int, k: int) -> tuple[int, int] | None:
        """A common run of ``k`` of the two stretches (its starts in ``a`` and ``b``), if any."""
        b_grams = self._grams(self.b, blo, bhi, k)
        a_grams = self._grams(self.a, alo, ahi, k)
        self._spend(len(a_grams) + len(b_grams))  # the table, the look-ups
        starts = range(blo + len(b_grams) - 1, blo - 1, -1)
        first = dict(zip(reversed(b_grams), starts, strict=True))  # the earliest of each
        if first.keys().isdisjoint(a_grams):
            return None
        for i, gram in enumerate(a_grams, alo):
            j = first.get(gram)
            if j is None:
                continue
            if k <= _TUPLED:  # the keys are the runs themselves
                return i, j
            self._spend(len(b_grams))  # two runs' hashes may have met: each one compared
            for at, other in enumerate(b_grams, blo):
                if other == gram and self._same(i, at, k):
                    return i, at
        return None

    def _runs(self, alo: int, ahi: int, blo: int, bhi: int, k: int) -> list[tuple[int, int]]:
        """Each common run of ``k`` left to right: the earliest in ``a``, then in ``b``, each
        after the one before on both sides. The starts in ``b`` of each run of ``k`` are
        chained (``later``); as the runs taken only move right, each chain's first start not
        yet passed is kept (``head``), so each start is passed once."""
        b_grams = self._grams(self.b, blo, bhi, k)
        a_grams = self._grams(self.a, alo, ahi, k)
        self._spend(len(a_grams) + len(b_grams))  # the chains, the look-ups
        later = array("q", [-1]) * len(b_grams)  # the next start of the same run, or -1
        head: dict[Hashable, int] = {}
        for at in range(len(b_grams) - 1, -1, -1):
            later[at] = head.get(b_grams[at], -1)
            head[b_grams[at]] = at
        runs: list[tuple[int, int]] = []
        i, after = alo, 0
        while i + k <= ahi:
            gram = a_grams[i - alo]
            at = head.get(gram, -1)
            if 0 <= at < after:  # passed: on to its first start not passed, kept for next time
                passed = 0
                while at != -1 and at < after:
                    at, passed = later[at], passed + 1
                head[gram] = at
                self._spend(passed)
            while k > _TUPLED and at != -1 and not self._same(i, blo + at, k):
                at = later[at]  # two runs' hashes met
                self._spend(1)
            if at == -1:
                i += 1
                continue
            runs.append((i, blo + at))
            i, after = i + k, at + k
        return runs

    def _same(self, i: int, j: int, k: int) -> bool:
        """Whether ``a``'s run of ``k`` at ``i`` is ``b``'s at ``j``."""
        self._spend(2 * k)
        return self.a[i : i + k] == self.b[j : j + k]

    def _grams(self, ids: list[int], lo: int, hi: int, k: int) -> Sequence[Hashable]:
        """Each run of ``k`` in ``ids[lo:hi]`` as a key: its item's id, a tuple of up to
        ``_TUPLED`` ids, or the hash of a longer one."""
        count = max(0, hi - lo - k + 1)
        if k == 1:
            self._spend(count)
            return ids[lo:hi]
        if k <= _TUPLED:
            self._spend(k * count)
            return list(zip(*(ids[lo + at : hi - k + 1 + at] for at in range(k)), strict=True))
        sums = self._sums.get(ids is self.a)
        if sums is None:
            self._spend(len(ids))
            sums = self._sums[ids is self.a] = _prefix_hashes(ids)
        self._spend(2 * count)
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
