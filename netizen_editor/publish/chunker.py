"""The body's chunks, as the grammar groups its blocks: runs of lines that Python-Markdown
parses the same way alone as inside the whole document. Both the full renderer (one
conversion, chunks marked by line) and the incremental preview renderer (one conversion per
changed chunk) are built on them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from netizen_editor.grammar.block import Block
from netizen_editor.grammar.blocks import BlockScan, scan_blocks, split_lines
from netizen_editor.grammar.patterns import QUOTE_MARKS


@dataclass(frozen=True, slots=True)
class Chunk:
    line: int  # 1-based line in the file where the chunk starts
    text: str
    #: references, footnotes or abbreviations only: given to every chunk, not rendered alone
    is_definition: bool = False
    #: the reference definitions inside a list or a quote (``- item`` then ``[r]: url``):
    #: Python-Markdown takes them out of the item for the whole document, so every chunk is
    #: given them too (a link ``[r]`` in a table above was left as text chunk by chunk)
    inner: str = ""


def split_chunks(
    body: str,
    first_line: int = 1,
    scan: BlockScan | None = None,
    texts: dict[tuple[int, tuple[Block, ...]], str] | None = None,
) -> list[Chunk]:
    """The chunks of ``body`` (whose first line is line ``first_line`` of the file); ``scan``
    is the body's block scan when the caller has it. ``texts`` remembers each chunk's text by
    its blocks: a chunk whose blocks the scan reused gets the very same string again (no join,
    and its hash is not computed again where it is a cache key)."""
    if scan is None:
        scan = scan_blocks(split_lines(body))
    fresh: dict[tuple[int, tuple[Block, ...]], str] = {}
    chunks, _firsts = chunks_between(scan, first_line, 0, len(scan.blocks), texts, fresh)
    if texts is not None:
        texts.clear()
        texts.update(fresh)
    return chunks


#: blocks whose lines are kept as typed (a tidy function never touches them)
LITERAL_KINDS = frozenset({"code", "indented", "html"})


@dataclass(frozen=True, slots=True)
class Tidy:
    """A change made to each line outside code and raw HTML that holds ``marker``."""

    marker: str
    line: Callable[[str], str]


def chunks_between(
    scan: BlockScan,
    first_line: int,
    low: int,
    high: int,
    texts: dict[tuple[int, tuple[Block, ...]], str] | None = None,
    fresh: dict[tuple[int, tuple[Block, ...]], str] | None = None,
    tidy: Tidy | None = None,
) -> tuple[list[Chunk], list[int]]:
    """The chunks made of the scan's blocks ``low`` to ``high`` (``low`` starts a chunk), and
    the index of each one's first block; ``texts`` as for :func:`split_chunks`, ``fresh``
    collects the texts used; ``tidy`` is applied to the text of each chunk."""
    lines = scan.lines
    chunks = []
    known = texts if texts is not None else {}
    ranges = _ranges(scan, low, high)
    for a, b, blocks, k in ranges:
        key = (b - a, blocks)  # blocks compare by identity: the very blocks the scan reused
        text = known.get(key)
        if text is None:
            text = "\n".join(lines[a:b])
            if tidy is not None and tidy.marker in text:
                text = _tidied(scan, a, b, k, tidy)
        if fresh is not None:
            fresh[key] = text
        kind = blocks[0].kind
        inner = _inner_definitions(text) if kind in _HOLDING and "]:" in text else ""
        chunks.append(Chunk(first_line + a, text, kind == "reference", inner))
    return chunks, [r[3] for r in ranges]


def _ranges(scan: BlockScan, low: int, high: int) -> list[tuple[int, int, tuple[Block, ...], int]]:
    """(first, end, blocks, first block's index) of each chunk of blocks ``low`` to ``high``:
    body lines, ``end`` exclusive."""
    ranges: list[tuple[int, int, tuple[Block, ...], int]] = []
    starts, all_blocks = scan.starts, scan.blocks
    k = low
    while k < high:  # a chunk's blocks are sliced once (120,000 joined ones were copied each)
        first = k
        k += 1
        while k < high and all_blocks[k].joined:
            k += 1
        end = starts[k - 1] + all_blocks[k - 1].size
        ranges.append((starts[first], end, all_blocks[first:k], first))
    return ranges


def _tidied(scan: BlockScan, a: int, b: int, first_block: int, tidy: Tidy) -> str:
    """Lines ``a`` to ``b`` (a chunk starting with block ``first_block``), ``tidy`` applied
    to the lines that are not code or raw HTML."""
    out = list(scan.lines[a:b])
    k = first_block
    while k < len(scan.blocks) and scan.starts[k] < b:
        block, start = scan.blocks[k], scan.starts[k]
        if block.kind not in LITERAL_KINDS:
            for i in range(start - a, start - a + block.size):
                if tidy.marker in out[i]:
                    out[i] = tidy.line(out[i])
        k += 1
    return "\n".join(out)


def definitions(chunks: list[Chunk]) -> str:
    """The reference, footnote and abbreviation definitions, to give to every chunk (also
    the references inside a list or a quote)."""
    return "\n\n".join(c.text if c.is_definition else c.inner for c in chunks
                       if c.is_definition or c.inner)  # fmt: skip


#: the chunks whose lines may hold a reference definition Python-Markdown takes for the
#: whole document (a table's or code's line that looks like one is the table's or the code's)
_HOLDING = frozenset({"list", "quote"})
#: a reference definition's line inside a list item or a quote (its ``>`` marks and the
#: item's indent taken off): ``[r]: url``, as Python-Markdown's ReferenceProcessor reads it;
#: not a footnote (``[^1]:``), which a list keeps as its text
_INNER_REFERENCE = re.compile(r"^[ ]{0,3}\[[^\[\]^\n][^\[\]\n]*\]:[ ]*\S")


def _inner_definitions(text: str) -> str:
    """The reference definitions' lines in a list's or a quote's ``text``."""
    found = []
    for line in text.split("\n"):
        if "]:" not in line:
            continue
        line = QUOTE_MARKS.sub("", line).lstrip(" \t")
        if _INNER_REFERENCE.match(line):
            found.append(line)
    return "\n".join(found)
