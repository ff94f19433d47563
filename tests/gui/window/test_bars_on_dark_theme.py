"""The notice bars keep their light backgrounds on a dark desktop theme, and their text dark:
the theme's own text colour (near white) on them was unreadable (QA36 #4, seen in the name
bar under a GTK dark theme)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from netizen_editor.gui.contrast import READABLE, contrast
from netizen_editor.gui.window.info_bar import InfoBar
from netizen_editor.gui.window.lock_bar import ReadOnlyBar
from netizen_editor.gui.window.name_bar import NameBar


@pytest.fixture
def dark_theme(qapp):
    palette = QGuiApplication.palette()
    dark = QPalette(palette)
    for role, colour in ((QPalette.ColorRole.Window, "#2d2d2d"),
                         (QPalette.ColorRole.WindowText, "#f0f0f0"),
                         (QPalette.ColorRole.Text, "#f0f0f0")):  # fmt: skip
        dark.setColor(role, QColor(colour))
    QGuiApplication.setPalette(dark)
    yield
    QGuiApplication.setPalette(palette)


@pytest.mark.parametrize(("make", "background"), [
    (InfoBar, "#e8f0fe"), (ReadOnlyBar, "#fff4e5"),
    (lambda: NameBar("root"), "#fff4e5")])  # fmt: skip
def test_a_bars_text_reads_on_its_light_background(qtbot, dark_theme, make, background):
    bar = make()
    qtbot.addWidget(bar)
    bar.show()
    bar.label.ensurePolished()
    ink = bar.label.palette().color(QPalette.ColorRole.WindowText)
    assert contrast(ink, QColor(background)) >= READABLE, ink.name()
