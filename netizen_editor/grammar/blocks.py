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
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from netizen_editor.grammar.inline import count_words, plain_text
from netizen_editor.grammar.patterns import (
    ATX,
    BLOCK_TAGS,
    DEFINITION,
    FENCE_OPEN,
    HTML_COMMENT_OPEN,
    HTML_OPEN,
    INDENTED,
    JUMP_BREAK_LINE,
    LAZY_LINE,
    LIST_ITEM,
    LONE_IMAGE,
    MARKER_LINE,
    QUOTE,
    REFERENCE,
    RELATED_PREFIX,
    RULE,
    SETEXT,
    TABLE_CELL_SPLIT,
    TABLE_END_BORDER,
    TABLE_ROW,
    fence_closing,
)

#: every kind of block
KINDS = (
    "paragraph", "heading", "list", "quote", "code", "indented", "html", "comment", "table",
    "reference", "deflist", "rule", "ad", "more", "image", "related",
)  # fmt: skip
#: blocks without words for the counts: markers, comments and definitions
NO_WORDS = frozenset({"ad", "more", "comment", "reference"})
#: the blocks a reader reads as the story's text
TEXT_KINDS = frozenset({"paragraph", "list", "quote", "deflist", "related"})
#: chunks in which an indented line after a blank one continues the item above it
_INDENT_CONTINUES = frozenset({"list", "deflist"})
#: chunks of definitions: references and abbreviations, and footnotes
_DEFINITIONS = ("reference", "footnote")
#: blocks that take in the next block of their kind (a list's next item, a quote's next part)
_MERGING = frozenset({"list", "quote", "deflist", "indented", "reference"})


T = TypeVar("T")


class _cached(Generic[T]):
    """``functools.cached_property`` without its lock (Python 3.11 takes one on every first
    read, most of the cost of reading 300,000 one-line paragraphs); writes past the frozen
    dataclass's ``__setattr__`` into the instance's dict."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__

    def __get__(self, obj: Any, owner: type | None = None) -> T:
        value = obj.__dict__[self.name] = self.func(obj)
        return value


@dataclass(frozen=True, eq=False)
class Block:
    """One block. ``lines`` are its source lines (without line ends); ``level`` a heading's
    level; ``name`` a heading's title, an ad slot's name or a fence's language."""

    kind: str
    lines: tuple[str, ...]
    joined: bool = False
    level: int = 0
    name: str = ""

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def size(self) -> int:
        return len(self.lines)

    @_cached
    def words(self) -> int:
        """Its words (a block reused by the next revision keeps its count)."""
        return 0 if self.kind in NO_WORDS else count_words(self.text)

    @_cached
    def plain(self) -> str:
        """Its text without Markdown marks (a heading: its title), links read as their text."""
        if self.kind == "heading":
            return plain_text(self.name)
        lines = self.lines
        return plain_text(lines[0] if len(lines) == 1 else " ".join(x.strip() for x in lines))


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


def split_lines(body: str) -> tuple[str, ...]:
    """The body's lines as the scan reads them: LF or CRLF line ends, ``\\r`` dropped."""
    if "\r" in body:
        body = body.replace("\r\n", "\n").replace("\r", "\n")
    return tuple(body.split("\n"))


def scan_blocks(lines: Sequence[str], previous: BlockScan | None = None) -> BlockScan:
    """The blocks of the body ``lines``; with the scan of the previous revision, only what the
    edit can have changed is scanned again."""
    lines = tuple(lines)
    if previous is None or not previous.blocks:
        return _full(lines)
    old = previous.lines
    if old == lines:
        return previous
    n_old, n_new = len(old), len(lines)
    limit = min(n_old, n_new)
    first = 0
    while first < limit and old[first] == lines[first]:
        first += 1
    same_tail = 0
    while same_tail < limit - first and old[n_old - 1 - same_tail] == lines[n_new - 1 - same_tail]:
        same_tail += 1
    restart_index = _restart_block(previous, first)
    restart = previous.starts[restart_index] if restart_index < len(previous.starts) else n_old
    restart = min(restart, first)
    delta = n_new - n_old
    tail_from = n_new - same_tail  # new lines from here on are the old ones, shifted by delta
    old_chunk_at = {
        s: k
        for k, (s, b) in enumerate(zip(previous.starts, previous.blocks, strict=True))
        if not b.joined and s + delta >= tail_from
    }

    def in_step(line: int) -> bool:
        return line >= tail_from and (line - delta) in old_chunk_at

    scanner = _Scanner(lines, restart, in_step)
    scanner.run()
    blocks = list(previous.blocks[:restart_index]) + scanner.blocks
    starts = list(previous.starts[:restart_index]) + scanner.starts
    fences = [f for f in previous.open_fences if f < restart] + scanner.open_fences
    if scanner.stopped_at is not None:
        k = old_chunk_at[scanner.stopped_at - delta]
        blocks += previous.blocks[k:]
        starts += [s + delta for s in previous.starts[k:]]
        fences += [f + delta for f in previous.open_fences if f >= previous.starts[k]]
    return BlockScan(
        lines, tuple(blocks), tuple(starts), tuple(fences), scanned=scanner.end - restart
    )


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


def _full(lines: tuple[str, ...]) -> BlockScan:
    scanner = _Scanner(lines, 0, None)
    scanner.run()
    return BlockScan(
        lines,
        tuple(scanner.blocks),
        tuple(scanner.starts),
        tuple(scanner.open_fences),
        scanned=len(lines),
    )


class _Scanner:
    """One pass over ``lines`` from ``start``; ``in_step(line)`` is asked at each chunk start
    and stops the pass when the previous scan can be reused from there."""

    def __init__(
        self, lines: tuple[str, ...], start: int, in_step: Callable[[int], bool] | None
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
        self._quoted = False  # a quote line since the last blank one
        self._joined = False  # the next block joins the chunk being built

    # -- emitting ---------------------------------------------------------------------------
    def _emit(self, start: int, block: Block) -> None:
        self.blocks.append(block)
        self.starts.append(start)
        self._joined = True

    def _flush_text(self) -> None:
        if not self._pending:
            return
        for offset, block in _text_blocks(self._pending, self._chunk_kind, self._joined):
            self._emit(self._pending_start + offset, block)
        self._pending = []

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
            line = lines[i]
            if not line.strip():
                j = i + 1
                while j < n and not lines[j].strip():
                    j += 1
                self._quoted = False
                following = lines[j + 1] if j + 1 < n else ""
                if (
                    self._chunk_open
                    and j < n
                    and self._chunk_kind not in _DEFINITIONS
                    and (
                        LIST_ITEM.match(lines[j])
                        or QUOTE.match(lines[j])
                        or DEFINITION.match(following)
                    )
                ):  # whether it goes on depends on what the chunk's last element is
                    self._chunk_kind = self._kind_above()
                if self._chunk_open and j < n and _continues(lines[j], self._chunk_kind, following):
                    if self._pending:
                        self._pending.extend([""] * (j - i))
                        self._block_start = len(self._pending)
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
        if self._block_start and INDENTED.match(tail[0]) and self._chunk_kind in _INDENT_CONTINUES:
            return self._chunk_kind  # the item above went on
        kind = _text_blocks(tail, self._chunk_kind, False)[-1][1].kind
        return kind if kind in ("list", "quote", "deflist") else ""

    def _special_line(self, i: int, line: str) -> bool:
        """The checks for a line that does not start with a letter: the end of a chunk of
        definitions, a lone line (marker, heading), a fence or raw HTML. True when the line
        was taken whole."""
        if self._chunk_open and self._chunk_kind in ("", *_DEFINITIONS) and not self._quoted:
            # definitions are chunks of their own (every chunk is given them), so a chunk
            # ends where they start or stop; a footnote's indented lines go on
            defining = self._chunk_kind in _DEFINITIONS
            if (REFERENCE.match(line) is not None) != defining and not (
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
            self._chunk_kind = _chunk_kind(line)
        if self._chunk_kind == "" and DEFINITION.match(line):
            self._chunk_kind = "deflist"
        return self._special(i, line)

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


def _chunk_kind(line: str) -> str:
    """What the first line makes of a chunk: a list, a quote, definitions, or "" (a rule that
    looks like a list item, ``* * *``, is a rule)."""
    if LIST_ITEM.match(line) and not RULE.match(line):
        return "list"
    if REFERENCE.match(line):
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


def _continues(line: str, kind: str, following: str) -> bool:
    """Whether ``line``, the first after blank lines, continues the chunk of ``kind``."""
    if line[:1].isalpha() and kind != "deflist":  # text: a new block
        return False
    if kind in _DEFINITIONS:  # a footnote's next paragraph; nothing else joins definitions
        return kind == "footnote" and bool(INDENTED.match(line))
    if line.startswith(("    ", "\t")) or DEFINITION.match(line):
        return True
    if kind == "deflist":  # another term of the same definition list
        return bool(DEFINITION.match(following))
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


def _text_blocks(lines: list[str], chunk_kind: str, joined: bool) -> list[tuple[int, Block]]:
    """The blocks of a run of text lines (no fence or HTML block in it), split the way
    Python-Markdown splits them: blank lines part its blocks, and within one block its
    processors take a table, then a heading line, a setext heading, a rule, a list, a
    definition list, a quote and a reference definition, in that order."""
    if len(lines) == 1 and lines[0][:1].isalpha():  # one line of text: no processor takes it
        kind = "related" if RELATED_PREFIX.match(lines[0]) else "paragraph"
        return [(0, Block(kind, (lines[0],), joined))]
    pieces: list[list] = []  # [kind, start, end, level, name]: a later block may extend one
    i, n = 0, len(lines)
    while i < n:
        if not lines[i].strip():
            i += 1
            continue
        end = next((j for j in range(i, n) if not lines[j].strip()), n)
        _read_block(lines, i, end, pieces, chunk_kind)
        i = end
    out: list[tuple[int, Block]] = []
    for kind, start, end, level, name in pieces:
        block_lines = lines[start:end]
        while block_lines and not block_lines[-1].strip():
            block_lines = block_lines[:-1]
        out.append((start, Block(kind, tuple(block_lines), joined, level, name)))
        joined = True
    return out


def _add(
    pieces: list[list], kind: str, start: int, end: int, level: int = 0, name: str = ""
) -> None:
    last = _last_element(pieces)
    if kind in _MERGING and last is not None and last[0] == kind:
        last[2] = end  # Python-Markdown adds it to the list, quote or code block above
        if last is not pieces[-1]:  # over definitions, which leave no element of their own
            del pieces[pieces.index(last) + 1 :]
    else:
        pieces.append([kind, start, end, level, name])


def _last_element(pieces: list[list]) -> list | None:
    """The last piece that gives the page an element (a definition gives none)."""
    return next((p for p in reversed(pieces) if p[0] != "reference"), None)


class _Marks:
    """Where in a block its heading lines, rules and definitions are, found once (a block of
    10,000 lines is searched once, not once per part taken from it)."""

    def __init__(self, lines: list[str], a: int, b: int) -> None:
        self.heading = [k for k in range(a, b) if lines[k].startswith("#") and ATX.match(lines[k])]
        self.rule = [k for k in range(a, b) if RULE.match(lines[k])]
        self.reference = [k for k in range(a, b) if REFERENCE.match(lines[k])]
        self.definition = [k for k in range(a, b) if DEFINITION.match(lines[k])]
        self.quote = [k for k in range(a, b) if QUOTE.match(lines[k])]

    @staticmethod
    def first(found: list[int], a: int, b: int) -> int | None:
        k = bisect.bisect_left(found, a)
        return found[k] if k < len(found) and found[k] < b else None


def _read_block(lines: list[str], a: int, b: int, pieces: list[list], chunk_kind: str) -> None:
    """Read lines ``a``..``b`` (no blank line among them) as Python-Markdown reads a block:
    what a processor leaves after the part it took is read as a block of its own (a loop
    here, not a recursion: 10,000 definitions in a row are one block)."""
    marks = _Marks(lines, a, b)
    while a < b:
        a = _read_part(lines, a, b, pieces, chunk_kind, marks)


def _read_part(
    lines: list[str], a: int, b: int, pieces: list[list], chunk_kind: str, marks: _Marks
) -> int:
    """Take the first part of block ``a``..``b``; return where the rest starts (``b`` when
    the block was taken whole). The part before a split point has none of the split points
    searched so far, so reading it recurses only a few levels deep."""
    first = lines[a]
    if INDENTED.match(first):
        if pieces and pieces[-1][0] == "reference" and lines[pieces[-1][1]].lstrip()[:2] == "[^":
            pieces[-1][2] = b  # a footnote's next paragraph
            return b
        last = _last_element(pieces)
        if last is not None and last[0] in _INDENT_CONTINUES:
            _add(pieces, last[0], a, b)  # the item above goes on
            return b
        end = next((j for j in range(a, b) if not INDENTED.match(lines[j])), b)
        _add(pieces, "indented", a, end)
        return end
    if b - a >= 2 and is_table(first, lines[a + 1]):
        _add(pieces, "table", a, b)
        return b
    heading_at = marks.first(marks.heading, a, b)
    if heading_at is not None:
        _read_part_before(lines, a, heading_at, pieces, chunk_kind, marks)
        m = ATX.match(lines[heading_at])
        assert m is not None
        title = m.group("title").strip()
        _add(pieces, "heading", heading_at, heading_at + 1, len(m.group("hashes")), title)
        return heading_at + 1
    if b - a >= 2 and SETEXT.match(lines[a + 1]):
        level = 1 if lines[a + 1].startswith("=") else 2
        _add(pieces, "heading", a, a + 2, level, first.strip())
        return a + 2
    rule_at = marks.first(marks.rule, a, b)
    if rule_at is not None:
        _read_part_before(lines, a, rule_at, pieces, chunk_kind, marks)
        _add(pieces, "rule", rule_at, rule_at + 1)
        return rule_at + 1
    if LIST_ITEM.match(first):
        _add(pieces, "list", a, b)
        return b
    definition_at = marks.first(marks.definition, a, b)
    if definition_at is not None:
        # the terms and their definition; a line right under it that is not indented goes
        # on with it to the block's end, indented ones go on with it, the rest is a new block
        end = definition_at + 1
        if end < b and LAZY_LINE.match(lines[end]):
            end = b
        while end < b and INDENTED.match(lines[end]):
            end += 1
        _add(pieces, "deflist", a, end)
        return end
    quote_at = marks.first(marks.quote, a, b)
    if quote_at is not None:  # a quote line anywhere: the lines after it are the quote's
        _read_part_before(lines, a, quote_at, pieces, chunk_kind, marks)
        _add(pieces, "quote", quote_at, b)
        return b
    reference_at = marks.first(marks.reference, a, b)
    if reference_at is None:
        _add(pieces, _kind_of(lines[a:b]), a, b)
        return b
    _read_part_before(lines, a, reference_at, pieces, chunk_kind, marks)
    end = reference_at + 1
    footnote = lines[reference_at].lstrip().startswith("[^")
    while footnote and end < b and INDENTED.match(lines[end]):  # its indented lines
        end += 1
    _add(pieces, "reference", reference_at, end)
    return end


def _read_part_before(
    lines: list[str], a: int, b: int, pieces: list[list], chunk_kind: str, marks: _Marks
) -> None:
    while a < b:
        a = _read_part(lines, a, b, pieces, chunk_kind, marks)


def is_table(header: str, separator: str) -> bool:
    """Whether a block starting with these two lines is a table, as Python-Markdown's tables
    extension decides: a header of two or more cells (or one between pipes) over a separator
    row of as many cells made of ``-``, ``:`` and spaces."""
    header, separator = header.strip(" "), separator.strip(" ")
    border = header.startswith("|") or header.endswith("|")
    cells = _row_cells(header, border)
    if len(cells) < 2 and not (cells and border):
        return False
    row = _row_cells(separator, border)
    return len(row) == len(cells) and set("".join(row)) <= set("|:- ") and "-" in "".join(row)


def _row_cells(row: str, border: bool) -> list[str]:
    if border:
        row = row.removeprefix("|")
        row = TABLE_END_BORDER.sub("", row)
    return TABLE_CELL_SPLIT.split(row)


def _kind_of(lines: list[str]) -> str:
    """The kind of a block that no processor above took: a paragraph, or one of its kinds."""
    first = lines[0]
    if TABLE_ROW.match(first):
        return "table"
    if first.lstrip().startswith("<"):
        return "html"
    if RELATED_PREFIX.match(first):
        return "related"
    if len(lines) == 1 and LONE_IMAGE.match(first):
        return "image"
    return "paragraph"
