"""A long story opened a slice at a time: the tab's :class:`TextLoader`, the note above the
editor meanwhile ("Opening… 40%", which says why keys typed do nothing yet), and the first look
at the whole text (title, outline, counts), made on a thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from netizen_editor.editing.long_lines import long_lines
from netizen_editor.gui.editor.markdown_editor import MarkdownEditor
from netizen_editor.gui.editor.off_thread import run_off_thread
from netizen_editor.gui.editor.text_loader import TextLoader
from netizen_editor.gui.window.info_bar import InfoBar
from netizen_editor.settings import Settings
from netizen_editor.snapshot import take_snapshot

log = logging.getLogger(__name__)

#: a text of this many lines or characters goes into the editor a slice at a time, its first
#: look made on a thread (``first_look``). In one go, on the shared 2-core machine, 100,000
#: one-line paragraphs held the window 6–20 s, 5,000 (10,000 lines, 225 KB) 0.25–0.7 s, 2,000
#: (4,000 lines, 90 KB) 0.1–0.27 s
SLICED_LINES = 5_000
SLICED_CHARS = 250_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentTab", text)  # the tab's words


def is_long(text: str) -> bool:
    """Whether ``text`` opens a slice at a time."""
    return len(text) >= SLICED_CHARS or text.count("\n") >= SLICED_LINES


def first_look(
    receiver: QObject, method: str, revision: int, text: str, path: Path | None, settings: Settings
) -> None:
    """``receiver.<method>(snapshot, long)`` with the first snapshot of ``text`` (no checks, as
    the tab's ``_look_now``; None when it failed, logged) and whether it has a line too long to
    type in (``LineBreakOffer``), found on a thread: on the window's, 100,000 lines held it
    ~3 s and ~0.15 s."""

    def work() -> tuple:
        long = bool(long_lines(text))
        try:
            return take_snapshot(revision, text, path, settings, checks=False), long
        except Exception:
            log.exception("no first look at revision %s", revision)
            return None, long

    run_off_thread(receiver, method, work, "first-look")


class LongOpen:
    """Put ``text`` into ``editor`` over the next turns of the event loop (``start``), saying
    so on ``bar``; then call ``done`` with whether the text was also changed from elsewhere."""

    def __init__(
        self,
        editor: MarkdownEditor,
        bar: InfoBar,
        text: str,
        done: Callable[[bool], None],
        read_only: bool = False,
    ):
        self.editor = editor
        self.read_only = read_only  # a colleague's story: it will not be edited here anyway
        self.bar = bar
        self.note = ""  # what the bar says
        self.loader = TextLoader(editor, text)
        self.loader.progressed.connect(self._show)
        self.loader.done.connect(self._done)
        self._then = done

    def start(self) -> None:
        # underlined once it is all in (the owner's part): the prose lines of a growing text
        # were read again after each slice (under 20,000 lines on the spot, ~0.2 s a slice)
        self.editor.spell.set_enabled(False)
        self.loader.start()
        if self.loader.running:
            self._show(self.loader.percent)

    def finish(self) -> None:
        """The rest in now."""
        self.loader.finish()

    def abandon(self) -> None:
        """Stop where it is (the tab closes): ``done`` is not called."""
        self.loader.abandon()

    def _show(self, percent: int) -> None:
        if self.bar.shown != self.note:  # something else said meanwhile, or closed: left so
            return
        if self.read_only:
            self.note = _tr("Opening… {percent}%")
        else:
            self.note = _tr("Opening… {percent}% — the text can be edited once it is all in.")
        self.note = self.note.format(percent=percent)
        self.bar.keep(self.note)

    def _done(self, changed: bool) -> None:
        if self.note and self.bar.shown == self.note:
            self.bar.hide()
        self._then(changed)
