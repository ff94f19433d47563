"""The lines whose review-mark reading changed, highlighted again a slice at a time.

When the reading of a text's review marks comes (``mark_ends``), each line whose reading
changed is highlighted again, with the lines Qt goes on to after it. A story of 100,000 marks
that each span two lines held the window 6.4 s in that one turn of the event loop (QA32 #2;
the same text without them: 0.1 s), one 5 MB mark over 120,000 lines 2.4 s. Now the lines on
screen go first, at once, and the rest follow about ``SLICE_MS`` of a turn at a time, as a long
story is put in (``text_loader``); Qt going on down the lines is stopped at a slice's end too
(``MarkdownHighlighter.restyle_lines``). An edit meanwhile moves the lines left with the lines
it adds or removes, as ``MarkEnds`` moves its reading.

The whole text highlighted again (a theme change, the rest of a story opened for the first
frame: ``MarkdownHighlighter.restyle``) goes the same way: in one turn it held the window
0.4–1.0 s on a story of 2.4 MB, 3.0–4.4 s on one of 50,000 marks that each span two lines. A
request while lines are left joins them: each line once.
"""

from __future__ import annotations

import time
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QPoint, QTimer
from PySide6.QtWidgets import QPlainTextEdit

from netizen_editor.gui.editor.text_loader import SLICE_MS


def visible_lines(editor: QPlainTextEdit) -> tuple[int, int]:
    """(first, last) block number on ``editor``'s screen (none once it is gone)."""
    if not shiboken6.isValid(editor):
        return 0, -1
    bottom = editor.cursorForPosition(QPoint(0, editor.viewport().height() - 1))
    return editor.firstVisibleBlock().blockNumber(), bottom.blockNumber()


class RestyleSlices(QObject):
    """Highlight lines again over the next turns of the event loop: ``restyle(numbers, until)``
    highlights them in order until the ``perf_counter`` time ``until`` and returns those still
    to do; ``visible`` (when set) says which lines are on screen."""

    def __init__(
        self, restyle: Callable[[list[int], float | None], list[int]], parent: QObject | None
    ) -> None:
        super().__init__(parent)
        self._restyle = restyle
        self.visible: Callable[[], tuple[int, int]] | None = None
        self.slices = 0  # slices run (the tests count them)
        self._left: list[int] = []  # the lines still to highlight, in order
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._next_slice)

    @property
    def pending(self) -> bool:
        return bool(self._left)

    def start(self, numbers: list[int]) -> None:
        """Highlight ``numbers`` (in order, each once) again: those on screen and as many more
        as a slice takes now, the rest on the next turns (with the lines still left)."""
        left = self._left
        every = bool(numbers) and numbers[-1] == len(numbers) - 1  # every line, in order
        if left and not (every and left[-1] <= numbers[-1]):
            numbers = sorted(set(left).union(numbers))
        self._left = numbers
        self._next_slice()

    def moved(self, first: int, last: int, delta: int) -> None:
        """The text changed from line ``first`` to line ``last`` (as it is now), ``delta``
        lines more than before: the lines left after it move with it (Qt highlights the lines
        changed itself)."""
        if self._left and delta:
            left = self._left
            low, high = bisect_left(left, first), bisect_left(left, last - delta)
            self._left = left[:low] + [n + delta for n in left[high:]]

    def _next_slice(self) -> None:
        self.slices += 1
        until = time.perf_counter() + SLICE_MS / 1000
        left = self._left
        if self.visible is not None:  # the lines on screen first
            first, last = self.visible()
            low, high = bisect_left(left, first), bisect_right(left, last)
            if low < high:
                undone = self._restyle(left[low:high], until)
                left = left[:low] + left[high:]
                for number in undone:
                    insort(left, number)
        if left and time.perf_counter() < until:
            left = self._restyle(left, until)
        self._left = left
        if left:
            self._timer.start()
