"""A window opening a desk says nothing on stderr (QA30 #8): it printed once "dataChanged()
called with an invalid index range: topleft: QModelIndex(-1,-1,…)", a model telling its views
that an empty range of rows changed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from netizen_editor.settings import Settings
from tests.gui import TIMEOUT


@contextmanager
def qt_messages() -> Iterator[list[str]]:
    """Qt's messages while the block runs (warnings a user would see on stderr)."""
    said: list[str] = []

    def keep(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        said.append(message)

    before = qInstallMessageHandler(keep)
    try:
        yield said
    finally:
        qInstallMessageHandler(before)


def test_a_desk_opens_without_a_warning_of_an_invalid_range(make_window, desk_folder, qtbot):
    with qt_messages() as said:
        window = make_window(settings=Settings(ui_language="en"))
        window.resize(1366, 768)
        assert window.desk.open_desk(desk_folder)
        qtbot.waitUntil(lambda: window.desk.panel.model.rowCount() == 5, timeout=TIMEOUT)
        qtbot.wait(200)  # the columns fitted to the table's first width
    assert [m for m in said if "invalid index" in m] == []
