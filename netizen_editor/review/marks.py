"""The review marks of an article with their place in the file.

The grammar finds the marks (``grammar.inline.critic_marks``) in each run of prose blocks
(``grammar.prose.prose_runs``): never in the front matter, fenced or indented code, raw HTML
or HTML comment blocks, nor in inline code. Here each mark gets its 1-based file line and
column and its offsets in the file's text (what ``resolve`` cuts and joins).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from typing import Any, NamedTuple

from netizen_editor.grammar.inline import critic_marks, is_reply
from netizen_editor.grammar.prose import prose_runs
from netizen_editor.grammar.scan import ArticleScan
from netizen_editor.review.mark_cap import bounded_scan, too_many_marks

#: the marks that propose a change to the text (the others are remarks)
SUGGESTION_KINDS = frozenset({"insert", "delete", "substitute"})
_LINE_END = re.compile(r"\r\n|\r|\n")  # as the scan splits the body (blocks.split_lines)


class ReviewMark(NamedTuple):
    """A review mark of a file. ``line``/``column`` (1-based) is where it starts,
    ``end_line``/``end_column`` just after its last character (with the comment that
    attributes or explains it). ``text``: an insertion's or deletion's text, a substitution's
    old text, the highlighted text or a comment's text; ``new_text``: a substitution's new
    text; ``author`` and ``time`` from the attribution (None when unknown); ``comment``: a
    change's or a highlight's comment. ``start``/``end``, ``text_start``/``text_end`` and
    ``new_start``/``new_end`` are offsets in the file's text."""

    kind: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    new_text: str
    author: str | None
    time: dt.datetime | None
    comment: str
    start: int
    end: int
    text_start: int
    text_end: int
    new_start: int = -1
    new_end: int = -1

    @property
    def is_suggestion(self) -> bool:
        return self.kind in SUGGESTION_KINDS

    def as_json(self) -> dict[str, Any]:
        """The object ``netizen-editor review --format json`` prints."""
        return {
            "kind": self.kind,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "text": self.text,
            "new_text": self.new_text,
            "author": self.author,
            "time": self.time.isoformat() if self.time is not None else None,
            "comment": self.comment,
        }


def review_marks(text: str, scan: ArticleScan | None = None) -> list[ReviewMark]:
    """The review marks of the article ``text`` in order (``scan``: its scan, when the caller
    has it). Linear in the length of the text. Raises ArticleError (with the line, without
    the path) past ``mark_cap.MAX_MARKS`` marks, and past the blocks the export takes (when it
    scans the text itself, or the caller's scan stopped there: the window's)."""
    if "{" not in text:
        return []
    scan = bounded_scan(text, scan)
    if "{" not in scan.body:
        return []
    refused = too_many_marks(scan)
    if refused is not None:
        raise refused
    body_offset = len(scan.front_matter)
    body_starts = [0] + [m.end() for m in _LINE_END.finditer(scan.body)]
    found: list[ReviewMark] = []
    for first, lines in prose_runs(scan):
        if not any("{" in line for line in lines):
            continue
        starts = [0]
        for text_line in lines[:-1]:
            starts.append(starts[-1] + len(text_line) + 1)

        def place(pos: int, first: int = first, starts: list[int] = starts) -> tuple[int, int, int]:
            """(file line, 1-based column, offset in the file) of offset ``pos`` of the run."""
            index = bisect_right(starts, pos) - 1
            column = pos - starts[index]
            number = first + index
            return number, column + 1, body_offset + body_starts[number - scan.body_line] + column

        for mark in critic_marks("\n".join(lines)):
            line, column, start = place(mark.start)
            end_line, end_column, end = place(mark.end)
            new_start = new_end = -1
            if mark.new_start >= 0:
                new_start, new_end = place(mark.new_start)[2], place(mark.new_end)[2]
            found.append(
                ReviewMark(
                    mark.kind, line, column, end_line, end_column, mark.text, mark.new_text,
                    mark.author, mark.time, mark.comment, start, end, place(mark.text_start)[2],
                    place(mark.text_end)[2], new_start, new_end,
                )
            )  # fmt: skip
    return found


# -- threads: a comment written right after a mark answers it -------------------------------------
def reply_flags(marks: list[ReviewMark]) -> list[bool]:
    """For each of ``marks`` (a text's, in order): whether it is a reply, a comment that starts
    where the mark before it ends (the app writes a reply there, after the thread's last)."""
    return [
        is_reply(mark.kind, mark.start, marks[at - 1].end if at else None)
        for at, mark in enumerate(marks)
    ]


def thread_span(marks: list[ReviewMark], mark: ReviewMark) -> tuple[int, int]:
    """(index of the first, index after the last) of the marks of ``mark``'s thread: the mark
    that started it and the replies after it (``mark`` is one of ``marks``, found by its
    place)."""
    at = next(n for n, m in enumerate(marks) if m.start == mark.start and m.end == mark.end)
    replies = reply_flags(marks)
    first = at
    while replies[first]:
        first -= 1
    last = at + 1
    while last < len(marks) and replies[last]:
        last += 1
    return first, last


def touches_marks(marks: list[ReviewMark], start: int, end: int) -> bool:
    """Whether ``start``..``end`` of the text (a point when equal) holds one of ``marks`` or
    a part of one, or lies inside one: a highlight or a comment put there would take a mark's
    syntax for text (or end inside it). Just before or just after a mark is outside it."""
    return any(
        (mark.start < end and start < mark.end) or mark.start < start < mark.end for mark in marks
    )


def comment_place(marks: list[ReviewMark], at: int) -> int:
    """Where a comment asked for at index ``at`` of the text goes: there when ``at`` is outside
    every mark; inside one (as the cursor stays inside a suggestion just typed), right after
    its thread, after the comments already on it: a comment there annotates that mark."""
    for mark in marks:
        if mark.start < at < mark.end:
            return marks[thread_span(marks, mark)[1] - 1].end
    return at
