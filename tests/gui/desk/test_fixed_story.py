"""A desk that goes stale as QA19 found it: the broken story fixed and saved, the "Not an
article" count went away but its filter stayed (an empty table, no count selected), and the
note about the problem stayed although the file was an article again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netizen_editor.gui.desk.filtering import PROBLEM
from tests.gui import TIMEOUT
from tests.gui.desk.conftest import story


def _fix(window, desk_folder, qtbot) -> None:
    text = story("Jalan Rusak di Garut", "draft", "Budi Santoso", ["Daerah"], "2026-12-04")
    (desk_folder / "rusak.md").write_text(text, encoding="utf-8")
    window.desk.refresh()
    entry = lambda: window.desk.entry("rusak.md")  # noqa: E731
    qtbot.waitUntil(lambda: entry() is not None and entry().problem is None, timeout=TIMEOUT)


def test_the_problem_filter_gives_way_to_all_when_its_last_file_is_fixed(
    desk_window, desk_folder, qtbot
):
    window = desk_window()
    panel = window.desk.panel
    qtbot.mouseClick(panel.status_buttons[PROBLEM], Qt.MouseButton.LeftButton)
    assert [e.path for e in panel.model.shown()] == ["rusak.md"]
    _fix(window, desk_folder, qtbot)
    assert panel.status_buttons[PROBLEM].isHidden()
    assert panel.status_buttons[""].isChecked()  # shown selected
    assert panel.model.filter.status == ""
    assert panel.model.rowCount() == 5
    assert panel.summary_label.text() == "5 of 5 stories"


def test_the_note_about_a_problem_goes_when_the_problem_does(desk_window, desk_folder, qtbot):
    window = desk_window()
    panel = window.desk.panel
    assert panel.select_path("rusak.md")
    assert panel.message_label.isVisibleTo(panel)
    _fix(window, desk_folder, qtbot)
    assert panel.selected() is not None and panel.selected().path == "rusak.md"
    assert not panel.message_label.isVisibleTo(panel), panel.message_label.text()


def test_a_note_about_a_lock_is_not_taken_for_a_rows_note(desk_window, desk_folder, qtbot):
    window = desk_window()
    panel = window.desk.panel
    assert panel.select_path("banjir-jakarta.md")
    panel.show_message("something an action said")
    window.desk.refresh()
    qtbot.wait(300)
    assert panel.message_label.text() == "something an action said"
