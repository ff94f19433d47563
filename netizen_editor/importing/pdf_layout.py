"""Where a PDF page's text and pictures stand: pypdf's text visitor gives each piece of text its
place (the text matrix times the CTM) and each drawn picture its place; the pieces become lines,
the lines paragraphs (a vertical gap larger than the line spacing, an indent, a change of size,
a short line that ends a sentence, or a letter head's line after it, ends one; each line of a
letter's head is one, and so is each line of the sender's name and address above it; a
heading's wrapped lines and a sentence going on in the next column are one: importing/
pdf_shape.py), bullets and indented lines after a colon lists, and lines whose cells stand in
the same columns the rows of a table (kept as lines of text). Each piece knows whether its font
is bold or italic (by the font's name), which tells subheadings and captions (importing/
pdf_flow.py).

Widths are not read from the fonts: a line's end is estimated from its characters (half an em
each), so "short" is only trusted together with the punctuation that ends a sentence."""

from __future__ import annotations

import math
import re
import time
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from netizen_editor.importing.front_matter import is_label
from netizen_editor.importing.letter import MAX_LINES as MAX_LETTER_LINES
from netizen_editor.importing.letter import head_length, opens_letter_line
from netizen_editor.importing.pdf_shape import (
    OPEN_END,
    SENTENCE_END,
    Shape,
    next_column,
    page_shape,
    wrapped_heading,
)
from netizen_editor.importing.sender import letterhead_length
from netizen_editor.sentinels import hide_sentinels

BULLET = re.compile(r"^(?:[-*•●▪◦‣]|\d{1,3}[.)])\s")
_BULLET_SIGN = re.compile(r"^[•●▪◦‣*]\s+")  # written as "- " in the text handed on
EM = 0.5  # the estimated width of a character, in ems
#: around a link's text: sentinels (the page's own characters of their range are hidden)
LINK_OPEN, LINK_MID, LINK_CLOSE = "\ue000", "\ue001", "\ue002"
#: the pieces of text looked at for a page's links (200 links over 5,000 pieces); a planted
#: page of 300,000 pieces under 200 links took 10 s
MAX_LINK_LOOKS = 1_000_000
_BROKEN_WORD = re.compile(r"(\w+)-\Z")
#: only this much of a paragraph's end is looked at for a word broken by a hyphen (a search
#: of the whole paragraph per line took seconds on a line of one 20,000-letter word)
WORD_TAIL = 64
_BOLD = re.compile(r"bold|black|heavy|semibold|demibold|extrabold", re.IGNORECASE)
_ITALIC = re.compile(r"italic|oblique", re.IGNORECASE)


@dataclass
class Piece:
    x: float
    y: float
    size: float
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Line:
    pieces: list[Piece]

    @property
    def x(self) -> float:
        return self.pieces[0].x

    @property
    def y(self) -> float:
        return self.pieces[0].y

    @property
    def size(self) -> float:
        return self.pieces[0].size

    @property
    def text(self) -> str:
        return " ".join("".join(piece.text for piece in self.pieces).split())

    @property
    def end(self) -> float:
        last = self.pieces[-1]
        return last.x + len(last.text.strip()) * EM * last.size

    @property
    def bold(self) -> bool:
        return all(piece.bold for piece in self.pieces if piece.text.strip())

    @property
    def italic(self) -> bool:
        return all(piece.italic for piece in self.pieces if piece.text.strip())


class Drawn(NamedTuple):
    """A picture drawn on a page: its resource name, the height of its top edge, and where
    it starts and ends across the page."""

    name: str
    top: float
    left: float = -math.inf
    right: float = math.inf


@dataclass
class Page:
    """What was read of one page: its text (pypdf's), lines, and pictures drawn."""

    text: str = ""
    lines: list[Line] = field(default_factory=list)
    drawn: list[Drawn] = field(default_factory=list)


@dataclass
class Block:
    """A paragraph (its lines), a list item, or a table row; ``y``: its first line's."""

    kind: str  # "text", "item", "row", "heading" or "plain" (``raw``: text read without places)
    lines: list[Line]
    raw: str = ""

    @property
    def text(self) -> str:
        if self.kind == "plain":
            return self.raw
        if self.kind == "row":
            return self.lines[0].text
        return join_wrapped([line.text for line in self.lines])


#: the most operators of a page (its forms' too, each time one is drawn) read for its text: a
#: press release's page has a few thousand; pypdf reads some 70,000 a second here
MAX_OPERATORS = 200_000


class PageTooSlow(Exception):
    """Reading a page went on past its deadline (a planted page of a million text runs)."""


class PageTooBig(Exception):
    """A page drawn with more than ``limit`` operators (a planted page of 300,000 text runs,
    or a form of thousands drawn thousands of times)."""

    def __init__(self, limit: int):
        super().__init__(limit)
        self.limit = limit


def read_page(page: Any, budget: int, deadline: float = math.inf) -> Page:
    """The page's text and places, its characters of the sentinels' range hidden (see
    ``netizen_editor.sentinels``); at most ``budget`` characters of pieces are kept.
    ``PageTooSlow`` when pypdf still reads its text at ``deadline`` (``time.perf_counter``),
    ``PageTooBig`` at its ``MAX_OPERATORS``-th operator."""
    found = Page()
    kept = 0
    operators = 0

    def text_seen(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        nonlocal kept
        if time.perf_counter() > deadline:
            raise PageTooSlow
        if not text.strip() or kept > budget:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
        height = abs(size * scale) or 1.0
        name = _font_name(font)
        bold, italic = bool(_BOLD.search(name)), bool(_ITALIC.search(name))
        for index, part in enumerate(text.split("\n")):
            if part.strip():
                below = y - index * height * 1.2
                _place(found.lines, Piece(x, below, height, hide_sentinels(part), bold, italic))
        kept += len(text)

    def operator_seen(op: bytes, args: list[Any], cm: list[float], _tm: list[float]) -> None:
        nonlocal operators
        operators += 1
        if operators > MAX_OPERATORS:
            raise PageTooBig(MAX_OPERATORS)
        if time.perf_counter() > deadline:
            raise PageTooSlow
        if op == b"Do" and args:
            top = cm[5] + max(cm[1], 0.0) + max(cm[3], 0.0)
            left = cm[4] + min(cm[0], 0.0) + min(cm[2], 0.0)
            right = cm[4] + max(cm[0], 0.0) + max(cm[2], 0.0)
            found.drawn.append(Drawn(str(args[0]), top, left, right))

    text = page.extract_text(visitor_text=text_seen, visitor_operand_before=operator_seen)
    found.text = hide_sentinels(text)
    return found


def _font_name(font: Any) -> str:
    """The font's name (``/AAAAAA+DejaVuSerif-Bold``), "" when it says none."""
    try:
        return str(font.get("/BaseFont") or "")[:200] if hasattr(font, "get") else ""
    except (AttributeError, TypeError, ValueError):
        return ""


def _place(lines: list[Line], piece: Piece) -> None:
    if lines and abs(lines[-1].y - piece.y) < 0.3 * piece.size:
        lines[-1].pieces.append(piece)
    else:
        lines.append(Line([piece]))


def mark_links(lines: list[Line], links: list[tuple[list[float], str]], targets: list[str]) -> None:
    """Wrap the pieces of text inside each link's rectangle in link marks that carry the
    number of the link's target in ``targets`` (added to it). Only the pieces at a link's
    height are looked at, at most ``MAX_LINK_LOOKS`` in all (past it no more are marked)."""
    pieces = sorted((p for line in lines for p in line.pieces if math.isfinite(p.y)),
                    key=lambda p: p.y)  # fmt: skip
    heights = [piece.y for piece in pieces]
    reach = max((0.5 * piece.size for piece in pieces), default=0.0)
    looks = 0
    for rect, target in links:
        x0, x1 = sorted((rect[0], rect[2]))
        y0, y1 = sorted((rect[1], rect[3]))
        first, last = bisect_left(heights, y0 - reach), bisect_right(heights, y1)
        looks += max(last - first, 0)
        if looks > MAX_LINK_LOOKS:
            return
        for piece in pieces[first:last]:
            inside = x0 - 1 <= piece.x < x1 - 1 and y0 - 0.5 * piece.size <= piece.y <= y1
            text = piece.text.strip()
            if not inside or not text or LINK_OPEN in piece.text:
                continue
            if target.lower() == f"mailto:{text.lower()}":
                continue  # an address shown as it is: nothing to add
            lead = piece.text[: len(piece.text) - len(piece.text.lstrip())]
            tail = piece.text[len(piece.text.rstrip()) :]
            piece.text = f"{lead}{LINK_OPEN}{len(targets)}{LINK_MID}{text}{LINK_CLOSE}{tail}"
            targets.append(target)


def blocks_of(lines: list[Line], body: float = 0.0) -> list[Block]:
    """The page's lines as paragraphs, list items and table rows, in the page's order
    (``body``: the size of the document's body text, else the page's)."""
    if not lines:
        return []
    rows = _table_rows(lines)
    shape = page_shape(lines, body)
    top = [line.text for line in lines[: 2 * MAX_LETTER_LINES]]  # where a letter's head is
    # the lines before this one are each a block of their own: the sender's name and address,
    # a letter's head; the line after the sender's starts one (a label such as ``SIARAN PERS``
    # under an address as wide as the text would go on it)
    apart = named = letterhead_length(top, is_label)
    blocks: list[Block] = []
    for index, line in enumerate(lines):
        if index in rows:
            blocks.append(Block("row", [line]))
            continue
        previous = blocks[-1] if blocks and blocks[-1].kind != "row" else None
        if (
            previous is None
            or index < apart
            or (named and index == named)
            or _breaks(previous, line, lines, index, shape)
        ):
            blocks.append(Block("item" if BULLET.match(line.text) else "text", [line]))
            if apart <= index < MAX_LETTER_LINES:
                # its lines as the PDF has them: ``di Tempat`` under ``Pemimpin Redaksi``
                # goes on in lower case, which would join the line above
                apart = index + head_length(top[index : index + MAX_LETTER_LINES])
        else:
            previous.lines.append(line)
    return _indented_lists(blocks, shape.left)


def _breaks(block: Block, line: Line, lines: list[Line], index: int, shape: Shape) -> bool:
    """Whether ``line`` starts a new block after ``block``."""
    last = block.lines[-1]
    gap = last.y - line.y
    if block.kind == "text" and wrapped_heading(block.lines, line, shape):
        return is_label(last.text) or is_label(line.text)  # ``SIARAN PERS`` over the headline
    if block.kind == "text" and next_column(last, line):
        return False
    if abs(line.size - last.size) > 0.1 * last.size or gap <= 0:
        return True
    if shape.spacing and gap > shape.spacing * 1.3 + 0.5:
        return True
    if BULLET.match(line.text) or opens_letter_line(line.text):
        return True  # a letter head's ``Lampiran : -`` ends with a dash, yet ends its line
    hanging = block.kind == "item" and line.x > block.lines[0].x  # a bullet's wrapped text
    if abs(line.x - last.x) > 0.5 * line.size and not hanging:
        return True
    text = last.text
    if SENTENCE_END.search(text):
        return shape.is_short(last)
    following = next((lines[i].text for i in range(index, len(lines)) if lines[i].text), "")
    heading = not OPEN_END.search(text) and following[:1].isupper()
    return heading and shape.is_short(last, shape.heading)


def _indented_lists(blocks: list[Block], left: float) -> list[Block]:
    """Single lines indented alike under a paragraph that ends in a colon are a list's items
    (a PDF printed from a web page or a word processor draws its bullets as shapes)."""
    index = 0
    while index < len(blocks):
        block = blocks[index]
        start = index + 1
        run = start
        while (
            run < len(blocks)
            and blocks[run].kind == "text"
            and len(blocks[run].lines) == 1
            and blocks[run].lines[0].x > left + 0.5 * blocks[run].lines[0].size
            and abs(blocks[run].lines[0].x - blocks[start].lines[0].x) < 1
        ):
            run += 1
        if block.kind == "text" and block.text.endswith(":") and run - start >= 2:
            for item in blocks[start:run]:
                item.kind = "item"
        index = max(run, start)
    return blocks


def _table_rows(lines: list[Line]) -> set[int]:
    """The lines whose cells (pieces after the first) start where a neighbour's do."""
    starts = [{round(piece.x * 2) / 2 for piece in line.pieces[1:]} for line in lines]
    rows: set[int] = set()
    for index in range(len(lines) - 1):
        after = starts[index + 1]  # half points: a neighbour's cell within 0.5 is one of three
        shared = {x for x in starts[index] if {x - 0.5, x, x + 0.5} & after}
        if shared and len(lines[index].pieces) == len(lines[index + 1].pieces):
            rows.update((index, index + 1))
    return rows


def join_wrapped(lines: list[str]) -> str:
    """The lines of one paragraph as one: a word broken by a hyphen at a line's end is joined
    ("ke-" "bijakan": "kebijakan") unless the two halves look like a compound or a repeated
    word ("bolak-balik", "anak-anak", "sayur-mayur", "se-Indonesia"), which keep the hyphen."""
    parts: list[str] = []  # joined once at the end: a paragraph may have 100,000 lines
    tail = ""  # the paragraph's last WORD_TAIL characters so far
    for line in lines:
        head = _BROKEN_WORD.search(tail) if tail.endswith("-") else None
        word = re.match(r"\w+", line)
        if head and word and not _compound(head.group(1), word.group(0)):
            parts[-1], tail = parts[-1][:-1], tail[:-1]
        elif tail and not (tail.endswith(("-", "/")) and not tail.endswith((" -", " /"))):
            line = f" {line}"  # else a compound, a range or a path goes on without a space
        if line:  # an empty line adds nothing: the last part keeps the text's end
            parts.append(line)
        tail = (tail + line)[-WORD_TAIL:]
    return "".join(parts)


def _compound(first: str, second: str) -> bool:
    if len(first) < 2 or not first.isalpha() or not second[:1].islower():
        return True
    a, b = first.lower(), second.lower()
    if a in b or b in a:  # anak-anak, sehari-hari, berlari-lari, tarik-menarik
        return True
    if len(a) > 2 and len(b) > 2 and a[-3:] == b[-3:]:  # sayur-mayur, gotong-royong
        return True
    return a[0] == b[0] and a[-1] == b[-1] and abs(len(a) - len(b)) <= 1  # bolak-balik


def bullet_text(text: str) -> str:
    """A list item's text as a Markdown-like bullet line ("• a" and "a" become "- a")."""
    if BULLET.match(text):
        return _BULLET_SIGN.sub("- ", text)
    return f"- {text}"
