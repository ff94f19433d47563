"""Stopping an import from another thread: the window's Cancel under its "Importing…" note.

A thread cannot be killed, so the import looks at its :class:`Cancel` between its steps
(:func:`checkpoint`: the document read, its HTML parsed or cleaned, each PDF page, the text
converted, the article's text made) and stops at the first one after a cancel with
``Stopped``, having written nothing; a step under way runs to its end first. Once the import
starts writing (the pictures' folder, the plain text, the article, its first version) it is too
late: :meth:`Cancel.cancel` says so and the import ends as usual, a moment later: half a story
on the disk would be worse than a whole one.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from netizen_editor.timebudget import Stopped

_watched: ContextVar[Cancel | None] = ContextVar("import_cancel", default=None)


class Cancel:
    """A cancel asked from one thread and looked at by the import on another."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._asked = False
        self._writing = False

    @property
    def asked(self) -> bool:
        return self._asked

    def cancel(self) -> bool:
        """Ask the import to stop; False when it is writing the article already (it goes on)."""
        with self._lock:
            if not self._writing:
                self._asked = True
            return self._asked

    def start_writing(self) -> None:
        """``Stopped`` when a cancel was asked; else no cancel is taken from now on."""
        with self._lock:
            if self._asked:
                raise Stopped
            self._writing = True


@contextmanager
def watching(cancel: Cancel | None) -> Iterator[None]:
    """:func:`checkpoint` on this thread looks at ``cancel`` meanwhile (None: at nothing)."""
    token = _watched.set(cancel)
    try:
        yield
    finally:
        _watched.reset(token)


def checkpoint() -> None:
    """``Stopped`` when the import this thread runs was cancelled; else nothing (as in an
    import from the command line, which has no cancel)."""
    cancel = _watched.get()
    if cancel is not None and cancel.asked:
        raise Stopped


def start_writing() -> None:
    """The import starts writing (see :meth:`Cancel.start_writing`)."""
    cancel = _watched.get()
    if cancel is not None:
        cancel.start_writing()
