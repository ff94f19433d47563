"""The shape of a PDF page's text, which tells its paragraphs apart (importing/pdf_layout.py):
the size of its body text and its line spacing, its columns, whether it sets its paragraphs
apart by space, a heading wrapped onto a second line, and a sentence going on at the top of
the next column.

- Columns: a line may end a paragraph when it is short for its column. A two-column release's
  lines end half-way across the page, so measured against the page every one of them looked
  short, and one that ended before a capital (``dimulai`` / ``Januari 2027``) ended its
  paragraph. A column is a left edge many lines start at whose lines to its left mostly end
  before it (an indented list's edge is none: the text above it runs past it), at least half
  as wide as the column before (a margin's notes are none).
- Space between paragraphs: widths are estimated (pdf_layout.EM a character), so in a narrow
  column a full line of short words may look a third short. A short line that ends no
  sentence before a line that starts with a capital is read as a heading's, which ends its
  paragraph; where the page has columns and sets paragraphs apart by space, which ends them
  already, only a line much shorter than its column is read so. (On a page of one column the
  estimate is closer, and a line broken by hand, an address's, ends where the text does.)
- A headline wrapped onto a second line, centred, starts each line elsewhere, and a larger
  type's lines lie further apart than the body's: the lines of a heading in the page's largest
  type, larger than the body's, one under the other, are one heading.
- A sentence that runs out at the foot of a column goes on at the top of the next, to its
  right and higher on the page: a line that ends no sentence, and a line there in the same type
  that starts in lower case, are one paragraph.

Every measure is one pass over the lines (a planted page has 100,000)."""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Protocol

SENTENCE_END = re.compile(r"[.!?:;\"”’)]$")
OPEN_END = re.compile(r"[,\-–(]$")  # a line that goes on
SHORT_LINE = 0.75  # a line shorter than this share of its column's width may end a paragraph
#: a line that ends no sentence, where the page sets its paragraphs apart by space
SPACED_SHORT_LINE = 0.5
#: the share of a column's lines that end before the next column's left edge, and the least
#: width of a column, a share of the one before's
IN_COLUMN, NARROWEST = 0.8, 0.5
#: the share of the page's lines that start at a column's left edge, and the fewest
COLUMN_SHARE, COLUMN_LINES = 0.05, 3
#: a heading in a type at least this much larger than the body's, of at most this many lines,
#: its lines at most this many times its size apart
LARGER, HEADING_LINES, HEADING_GAP = 1.15, 3, 1.7


class Placed(Protocol):
    """A line of the page where it stands (pdf_layout.Line)."""

    @property
    def x(self) -> float: ...
    @property
    def y(self) -> float: ...
    @property
    def size(self) -> float: ...
    @property
    def end(self) -> float: ...
    @property
    def text(self) -> str: ...


@dataclass
class Shape:
    """A page's text: its body's size and line spacing, its lines' most common left edge and
    farthest end, its largest type's size, its columns' bounds, left edges and farthest ends,
    and the share of a column's width under which a line that ends no sentence may end a
    paragraph (a heading's)."""

    body: float = 0.0
    spacing: float = 0.0
    left: float = 0.0
    right: float = 0.0
    largest: float = 0.0  # the size of the page's largest type
    bounds: list[float] = field(default_factory=list)
    lefts: list[float] = field(default_factory=list)
    rights: list[float] = field(default_factory=list)
    heading: float = SHORT_LINE

    def edges(self, line: Placed) -> tuple[float, float]:
        """The left edge and farthest end of the column ``line`` stands in: the page's for a
        page of one column, or a line across the columns."""
        column = _column(self.bounds, line) if len(self.bounds) > 1 else None
        if column is None:
            return self.left, self.right
        return self.lefts[column], self.rights[column]

    def is_short(self, line: Placed, share: float = SHORT_LINE) -> bool:
        """Whether ``line`` ends before ``share`` of its column's width."""
        left, right = self.edges(line)
        return line.end < left + share * (right - left)


def body_size(lines: Sequence[Placed]) -> float:
    """The size of the type most of the text is in."""
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def page_shape(lines: Sequence[Placed], body: float = 0.0) -> Shape:
    """The shape of the page whose ``lines`` these are (``body``: the document's body size,
    else the page's)."""
    if not lines:
        return Shape()
    body = body or body_size(lines)
    left = Counter(round(line.x) for line in lines).most_common(1)[0][0]
    shape = Shape(body, spacing(lines), left, max(line.end for line in lines),
                  max(line.size for line in lines))  # fmt: skip
    shape.bounds, shape.lefts, shape.rights = _columns(lines)
    if shape.bounds and _spaced(lines, shape):
        shape.heading = SPACED_SHORT_LINE
    return shape


def spacing(lines: Sequence[Placed]) -> float:
    """The most common distance between a line and the next in the same type."""
    gaps = [
        round(before.y - after.y, 1)
        for before, after in pairwise(lines)
        if before.y > after.y and abs(before.size - after.size) < 0.1 * before.size
    ]
    return Counter(gaps).most_common(1)[0][0] if gaps else 0.0


def _columns(lines: Sequence[Placed]) -> tuple[list[float], list[float], list[float]]:
    """The columns' bounds, the edges their lines start at and the farthest ends of those:
    a column starts at an edge many lines start at (:data:`COLUMN_SHARE` of them, so a planted
    page has a few at most), whose lines reach across at least :data:`NARROWEST` of the width
    of the column before (not a margin's notes), and the lines to the left of which mostly end
    before it. A column's own edge is where most of its lines start (not its headings', out in
    the margin); a line that starts elsewhere (a label centred over it, a headline) says nothing
    of its width."""
    starts = Counter(round(line.x) for line in lines)
    least = max(COLUMN_LINES, COLUMN_SHARE * len(lines))
    found = sorted(x for x, count in starts.items() if count >= least)
    bounds = [float(found[0])] if found else []
    for edge in found[1:]:
        inside = before = 0
        reach = float(edge)
        for line in lines:  # a few edges at most: see COLUMN_SHARE
            if bounds[-1] - 1 <= line.x < edge - 1:
                inside += 1
                before += line.end <= edge
            elif abs(line.x - edge) <= 1:
                reach = max(reach, line.end)
        wide = reach - edge >= NARROWEST * (edge - bounds[-1])
        if inside and before >= IN_COLUMN * inside and wide:
            bounds.append(float(edge))
    if len(bounds) < 2:
        return [], [], []
    edges: list[Counter[int]] = [Counter() for _ in bounds]
    for line in lines:
        column = _column(bounds, line)
        if column is not None:
            edges[column][round(line.x)] += 1
    lefts = [float(edge.most_common(1)[0][0]) if edge else bound
             for edge, bound in zip(edges, bounds, strict=True)]  # fmt: skip
    rights = [0.0] * len(bounds)
    for line in lines:
        column = _column(bounds, line)
        if column is not None and abs(line.x - lefts[column]) <= 1:
            rights[column] = max(rights[column], line.end)
    return bounds, lefts, rights


def _column(bounds: list[float], line: Placed) -> int | None:
    """The column of ``bounds`` that ``line`` stands in; None when it runs across the next."""
    column = max(bisect.bisect_right(bounds, line.x + 1) - 1, 0)
    bound = bounds[column + 1] if column + 1 < len(bounds) else math.inf
    return column if line.end <= bound else None


def _spaced(lines: Sequence[Placed], shape: Shape) -> bool:
    """Whether the page sets its paragraphs apart by space: more of its sentences end before a
    wider gap than the body's line spacing than end a line much shorter than its column with
    the next line at that spacing (at least two)."""
    if not shape.spacing:
        return False
    apart = tight = 0
    wide = shape.spacing * 1.3 + 0.5
    for before, after in pairwise(lines):
        if not (_body(before, shape) and _body(after, shape) and SENTENCE_END.search(before.text)):
            continue
        if abs(before.x - after.x) > 0.5 * before.size:
            continue
        gap = before.y - after.y
        if wide < gap <= 3 * shape.spacing:
            apart += 1
        elif 0 < gap <= wide:
            tight += shape.is_short(before, SPACED_SHORT_LINE)
    return apart >= 2 and apart > tight


def _body(line: Placed, shape: Shape) -> bool:
    return abs(line.size - shape.body) < 0.1 * shape.body


def wrapped_heading(lines: Sequence[Placed], line: Placed, shape: Shape) -> bool:
    """Whether ``line`` goes on with the heading whose ``lines`` these are: the same type, the
    page's largest and larger than the body's, right under it."""
    last = lines[-1]
    return (
        len(lines) < HEADING_LINES
        and abs(line.size - last.size) <= 0.05 * last.size
        and last.size >= shape.largest * 0.95
        and last.size > LARGER * shape.body
        and 0 < last.y - line.y <= HEADING_GAP * last.size
    )


def next_column(last: Placed, line: Placed) -> bool:
    """Whether ``line`` goes on at the top of the next column with the sentence that ``last``
    leaves at the foot of the one before."""
    return (
        line.y > last.y
        and line.x > last.x + line.size
        and abs(line.size - last.size) <= 0.1 * last.size
        and not SENTENCE_END.search(last.text)
        and line.text[:1].islower()
    )
