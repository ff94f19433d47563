"""How Python-Markdown reads one run of text lines (a blank-separated block, or several that
a list or a quote keeps together): its processors take a table, then a heading line, a setext
heading, a rule, a list, a definition list, a quote and a reference definition, in that order,
and what one leaves is read as a block of its own."""

from __future__ import annotations

import bisect

from netizen_editor.grammar.block import Block
from netizen_editor.grammar.definitions import definition_end
from netizen_editor.grammar.patterns import (
    ATX,
    DEFINITION,
    INDENTED,
    LAZY_LINE,
    LIST_ITEM,
    LONE_IMAGE,
    QUOTE,
    REFERENCE,
    RELATED_PREFIX,
    RULE,
    SETEXT,
    TABLE_CELL_SPLIT,
    TABLE_END_BORDER,
    TABLE_ROW,
)

#: chunks in which an indented line after a blank one continues the item above it
INDENT_CONTINUES = frozenset({"list", "deflist"})
#: blocks that take in the next block of their kind (a list's next item, a quote's next part)
_MERGING = frozenset({"list", "quote", "deflist", "indented", "reference"})


def text_blocks(lines: list[str], chunk_kind: str, joined: bool) -> list[tuple[int, Block]]:
    """The blocks of a run of text lines (no fence or HTML block in it), split the way
    Python-Markdown splits them: blank lines part its blocks, and within one block its
    processors take a table, then a heading line, a setext heading, a rule, a list, a
    definition list, a quote and a reference definition, in that order."""
    if len(lines) == 1 and lines[0][:1].isalpha():  # one line of text: no processor takes it
        kind = "related" if RELATED_PREFIX.match(lines[0]) else "paragraph"
        return [(0, Block(kind, (lines[0],), joined))]
    pieces = _Pieces()
    i, n = 0, len(lines)
    while i < n:
        if not lines[i].strip():
            i += 1
            continue
        end = next((j for j in range(i, n) if not lines[j].strip()), n)
        _read_block(lines, i, end, pieces, chunk_kind)
        i = end
    out: list[tuple[int, Block]] = []
    for kind, start, end, level, name in pieces.items:
        block_lines = lines[start:end]
        while block_lines and not block_lines[-1].strip():
            block_lines = block_lines[:-1]
        out.append((start, Block(kind, tuple(block_lines), joined, level, name)))
        joined = True
    return out


class _Pieces:
    """The parts of a run read so far, ``[kind, start, end, level, name]`` each (a later part
    may extend one), and where the last one that gives the page an element is: definitions
    give none, and 30,000 of them in a row were walked back over once per definition."""

    def __init__(self) -> None:
        self.items: list[list] = []
        self.element_at = -1  # index of the last part that is not a definition

    def last_element(self) -> list | None:
        """The last part that gives the page an element."""
        return self.items[self.element_at] if self.element_at >= 0 else None

    def add(self, kind: str, start: int, end: int, level: int = 0, name: str = "") -> None:
        last = self.last_element()
        if kind in _MERGING and last is not None and last[0] == kind:
            last[2] = end  # Python-Markdown adds it to the list, quote or code block above
            del self.items[self.element_at + 1 :]  # over definitions, which leave no element
        else:
            self.items.append([kind, start, end, level, name])
            if kind != "reference":
                self.element_at = len(self.items) - 1


class _Marks:
    """Where in a block its heading lines, rules and definitions are, found once (a block of
    10,000 lines is searched once, not once per part taken from it)."""

    def __init__(self, lines: list[str], a: int, b: int) -> None:
        self.heading = [k for k in range(a, b) if lines[k].startswith("#") and ATX.match(lines[k])]
        self.rule = [k for k in range(a, b) if RULE.match(lines[k])]
        self.reference = [k for k in range(a, b) if REFERENCE.match(lines[k])]
        self.definition = [k for k in range(a, b) if DEFINITION.match(lines[k])]
        self.quote = [k for k in range(a, b) if QUOTE.match(lines[k])]
        self._ends: dict[tuple[int, int], int | None] = {}  # see first_definition

    @staticmethod
    def first(found: list[int], a: int, b: int) -> int | None:
        k = bisect.bisect_left(found, a)
        return found[k] if k < len(found) and found[k] < b else None

    def first_definition(self, lines: list[str], a: int, b: int) -> tuple[int, int] | None:
        """The first definition Python-Markdown reads in lines ``a``..``b``: its first line
        and the line after it (each line's answer is kept: the part before a definition is
        searched again)."""
        found = self.reference
        for index in range(bisect.bisect_left(found, a), len(found)):  # no slice: see _Pieces
            k = found[index]
            if k >= b:
                break
            key = (k, min(b, k + 3))  # a definition spans three lines at most
            if key not in self._ends:
                self._ends[key] = definition_end(lines, k, b)
            end = self._ends[key]
            if end is not None:
                return k, end
        return None


def _read_block(lines: list[str], a: int, b: int, pieces: _Pieces, chunk_kind: str) -> None:
    """Read lines ``a``..``b`` (no blank line among them) as Python-Markdown reads a block:
    what a processor leaves after the part it took is read as a block of its own (a loop
    here, not a recursion: 10,000 definitions in a row are one block)."""
    marks = _Marks(lines, a, b)
    while a < b:
        a = _read_part(lines, a, b, pieces, chunk_kind, marks)


def _read_part(
    lines: list[str], a: int, b: int, pieces: _Pieces, chunk_kind: str, marks: _Marks
) -> int:
    """Take the first part of block ``a``..``b``; return where the rest starts (``b`` when
    the block was taken whole). The part before a split point has none of the split points
    searched so far, so reading it recurses only a few levels deep."""
    first = lines[a]
    if INDENTED.match(first):
        last = pieces.items[-1] if pieces.items else None
        if last is not None and last[0] == "reference" and lines[last[1]].lstrip()[:2] == "[^":
            last[2] = b  # a footnote's next paragraph
            return b
        last = pieces.last_element()
        if last is not None and last[0] in INDENT_CONTINUES:
            pieces.add(last[0], a, b)  # the item above goes on
            return b
        end = next((j for j in range(a, b) if not INDENTED.match(lines[j])), b)
        pieces.add("indented", a, end)
        return end
    if b - a >= 2 and is_table(first, lines[a + 1]):
        pieces.add("table", a, b)
        return b
    heading_at = marks.first(marks.heading, a, b)
    if heading_at is not None:
        _read_part_before(lines, a, heading_at, pieces, chunk_kind, marks)
        m = ATX.match(lines[heading_at])
        assert m is not None
        title = m.group("title").strip()
        pieces.add("heading", heading_at, heading_at + 1, len(m.group("hashes")), title)
        return heading_at + 1
    if b - a >= 2 and SETEXT.match(lines[a + 1]):
        level = 1 if lines[a + 1].startswith("=") else 2
        pieces.add("heading", a, a + 2, level, first.strip())
        return a + 2
    rule_at = marks.first(marks.rule, a, b)
    if rule_at is not None:
        _read_part_before(lines, a, rule_at, pieces, chunk_kind, marks)
        pieces.add("rule", rule_at, rule_at + 1)
        return rule_at + 1
    if LIST_ITEM.match(first):
        pieces.add("list", a, b)
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
        pieces.add("deflist", a, end)
        return end
    quote_at = marks.first(marks.quote, a, b)
    if quote_at is not None:  # a quote line anywhere: the lines after it are the quote's
        _read_part_before(lines, a, quote_at, pieces, chunk_kind, marks)
        pieces.add("quote", quote_at, b)
        return b
    defined = marks.first_definition(lines, a, b)
    if defined is None:
        pieces.add(_kind_of(lines[a:b]), a, b)
        return b
    reference_at, end = defined
    _read_part_before(lines, a, reference_at, pieces, chunk_kind, marks)
    footnote = lines[reference_at].lstrip().startswith("[^")
    while footnote and end < b and INDENTED.match(lines[end]):  # its indented lines
        end += 1
    pieces.add("reference", reference_at, end)
    return end


def _read_part_before(
    lines: list[str], a: int, b: int, pieces: _Pieces, chunk_kind: str, marks: _Marks
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
