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
from collections.abc import Callable

from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPalette,
    QSyntaxHighlighter,
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
from netizen_editor.gui.editor.mark_ends import MARKED, MarkEnds, part_of_state, state_of_part
from netizen_editor.gui.editor.positions import ASTRAL, utf16_offsets

#: lines one change may span and still be typing (Enter: the line split and the new one)
KEYSTROKE_LINES = 1
NORMAL = 0
FRONT_MATTER = 1
TOP_BLANK = 4  # a blank line above the front matter's opening fence (tolerated)
FENCE = 16  # inside a fence: FENCE + 2 × the fence's length, + 1 for tildes

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

LIGHT = {
    "syntax": "#9aa0a6",
    "heading": "#1a3d7c",
    "emphasis": "#202124",
    "link": "#0b57d0",
    "url": "#5f6f86",
    "image": "#7b2fa0",
    "code": "#a3320b",
    "code_bg": "#f3f4f6",
    "quote": "#2e6b3a",
    "list": "#c2410c",
    "fm_key": "#8430ce",
    "fm_value": "#3c4043",
    "fm_bg": "#f7f5fb",
    "comment": "#80868b",
    "ad": "#9a5b00",
    "ad_bg": "#fff3dc",
    "baca": "#0f766e",
    "more": "#b3261e",
    "more_bg": "#fde8e7",
    "added": "#137333",
    "added_bg": "#e6f4ea",
    "deleted": "#b3261e",
    "deleted_bg": "#fce8e6",
    "marked_bg": "#fff3b0",
    "note": "#3c4a8a",
    "note_bg": "#e8eaf6",
}
DARK = {
    "syntax": "#7f8691",
    "heading": "#8ab4f8",
    "emphasis": "#e8eaed",
    "link": "#8ab4f8",
    "url": "#9aa7b8",
    "image": "#d7aefb",
    "code": "#f6ad8b",
    "code_bg": "#2b2f36",
    "quote": "#81c995",
    "list": "#fdba74",
    "fm_key": "#d7aefb",
    "fm_value": "#dadce0",
    "fm_bg": "#2a2733",
    "comment": "#9aa0a6",
    "ad": "#fdd663",
    "ad_bg": "#3b3220",
    "baca": "#5eead4",
    "more": "#f28b82",
    "more_bg": "#3c2222",
    "added": "#81c995",
    "added_bg": "#1f3326",
    "deleted": "#f28b82",
    "deleted_bg": "#3c2222",
    "marked_bg": "#4a4320",
    "note": "#aecbfa",
    "note_bg": "#2a2f45",
}


def _fmt(
    color: str,
    *,
    bold: bool = False,
    italic: bool = False,
    background: str = "",
    mono: bool = False,
    underline: bool = False,
    strike: bool = False,
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if background:
        fmt.setBackground(QColor(background))
    if mono:
        fmt.setFontFamilies([QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()])
    if underline:
        fmt.setFontUnderline(True)
    if strike:
        fmt.setFontStrikeOut(True)
    return fmt


def _hidden_format() -> QTextCharFormat:
    """Text that is there but not shown (the syntax of review marks in a reading display)."""
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(0, 0, 0, 0))
    fmt.setFontPointSize(1)
    # and 1 % of a letter's width: a long mark (a deleted sentence and its signed comment)
    # at the smallest size alone still left a gap of several letters in the line read
    fmt.setFontLetterSpacingType(QFont.SpacingType.PercentageSpacing)
    fmt.setFontLetterSpacing(1)
    return fmt


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
        """Highlight the whole text again. Only formats change, so the document's change
        signals stay quiet: to the tab, the journal and the preview it is no edit."""
        document = self.document()
        blocked = document.blockSignals(True)
        try:
            self.rehighlight()
        finally:
            document.blockSignals(blocked)

    def restyle_lines(self, numbers: list[int], until: float | None = None) -> list[int]:
        """Highlight the lines ``numbers`` (in order) again, and those after each as far as
        their state changes, as quietly as ``restyle``: a line Qt went on to from one before
        it is not highlighted twice (a mark over 100,000 lines would be, each line). With
        ``until`` (a ``perf_counter`` time) it stops there, the lines Qt was going on to too
        (``highlightBlock``), and returns the lines still to highlight (``restyle_slices``)."""
        document = self.document()
        blocked = document.blockSignals(True)
        self._reached, self._until, self._cut = -1, until, None
        try:
            for at, number in enumerate(numbers):
                if number > self._reached:
                    block = document.findBlockByNumber(number)
                    if block.isValid():
                        self._started = number
                        self.rehighlightBlock(block)
                if self._cut is not None:  # the slice ended with Qt going on: on from there
                    return [self._cut] + [n for n in numbers[at + 1 :] if n > self._cut]
                if until is not None and time.perf_counter() > until:
                    return numbers[at + 1 :]
            return []
        finally:
            self._reached = self._until = None
            document.blockSignals(blocked)

    def set_palette(self, palette: QPalette) -> None:
        """Pick light or dark colours to match ``palette`` and re-highlight."""
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        c = DARK if dark else LIGHT
        self._formats = {
            "syntax": _fmt(c["syntax"]),
            "heading": _fmt(c["heading"], bold=True),
            "bold": _fmt(c["emphasis"], bold=True),
            "italic": _fmt(c["emphasis"], italic=True),
            "link": _fmt(c["link"]),
            "url": _fmt(c["url"], underline=True),
            "image": _fmt(c["image"]),
            "code": _fmt(c["code"], background=c["code_bg"], mono=True),
            "fence": _fmt(c["code"], background=c["code_bg"], mono=True),
            "quote": _fmt(c["quote"], italic=True),
            "list": _fmt(c["list"], bold=True),
            "fm_fence": _fmt(c["syntax"], background=c["fm_bg"]),
            "fm_key": _fmt(c["fm_key"], bold=True, background=c["fm_bg"]),
            "fm_value": _fmt(c["fm_value"], background=c["fm_bg"]),
            "comment": _fmt(c["comment"], italic=True),
            "fm_comment": _fmt(c["comment"], italic=True, background=c["fm_bg"]),
            "ad": _fmt(c["ad"], bold=True, background=c["ad_bg"]),
            "baca": _fmt(c["baca"], bold=True),
            "more": _fmt(c["more"], bold=True, background=c["more_bg"]),
            # review marks: additions green, deletions struck red, highlights yellow, notes blue
            "added": _fmt(c["added"], background=c["added_bg"]),
            "deleted": _fmt(c["deleted"], background=c["deleted_bg"], strike=True),
            "marked": _fmt(c["emphasis"], background=c["marked_bg"]),
            "note": _fmt(c["note"], italic=True, background=c["note_bg"]),
            "emphasis": _fmt(c["emphasis"]),
            "hidden": _hidden_format(),
        }
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
        if self._until is None:
            self._highlight_line(text)
            return
        before = self.currentBlockState()
        self._highlight_line(text)
        number = self.currentBlock().blockNumber()
        if (
            number > self._started
            and self.currentBlockState() != before
            and time.perf_counter() > self._until
        ):  # a slice's time is up and Qt would go on to the next line: it stops here, the line
            self.setCurrentBlockState(before)  # highlighted again in the next slice goes on
            self._cut = number

    def _highlight_line(self, text: str) -> None:
        if self._reached is not None:
            self._reached = self.currentBlock().blockNumber()
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
