"""The Periksa panel keeps room for its findings: never fewer than ``MIN_LINES`` lines, and
three quarters of its height when it has more (the pictures below scroll)."""

from __future__ import annotations

from netizen_editor.gui.panels.checks_dock import StandIn
from netizen_editor.gui.panels.checks_panel import ChecksPanel
from netizen_editor.gui.panels.checks_sizes import MIN_LINES, panel_min_height


def test_the_findings_keep_their_lines_and_most_of_the_height(qtbot):
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    panel.resize(330, 600)
    panel.show()
    qtbot.waitExposed(panel)
    view = panel.list
    assert view.minimumHeight() >= MIN_LINES * view.fontMetrics().lineSpacing()
    findings, pictures = panel.splitter.sizes()
    assert findings >= 2.5 * pictures  # they had three fifths, the pictures two
    panel.resize(330, 100)  # a short dock: the findings keep their lines
    qtbot.waitUntil(lambda: panel.height() >= panel.minimumSizeHint().height())
    assert view.height() >= MIN_LINES * view.fontMetrics().lineSpacing()
    assert panel.minimumSizeHint().height() <= panel_min_height(view.fontMetrics()) + 4


def test_the_stand_in_is_as_short_as_the_panel_to_come(qtbot):
    """The docks above do not move when the panel takes the stand-in's place."""
    stand_in = StandIn()
    qtbot.addWidget(stand_in)
    assert stand_in.minimumHeight() == panel_min_height(stand_in.fontMetrics())
