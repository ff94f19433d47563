"""A long text put into an editor a slice at a time, the window answering meanwhile.

Opening a story of 100,000 one-line paragraphs held the window 7–10 s in one turn of the event
loop: Qt's ``setPlainText`` highlighted all of its 200,000 lines in one go (~3 s), then the tab
parsed the text (~3 s). A :class:`TextLoader` puts the first screen in at once
(``setPlainText``: the cursor at the start, no undo step, not modified), then appends the rest
at the end, about ``SLICE_MS`` of a turn of the event loop at a time: pieces of ``PIECE``
characters, the clock read after each (Qt highlights a piece's lines as it goes in, and a
thread running Python meanwhile, another tab's render thread, made that several times slower
from one piece to the next). Each line is highlighted from the line above it, as in the one
call: the highlighting ends the same. The editor's undo is off meanwhile (opening is no edit:
the stack stays empty); keeping the editor read-only is its owner's part.

Whoever wants the whole text calls :meth:`finish` (the rest goes in now). A change to the text
from elsewhere (which a read-only editor should never see) finishes it on the next turn, and
``done`` says so: the text is then not the one opened.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

#: a turn of the event loop spends about this long putting text in (Qt's highlighting and
#: layout of the slice's lines included)
SLICE_MS = 50
#: characters put in at once: a tall screen of wrapped prose (as far as ``DocumentTab``'s first
#: frame highlights)
FIRST_SLICE = 12_000
#: characters a slice puts in at a time, up to the end of a line (~180 one-line paragraphs,
#: ~3 ms; each insert costs Qt ~1 ms besides the lines)
PIECE = 8_000


class TextLoader(QObject):
    """Put ``text`` (line ends ``\\n``) into ``editor`` over the next turns of the event loop."""

    progressed = Signal(int)  # per cent of the text in
    done = Signal(bool)  # all in; True: the text was also changed from elsewhere meanwhile

    def __init__(self, editor: QPlainTextEdit, text: str):
        super().__init__(editor)  # goes with its editor: a closed tab leaves nothing running
        self.editor = editor
        self.text = text
        self.changed = False  # changed from elsewhere meanwhile
        self._at = 0  # the text before this index is in
        self._mine = False  # the changes now are the loader's own
        self._ended = False
        self._cursor: QTextCursor | None = None
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._next_slice)

    @property
    def running(self) -> bool:
        return not self._ended and shiboken6.isValid(self.editor)

    @property
    def percent(self) -> int:
        return self._at * 100 // max(1, len(self.text))

    def start(self) -> None:
        """Put the first slice in now and the rest over the next turns."""
        document = self.editor.document()
        self._mine = True
        try:
            self.editor.setPlainText(self._take(FIRST_SLICE))  # the stack empty, unmodified
        finally:
            self._mine = False
        document.setUndoRedoEnabled(False)  # until the end: none of it is an undo step
        document.contentsChange.connect(self._changed)
        self._cursor = QTextCursor(document)
        self._timer.start()

    def finish(self) -> None:
        """Put the rest in now, in one go."""
        self._timer.stop()
        if self.running:
            self._insert(len(self.text) - self._at)
        self._end()

    def abandon(self) -> None:
        """Stop where it is (its tab closes): no ``done``."""
        self._ended = True
        self._timer.stop()

    def _next_slice(self) -> None:
        if not self.running:
            return
        if self._at >= len(self.text):
            self._end()  # a turn of its own: the owner has work to do then
            return
        until = time.perf_counter() + SLICE_MS / 1000
        while self._insert(PIECE) and time.perf_counter() < until:
            pass
        self.progressed.emit(self.percent)
        self._timer.start()

    def _take(self, size: int) -> str:
        """The next ``size`` characters of the text, up to the end of the line they end in."""
        at, text = self._at, self.text
        end = text.find("\n", at + max(1, size) - 1)
        self._at = len(text) if end < 0 else end + 1
        return text[at : self._at]

    def _insert(self, size: int) -> int:
        """Append the next ``size`` characters or so; how many were."""
        cursor = self._cursor
        if cursor is None or self._at >= len(self.text):
            return 0
        before = self._at
        chunk = self._take(size)
        self._mine = True
        try:
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(chunk)  # Qt highlights and lays the slice's lines out here
        finally:
            self._mine = False
        return self._at - before

    def _changed(self, _position: int, removed: int, added: int) -> None:
        if not self._mine and (removed or added) and self.running:
            self.changed = True
            self._timer.stop()
            QTimer.singleShot(0, self, self.finish)  # not inside another's edit

    def _end(self) -> None:
        if self._ended:
            return
        self._ended = True
        self._timer.stop()
        if self._cursor is not None and shiboken6.isValid(self.editor):
            document = self.editor.document()
            document.contentsChange.disconnect(self._changed)
            document.setUndoRedoEnabled(True)  # from an empty stack
            document.setModified(False)  # as ``setPlainText`` leaves it (a change: the owner says)
        self.done.emit(self.changed)
        self.deleteLater()
