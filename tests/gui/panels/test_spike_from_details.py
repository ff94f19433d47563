"""Spiked chosen in the Article Details panel's Status list asks the desk's question first
(netizen_editor/gui/dialogs/status_questions.py): one pick next to Published must not withdraw
the story. Cancel (the default: Enter and Escape too) puts the list back; other statuses are
not asked about."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.questions import answer_box, note_boxes

ARTICLE = """\
---
title: Banjir Rob Genangi Pesisir Jakarta Utara
author: Tim Redaksi
summary: Banjir rob setinggi 40 sentimeter menggenangi permukiman pesisir Jakarta Utara sejak Senin; warga mengungsi ke balai kelurahan.
slug: banjir-rob
status: ready
---
JAKARTA, Netizen.co.id - Banjir rob menggenangi permukiman warga.
"""  # noqa: E501


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "banjir.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def choose_status(panel, value: str) -> None:
    """Pick ``value`` in the Status list as the journalist does (the list has focus)."""
    combo = panel.status_combo
    combo.setFocus()
    index = combo.findData(value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_spiked_from_the_status_list_asks_and_cancel_puts_the_list_back(
    qtbot, make_window, article
):
    window = make_window([article])
    tab = window.current_tab()
    panel = tab.metadata_panel
    for how in ("enter", "escape", "Cancel"):
        seen = answer_box(qtbot, how)
        choose_status(panel, "spiked")
        assert len(seen) == 1, how
        assert "status: ready\n" in tab.editor_text(), how
        assert panel.status_combo.currentData() == "ready", how
        assert not tab.is_dirty(), how
    box = seen[0]
    assert box["name"] == "desk_spike_dialog" and box["title"] == "Spike Story?"
    assert box["text"] == "Spike “Banjir Rob Genangi Pesisir Jakarta Utara”?"
    assert "withdrawn and kept" in box["info"]
    assert sorted(box["buttons"]) == ["&Spike", "Cancel"] and box["default"] == "Cancel"
    seen = answer_box(qtbot, "&Spike")
    choose_status(panel, "spiked")
    assert len(seen) == 1
    assert "status: spiked\n" in tab.editor_text()
    assert panel.status_combo.currentData() == "spiked"


def test_an_untitled_story_is_named_by_its_file(qtbot, make_window, tmp_path):
    path = tmp_path / "tanpa-judul.md"
    path.write_text("---\nstatus: draft\n---\nIsi.\n", encoding="utf-8")
    window = make_window([path])
    seen = answer_box(qtbot, "Cancel")
    choose_status(window.current_tab().metadata_panel, "spiked")
    assert [box["text"] for box in seen] == ["Spike “tanpa-judul.md”?"]


def test_the_other_statuses_and_spiked_again_do_not_ask(qtbot, make_window, article):
    window = make_window([article])
    tab = window.current_tab()
    panel = tab.metadata_panel
    boxes, watcher = note_boxes(window)
    window.checks_dock.ask_ready_anyway = lambda errors: True  # the checks' own question
    for status in ("draft", "review", "ready", "published", "draft"):
        choose_status(panel, status)
        assert f"status: {status}\n" in tab.editor_text()
    watcher.stop()
    assert boxes == []
    seen = answer_box(qtbot, "&Spike")
    choose_status(panel, "spiked")
    assert len(seen) == 1 and "status: spiked\n" in tab.editor_text()
    watcher.start(10)
    choose_status(panel, "spiked")  # spiked already: nothing to ask
    qtbot.wait(50)
    watcher.stop()
    assert boxes == []
