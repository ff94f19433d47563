"""The page script's messages to the app, received over a QWebChannel (Qt Core only, so the
preview can connect to it before QtWebEngine is loaded)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot


class PreviewBridge(QObject):
    """What the page script may tell the app (over a QWebChannel in the isolated world)."""

    ready = Signal(int)  # generation of the page whose script is now running
    painted = Signal(int)  # that page's first frame has been drawn
    clicked = Signal(int)  # source line of the clicked block
    scrolled = Signal(int)  # top source line after the user scrolled

    @Slot(int)
    def report_ready(self, generation: int) -> None:
        self.ready.emit(generation)

    @Slot(int)
    def report_painted(self, generation: int) -> None:
        self.painted.emit(generation)

    @Slot(int)
    def report_clicked(self, line: int) -> None:
        self.clicked.emit(line)

    @Slot(int)
    def report_scrolled(self, line: int) -> None:
        self.scrolled.emit(line)
