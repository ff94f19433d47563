"""Which lines of an editor's text end inside a review mark, for its highlighter.

The highlighter reads one line at a time (Qt highlights a block at a time) and keeps in a
line's state the part of a mark the line leaves open, so the next line goes on with it
(``grammar.critic_lines``). Whether a mark opened on a line closes on a later one (else its
opening is text) only the whole run of prose can say: that comes from the grammar's reading of
the text, the spell layer's :class:`ProseReader` (``ProseLines.open_ends``), read again after an
edit that can open, close or move a mark (on a thread for a long text, once it rests). Until
then the lines keep the last reading, moved with the lines an edit added or removed; when it
comes, the lines whose reading changed are highlighted again (Qt goes on to the lines after
each, as far as their state changes): those on screen at once, the rest a slice of a turn of
the event loop at a time (``restyle_slices``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QTextBlock, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from netizen_editor.grammar.critic_lines import OPEN_PARTS, OpenMark
from netizen_editor.grammar.inline import CRITIC_DELIMITERS, blank_code
from netizen_editor.grammar.prose import ProseLines
from netizen_editor.gui.editor.prose_reader import REST_MS, ProseReader
from netizen_editor.gui.editor.restyle_slices import RestyleSlices, visible_lines

#: the line state of a line that ends inside a review mark: MARKED + the part's place in
#: OPEN_PARTS (below the fences' states, above the front matter's)
MARKED = 8
#: the most lines an edit adds that are given the reading of the line they were typed in
GUESSED_LINES = 2_000
#: an edit this close to a line's start can change what the line is (a fence, an HTML block,
#: indented code: the end of a run of prose, which no mark crosses)
LINE_START = 4
_DELIMITER = re.compile("|".join(map(re.escape, CRITIC_DELIMITERS)))


def part_of_state(state: int) -> OpenMark | None:
    """The part of a review mark a line whose state is ``state`` ends inside (None: none)."""
    if MARKED <= state < MARKED + len(OPEN_PARTS):
        return OPEN_PARTS[state - MARKED]
    return None


def state_of_part(part: OpenMark) -> int:
    """The state of a line that ends inside ``part`` of a review mark."""
    return MARKED + OPEN_PARTS.index(part)


class MarkEnds(QObject):
    """``ends``: block number -> the part of a review mark its line ends inside, as the last
    reading of the text had it; ``restyle(numbers, until)`` highlights the given block numbers
    again until the ``perf_counter`` time ``until`` and returns those it did not reach."""

    def __init__(
        self,
        document: QTextDocument,
        restyle: Callable[[list[int], float | None], list[int]],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.ends: dict[int, OpenMark] = {}
        self.slices = RestyleSlices(restyle, self)
        self._prose: ProseReader | None = None
        self._lines: ProseLines | None = None  # the reading ``ends`` came from
        self._blocks = document.blockCount()
        self._revision = document.revision()
        self._stale = False  # an edit since the last reading can have opened or closed a mark
        self._stale_at = 0  # the document's revision at that edit
        # (line, its start, its marks' delimiters) after the last edit that was read again: the
        # next keys in the line that leave these as they are need no new reading
        self._typed: tuple[int, str, list[str]] | None = None
        self._soon = QTimer(self, singleShot=True, interval=0)
        self._soon.timeout.connect(self._read)
        # lines added or removed (a paste, a long story put in a slice at a time): once the
        # text rests, as the prose reader reads it
        self._later = QTimer(self, singleShot=True, interval=REST_MS)
        self._later.timeout.connect(self._read)

    def follow(self, prose: ProseReader, editor: QPlainTextEdit | None = None) -> None:
        """Take the readings of ``prose`` (each one it takes, and after an edit); the lines on
        ``editor``'s screen are highlighted again first."""
        self._prose = prose
        if editor is not None:
            self.slices.visible = lambda: visible_lines(editor)
        prose.taken.connect(self._read, Qt.ConnectionType.QueuedConnection)
        self._later.start()

    @property
    def pending(self) -> bool:
        """True while an edit waits for the text to be read again (or its reading to be
        taken here, or its lines to be highlighted again)."""
        prose = self._prose
        waiting = self._stale or self._soon.isActive() or self._later.isActive()
        waiting = waiting or self.slices.pending
        return prose is not None and (waiting or prose.pending or prose.lines is not self._lines)

    def marked_lines(self) -> list[int]:
        """The lines (block numbers, in order) whose highlighting reads review marks: those
        with a brace, and those after a line that ends inside a mark (the only lines the
        highlighter leaves inside one)."""
        text = self.document.toPlainText()
        lines = [n for n, line in enumerate(text.split("\n")) if "{" in line] if "{" in text else []
        return sorted(set(lines).union(line + 1 for line in self.ends))

    def moved(
        self,
        block: QTextBlock,
        last: int,
        same_length: bool,
        carried: Callable[[int], OpenMark | None],
    ) -> None:
        """The text changed from ``block`` to the line numbered ``last`` (Qt's
        ``contentsChange``; ``same_length``: as many characters in as out), before the
        highlighter reads the changed lines: the readings of the lines after them move with
        them, the lines typed get the reading of the line they were typed in (else
        ``carried(number)``: the part the line above ``number`` left open), and the text is
        read again when the edit can have opened, closed or moved a mark."""
        document = self.document
        revision = document.revision()
        if revision == self._revision and same_length:
            return  # Qt's highlighter marking its formats: no edit
        self._revision = revision
        count = document.blockCount()
        delta, self._blocks = count - self._blocks, count
        first = block.blockNumber()
        self.slices.moved(first, last, delta)
        ends = self.ends
        if ends and (last > first or delta):
            guess = ends.get(first) or carried(first)
            moved = {}
            for line, part in ends.items():
                if line < first:
                    moved[line] = part
                elif line >= last - delta:  # the line the edit ends in, and the lines after
                    moved[line + delta] = part
            if guess is not None and last - first <= GUESSED_LINES:
                moved.update(dict.fromkeys(range(first, last), guess))
            self.ends = ends = moved
        if self._prose is None:
            return
        if last > first or delta:
            self._stale, self._typed, self._stale_at = True, None, revision
            self._later.start()
            return
        text = block.text()
        if first in ends or first - 1 in ends or "{" in text or "}" in text:
            # a line with a mark's delimiters, or one a mark runs over: read again unless the
            # edit left the line's start and its delimiters as they were
            code = blank_code(text) if "`" in text else text
            typed = (first, text[:LINE_START], _DELIMITER.findall(code))
            if typed != self._typed:
                self._stale, self._typed, self._stale_at = True, typed, revision
                self._soon.start()

    def _read(self) -> None:
        prose = self._prose
        if prose is None or self._later.isActive():
            return
        if self._stale and not (prose.lines is not None and prose.revision >= self._stale_at):
            # an edit that can open or close a mark and no reading since: read it now (told
            # now: the spell layer judges the edit for itself first)
            self._stale = False
            prose.structural = True
            lines = prose.current()
        else:  # a reading taken since (the tab's snapshot, read on its render thread), or
            self._stale = False  # the text at rest: never a scan of its own here
            lines = prose.lines
        if lines is None or lines is self._lines or not prose.fresh():
            return  # a thread reads the text: ``taken`` calls again
        self._lines = lines
        ends = {line - 1: part for line, part in lines.open_ends.items()}
        old = self.ends
        changed = [line for line in ends.keys() | old.keys() if ends.get(line) != old.get(line)]
        self.ends = ends
        if changed:
            self.slices.start(sorted(changed))
