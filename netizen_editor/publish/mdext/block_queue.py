"""The blocks Python-Markdown's parser has still to read, in a queue that is cheap at its front.

The parser keeps them in a list, and its block processors take the next one with
``blocks.pop(0)`` and give back what they leave with ``blocks.insert(0, rest)``: each moves
every block behind it. The footnote, abbreviation and reference processors do both for every
block they are shown, so a body of 50,000 blocks (100,000 lines of ```` ``` ````: 50,000
empty code blocks, no blank line needed) spent seconds moving the list, and the time grew
with the square of the blocks. A deque does both in constant time.
"""

from __future__ import annotations

from collections import deque
from typing import Any, SupportsIndex

import markdown


class BlockQueue(deque[str]):
    """A deque that also answers ``pop(0)``, as the block processors call it."""

    def pop(self, index: SupportsIndex = -1) -> str:  # type: ignore[override]
        if index == 0:
            return self.popleft()
        if index == -1:
            return super().pop()
        value = self[index]
        del self[index]
        return value


def queue_blocks(md: markdown.Markdown) -> None:
    """Make ``md``'s parser hand its block processors a :class:`BlockQueue` for each text it
    splits into blocks (the whole body, and the inside of a quote, a list item or a
    footnote; the short lists a processor makes itself stay lists)."""
    parser = md.parser

    def parse_chunk(parent: Any, text: str) -> None:
        parser.parseBlocks(parent, BlockQueue(text.split("\n\n")))  # type: ignore[arg-type]

    parser.parseChunk = parse_chunk  # type: ignore[method-assign]
