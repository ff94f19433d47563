"""How far an export's photos are, for whoever shows it: ``netizen-editor export`` on a terminal.

Making the web copies of a story's photos can take seconds (up to the export's 20 s of CPU
time, :data:`~netizen_editor.photos.limits.EXPORT_PHOTO_SECONDS`), and an export says nothing
until it is done. Inside :func:`reporting`, :class:`~netizen_editor.export.images.ExportImages`
calls ``show(done, total)`` as each of the story's local images is made (found in the photo
cache, or refused): ``total`` is the images it names, each once. It is called from the threads
that make them, one call at a time.

:func:`on_terminal` shows it as one line on stderr, written over as the photos are made and
cleared once they are, and only when stderr is a terminal: a script that reads what the
command writes (nothing on stdout; its warnings and the files written on stderr) reads what
it read before, as with ``git`` and ``curl``.
"""

from __future__ import annotations

import os
import shutil
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TextIO

from netizen_editor.i18n import tr
from netizen_editor.terminal import terminal_safe

#: ``show(done, total)``: ``done`` of the export's ``total`` photos are made
Show = Callable[[int, int], None]

_show: ContextVar[Show | None] = ContextVar("photo_progress", default=None)


@contextmanager
def reporting(show: Show) -> Iterator[None]:
    """The exports run meanwhile (in this context) call ``show`` as their photos are made."""
    token = _show.set(show)
    try:
        yield
    finally:
        _show.reset(token)


class PhotoCount:
    """The photos of one export made so far, told to the ``show`` of :func:`reporting` (none:
    told to no one). Thread-safe."""

    def __init__(self, total: int):
        self.total = total
        self.done = 0
        self._show = _show.get()
        self._lock = threading.Lock()
        if self._show is not None and total:
            self._show(0, total)

    def one_done(self) -> None:
        if self._show is None:
            return
        with self._lock:
            self.done += 1
            self._show(self.done, self.total)


class TerminalLine:
    """One line on a terminal, written over each time (``\\r``), never wider than the terminal
    (a line that wraps cannot be written over), and cleared at the end. A terminal that cannot
    be written to any more is left alone: the export goes on."""

    def __init__(self, stream: TextIO, name: str):
        self.stream = stream
        self.name = name
        self.width = 0  # of the widest text written on the line
        self.columns = _columns(stream)

    def show(self, done: int, total: int) -> None:
        if not self.columns:
            return
        text = terminal_safe(tr("making photos {done}/{total} for {file}", done=done,
                                total=total, file=self.name))  # fmt: skip
        if len(text) >= self.columns:
            text = text[: self.columns - 2] + "…"
        self._write("\r" + text.ljust(self.width) + "\r")
        self.width = max(self.width, len(text))

    def clear(self) -> None:
        if self.width and self.columns:
            self._write("\r" + " " * self.width + "\r")
            self.width = 0

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # the terminal went away, or stderr was closed
            self.columns = 0


def _columns(stream: TextIO) -> int:
    """The width of the terminal ``stream`` writes to (80 when it does not say), at least 20."""
    try:
        columns = os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, ValueError, OSError):  # not a real terminal's stream
        columns = shutil.get_terminal_size().columns
    return max(20, columns or 80)


@contextmanager
def on_terminal(name: str, stream: TextIO | None = None) -> Iterator[None]:
    """Show how far the photos of the exports run meanwhile are (``name``: the story's file)
    on ``stream`` (stderr) when it is a terminal; else nothing."""
    stream = sys.stderr if stream is None else stream
    try:
        shown = stream is not None and stream.isatty()
    except (AttributeError, ValueError, OSError):  # replaced, closed
        shown = False
    if not shown:
        yield
        return
    line = TerminalLine(stream, name)
    try:
        with reporting(line.show):
            yield
    finally:
        line.clear()
