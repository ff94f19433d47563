"""The body's blocks: what each run of lines is, where it starts, and how blocks group into the
chunks the preview renders one by one.

A block is a paragraph, a heading (ATX or setext, with its level and title), a list, a quote,
fenced or indented code, a raw HTML block or comment, a table, a reference definition, a
definition list, a horizontal rule, an ad or jump-break marker, a lone image or a "Baca juga"
line. Blocks carry no position (a block of an earlier revision is reused as it is); a
:class:`BlockScan` holds them with the body line each starts on.

A chunk is a run of blocks that Python-Markdown parses the same way alone as inside the whole
document: blank lines separate chunks, except where the next block continues the one before
(an indented continuation, another item of the same list or quote, a definition, an open
fence, an open HTML block). A block with ``joined`` set belongs to the chunk of the block
before it.

Scanning again after an edit rescans only from a little before the first changed line until
the scan falls back into step with the previous one (a chunk starting on a line that is the
same as before, with the same lines after it): then the remaining blocks are reused.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from netizen_editor.grammar.block import Block
from netizen_editor.grammar.block_count import BlocksAhead
from netizen_editor.grammar.definitions import definition_end
from netizen_editor.grammar.parts import INDENT_CONTINUES, is_table, text_blocks
from netizen_editor.grammar.patterns import (
    ATX,
    BLOCK_TAGS,
    DEFINITION,
    FENCE_OPEN,
    HTML_COMMENT_OPEN,
    HTML_OPEN,
    INDENTED,
    JUMP_BREAK_LINE,
    LIST_ITEM,
    MARKER_LINE,
    QUOTE,
    REFERENCE,
    RULE,
    fence_closing,
)

#: chunks of definitions: references and abbreviations, and footnotes
_DEFINITIONS = ("reference", "footnote")


_serials = itertools.count(1)  # numbers the scans (see ``BlockScan.serial``)


@dataclass(frozen=True, eq=False)
class BlockScan:
    """The blocks of a body: ``blocks[k]`` starts on body line ``starts[k]`` (0-based)."""

    lines: tuple[str, ...]
    blocks: tuple[Block, ...]
    starts: tuple[int, ...]
    #: lines that open a fence nobody closes (an edit further down can close them)
    open_fences: tuple[int, ...] = ()
    #: how many lines the last scan read (the whole body, or less when it reused blocks)
    scanned: int = field(default=0, compare=False)
    #: blocks of the scan this one was made from that it kept as they were: the first
    #: ``kept_head`` ones, and the last ``kept_tail`` ones (their starts moved by ``delta``)
    kept_head: int = field(default=0, compare=False)
    kept_tail: int = field(default=0, compare=False)
    delta: int = field(default=0, compare=False)
    #: this scan's number, and the number of the scan it was made from (0: from scratch):
    #: whoever kept the older scan knows whether ``kept_head`` and ``kept_tail`` are about it
    serial: int = field(default_factory=lambda: next(_serials), compare=False)
    base: int = field(default=0, compare=False)
    #: a scan stopped past its ``most`` blocks: how many the body makes at least (0: the scan
    #: went to the end); ``blocks`` are then only the first ones
    at_least: int = field(default=0, compare=False)

    @property
    def read_to(self) -> int:
        """The body line after the last block (where the lines a stopped scan left start)."""
        return self.starts[-1] + len(self.blocks[-1].lines) if self.blocks else 0


def split_lines(body: str) -> tuple[str, ...]:
    """The body's lines as the scan reads them: LF or CRLF line ends, ``\\r`` dropped."""
    if "\r" in body:
        body = body.replace("\r\n", "\n").replace("\r", "\n")
    return tuple(body.split("\n"))


def scan_blocks(
    lines: Sequence[str], previous: BlockScan | None = None, *, most: int | None = None
) -> BlockScan:
    """The blocks of the body ``lines``; with the scan of the previous revision, only what the
    edit can have changed is scanned again. With ``most`` the scan stops as soon as it knows
    the body makes more than ``most`` blocks (``BlockScan.at_least``): a body the export
    refuses for them is not read into blocks to the end, and the window reads the first ones
    of a planted story of millions (an edit is scanned again within them)."""
    lines = tuple(lines)
    if previous is None or not previous.blocks or (previous.at_least and most is None):
        return _full(lines, most)
    old = previous.lines
    if old == lines:
        return previous
    n_old, n_new = len(old), len(lines)
    first = _same_head(old, lines)
    same_tail = _same_head(old[first:][::-1], lines[first:][::-1])
    restart_index = _restart_block(previous, first)
    restart = previous.starts[restart_index] if restart_index < len(previous.starts) else n_old
    restart = min(restart, first)
    delta = n_new - n_old
    tail_from = n_new - same_tail  # new lines from here on are the old ones, shifted by delta
    old_starts, old_blocks = previous.starts, previous.blocks

    def old_chunk_at(line: int) -> int | None:
        """The index of the old block that started a chunk on old line ``line``."""
        k = bisect.bisect_left(old_starts, line)
        if k < len(old_starts) and old_starts[k] == line and not old_blocks[k].joined:
            return k
        return None

    def in_step(line: int) -> bool:
        return line >= tail_from and old_chunk_at(line - delta) is not None

    # the blocks made are counted against the cap, not those ahead: counting ahead reads the
    # whole text, and typing would cost that in any story
    budget = None if most is None else most - restart_index
    scanner = _Scanner(lines, restart, in_step, budget, count_ahead=False)
    scanner.run()
    blocks = list(previous.blocks[:restart_index]) + scanner.blocks
    starts = list(previous.starts[:restart_index]) + scanner.starts
    fences = [f for f in previous.open_fences if f < restart] + scanner.open_fences
    kept_tail = 0
    if scanner.stopped_at is not None:
        k = old_chunk_at(scanner.stopped_at - delta)
        assert k is not None  # in_step found it
        kept_tail = len(previous.blocks) - k
        blocks += previous.blocks[k:]
        starts += [s + delta for s in previous.starts[k:]] if delta else previous.starts[k:]
        fences += [f + delta for f in previous.open_fences if f >= previous.starts[k]]
    at_least = 0
    if scanner.at_least:  # past the cap: what comes after is not known
        at_least = restart_index + scanner.at_least
    elif previous.at_least and kept_tail:  # the lines the cap left unread are as they were
        at_least = previous.at_least + len(blocks) - len(previous.blocks)
        if most is not None and at_least <= most:
            return _full(lines, most)  # the edit took out enough blocks: count them again
    elif most is not None and len(blocks) > most:
        at_least = len(blocks)
    return BlockScan(
        lines,
        tuple(blocks),
        tuple(starts),
        tuple(fences),
        scanned=scanner.end - restart,
        kept_head=restart_index,
        kept_tail=kept_tail,
        delta=delta,
        base=previous.serial,
        at_least=at_least,
    )


#: lines compared at once when looking for the first changed one (slices compare in C)
_STRIDE = 128


def _same_head(old: tuple[str, ...], new: tuple[str, ...]) -> int:
    """How many lines ``old`` and ``new`` have in common at their start."""
    limit = min(len(old), len(new))
    first = 0
    while first + _STRIDE <= limit and old[first : first + _STRIDE] == new[first : first + _STRIDE]:
        first += _STRIDE
    while first < limit and old[first] == new[first]:
        first += 1
    return first


def _restart_block(previous: BlockScan, first: int) -> int:
    """Index of the block to scan again from: two chunks before the one holding line
    ``first`` (a chunk's end is decided by looking at the lines after it), or the chunk of a
    fence left open above it (the edit may close it)."""
    starts = previous.starts
    k = max(0, bisect.bisect_right(starts, first) - 1)
    for _ in range(3):  # the chunk holding the line, then two before it
        while k > 0 and previous.blocks[k].joined:
            k -= 1
        if k == 0:
            break
        k -= 1
    while k > 0 and previous.blocks[k].joined:
        k -= 1
    opener = next((f for f in previous.open_fences if f < first), None)
    if opener is not None:
        j = max(0, bisect.bisect_right(starts, opener) - 1)
        while j > 0 and previous.blocks[j].joined:
            j -= 1
        k = min(k, j)
    return k


def _full(lines: tuple[str, ...], most: int | None = None) -> BlockScan:
    scanner = _Scanner(lines, 0, None, most)
    scanner.run()
    return BlockScan(
        lines,
        tuple(scanner.blocks),
        tuple(scanner.starts),
        tuple(scanner.open_fences),
        scanned=scanner.end,
        at_least=scanner.at_least,
    )


class _Scanner:
    """One pass over ``lines`` from ``start``; ``in_step(line)`` is asked at each chunk start
    and stops the pass when the previous scan can be reused from there; past ``most`` blocks
    (counted with those the lines ahead make at least, with ``count_ahead``) it stops and
    sets ``at_least``."""

    def __init__(
        self,
        lines: tuple[str, ...],
        start: int,
        in_step: Callable[[int], bool] | None,
        most: int | None = None,
        *,
        count_ahead: bool = True,
    ) -> None:
        self.lines = lines
        self.i = start
        self.end = start
        self.in_step = in_step
        self.blocks: list[Block] = []
        self.starts: list[int] = []
        self.open_fences: list[int] = []
        self.stopped_at: int | None = None
        self._chunk_open = False
        self._chunk_kind = ""  # "list", "quote", "deflist" or "" for the chunk being built
        self._pending: list[str] = []
        self._pending_start = 0
        self._block_start = 0  # where in the pending lines the block after the last blank starts
        self._table = False  # two of its lines make a table's first rows: it may hold a table
        self._quoted = False  # a quote line since the last blank one
        self._joined = False  # the next block joins the chunk being built
        self.most = most
        self.at_least = 0
        self.count_ahead = count_ahead
        self._ahead: BlocksAhead | None = None  # made when first asked
        self._count_from = start  # the line from which the blocks ahead are counted next
        #: definitions in the chunk being built that are blocks of their own, while it is
        #: known that each is (see ``_count_definition``); None: not counted
        self._defined: int | None = None

    # -- emitting ---------------------------------------------------------------------------
    def _emit(self, start: int, block: Block) -> None:
        self.blocks.append(block)
        self.starts.append(start)
        self._joined = True
        if self.most is not None and len(self.blocks) > self.most:
            self.at_least = max(self.at_least, len(self.blocks))

    def _over(self, i: int) -> bool:
        """Whether the blocks so far and those the lines from ``i`` make at least are more
        than ``most``. The lines ahead are counted up to one that may take in others (a
        fence, a table...), and counted again once the pass is past it: where a chunk may
        start, and inside one too (heading and rule lines are split off a run of lines
        before anything else is read from it), unless the run's first line may take in the
        lines under it (a fence's closing line followed by 4,000,000 lines of ``***`` held
        ``check`` 36 s and 2.1 GB: they were all one chunk's)."""
        assert self.most is not None
        reading = self._reading(i)
        if reading is None:
            return False
        if self._ahead is None:
            self._ahead = BlocksAhead(self.lines)
        ahead, end = self._ahead.count(i, pairs=reading)
        if len(self.blocks) + ahead > self.most:
            self.at_least = len(self.blocks) + ahead
            return True
        self._count_from = end + 1
        return False

    def _reading(self, i: int) -> bool | None:
        """How line ``i``, the next, is read: as the first of a run of lines (True: outside a chunk,
        after its blank lines or after the fence or HTML block it holds), after the lines of
        a run, which may make a setext heading of it (False), or not known: a line of the
        run may take in the lines under it (None: a table's first rows, which take in the
        rest of the run where a part of it starts with them, or a first line that is
        indented, which a list item or a footnote above takes in with the run)."""
        pending = self._pending
        if not self._chunk_open or len(pending) <= self._block_start:
            return True
        above = pending[-1]
        if (
            self._table
            or ("|" in above and is_table(above, self.lines[i]))
            or INDENTED.match(pending[self._block_start])
        ):
            return None
        return False

    def _flush_text(self) -> None:
        if not self._pending:
            return
        for offset, block in text_blocks(self._pending, self._chunk_kind, self._joined):
            self._emit(self._pending_start + offset, block)
        self._pending = []
        self._defined = None

    def _close_chunk(self) -> None:
        self._flush_text()
        self._quoted = False
        self._chunk_open = False
        self._chunk_kind = ""
        self._joined = False

    # -- the pass ----------------------------------------------------------------------------
    def run(self) -> None:
        lines, n = self.lines, len(self.lines)
        while self.i < n:
            i = self.i
            if self.most is not None and (
                self.at_least or (self.count_ahead and i >= self._count_from and self._over(i))
            ):
                break
            line = lines[i]
            if not line.strip():
                j = i + 1
                while j < n and not lines[j].strip():
                    j += 1
                self._quoted = False
                defines = self._chunk_open and j < n and _defines(lines, j)
                if (
                    self._chunk_open
                    and j < n
                    and self._chunk_kind not in _DEFINITIONS
                    and (LIST_ITEM.match(lines[j]) or QUOTE.match(lines[j]) or defines)
                ):  # whether it goes on depends on what the chunk's last element is
                    self._chunk_kind = self._kind_above()
                if self._chunk_open and j < n and _continues(lines[j], self._chunk_kind, defines):
                    self._defined = None  # a footnote's next paragraph may take in what follows
                    if self._pending:
                        self._pending.extend([""] * (j - i))
                        self._block_start = len(self._pending)
                        self._table = False
                    self.i = j
                    continue
                self._close_chunk()
                self.i = j
                continue
            if not self._chunk_open and self.in_step is not None and self.in_step(i):
                self.stopped_at = i
                break
            if line[:1].isalpha():  # a line of text (no block starts with a letter)
                if self._chunk_kind in _DEFINITIONS:
                    self._close_chunk()
                if not self._chunk_open:
                    self._chunk_open = True
                    self._chunk_kind = ""
            else:
                if self._special_line(i, line):
                    continue
            if not self._pending:
                self._pending_start = i
                self._block_start = 0
                self._table = False
            elif len(self._pending) > self._block_start:
                above = self._pending[-1]
                self._table = self._table or ("|" in above and is_table(above, line))
            self._pending.append(line)
            self.i = i + 1
        else:
            self._close_chunk()
        self.end = self.i

    def _kind_above(self) -> str:
        """What a line after blank ones would continue: the last element of the chunk so far
        (a list, a quote, a definition list or "" for anything else), read from the lines
        since the last blank one."""
        tail = self._pending[self._block_start :]
        if not tail:
            return ""
        if self._block_start and INDENTED.match(tail[0]) and self._chunk_kind in INDENT_CONTINUES:
            return self._chunk_kind  # the item above went on
        kind = text_blocks(tail, self._chunk_kind, False)[-1][1].kind
        return kind if kind in ("list", "quote", "deflist") else ""

    def _special_line(self, i: int, line: str) -> bool:
        """The checks for a line that does not start with a letter: the end of a chunk of
        definitions, a lone line (marker, heading), a fence or raw HTML. True when the line
        was taken whole."""
        defined = self._definition_end(i, line)
        if self._chunk_open and self._chunk_kind in ("", *_DEFINITIONS) and not self._quoted:
            # definitions are chunks of their own (every chunk is given them), so a chunk
            # ends where they start or stop; a footnote's indented lines go on
            defining = self._chunk_kind in _DEFINITIONS
            if (defined is not None) != defining and not (
                self._chunk_kind == "footnote" and INDENTED.match(line)
            ):
                self._close_chunk()
        # lines after a quote line are the quote's, definitions too
        self._quoted = self._quoted or bool(QUOTE.match(line))
        lone = _lone_block(line, self._chunk_kind)
        if lone is not None:
            self._close_chunk()
            self._emit(i, lone)
            self._joined = False
            self.i = i + 1
            return True
        if not self._chunk_open:
            self._chunk_open = True
            self._chunk_kind = _chunk_kind(line, defined is not None)
            if self.most is not None and self._chunk_kind in _DEFINITIONS and "|" not in line:
                self._defined = 0
        if defined is not None and self._defined is not None:
            self._count_definition()
        if self._chunk_kind == "" and DEFINITION.match(line):
            self._chunk_kind = "deflist"
        if defined is not None and defined > i + 1 and self._chunk_kind in _DEFINITIONS:
            # its address, title or meaning on the lines under it: they are the definition's
            if not self._pending:
                self._pending_start = i
                self._block_start = 0
                self._table = False
            self._pending.extend(self.lines[i:defined])
            self._table = self._table or any("|" in x for x in self.lines[i:defined])
            self.i = defined
            return True
        return self._special(i, line)

    def _count_definition(self) -> None:
        """One more definition in a chunk of definitions: each is a block of its own, made when
        the chunk ends, so a chunk of 557,729 of them (a 20 MB story) was read whole, 10 s,
        before the cap refused it; they are counted as they come. Each is a block unless the
        chunk's first line heads a table (it holds a ``|``: not counted) or a footnote's next
        paragraph takes in the lines after it (counted no more past a blank line)."""
        assert self.most is not None and self._defined is not None
        self._defined += 1
        if len(self.blocks) + self._defined > self.most:
            self.at_least = max(self.at_least, len(self.blocks) + self._defined)

    def _definition_end(self, i: int, line: str) -> int | None:
        """The line after the definition Python-Markdown reads from line ``i``, if any."""
        if not REFERENCE.match(line):
            return None
        return definition_end(self.lines, i, len(self.lines))

    def _special(self, i: int, line: str) -> bool:
        """A fence, an HTML block or an HTML comment starting on line ``i``: emitted whole."""
        lines = self.lines
        fence = FENCE_OPEN.match(line)
        if fence:
            closing = fence_closing(fence.group("fence"))
            end = next((j for j in range(i + 1, len(lines)) if closing.match(lines[j])), None)
            if end is None:
                self.open_fences.append(i)
                return False
            self._flush_text()
            block = Block("code", lines[i : end + 1], self._joined, name=fence.group("lang") or "")
            self._emit(i, block)
            self.i = end + 1
            return True
        html = HTML_OPEN.match(line)
        if html and html.group(1).lower() in BLOCK_TAGS:
            end = _html_end(lines, i, html.group(1).lower())
            kind = "html"
        elif HTML_COMMENT_OPEN.match(line) and (
            "-->" not in line or not line[line.index("-->") + 3 :].strip()
        ):
            end = i + 1
            while end < len(lines) and "-->" not in lines[end - 1]:
                end += 1
            kind = "comment"
        else:
            return False
        self._flush_text()
        self._emit(i, Block(kind, lines[i:end], self._joined))
        self.i = end
        return True


def _chunk_kind(line: str, defines: bool) -> str:
    """What the first line makes of a chunk: a list, a quote, definitions (``defines``: the
    line opens one), or "" (a rule that looks like a list item, ``* * *``, is a rule)."""
    if LIST_ITEM.match(line) and not RULE.match(line):
        return "list"
    if defines:
        return "footnote" if line.lstrip().startswith("[^") else "reference"
    return "quote" if QUOTE.match(line) else ""


def _lone_block(line: str, chunk_kind: str) -> Block | None:
    """A line that always stands alone as a chunk: a marker, or a heading outside a list or
    quote."""
    marker = MARKER_LINE.match(line)
    if marker:
        if marker.group(1) == "more":
            return Block("more", (line,))
        return Block("ad", (line,), name=marker.group(2) or "")
    if JUMP_BREAK_LINE.match(line):
        return Block("more", (line,))
    if chunk_kind == "":
        heading = ATX.match(line)
        if heading:
            return _heading(line, heading.group("hashes"), heading.group("title"))
    return None


def _heading(line: str, hashes: str, title: str, joined: bool = False) -> Block:
    return Block("heading", (line,), joined, level=len(hashes), name=title.strip())


def _defines(lines: Sequence[str], j: int) -> bool:
    """Whether the run of lines from ``j`` to the next blank one holds a definition line
    after its first (``: ...``): Python-Markdown then reads it as more terms and definitions
    of a definition list just above."""
    for k in range(j + 1, len(lines)):
        line = lines[k]
        if not line.strip():
            return False
        if DEFINITION.match(line):
            return True
    return False


def _continues(line: str, kind: str, defines: bool) -> bool:
    """Whether ``line``, the first after blank lines, continues the chunk of ``kind``."""
    if line[:1].isalpha() and kind != "deflist":  # text: a new block
        return False
    if kind in _DEFINITIONS:  # a footnote's next paragraph; nothing else joins definitions
        return kind == "footnote" and bool(INDENTED.match(line))
    if line.startswith(("    ", "\t")) or DEFINITION.match(line):
        return True
    if kind == "deflist":  # another term of the same definition list
        return defines
    if kind == "list":
        return bool(LIST_ITEM.match(line))
    if kind == "quote":
        return bool(QUOTE.match(line))
    return False


def _html_end(lines: Sequence[str], i: int, tag: str) -> int:
    """Index after the line that closes the raw HTML block opened by ``tag`` on line ``i``
    (nested tags of the same name counted), or the end of the text when nothing closes it."""
    opener = re.compile(rf"<{tag}\b", re.IGNORECASE)
    closer = re.compile(rf"</{tag}\s*>", re.IGNORECASE)
    depth = 0
    for j in range(i, len(lines)):
        text = lines[j]
        depth += len(opener.findall(text)) - len(closer.findall(text))
        if depth <= 0 or (j == i and text.rstrip().endswith("/>")):
            return j + 1
    return len(lines)
