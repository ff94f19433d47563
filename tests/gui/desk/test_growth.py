"""A big listing tells the cycle collector to freeze its rows (gui.collector)."""

from __future__ import annotations


def test_a_listing_of_many_stories_is_frozen_at_the_next_pause(desk_window, monkeypatch):
    """The rows of a big first listing are kept while the desk is open: the collector is told,
    so they are frozen at the next pause (gui.collector), typed or not."""
    from netizen_editor.gui import collector
    from netizen_editor.gui.desk import controller

    told: list[bool] = []
    monkeypatch.setattr(collector, "note_growth", lambda: told.append(True))
    monkeypatch.setattr(controller, "GROWTH_AT_LEAST", 5)
    desk_window()  # its first poll lists 5 stories
    assert told
