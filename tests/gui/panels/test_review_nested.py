"""Accept All / Reject All in the Review panel on marks inside marks, as the command line's
review --accept-all (QA32 #12: a story with marks nested 50,000 deep lost 8 levels a click,
and the command line said the marks left were 'formed where resolved marks met the text')."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netizen_editor.grammar.inline import critic_marks
from tests.gui.panels.test_review_panel import open_review, wait_marks

HEAD = "---\ntitle: Uji\n---\n\nPembuka {>>@Rina (2026-12-06T10:33+07:00): Sumbernya?<<}.\n\n"


def test_accept_all_resolves_a_nest_to_its_end_in_one_step(make_window, qtbot, tmp_path):
    text = HEAD + "{++" * 8 + "isi\n\nlanjut" + "++}" * 8 + "\n"
    window, tab, dock = open_review(make_window, tmp_path, text)
    wait_marks(qtbot, dock, 2)
    qtbot.mouseClick(dock.panel.accept_all_button, Qt.MouseButton.LeftButton)
    assert tab.editor_text().endswith("Sumbernya?<<}.\n\nisi\n\nlanjut\n")  # the comment stays
    assert [m.kind for m in critic_marks(tab.editor_text())] == ["comment"]
    assert window.statusBar().currentMessage() == "8 suggestions accepted; 1 comment stays."
    tab.editor.undo()  # one step, all eight levels
    assert tab.editor_text().endswith("{++" * 8 + "isi\n\nlanjut" + "++}" * 8 + "\n")


def test_accept_all_changes_nothing_in_a_nest_too_deep_and_names_its_line(
    make_window, qtbot, tmp_path
):
    text = HEAD + "{++" * 50_000 + "isi\n\nlanjut" + "++}" * 50_000 + "\n"
    window, tab, dock = open_review(make_window, tmp_path, text)
    wait_marks(qtbot, dock, 2)
    before = tab.editor_text()
    qtbot.mouseClick(dock.panel.accept_all_button, Qt.MouseButton.LeftButton)
    assert tab.editor_text() == before  # not 8 of the 50,000 levels, as it was
    said = window.statusBar().currentMessage()
    assert said.startswith("banjir.md:7: ")  # the command line's words (core, in its language)
    assert "nested deeper than 8 level(s)" in said or "bersarang lebih dari 8 tingkat" in said
    assert tab.editor.textCursor().blockNumber() == 6  # the editor shows where
    assert not tab.editor.document().isUndoAvailable()
