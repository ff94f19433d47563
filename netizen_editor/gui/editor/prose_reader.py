"""The grammar's prose lines of an editor's text as it is: the lines the spelling rules read
(not front matter, code, raw HTML or an HTML comment block), for the spell layer.

They are read again (an incremental scan) after an edit that can change which lines are prose:
lines added or removed, or an edit the spell layer calls ``structural``. Typing prose keeps the
last answer; the tab's snapshot of the revision brings the exact one (``use``) once the text
rests. A short text is scanned on the spot (a few milliseconds). A long one (``THREAD_FROM``
lines and more: 200,000 lines take ~0.35 s alone, 1.7–2.6 s in the window while the render
thread reads the same text, ~30–60 ms again after each slice of a Replace All) is scanned
on a thread of its own once the text has rested ``REST_MS``, while the editor paints the lines
on screen with the last answer (none before the first: those lines get their underlines when
it comes); ``read`` calls back then. Not while the text changes: a thread reading Python holds
the GIL, and every line Qt highlights or paints meanwhile waits for it (a Replace All's slice
took seconds).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextDocument

from netizen_editor.grammar.block_count import MAX_BLOCKS
from netizen_editor.grammar.prose import ProseLines
from netizen_editor.grammar.scan import ArticleScan, scan_article
from netizen_editor.gui.editor.off_thread import run_off_thread

#: from this many lines the prose lines are read on a thread (20,000 lines: ~40 ms from
#: scratch, ~10 ms again after an edit)
THREAD_FROM = 20_000
REST_MS = 300


class ProseReader(QObject):
    """The prose lines of ``document``; ``read`` is called when a thread's scan came in."""

    taken = Signal()  # new prose lines were taken (the highlighter's review marks read them)

    def __init__(self, document: QTextDocument, read: Callable[[], None], parent: QObject):
        super().__init__(parent)
        self.document = document
        self._read = read
        self.scan: ArticleScan | None = None
        self.lines: ProseLines | None = None
        self.revision = -1  # Qt's revision of the text ``lines`` were read from
        self._blocks = -1  # ...and its line count
        self.structural = True  # an edit since then may have changed what is prose
        self._scanning = False
        self._taken = 0  # answers taken: a thread's answer older than the last one taken goes
        self._rest = QTimer(self, singleShot=True, interval=REST_MS)
        self._rest.timeout.connect(self._start)
        document.contentsChange.connect(self._changed)

    @property
    def pending(self) -> bool:
        """True while the prose lines wait to be read on a thread."""
        return self._scanning or self._rest.isActive()

    def current(self, exact: bool = False) -> ProseLines | None:
        """The prose lines of the text (the last answer while a thread reads a long text's,
        None before the first; ``exact``: read now, whatever the length: a user's question)."""
        document = self.document
        lines = self.lines
        if self.fresh():
            return lines
        blocks = document.blockCount()
        if exact or blocks < THREAD_FROM:
            scan = scan_article(document.toPlainText(), self.scan, most=MAX_BLOCKS)
            self._take(scan, ProseLines(scan), document.revision(), blocks)
            self.structural = False
            return self.lines
        if not self._scanning and not self._rest.isActive():
            self._rest.start()
        return lines

    def fresh(self) -> bool:
        """Whether ``lines`` are the text's as it is: read from this revision, or from one
        before edits that cannot have changed them."""
        document = self.document
        return self.lines is not None and (
            self.revision == document.revision()
            or (not self.structural and document.blockCount() == self._blocks)
        )

    def use(self, scan: ArticleScan) -> None:
        """``scan`` is the text's as it is now (its tab's snapshot)."""
        self._take(scan, ProseLines(scan), self.document.revision(), self.document.blockCount())
        self.structural = False

    def _take(self, scan: ArticleScan, lines: ProseLines, revision: int, blocks: int) -> None:
        self.scan, self.lines = scan, lines
        self.revision, self._blocks = revision, blocks
        self._taken += 1
        self.taken.emit()

    def _changed(self, _position: int, removed: int, added: int) -> None:
        if self._rest.isActive() and (removed or added):
            self._rest.start()  # once the text rests

    def _start(self) -> None:
        document = self.document
        revision, blocks = document.revision(), document.blockCount()
        if self.lines is not None and revision == self.revision:
            return  # the tab's snapshot brought them meanwhile
        self._scanning = True
        self.structural = False  # an edit from now on makes it so again
        text, previous, taken = document.toPlainText(), self.scan, self._taken

        def work() -> tuple:
            scan = scan_article(text, previous, most=MAX_BLOCKS)  # as the snapshot's
            lines = ProseLines(scan)
            lines.blanks  # noqa: B018 - read here, not on the first paint
            lines.open_ends  # noqa: B018 - and the review marks' line ends
            return scan, lines, revision, blocks, taken

        run_off_thread(self, "_scanned", work, "prose-lines")

    def _scanned(
        self, scan: ArticleScan, lines: ProseLines, revision: int, blocks: int, taken: int
    ) -> None:
        self._scanning = False
        if taken == self._taken:  # no snapshot came meanwhile
            self._take(scan, lines, revision, blocks)
        self._read()  # paint again: with these lines, or ask again for a text changed since
