"""Stories the system asks the app to open: a Markdown file double-clicked in the macOS
Finder, or dropped on the app's Dock icon.

macOS does not put such a file on the command line: it sends an Apple Event, which Qt hands
to the application object as a ``QFileOpenEvent``, at the start (the app launched for that
file) or at any time while it runs. :class:`Application` takes them in its own ``event``, and
its :class:`FileOpenEvents` keeps the files asked for until :meth:`FileOpenEvents.attach`
gives it the window, then opens each as a drop on the window does (an article in a tab, a
document imported; anything else is not taken).

Not an event filter on the application: that one is called from Python for every event of
every object (a cost at each key press and paint), and with PySide6 6.11 a window with its
preview crashed within seconds under such a filter even when it did nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from netizen_editor.gui.window.drops import openable


class Opener(Protocol):
    """What opening a story needs of the window (the window's file controller)."""

    def open_path(self, path: Path | str) -> object: ...


class OpeningWindow(Protocol):
    @property
    def files(self) -> Opener: ...

    def raise_(self) -> None: ...
    def activateWindow(self) -> None: ...


class FileOpenEvents(QObject):
    """Opens the files of ``QFileOpenEvent``s in the window: those the application gets
    (:meth:`take`), or sent to this object."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window: OpeningWindow | None = None
        self.waiting: list[Path] = []  # asked for before the window was there

    def attach(self, window: OpeningWindow) -> None:
        """The window exists: the files asked for so far open once its start is done."""
        self.window = window
        if self.waiting:
            QTimer.singleShot(0, self._open_waiting)

    def take(self, event: QEvent) -> bool:
        """Whether ``event`` asked to open a story or a document (it opens, or waits for the
        window); False for any other event, and for a web address or another kind of file."""
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        url = event.url()
        name = event.file() or (url.toLocalFile() if url.isLocalFile() else "")
        if not name or not openable(Path(name)):
            return False
        self.waiting.append(Path(name))
        if self.window is not None:
            # opened after this event is handled: a question it asks is not asked inside it
            QTimer.singleShot(0, self._open_waiting)
        return True

    def event(self, event: QEvent) -> bool:
        return self.take(event) or super().event(event)

    def _open_waiting(self) -> None:
        window, paths = self.window, self.waiting
        if window is None or not paths:
            return
        self.waiting = []
        window.raise_()
        window.activateWindow()
        for path in paths:
            window.files.open_path(path)


class Application(QApplication):
    """The app's QApplication: the files the system asks it to open go to ``file_opens``."""

    #: None while the application is being made (its own events come already then)
    file_opens: FileOpenEvents | None = None

    def __init__(self, arguments: Sequence[str]) -> None:
        super().__init__(list(arguments))
        self.file_opens = FileOpenEvents(self)

    def event(self, event: QEvent) -> bool:
        opens = self.file_opens
        return (opens is not None and opens.take(event)) or super().event(event)
