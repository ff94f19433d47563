"""Replace All over many matches, a slice at a time, the window answering meanwhile.

Qt replaces 100,000 matches in one edit block in seconds, and then highlights and lays out
every changed line: the window froze 8–12 s. A :class:`ReplaceJob` first takes the rest of
the search (the find bar hands it the matches still to find), then replaces the matches from
the last to the first (the earlier ones keep their positions), each about ``SLICE_MS`` of a
turn of the event loop; each slice's edit block joins the previous one
(``QTextCursor.joinPreviousEditBlock``), so one Ctrl+Z takes the whole Replace All back. The
editor is read-only meanwhile (no key lands in a half-replaced text; the first key typed says
so: ``typed_meanwhile``, the keys vanished without a word). A change to the text
from elsewhere (an undo from the menu, a reload) stops the job: its positions no longer hold.
A save waits for the end (:func:`finish_replacing`): a story is never written half-replaced.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from netizen_editor.gui.editor.undo_steps import step_cursor

#: a turn of the event loop spends about this long replacing (Qt's highlighting and layout of
#: the slice's lines included)
SLICE_MS = 50
#: matches replaced in the first slice, before the job has measured how fast this text goes
FIRST_SLICE = 200
#: the job under way in each editor (a save asks: ``finish_replacing``)
_running: weakref.WeakKeyDictionary[QPlainTextEdit, ReplaceJob] = weakref.WeakKeyDictionary()


class ReplaceJob(QObject):
    """Put each ``text`` in place of its ``start``–``end`` span of ``matches`` (sorted, not
    overlapping) in ``editor``, as one undo step. :meth:`start` works over the next turns of the
    event loop, first taking the matches from ``matches`` (a search under way: the text does not
    change meanwhile), then replacing; :meth:`finish` does what is left now."""

    progressed = Signal(int)  # replaced so far
    done = Signal(int, bool)  # replaced, whole (False: stopped, the text changed meanwhile)
    typed_meanwhile = Signal()  # a key that would change the text was typed (once a job)

    def __init__(self, editor: QPlainTextEdit, matches: Iterable[tuple[int, int, str]]):
        super().__init__(editor)  # goes with its editor: a closed tab leaves nothing running
        self.editor = editor
        self.total = 0  # the matches taken so far
        self._source = iter(matches)
        self._searching = True
        self._spans: list[tuple[int, int]] = []
        self._texts: list[str] = []
        self._left = 0  # the matches before this index are still to be replaced
        self._cursor: QTextCursor | None = None
        self._batch = FIRST_SLICE
        self._mine = False  # the text changes now are the job's own
        self._broken = False  # the text changed from elsewhere: the positions left are wrong
        self._ended = False
        self._owns_read_only = False
        self._typed = False  # ``typed_meanwhile`` was said
        self._read_only = editor.isReadOnly()  # what the editor is to be once done
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._next_slice)
        editor.document().contentsChange.connect(self._changed)
        _running[editor] = self

    @property
    def running(self) -> bool:
        return (
            not (self._ended or self._broken)
            and (self._searching or self._left > 0)
            and shiboken6.isValid(self.editor)
        )

    def start(self) -> None:
        """Replace over the next turns of the event loop, the editor read-only meanwhile."""
        self._owns_read_only = True
        self.editor.installEventFilter(self)
        self._set_read_only(True)
        self._timer.start()

    def finish(self) -> None:
        """Replace what is left now, in one go."""
        self._timer.stop()
        if self.running:
            if self._searching:
                self._take(None)
            if self._left:
                self._slice(self._left)
        self._end(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ReadOnlyChange and not self._mine:
            # the tab made it read-only (a colleague took the story) or editable: what it is to
            # be once done; editable before that would let keys into the half-replaced text
            self._read_only = self.editor.isReadOnly()
            self._set_read_only(True)
        elif (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and not self._typed
            and self.running
            and _types(event)
        ):
            self._typed = True  # once: a line of keys says it once
            self.typed_meanwhile.emit()
        return False

    def _set_read_only(self, read_only: bool) -> None:
        mine, self._mine = self._mine, True
        try:
            if self.editor.isReadOnly() != read_only:
                self.editor.setReadOnly(read_only)
        finally:
            self._mine = mine

    def _next_slice(self) -> None:
        if not self.running:
            return
        started = time.perf_counter()
        if self._searching:
            self._take(started + SLICE_MS / 1000)
        else:
            count = self._slice(self._batch)
            taken = max(time.perf_counter() - started, 1e-4)
            # as many next time as fit in SLICE_MS at this pace (a long line highlights slower)
            self._batch = max(20, min(int(count * SLICE_MS / 1000 / taken), 4 * count + 20))
            self.progressed.emit(self.total - self._left)
        if self.running:
            self._timer.start()
        else:
            self._end(True)

    def _take(self, until: float | None) -> None:
        """Take the matches from the search (until the clock reads ``until``, if given)."""
        spans, texts = self._spans, self._texts
        for number, (start, end, text) in enumerate(self._source, 1):
            spans.append((start, end))
            texts.append(text)
            if until is not None and not number % 256 and time.perf_counter() > until:
                break
        else:
            self._searching = False
        self.total = self._left = len(spans)

    def _slice(self, count: int) -> int:
        """Replace up to ``count`` of the matches left, last first; how many were."""
        first = self._cursor is None
        cursor = self._cursor = self._cursor or step_cursor(self.editor)
        end = self._left
        begin = max(0, end - count)
        self._mine = True
        try:
            if first:
                cursor.beginEditBlock()
            else:  # the same undo step as the slices before
                cursor.joinPreviousEditBlock()
            for index in range(end - 1, begin - 1, -1):
                start, stop = self._spans[index]
                cursor.setPosition(start)
                cursor.setPosition(stop, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(self._texts[index])
                self._left = index
        finally:
            cursor.endEditBlock()  # Qt highlights and lays the slice's lines out here
            self._mine = False
        return end - begin

    def _changed(self, _position: int, removed: int, added: int) -> None:
        if not self._mine and (removed or added) and self.running:
            self._broken = True  # an undo, a reload...: the positions left no longer hold
            self._timer.stop()
            QTimer.singleShot(0, self, lambda: self._end(False))  # not inside another's edit

    def _end(self, whole: bool) -> None:
        if self._ended:
            return
        self._ended = True
        self._timer.stop()
        if shiboken6.isValid(self.editor):
            _running.pop(self.editor, None)
            self.editor.document().contentsChange.disconnect(self._changed)
            if self._owns_read_only:
                self.editor.removeEventFilter(self)
                self._set_read_only(self._read_only)
        whole = whole and not self._broken
        replaced = self.total - self._left if whole else 0
        self._left = 0
        self.done.emit(replaced, whole)
        self.deleteLater()


def _types(event: QKeyEvent) -> bool:
    """Whether ``event`` would change an editable text: a character, Enter, a deletion, a
    paste or a cut (not a move, a copy or a window's shortcut)."""
    text = event.text()
    if text and text.isprintable():
        return True
    keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
    return event.key() in keys or any(
        event.matches(change) for change in (QKeySequence.StandardKey.Paste,
                                             QKeySequence.StandardKey.Cut)
    )  # fmt: skip


def running_job(editor: QPlainTextEdit) -> ReplaceJob | None:
    """The Replace All under way in ``editor``, if any."""
    job = _running.get(editor)
    return job if job is not None and job.running else None


def finish_replacing(editor: QPlainTextEdit) -> None:
    """Finish a Replace All under way in ``editor`` now (before its text is saved)."""
    job = running_job(editor)
    if job is not None:
        job.finish()
