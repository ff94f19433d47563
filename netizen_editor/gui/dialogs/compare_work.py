"""File › History…'s compare off the window's thread: reading the two texts, their word
difference (``history.diff.word_diff``, within its budgets, as ``netizen-editor history
--diff``), the paragraphs that can be restored alone (with the current text: their compare,
``history.paragraphs``, is then the body's, made once) and the HTML shown (``compare_html``, at
most ``MAX_HTML_CHARS``). All of it on the window's thread froze it for 14 s at each click on
a planted 12 MB version; the window now only puts the HTML in.

One compare runs at a time (``CompareRunner``, on a thread of its own as the import's work
runs, ``off_thread``): one asked meanwhile waits for it, a newer one replacing it, and the
result of one asked before the newest is dropped. So clicking through big versions never
keeps more than one compare's memory, and the window shows the last one clicked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer

from netizen_editor.errors import NetizenError, error_message
from netizen_editor.gui.dialogs.compare_html import diff_html, word_counts
from netizen_editor.gui.dialogs.restore_part import linked
from netizen_editor.gui.editor.off_thread import run_off_thread
from netizen_editor.history.diff import WordDiff, word_diff
from netizen_editor.history.paragraphs import Part


@dataclass(frozen=True)
class Side:
    """One of the texts compared: ``key`` (a row's, or the current text's), its text when
    read already, else how to read it."""

    key: str
    text: str | None = None
    load: Callable[[], str] | None = None

    def read(self) -> str:
        if self.text is not None:
            return self.text
        assert self.load is not None
        return self.load()


@dataclass(frozen=True)
class Request:
    """A compare from ``old`` to ``new``; ``parts``: with a link for each changed paragraph
    (the compare with the current text, ``new``); ``command``: the command line that shows
    the whole difference (said when the HTML is cut)."""

    old: Side
    new: Side
    parts: bool = False
    command: str = ""


@dataclass
class Result:
    """A compare's outcome: the texts it read (by key), and the difference, its paragraphs,
    words added and deleted and HTML; or why a text could not be read (``problem``) or
    compared (``failed``)."""

    request: Request
    asked: int  # which compare it is (``CompareRunner``)
    texts: dict[str, str] = field(default_factory=dict)
    problem: str = ""
    failed: str = ""  # the compare itself failed: why
    diff: WordDiff | None = None  # the difference shown
    parts: list[Part] = field(default_factory=list)
    html: str = ""
    added: int = 0
    deleted: int = 0


def compare(request: Request, asked: int) -> Result:
    """The compare ``request`` asks for (on a thread: touches no widget)."""
    result = Result(request, asked)
    try:
        old, new = (_read(side, result.texts) for side in (request.old, request.new))
    except (OSError, NetizenError) as exc:
        result.problem = error_message(exc)
        return result
    try:
        # with the paragraphs, their compare is the body's (the body's word diff made first
        # as well took twice as long: 4.8 s, not 2.4 s, for 2.3 MB whose 6,000 paragraphs
        # each had a word changed)
        diff = word_diff(old, new, body=not request.parts)
        shown, result.parts, links = linked(diff, new if request.parts else None)
        result.added, result.deleted = word_counts(shown)
        result.html = diff_html(shown, links, request.command, result.added + result.deleted)
    except Exception as exc:  # a text the compare fails on must not leave the window waiting
        result.failed = error_message(exc)
        return result
    result.diff = shown
    return result


def _read(side: Side, texts: dict[str, str]) -> str:
    """``side``'s text, read once (kept in ``texts``)."""
    if side.text is not None:
        return side.text
    if side.key not in texts:
        texts[side.key] = side.read()
    return texts[side.key]


class CompareRunner:
    """The compares of one window, one at a time: ``receiver.<method>(result)`` on the
    window's thread gets each result, which it hands to ``finished``."""

    def __init__(self, receiver: QObject, method: str) -> None:
        self._receiver, self._method = receiver, method
        self._asked = 0  # the newest compare asked
        self._busy = False  # one is running
        self._next: Request | None = None  # to run once the window's thread is free again

    def ask(self, request: Request) -> None:
        """Compare ``request`` soon, in place of any compare asked before it. It starts once
        the window's call that asked it returns: the compares asked on its way (choosing a
        row, then the text to compare with) make one."""
        self._asked += 1
        waiting = self._next is not None
        self._next = request
        if not waiting and not self._busy:
            QTimer.singleShot(0, self._receiver, self._start)

    def drop(self) -> None:
        """No result of the compares asked so far is wanted (the one waiting never starts)."""
        self._asked += 1
        self._next = None

    def busy(self) -> bool:
        """A compare is running or waiting to."""
        return self._busy or self._next is not None

    def finished(self, result: Result) -> Result | None:
        """``result`` when it is of the newest compare asked, else None (dropped); the one
        waiting starts."""
        self._busy = False
        if self._next is not None:
            self._start()
        return result if result.asked == self._asked else None

    def _start(self) -> None:
        request = self._next
        if request is None or self._busy:  # started already, or it starts once free
            return
        self._next = None
        self._busy = True
        asked = self._asked
        run_off_thread(self._receiver, self._method, lambda: (compare(request, asked),),
                       "compare")  # fmt: skip
