"""The side panels beside the desk: with the desk open under the article, on a laptop's
screen (1366x768) and a desktop's (1600x1000), the Periksa list keeps room for several
findings, the details above it give way (they scroll) only as far as needed, and nothing makes
the window taller than it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDockWidget

from netizen_editor.gui.panels.checks_sizes import MIN_LINES
from netizen_editor.gui.panels.details_scroll import FieldsScroll
from netizen_editor.gui.window import main_window
from netizen_editor.gui.window.main_window import MainWindow
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT, settle

#: a story with ten findings (no summary, no slug, capitals, a long title, ...)
STORY = """\
---
title: PEMKOT BANDUNG SIAGAKAN 12 POSKO PENGUNGSIAN HADAPI BANJIR DI ENAM KECAMATAN
summary: ''
author: ''
date: 2026-12-07T00:09:00+07:00
labels: []
status: draft
---

[[ad]]

Pemerintah Kota Bandung menyiagakan 12 posko pengungsian di enam kecamatan yang rawan banjir.

{>>Cek jabatan Andi ke BPBD<<}

Kepala BPBD Kota Bandung Andi Pratama mengatakan posko dilengkapi dapur umum.

#banjirrob #bandung

Warga dapat menghubungi layanan darurat 112 selama 24 jam, kata dia tadi.
"""


@pytest.fixture
def laid_out(make_window, desk_folder, qtbot, tmp_path, monkeypatch):
    def make(width: int, height: int) -> MainWindow:
        # the window opens at this size (the screen's, less the taskbar)
        monkeypatch.setattr(main_window, "place_first_time", lambda w: w.resize(width, height))
        story = Path(tmp_path / "banjir.md")
        story.write_text(STORY, encoding="utf-8")
        window = make_window([story], settings=Settings(ui_language="en"))
        assert window.desk.open_desk(desk_folder)
        checks = window.findChild(QDockWidget, "checks_dock")
        checks.raise_()
        panel = window.checks_dock.panel
        qtbot.waitUntil(lambda: len(panel.finding_items()) >= 8, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: window.desk.dock.height() >= 300, timeout=TIMEOUT)
        settle(qtbot, window)  # the docks' last layout
        return window

    return make


def lines_shown(window: MainWindow) -> int:
    view = window.checks_dock.panel.list
    return view.viewport().height() // view.fontMetrics().lineSpacing()


@pytest.mark.parametrize("size", [(1326, 728), (1600, 1000)])
def test_the_checks_keep_room_for_several_findings_beside_the_desk(laid_out, size):
    window = laid_out(*size)
    assert (window.width(), window.height()) == size  # not held taller by the side docks
    assert window.minimumSizeHint().height() <= size[1]
    assert lines_shown(window) >= MIN_LINES - 1
    details = window.findChild(QDockWidget, "metadata_dock")
    checks = window.findChild(QDockWidget, "checks_dock")
    assert details.geometry().bottom() < checks.geometry().top()  # one above the other
    assert checks.geometry().bottom() < window.statusBar().geometry().top()
    assert window.desk.dock.geometry().left() > checks.geometry().right()  # beside the desk


def test_with_room_the_details_show_every_field(laid_out, qtbot):
    window = laid_out(1600, 1000)
    assert lines_shown(window) >= 20  # seven or eight findings: they had room for five
    scroll = window.findChild(FieldsScroll, "fields_scroll")
    qtbot.waitUntil(lambda: scroll.isVisible() and scroll.missing() == 0, timeout=TIMEOUT)


def test_on_a_laptop_the_details_give_way_and_scroll(laid_out):
    window = laid_out(1326, 728)
    scroll = window.findChild(FieldsScroll, "fields_scroll")
    assert scroll.isVisible() and scroll.missing() > 0
    assert scroll.verticalScrollBar().maximum() > 0  # the rest of the fields a scroll away
