"""Tests of netizen_editor/gui: the folders below mirror its packages; the modules directly in
netizen_editor/gui/ (app, collector, pyside_start, uiloader, …) are tested directly here."""

TIMEOUT = 20_000  # ms a GUI test waits: QtWebEngine starts slowly on a busy 2-core machine


class Recorder:
    """A canned answer to a question the window asks (``window.prompts.X = Recorder(...)``),
    with the calls it got."""

    def __init__(self, answer=None):
        self.answer = answer
        self.calls: list[tuple] = []

    def __call__(self, *args):
        self.calls.append(args)
        return self.answer


def type_at_end(qtbot, tab, text: str) -> None:
    """Type ``text`` at the end of ``tab``'s story, key by key."""
    from PySide6.QtGui import QTextCursor

    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(tab.editor, text)


def settle(qtbot, window, rest_ms: int = 100) -> None:
    """Wait until the window's layout rests: the geometry of it and of every dock the same
    over ``rest_ms`` (a fixed wait ran out first on a loaded machine)."""
    from PySide6.QtWidgets import QDockWidget

    def shape() -> list:
        docks = window.findChildren(QDockWidget)
        return [window.geometry(), *(d.geometry() for d in docks if d.isVisible())]

    deadline, last = TIMEOUT, None
    while deadline > 0:
        now = shape()
        if now == last:
            return
        last = now
        qtbot.wait(rest_ms)
        deadline -= rest_ms
