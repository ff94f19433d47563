"""Which lines of an article are prose, as a reader (and the spell checker) reads them.

Not prose: the front matter, fenced and indented code, raw HTML blocks and HTML comment
blocks (what the scan calls them, as Python-Markdown renders them). In the prose lines, what
is not prose inline is the grammar's too (``inline.non_prose_spans``, read one line at a time);
a review mark that spans lines (a deletion of a whole paragraph, a long comment) is read here,
over each run of prose blocks between two blocks that are not prose, so a mark never crosses
a fence: its hidden part (deleted text, a substitution's old text, a comment) is blanked out of
each line it covers; ``open_ends`` says which lines end inside a mark (what the editor's
highlighter, reading a line at a time, cannot see: ``critic_lines``).

``ProseLines(scan)`` answers for one revision: whether a file line is prose and how it reads;
``prose_lines(scan)`` gives every prose line (what the spelling rules read).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from netizen_editor.grammar.critic_lines import OpenMark, open_line_ends
from netizen_editor.grammar.inline import blank_spans, critic_hidden_spans
from netizen_editor.grammar.mark_count import mark_past
from netizen_editor.grammar.scan import CODE_KINDS, ArticleScan

#: blocks whose lines are not prose: code, raw HTML, HTML comments
NOT_PROSE_KINDS = CODE_KINDS | frozenset({"html", "comment"})
#: the openings of the marks whose hidden part may go on onto the next lines
_HIDING = ("{--", "{>>", "{~~")


class ProseLines:
    """The prose lines of one revision's ``scan`` (file lines are 1-based). Made for nothing:
    a question looks the line's block up (a bisection), so the editor can ask it on every
    paint of a long article."""

    def __init__(self, scan: ArticleScan) -> None:
        self.scan = scan
        self._blanks: dict[int, list[tuple[int, int]]] | None = None
        self._open_ends: dict[int, OpenMark] | None = None
        self._too_many: bool | None = None

    def is_prose(self, line: int) -> bool:
        """Whether file line ``line`` is prose (a blank line between blocks is)."""
        scan = self.scan
        offset = line - scan.body_line
        if offset < 0:
            return False  # the front matter
        starts = scan.blocks.starts
        at = bisect_right(starts, offset) - 1
        if at < 0:
            return True
        block = scan.blocks.blocks[at]
        return offset >= starts[at] + len(block.lines) or block.kind not in NOT_PROSE_KINDS

    @property
    def too_many_marks(self) -> bool:
        """Whether the text holds more review marks than a story may (``mark_count``): none is
        read across lines then (millions of them, read again after an edit, froze the window
        20 s a keystroke); the story is refused wherever its marks are read one by one."""
        if self._too_many is None:
            body = self.scan.body
            self._too_many = "{" in body and mark_past(body, prose_runs(self.scan)) is not None
        return self._too_many

    @property
    def blanks(self) -> dict[int, list[tuple[int, int]]]:
        """File line -> (start, end) columns hidden by review marks that span lines."""
        if self._blanks is None:
            body = self.scan.body
            hiding = any(m in body for m in _HIDING) and not self.too_many_marks
            self._blanks = _mark_blanks(self.scan) if hiding else {}
        return self._blanks

    @property
    def open_ends(self) -> dict[int, OpenMark]:
        """File line -> the part of a review mark the line ends inside (the mark goes on onto
        the next line)."""
        if self._open_ends is None:
            self._open_ends = {}
            if "{" in self.scan.body and not self.too_many_marks:
                for first, lines in prose_runs(self.scan):
                    if any("{" in line for line in lines):
                        ends = open_line_ends("\n".join(lines))
                        self._open_ends.update((first + at, part) for at, part in ends.items())
        return self._open_ends

    def marked(self, line: int) -> bool:
        """Whether a review mark from other lines reaches file line ``line`` (as far as it was
        read: False before the first ``read``)."""
        return self._blanks is not None and line in self._blanks

    def read(self, line: int, text: str) -> str:
        """File line ``line`` (whose text is ``text``) as the word finder reads it: the hidden
        parts of review marks that reach it from other lines are blanked (same length)."""
        spans = self.blanks.get(line)
        return blank_spans(text, spans) if spans else text

    def __iter__(self) -> Iterator[tuple[int, str]]:
        """(file line, line as read) of every prose line of the body."""
        for line, block in self.scan.located:
            if block.kind not in NOT_PROSE_KINDS:
                for offset, text in enumerate(block.lines):
                    yield line + offset, self.read(line + offset, text)


def prose_lines(scan: ArticleScan) -> Iterator[tuple[int, str]]:
    """(file line, line as read) of the prose lines of ``scan``'s body."""
    return iter(ProseLines(scan))


def _mark_blanks(scan: ArticleScan) -> dict[int, list[tuple[int, int]]]:
    """File line -> (start, end) columns hidden by review marks that span lines."""
    blanks: dict[int, list[tuple[int, int]]] = {}
    for first, lines in prose_runs(scan):
        text = "\n".join(lines)
        starts = [0]
        for line in lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        for start, end in critic_hidden_spans(text):
            if "\n" not in text[start:end]:
                continue  # a mark on one line is read with its line
            index = bisect_right(starts, start) - 1
            while index < len(lines) and starts[index] < end:
                a = max(start, starts[index]) - starts[index]
                b = min(end, starts[index] + len(lines[index])) - starts[index]
                if b > a:
                    blanks.setdefault(first + index, []).append((a, b))
                index += 1
    return blanks


def prose_runs(scan: ArticleScan) -> Iterator[tuple[int, list[str]]]:
    """(first file line, lines) of each run of prose blocks with the blank lines between them
    (as empty lines): the stretches of text a review mark may span (``review.marks`` reads
    the marks of each)."""
    first = -1
    lines: list[str] = []
    end = 0  # the file line after the run's last block
    for line, block in scan.located:
        if block.kind in NOT_PROSE_KINDS:
            if lines:
                yield first, lines
            lines, first = [], -1
            continue
        if not lines:
            first = line
        else:
            lines += [""] * (line - end)
        lines += block.lines
        end = line + len(block.lines)
    if lines:
        yield first, lines
