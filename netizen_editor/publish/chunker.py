"""The body's chunks, as the grammar groups its blocks: runs of lines that Python-Markdown
parses the same way alone as inside the whole document. Both the full renderer (one
conversion, chunks marked by line) and the incremental preview renderer (one conversion per
changed chunk) are built on them.
"""

from __future__ import annotations

from dataclasses import dataclass

from netizen_editor.grammar.blocks import BlockScan, scan_blocks, split_lines
from netizen_editor.grammar.patterns import REFERENCE


@dataclass(frozen=True, slots=True)
class Chunk:
    line: int  # 1-based line in the file where the chunk starts
    text: str

    @property
    def is_definition(self) -> bool:
        return bool(REFERENCE.match(self.text))


def split_chunks(body: str, first_line: int = 1, scan: BlockScan | None = None) -> list[Chunk]:
    """The chunks of ``body`` (whose first line is line ``first_line`` of the file); ``scan``
    is the body's block scan when the caller has it."""
    if scan is None:
        scan = scan_blocks(split_lines(body))
    lines = scan.lines
    return [Chunk(first_line + first, "\n".join(lines[first:end])) for first, end in scan.chunks()]


def definitions(chunks: list[Chunk]) -> str:
    """The reference, footnote and abbreviation definitions, to give to every chunk."""
    return "\n\n".join(c.text for c in chunks if c.is_definition)
