"""The question before a story the checks found errors in is marked ready or published: one
question for the desk's actions and the Article Details' status list."""

from __future__ import annotations

from netizen_editor.gui.dialogs.status_questions import confirm_despite_errors
from tests.gui.questions import answer_box


def test_the_errors_are_listed_and_keep_status_is_the_default(qtbot, english):
    seen = answer_box(qtbot, "escape")
    assert not confirm_despite_errors(None, "Banjir", "ready", 2, ["No summary", "No image"])
    assert seen[0]["text"] == "The checks found 2 errors in “Banjir”."
    assert seen[0]["info"] == "• No summary\n• No image"
    assert seen[0]["default"] == "Keep Status"
    answer_box(qtbot, "Set “Published” Anyway")
    assert confirm_despite_errors(None, "Banjir", "published", 1)  # the desk knows a count only


def test_the_details_panel_asks_the_same_question(make_window, qtbot, tmp_path, english):
    from netizen_editor.checks.findings import Finding, Level

    path = tmp_path / "banjir.md"
    path.write_text("---\ntitle: Banjir\n---\nIsi.\n", encoding="utf-8")
    window = make_window([path])
    seen = answer_box(qtbot, "escape")
    finding = Finding(2, 1, Level.ERROR, "summary", "No summary")
    assert not window.checks_dock.ask_ready_anyway([finding])
    assert seen[0]["name"] == "errors_question" and "“banjir.md”" in seen[0]["text"]


def test_a_story_open_here_is_not_to_be_opened_and_its_suggestions_are_named(qtbot, english):
    # "Open the story" to a user who had it open, errors that were suggestions unnamed (QA22 #8)
    seen = answer_box(qtbot, "escape")
    assert not confirm_despite_errors(None, "Banjir", "ready", 2, open_here=True)
    assert seen[0]["info"] == "The checks panel lists them."
    seen = answer_box(qtbot, "escape")
    assert not confirm_despite_errors(None, "Banjir", "ready", 3, ["a", "b", "c"], suggestions=2,
                                      open_here=True)  # fmt: skip
    assert seen[0]["text"] == (
        "The checks found 3 errors in “Banjir”. 2 of them are suggestions not yet accepted or "
        "rejected."
    )
    seen = answer_box(qtbot, "escape")
    assert not confirm_despite_errors(None, "Banjir", "ready", 1, ["a"], suggestions=1)
    assert seen[0]["text"].endswith(" It is a suggestion not yet accepted or rejected.")
