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
