"""Ready from the desk, with errors, on a story open in this window: the question lists them and
says which are suggestions, and does not tell the user to open the story (QA22 #8)."""

from __future__ import annotations

from tests.gui import TIMEOUT
from tests.gui.desk.conftest import story
from tests.gui.desk.test_controller import select
from tests.gui.questions import answer_box


def test_the_question_lists_an_open_storys_unresolved_suggestions(desk_window, qtbot, english,
                                                                  desk_folder):  # fmt: skip
    file = desk_folder / "saran.md"
    file.write_text(story("Berita Saran", "review", "Budi Santoso", ["Nasional"],
                          "2026-12-06T08:00:00+07:00").replace(
                              "sejak pagi", "sejak {--pagi--}{>>@Budi Santoso (2026-12-06T09:00"
                              "+07:00)<<}{++siang++}{>>@Budi Santoso (2026-12-06T09:01+07:00)<<}"),
                    encoding="utf-8")  # fmt: skip
    window = desk_window(rows=6)
    model = window.desk.panel.model
    qtbot.waitUntil(lambda: (model.entry(model.row_of("saran.md")).errors or 0) > 0,
                    timeout=TIMEOUT)  # fmt: skip
    window.files.open_path(file)
    select(window, "saran.md")
    seen = answer_box(qtbot, "escape")
    window.desk.panel.action_buttons["ready"].click()
    assert seen and seen[0]["name"] == "errors_question"
    assert seen[0]["text"] == (
        "The checks found 2 errors in “Berita Saran”. "
        "They are suggestions not yet accepted or rejected."
    )
    info = seen[0]["info"]
    assert "Open the story" not in info  # it is open in front of the user
    assert info.count("• unresolved suggestion (Budi Santoso)") == 2, info
