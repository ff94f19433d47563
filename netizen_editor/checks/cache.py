"""What the check rules found in each block of an article, kept for its next revision.

A revision's scan keeps the blocks an edit did not touch: they are the very same ``Block``
objects as in the previous revision's scan (``grammar.scan``). A rule that works block by block
asks a :class:`Slot` of the article's :class:`BlockCache` for each block: the block's findings
(or the words, links and sentence lengths it read) come from the cache when that block was
read before, and are computed only for the blocks the edit made. Findings are kept with the
file line their block started on and moved when the block has moved (a line typed above it).

Keys and bounds:

- an entry is keyed by the ``Block`` object itself (blocks compare by identity; the key holds
  the block, so no other block can take its place while the entry lives); a block that gave
  nothing costs one shared empty tuple;
- a slot (one per rule and kind of result) has a key: what its results depend on besides the
  block (the rule's thresholds, the site's name, the speller and its word lists...); a slot
  asked with another key starts empty;
- the whole cache is emptied when the interface language or the article's path changes (both
  are in the findings);
- at the start of each run the entries of blocks no longer in the scan are dropped (only the
  blocks the edit replaced, when the scan was made from the one the cache last saw), so the
  cache holds at most one entry per slot and block of the current revision: memory stays
  that of one article however long it is edited.

The cache belongs to one article: the snapshot keeps it in the scan's ``kept`` (handed on from
each revision's scan to the next one's), so it lives as long as the article's revisions. A
context made without one (the command line, ``check_text``) gets a cache of one run that keeps
only what several rules share. One run of the rules uses a cache at a time; a run that finds
it busy (the GUI thread's snapshot while the render thread's runs) works with one of its own.

The rules' time budgets are unchanged: a block is read within its rule's budget
(``context.step``), and a rule that runs out of time keeps what it read so far.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Container, Hashable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from netizen_editor.checks.findings import Finding
from netizen_editor.grammar.block import Block
from netizen_editor.grammar.blocks import BlockScan
from netizen_editor.grammar.scan import LocatedBlock

T = TypeVar("T")
#: a block's entry in a slot: ``()`` when the block gave nothing (at any line), else the file
#: line its value was computed at, the value, and the extra key it was computed with
_Entry = tuple[()] | tuple[int, Any, Hashable]


class Slot:
    """One kind of per-block result (a rule's findings, a block's links...), for one key.
    Its entries are keyed by the ``Block`` itself (held: a block compares by identity)."""

    __slots__ = ("entries", "keep", "key", "path", "reach")

    def __init__(self, key: Hashable, path: Path | None, keep: bool) -> None:
        self.key = key
        self.path = path
        self.keep = keep  # False: nothing is kept (a cache of one run, see ``BlockCache``)
        self.entries: dict[Block, _Entry] = {}
        #: what reaches a block from other blocks in this run (review marks spanning blocks:
        #: ``CheckContext.reach``): :meth:`collect`'s findings are made again when it changes
        self.reach: Callable[[LocatedBlock], Hashable] | None = None

    def _store(self, block: Block, line: int, found: Any, extra: Hashable) -> None:
        if self.keep:
            self.entries[block] = () if found == () and extra is None else (line, found, extra)

    def value(
        self,
        located: LocatedBlock,
        compute: Callable[[LocatedBlock], T],
        extra: Hashable = None,
    ) -> T:
        """``compute(located)``, remembered for the block: a value that does not depend on the
        block's file line (lines in it are counted from the block's first line). ``extra`` is
        what else it depends on for this block (it is computed again when that changes)."""
        block = located[1]
        entry = self.entries.get(block)
        if entry is not None:
            if not entry:
                if extra is None:
                    return entry  # type: ignore[return-value]
            elif entry[2] == extra:
                return entry[1]  # type: ignore[no-any-return]
        found = compute(located)
        self._store(block, 0, found, extra)
        return found

    def placed(
        self,
        located: LocatedBlock,
        compute: Callable[[LocatedBlock], T],
        move: Callable[[T, int], T],
        extra: Hashable = None,
    ) -> T:
        """``compute(located)``, remembered for the block at its file line: when the block has
        moved since, ``move(value, lines)`` moves the value by that many lines."""
        line, block = located
        entry = self.entries.get(block)
        if entry is not None and not entry and extra is None:
            return entry  # type: ignore[return-value]
        if entry and entry[2] == extra:
            if entry[0] == line:
                return entry[1]  # type: ignore[no-any-return]
            found = move(entry[1], line - entry[0])
        else:
            found = compute(located)
        self._store(block, line, found, extra)
        return found

    def findings(
        self,
        located: LocatedBlock,
        compute: Callable[[LocatedBlock], Iterable[Finding]],
        extra: Hashable = None,
    ) -> tuple[Finding, ...]:
        """The findings ``compute(located)`` gives for the block, remembered (see ``placed``);
        they carry the article's path."""
        return self.placed(located, lambda at: self.with_path(compute(at)), moved, extra)

    def collect(
        self,
        blocks: Iterable[LocatedBlock],
        compute: Callable[[LocatedBlock], Iterable[Finding]],
        only: Container[str] | None = None,
        skip: Container[str] = (),
    ) -> list[Finding]:
        """``findings`` of each of ``blocks`` whose kind is in ``only`` (when given) and not in
        ``skip``, in order: one pass, a lookup per block read before."""
        entries = self.entries
        found: list[Finding] = []
        if not self.keep:  # nothing to look up or keep: read each block
            for located in blocks:
                kind = located[1].kind
                if (only is None or kind in only) and kind not in skip:
                    found += compute(located)
            return found
        reach = self.reach
        for located in blocks:
            line, block = located
            kind = block.kind
            if (only is not None and kind not in only) or kind in skip:
                continue
            extra = reach(located) if reach is not None else None
            entry = entries.get(block)
            if entry is None:
                found += self.findings(located, compute, extra)
            elif entry:
                same = entry[0] == line and entry[2] == extra
                found += entry[1] if same else self.findings(located, compute, extra)
            elif extra is not None:  # nothing, when no mark reached it: a mark does now
                found += self.findings(located, compute, extra)
        return found

    def with_path(self, found: Iterable[Finding]) -> tuple[Finding, ...]:
        """``found`` with the article's path (what ``run_checks`` would add)."""
        path = self.path
        if path is None:
            return tuple(found)
        return tuple(f if f.path is not None else replace(f, path=path) for f in found)


def moved(found: tuple[Finding, ...], lines: int) -> tuple[Finding, ...]:
    """``found`` moved down by ``lines`` file lines (up when negative)."""
    return tuple(replace(f, line=f.line + lines) for f in found)


class BlockCache:
    """The per-block results of the rules for one article (see the module's notes). A cache
    made with ``keep=False`` serves one run only (the command line, a one-off check): it keeps
    only what several rules of the run share (``slot(..., shared=True)``: a block's links)."""

    def __init__(self, keep: bool = True) -> None:
        self.keep = keep
        self._lock = threading.Lock()
        self._slots: dict[str, Slot] = {}
        self._blocks: BlockScan | None = None  # the scan whose blocks the entries are of
        self._config: tuple[Hashable, ...] = ()
        self.path: Path | None = None

    def slot(self, name: str, key: Hashable = None, shared: bool = False) -> Slot:
        """The slot ``name`` for ``key`` (a new, empty one when the key changed); ``shared``:
        what it holds is read by several rules of one run."""
        slot = self._slots.get(name)
        if slot is None or (slot.key is not key and slot.key != key):
            slot = self._slots[name] = Slot(key, self.path, self.keep or shared)
        return slot

    def open(self, blocks: Callable[[], BlockScan], language: str, path: Path | None) -> bool:
        """Start a run on the revision whose body is ``blocks()``; False when another run
        holds the cache (then use another one). Drops what belongs to blocks no longer there
        (a cache of one run asks nothing: the rules scan the text when they need it)."""
        if not self._lock.acquire(blocking=False):
            return False
        config = (language, path)
        if config != self._config or not self.keep:
            self._config, self.path = config, path
            self._slots.clear()
            self._blocks = None
        if self.keep:
            self._keep_only(blocks())
        return True

    def close(self) -> None:
        """End the run that ``open`` started."""
        self._lock.release()

    def _keep_only(self, blocks: BlockScan) -> None:
        last = self._blocks
        self._blocks = blocks
        if last is blocks or not self._slots:
            return
        if last is not None and blocks.base == last.serial:
            # made from the scan the entries are of: only the blocks it replaced are gone
            gone = last.blocks[blocks.kept_head : len(last.blocks) - blocks.kept_tail]
            for slot in self._slots.values():
                entries = slot.entries
                for block in gone:
                    entries.pop(block, None)
            if all(len(slot.entries) <= len(blocks.blocks) for slot in self._slots.values()):
                return
        alive = set(blocks.blocks)
        for slot in self._slots.values():
            entries = slot.entries
            for block in [block for block in entries if block not in alive]:
                del entries[block]

    def __len__(self) -> int:
        """Entries held, over all slots."""
        return sum(len(slot.entries) for slot in self._slots.values())
