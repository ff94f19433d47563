"""The Periksa panel's "In Google" picture is shown whole at 1366x768 (the screen less the
taskbar), under the findings' room: the QA saw it squeezed to its caption's line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDockWidget, QScrollArea

from netizen_editor.gui.panels.checks_sizes import MIN_LINES
from tests.gui import TIMEOUT, settle
from tests.gui.panels.test_checks_keyboard import ARTICLE


def test_the_google_result_is_whole_at_1366x768(make_window, qtbot, tmp_path):
    story = Path(tmp_path / "banjir.md")
    story.write_text(ARTICLE, encoding="utf-8")
    window = make_window([story])
    window.resize(1326, 728)  # 1366x768 less the taskbar
    window.findChild(QDockWidget, "checks_dock").raise_()
    panel = window.checks_dock.panel
    qtbot.waitUntil(lambda: bool(panel.finding_items()), timeout=TIMEOUT)
    settle(qtbot, window)  # the docks' last layout
    view, pictures = panel.search_view, panel.findChild(QScrollArea, "checks_pictures")
    shown = view.visibleRegion().boundingRect()
    assert view.height() >= view.heightForWidth(view.width()) - 1
    assert shown.height() >= view.height() - 1, (shown, view.geometry(), pictures.height())
    # and the findings keep their room above it
    assert (
        panel.list.viewport().height() >= (MIN_LINES - 1) * panel.list.fontMetrics().lineSpacing()
    )
