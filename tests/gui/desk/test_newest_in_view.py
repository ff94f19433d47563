"""A colleague's change goes to the top of a desk sorted newest first (QA31 F3): the view kept
the row that was first on screen there, so the changed story sat above the visible area while
the scroll bar was at its top ("20 of 20 stories", 19 seen). A view at the top stays at the
top; a view scrolled elsewhere keeps the story the user was looking at, and the selection."""

from __future__ import annotations

import os
import time

from tests.gui import TIMEOUT
from tests.gui.desk.test_controller import _more_stories, _top

CHANGED = "arsip/berita-00.md"  # the oldest story: the last row until it changes


def _change(desk_folder) -> None:
    """Another instance saves the oldest story: it is the newest change now."""
    changed = desk_folder / CHANGED
    changed.write_text(changed.read_text(encoding="utf-8").replace("pagi", "siang"),
                       encoding="utf-8")  # fmt: skip
    later = time.time() + 60  # newer than every other story (the file that is no article too)
    os.utime(changed, (later, later))


def _scrolling_desk(desk_window, desk_folder):
    _more_stories(desk_folder, 30)
    panel = desk_window(rows=35).desk.panel
    panel.table.resize(panel.table.width(), 200)
    assert panel.table.verticalScrollBar().maximum() > 0  # the rows do not all fit
    return panel


def test_a_view_at_the_top_shows_the_story_that_just_changed(desk_window, qtbot, desk_folder):
    panel = _scrolling_desk(desk_window, desk_folder)
    table, model = panel.table, panel.model
    assert table.verticalScrollBar().value() == 0
    _change(desk_folder)
    panel.window().desk.refresh()
    qtbot.waitUntil(lambda: model.row_of(CHANGED) == 0, timeout=TIMEOUT)
    assert table.verticalScrollBar().value() == 0
    assert model.entry(table.indexAt(table.viewport().rect().topLeft()).row()).path == CHANGED


def test_a_view_at_the_top_keeps_its_selection(desk_window, qtbot, desk_folder):
    panel = _scrolling_desk(desk_window, desk_folder)
    table, model = panel.table, panel.model
    table.selectRow(2)
    path = panel.selected().path
    _change(desk_folder)
    panel.window().desk.refresh()
    qtbot.waitUntil(lambda: model.row_of(CHANGED) == 0, timeout=TIMEOUT)
    assert table.indexAt(table.viewport().rect().topLeft()).row() == 0
    assert panel.selected().path == path and model.row_of(path) == 3
    assert model.entry(table.currentIndex().row()).path == path


def test_a_view_scrolled_down_keeps_the_story_at_its_top(desk_window, qtbot, desk_folder):
    panel = _scrolling_desk(desk_window, desk_folder)
    table, model = panel.table, panel.model
    table.scrollTo(model.index(10, 0), table.ScrollHint.PositionAtTop)
    looked_at = model.entry(table.rowAt(0)).path
    top = _top(table, model.row_of(looked_at))
    _change(desk_folder)
    panel.window().desk.refresh()
    qtbot.waitUntil(lambda: model.row_of(CHANGED) == 0, timeout=TIMEOUT)
    assert model.entry(table.rowAt(0)).path == looked_at
    assert _top(table, model.row_of(looked_at)) == top
