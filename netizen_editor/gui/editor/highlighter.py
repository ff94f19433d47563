"""Markdown highlighting for the editor, one block (line) at a time.

Multi-line constructs keep their state in the block state, so a keystroke re-highlights only
its own line (and the following lines only while their state actually changes):

* ``FRONT_MATTER`` — inside YAML front matter, which opens at the top (blank lines above it
  are ``TOP_BLANK``);
* ``FENCE`` and up — inside a fenced code block; the state holds the opening fence (its
  character and length), which only the very same fence closes;
* ``MARKED`` and up — the line ends inside a review mark that goes on onto the next line (the
  state holds which part of it: ``mark_ends``). Whether a mark opened on a line closes on a
  later one comes from the grammar's reading of the whole text (``MarkEnds``), as the Review
  panel and the preview read the marks.

Every pattern of the article's structure comes from the grammar (``grammar/patterns.py``),
the one the preview's chunks, the outline and the checks read. Unlike the scan, the editor
cannot look ahead: a fence still being typed colours the lines below it as code until its
closing fence is typed.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_right
from collections.abc import Callable

from PySide6.QtGui import (
    QPalette,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
)

from netizen_editor.grammar.critic_lines import OpenMark, line_marks
from netizen_editor.grammar.escapes import escapes, mask
from netizen_editor.grammar.inline import CriticMark, code_spans, comment_spans
from netizen_editor.grammar.patterns import (
    ATX,
    FENCE_OPEN,
    FRONT_CLOSE,
    FRONT_OPEN,
    FRONT_TOP_KEY,
    INLINE_LINK,
    JUMP_BREAK_LINE,
    LIST_ITEM_PARTS,
    MARKER_LINE,
    QUOTE_MARKS,
    RELATED_PREFIX,
    RULE,
    fence_closing,
)
from netizen_editor.gui.editor.highlight_formats import formats_for
from netizen_editor.gui.editor.mark_ends import MARKED, MarkEnds, part_of_state, state_of_part
from netizen_editor.gui.editor.positions import ASTRAL, utf16_offsets

#: lines one change may span and still be typing (Enter: the line split and the new one)
KEYSTROKE_LINES = 1
NORMAL = 0
FRONT_MATTER = 1
TOP_BLANK = 4  # a blank line above the front matter's opening fence (tolerated)
FENCE = 16  # inside a fence: FENCE + 2 × the fence's length, + 1 for tildes
GOING_ON = -2  # while Qt is sent on to a line (``restyle_lines``): no line keeps it

_FM_ITEM = re.compile(r"^[ \t]*-(?=[ \t]|$)")
_FM_COMMENT = re.compile(r"(?:^|[ \t])#.*$")
# Inline patterns, each linear on any line: emphasis spans at most 500 characters (an opener
# with no closer would rescan the rest of the line), link text holds no "[" (20,000 "[" took
# 2 s); code spans and comments are paired in one pass (grammar.inline). Lines past
# INLINE_LIMIT are not coloured inline at all (a pasted megabyte must not hold the window).
INLINE_LIMIT = 10_000
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.{1,500}?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![*\w])(\*|_)(?=[^\s*_])(.{1,500}?)(?<=[^\s*_])\1(?![*\w])")
_AUTOLINK = re.compile(r"<https?://[^>\s]+>|(?<![(<\w])https?://[^\s)<>]+")


class MarkdownHighlighter(QSyntaxHighlighter):
    """Highlights Markdown and the newsroom's extensions (ads, ``Baca juga:``, jump breaks)."""

    def __init__(self, document: QTextDocument, palette: QPalette | None = None):
        super().__init__(document)
        # told of a change before Qt's own slot highlights its lines (slots run in the order
        # they were connected: Qt's is connected again after this one), and again after
        self.setDocument(None)
        document.contentsChange.connect(self._change_begins)
        self.setDocument(document)
        document.contentsChange.connect(self._change_ends)
        self._formats: dict[str, QTextCharFormat] = {}
        self._styled_line = False
        self._length = 0  # the length of the line being highlighted
        self._reached: int | None = None  # the last line ``restyle_lines`` highlighted
        self._until: float | None = None  # when a slice of ``restyle_lines`` ends
        self._started = -1  # the line it asked Qt to highlight again
        self._run_end = -1  # the last line of the run of lines asked for from there
        self._sent: tuple[int, int] | None = None  # the line sent on to, its state before
        self._cut: int | None = None  # where it stopped Qt going on (see ``highlightBlock``)
        # which lines end inside a review mark, from the grammar's reading of the text
        self.mark_ends = MarkEnds(document, self.restyle_lines, self)
        self._units: list[int] | None = None
        # called with a prose line's text after it is highlighted (spell check underlines),
        # for a keystroke's lines only (see _change_begins)
        self.overlay: Callable[[str], None] | None = None
        self._keystroke = True
        self._held_from: int | None = None  # see hold_beyond
        self.mark_display = "all"  # see set_mark_display
        self.set_palette(palette or QPalette())

    def _change_begins(self, position: int, removed: int, added: int) -> None:
        """A change at most a keystroke's lines apart (Enter splits one) gets the overlay; a
        Replace All, a paste or their undo over 100,000 lines spent seconds in it, for the
        one line the cursor is on (whose underlines are checked when it is painted)."""
        document = self.document()  # the lines the change left (what was removed is gone)
        block = document.findBlock(position)
        first = block.blockNumber()
        last = document.findBlock(position + added).blockNumber()
        self._keystroke = last <= first + KEYSTROKE_LINES
        self.mark_ends.moved(block, last, removed == added, self._carried_into)

    def _carried_into(self, number: int) -> OpenMark | None:
        """The part of a review mark the line above line ``number`` ended inside."""
        above = self.document().findBlockByNumber(number - 1)
        return part_of_state(above.userState()) if above.isValid() else None

    def _change_ends(self, *_change: int) -> None:
        self._keystroke = True  # a rehighlight, a restyle: as before

    def hold_beyond(self, position: int) -> None:
        """Until ``release``, leave the lines that start after ``position`` as plain text: a
        whole article opened at the start is highlighted as far as its first screen, and the
        rest (~15 ms for 5,000 words) after the window's first frame."""
        self._held_from = position

    def release(self) -> None:
        """Highlight the whole text again after ``hold_beyond``."""
        if self._held_from is not None:
            self._held_from = None
            self.restyle()

    def restyle(self) -> None:
        """Highlight the whole text again, as quietly as ``restyle_lines``: the lines on
        screen at once, the rest a slice of a turn of the event loop at a time, as a new
        reading of the review marks (``restyle_slices``); a short text all at once, as
        before. In one turn, a theme change held the window 0.4–1.0 s on a story of 2.4 MB,
        3.0–4.4 s on one of 50,000 marks that each span two lines."""
        self.mark_ends.slices.start(list(range(self.document().blockCount())))

    def restyle_lines(self, numbers: list[int], until: float | None = None) -> list[int]:
        """Highlight the lines ``numbers`` (in order, each once) again, and those after each as
        far as their state changes, quietly (only formats change: to the tab, the journal and
        the preview it is no edit); a line Qt went on to from one before it is not highlighted
        twice (a mark over 100,000 lines would be, each line), and Qt goes on down a run of
        lines asked for (``highlightBlock``). With ``until`` (a ``perf_counter`` time) it stops
        there, the lines Qt was going on to too, and returns the lines still to highlight
        (``restyle_slices``)."""
        document = self.document()
        blocked = document.blockSignals(True)
        self._reached, self._until, self._cut = -1, until, None
        try:
            at = 0
            while at < len(numbers):
                block = document.findBlockByNumber(numbers[at])
                if block.isValid():
                    self._started, self._run_end = numbers[at], _run_end(numbers, at)
                    if self._run_end > self._started:  # Qt goes on from it (_restyled_line)
                        self._send(block)
                    self.rehighlightBlock(block)
                    self._put_back()
                if self._cut is not None:  # the slice ended with Qt going on: on from there
                    return [self._cut, *numbers[bisect_right(numbers, self._cut, at + 1) :]]
                at = max(at + 1, bisect_right(numbers, self._reached, at + 1))
                if until is not None and time.perf_counter() > until:
                    return numbers[at:]
            return []
        finally:
            self._reached = self._until = None
            document.blockSignals(blocked)

    def _send(self, block: QTextBlock) -> None:
        """Qt goes on from ``block`` to the next line (``_restyled_line``)."""
        self._sent = (block.blockNumber(), block.userState())
        block.setUserState(GOING_ON)

    def _put_back(self) -> None:
        """The state of the line Qt was sent on to and stopped at (``_restyled_line``)."""
        if self._sent is not None:
            number, state = self._sent
            self._sent = None
            block = self.document().findBlockByNumber(number)
            if block.userState() == GOING_ON:
                block.setUserState(state)

    def set_palette(self, palette: QPalette) -> None:
        """Pick light or dark colours to match ``palette`` and re-highlight."""
        self._formats = formats_for(palette)
        self.restyle()

    # -- queries used by the editor ----------------------------------------------------------
    @staticmethod
    def is_code_state(state: int) -> bool:
        return state >= FENCE

    @staticmethod
    def in_front_matter(block) -> bool:
        """Whether ``block`` (a QTextBlock) is a line inside the front matter, below its
        opening fence."""
        previous = block.previous()
        return previous.isValid() and previous.userState() == FRONT_MATTER

    # -- highlighting ------------------------------------------------------------------------
    def highlightBlock(self, text: str) -> None:
        if self._held_from is not None and self.currentBlock().position() > self._held_from:
            return
        if self._reached is None:
            self._highlight_line(text)
        else:
            self._restyled_line(text)

    def _restyled_line(self, text: str) -> None:
        """Highlight a line for ``restyle_lines``. Qt goes on to the next line only when a
        line's state changed: to go on down a run of lines asked for (a line at a time cost
        twice as much: Qt lays out each line it is asked to highlight), each line's state is
        set to ``GOING_ON`` before it is highlighted (its own kept in ``_sent``) and, at the
        line Qt is to stop at, put back after."""
        block = self.currentBlock()
        number = self._reached = block.blockNumber()
        read = self.currentBlockState()  # as Qt read it: the same after, it stops here
        sent = self._sent
        own = sent[1] if sent is not None and sent[0] == number else read
        self._highlight_line(text)
        state = self.currentBlockState()
        late = self._until is not None and time.perf_counter() > self._until
        if late and number > self._started and state != own:
            # a slice's time is up and Qt would go on to the next line: it stops here, the
            # line highlighted again in the next slice goes on (its state put back)
            self.setCurrentBlockState(read)
            self._cut = number
        elif late or number >= self._run_end:
            if read == GOING_ON and state == own:
                self.setCurrentBlockState(GOING_ON)  # it stops here (its state put back)
        else:  # the next line is asked for too
            self._send(block.next())

    def _highlight_line(self, text: str) -> None:
        # Qt counts UTF-16 units, Python code points: map only when the line has emoji & co.
        self._units = utf16_offsets(text) if ASTRAL.search(text) else None
        previous = self.previousBlockState()
        if previous == FRONT_MATTER:
            self._front_matter_line(text)
            return
        if previous >= FENCE:
            self._fenced_line(text, previous)
            return
        at_top = previous == TOP_BLANK or (previous == -1 and self.currentBlock().position() == 0)
        if at_top and FRONT_OPEN.match(text.lstrip("\ufeff")):
            self._set(0, len(text), self._formats["fm_fence"])
            self.setCurrentBlockState(FRONT_MATTER)
            return
        if at_top and not text.strip(" \t\ufeff"):
            self.setCurrentBlockState(TOP_BLANK)
            return
        self.setCurrentBlockState(NORMAL)
        fence = FENCE_OPEN.match(text)
        if fence:
            self._set(0, len(text), self._formats["fence"])
            mark = fence.group("fence")
            self.setCurrentBlockState(FENCE + 2 * len(mark) + (mark[0] == "~"))
            return
        inline = self._markdown_line(text)
        self._review_marks(text, previous, inline)
        if self.overlay is not None and self._keystroke:
            self.overlay(text)

    def _front_matter_line(self, text: str) -> None:
        f = self._formats
        if FRONT_CLOSE.match(text):
            self._set(0, len(text), f["fm_fence"])
            self.setCurrentBlockState(NORMAL)
            return
        self.setCurrentBlockState(FRONT_MATTER)
        self._set(0, len(text), f["fm_value"])
        if text.lstrip().startswith("#"):
            self._set(0, len(text), f["fm_comment"])
            return
        key = FRONT_TOP_KEY.match(text)
        if key:
            self._set(0, key.end(), f["fm_key"])
        item = _FM_ITEM.match(text)
        if item:
            self._set(0, item.end(), f["fm_key"])
        start = key.end() if key else 0
        comment = _FM_COMMENT.search(text, start)
        if comment and not _in_quotes(text, comment.start()):
            self._set(comment.start(), len(text) - comment.start(), f["fm_comment"])

    def _fenced_line(self, text: str, state: int) -> None:
        self._set(0, len(text), self._formats["fence"])
        length, tilde = divmod(state - FENCE, 2)
        if fence_closing(("~" if tilde else "`") * length).match(text):
            self.setCurrentBlockState(NORMAL)
        else:
            self.setCurrentBlockState(state)

    def _markdown_line(self, text: str) -> bool:
        """Colour a line of the body; False for a line of its own kind (an ad marker, a jump
        break, a rule), whose inline markup is not read."""
        f = self._formats
        self._styled_line = False
        if MARKER_LINE.match(text):
            self._set(0, len(text), f["ad"])
            return False
        if JUMP_BREAK_LINE.match(text):
            self._set(0, len(text), f["more"])
            return False
        if RULE.match(text):
            self._set(0, len(text), f["syntax"])
            return False
        heading = ATX.match(text)
        quote = QUOTE_MARKS.match(text)
        self._styled_line = bool(heading or quote)
        if heading:
            self._set(0, len(text), f["heading"])
            self._set(0, heading.end("hashes"), f["syntax"])
        if quote:
            self._set(quote.end(), len(text) - quote.end(), f["quote"])
            self._set(0, quote.end(), f["syntax"])
        body = text[quote.end() :] if quote else text
        offset = quote.end() if quote else 0
        item = LIST_ITEM_PARTS.match(body)
        if item:
            self._set(offset, item.end("marker"), f["list"])
        baca = RELATED_PREFIX.match(body)
        if baca:
            self._set(offset, baca.end(), f["baca"])
        self._inline(text)
        return True

    def _inline(self, text: str) -> None:
        if len(text) > INLINE_LIMIT:
            return
        f = self._formats
        # an escaped marker is text: the patterns read the line with it masked (same positions)
        code = code_spans(text)
        escaped = escapes(text, code) if "\\" in text else []
        scan = mask(text, code) if escaped else text
        for m in _BOLD.finditer(scan):
            self._merge(m.start(2), m.end(2) - m.start(2), f["bold"])
            self._syntax(m.start(), len(m.group(1)))
            self._syntax(m.end(2), len(m.group(1)))
        for m in _ITALIC.finditer(scan):
            self._merge(m.start(2), m.end(2) - m.start(2), f["italic"])
            self._syntax(m.start(), 1)
            self._syntax(m.end(2), 1)
        links = list(INLINE_LINK.finditer(scan)) if "](" in scan else []
        for m in links:
            if not m.group("bang"):
                self._merge(m.start("text"), m.end("text") - m.start("text"), f["link"])
                self._set(m.start("url"), m.end("url") - m.start("url"), f["url"])
                self._syntax(m.start(), 1)
                self._syntax(m.end("text"), 2)
                self._syntax(m.end() - 1, 1)
        for m in _AUTOLINK.finditer(text):
            self._set(m.start(), m.end() - m.start(), f["url"])
        for m in links:
            if m.group("bang"):
                self._set(m.start(), m.end() - m.start(), f["image"])
                self._set(m.start("url"), m.end("url") - m.start("url"), f["url"])
        for start, end in comment_spans(text):
            self._set(start, end - start, f["comment"])
        for start, end in code:
            self._set(start, end - start, f["code"])
        for at in escaped:  # the escaping backslash is syntax, the character after it text
            self._syntax(at, 1)

    def set_mark_display(self, display: str) -> None:
        """How review marks look: ``all`` (coloured, with their syntax), ``accepted`` (the text
        as if every suggestion were accepted) or ``original`` (as before them). The file is not
        changed: what is not shown is drawn tiny and transparent. The lines are highlighted
        again a slice of a turn of the event loop at a time, those on screen first, as a new
        reading of the marks is (``restyle_slices``): in one turn, a story of 100,000 marks
        that each span two lines held the window 5 s."""
        if display != self.mark_display:
            self.mark_display = display
            self.mark_ends.slices.start(self.mark_ends.marked_lines())

    def _review_marks(self, text: str, previous: int, inline: bool) -> None:
        """The line's review marks (CriticMarkup) in their colours, their syntax grey (or,
        in the ``accepted`` and ``original`` displays, only the text that display reads). A
        mark that goes on from the line above (``previous``: that line's state) or onto the
        next line is coloured over its part of the line; ``inline``: the line's own marks are
        read (not on an ad marker, a jump break or a rule)."""
        if previous < MARKED and (not inline or "{" not in text):
            return  # nothing goes on from the line above, and no mark begins on this one
        carried = part_of_state(previous)
        ends = self.mark_ends.ends
        left_open = ends.get(self.currentBlock().blockNumber()) if ends else None
        if len(text) > INLINE_LIMIT:  # not read (see INLINE_LIMIT): the reading goes on
            if left_open is not None:
                self.setCurrentBlockState(state_of_part(left_open))
            return
        marks, open_end = line_marks(text, carried, left_open)
        if open_end is not None:
            self.setCurrentBlockState(state_of_part(open_end))
        f = self._formats
        display = self.mark_display
        hide = f["hidden"]
        self._length = len(text)
        span = self._span
        for mark in marks:
            kind = mark.kind
            closing = mark.new_end if kind == "substitute" else mark.text_end
            if display != "all":
                kept = _kept_span(mark, display)
                span(mark.start, mark.end, hide)
                if kept is not None:
                    span(kept[0], kept[1], f["emphasis"])
                continue
            if kind == "comment":
                span(mark.start, mark.end, f["note"])
                continue
            body = {"insert": "added", "delete": "deleted", "highlight": "marked"}
            span(mark.text_start, mark.text_end, f[body.get(kind, "deleted")])
            syntax = f["syntax"]
            if kind == "substitute":
                span(mark.new_start, mark.new_end, f["added"])
                span(mark.text_end, mark.text_end + 2, syntax)  # ~>
            span(mark.start, mark.start + 3, syntax)
            span(closing, closing + 3, syntax)
            span(closing + 3, mark.end, f["note"])  # the attribution comment after it

    def _span(self, start: int, end: int, fmt: QTextCharFormat) -> None:
        """``fmt`` from ``start`` to ``end`` of the line, as far as they are on it (a review
        mark may begin on a line above and end on one below)."""
        start, end = max(start, 0), min(end, self._length)
        if end > start:
            self._set(start, end - start, fmt)

    def _merge(self, start: int, length: int, fmt: QTextCharFormat) -> None:
        """Add ``fmt``'s weight/italics to what is already there (bold inside a heading…)."""
        if not self._styled_line:
            self._set(start, length, fmt)
            return
        for i in range(start, start + length):
            current = QTextCharFormat(self.format(self._q(i)))
            current.merge(fmt)
            if fmt.foreground().style() and self.format(self._q(i)).foreground().style():
                current.setForeground(self.format(self._q(i)).foreground())
            self._set(i, 1, current)

    def _q(self, index: int) -> int:
        return index if self._units is None else self._units[index]

    def _set(self, start: int, length: int, fmt: QTextCharFormat) -> None:
        if self._units is None:
            self.setFormat(start, length, fmt)
        else:
            self.setFormat(
                self._units[start], self._units[start + length] - self._units[start], fmt
            )

    def _syntax(self, start: int, length: int) -> None:
        self._set(start, length, self._formats["syntax"])


def _kept_span(mark: CriticMark, display: str) -> tuple[int, int] | None:
    """The span of ``mark`` the ``accepted`` or ``original`` display shows (None: nothing)."""
    kind = mark.kind
    if kind == "highlight":
        return mark.text_start, mark.text_end
    if kind == "substitute":
        if display == "accepted":
            return mark.new_start, mark.new_end
        return mark.text_start, mark.text_end
    if (kind == "insert") == (display == "accepted") and kind in ("insert", "delete"):
        return mark.text_start, mark.text_end
    return None


def _in_quotes(text: str, index: int) -> bool:
    return text.count("'", 0, index) % 2 == 1 or text.count('"', 0, index) % 2 == 1


def _run_end(numbers: list[int], at: int) -> int:
    """The last of the lines ``numbers[at]``, ``numbers[at] + 1``, … that ``numbers`` (in
    order, each once) holds from index ``at``."""
    start = numbers[at] - at
    return numbers[bisect_right(range(len(numbers)), start, at, key=lambda i: numbers[i] - i) - 1]
