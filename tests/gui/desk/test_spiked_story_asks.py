"""A spiked story is not run with one click (QA25 F-T): Ready or Published on it, from the desk's
buttons, its right-click menu or the Article Details panel's Status list, asks first, naming the
story, with Keep Status the default; Send to Editor (how a spike is undone) does not ask."""

from __future__ import annotations

from tests.gui.desk.conftest import story
from tests.gui.desk.test_controller import meta, select, wait_status
from tests.gui.panels.test_spike_from_details import choose_status
from tests.gui.questions import answer_box, answer_input, note_boxes

PATH = "olahraga/timnas.md"
TITLE = "Timnas Menang Tipis atas Vietnam"
URL = "https://netizen.co.id/2026/12/timnas-menang.html"


def spiked(desk_folder):
    file = desk_folder / PATH
    file.parent.mkdir(parents=True, exist_ok=True)
    text = story(TITLE, "spiked", "Budi Santoso", ["Olahraga"], "2026-12-05T19:30:00+07:00")
    file.write_text(text, encoding="utf-8")
    return file


def test_ready_and_published_on_a_spiked_story_ask_first(desk_window, qtbot, desk_folder):
    file = spiked(desk_folder)
    window = desk_window()
    panel = window.desk.panel
    before = file.read_bytes()
    select(window, PATH)
    for how in ("enter", "escape", "Keep Status"):
        seen = answer_box(qtbot, how)
        panel.action_buttons["ready"].click()
        assert len(seen) == 1, how
        assert file.read_bytes() == before, how
    box = seen[0]
    assert box["name"] == "spiked_story_question" and box["title"] == "Spiked Story"
    assert box["text"] == f"“{TITLE}” was spiked by the desk: mark it ready anyway?"
    assert "Send to Editor" in box["info"]
    assert sorted(box["buttons"]) == ["Keep Status", "Set “Ready” Anyway"]
    assert box["default"] == "Keep Status"

    seen = answer_box(qtbot, "Keep Status")  # Published, from the right-click menu
    menu = panel.context_menu()
    next(a for a in menu.actions() if a.text().replace("&", "") == "Published").trigger()
    assert [b["text"] for b in seen] == [f"“{TITLE}” was spiked by the desk: publish it anyway?"]
    assert file.read_bytes() == before

    seen = answer_box(qtbot, "Set “Published” Anyway")  # then the live address, as always
    answer_input(qtbot, URL)
    panel.action_buttons["published"].click()
    assert len(seen) == 1
    assert meta(file)["status"] == "published" and meta(file)["url"] == URL
    wait_status(qtbot, window, PATH, "published")


def test_send_to_editor_undoes_a_spike_without_a_question(desk_window, qtbot, desk_folder):
    file = spiked(desk_folder)
    window = desk_window()
    boxes, watcher = note_boxes(window)
    select(window, PATH)
    window.desk.panel.action_buttons["review"].click()
    watcher.stop()
    assert boxes == []
    assert meta(file)["status"] == "review"


def test_the_details_status_list_asks_too(qtbot, make_window, tmp_path):
    file = spiked(tmp_path)
    window = make_window([file])
    tab = window.current_tab()
    panel = tab.metadata_panel
    window.checks_dock.ask_ready_anyway = lambda errors: True  # the checks' own question
    for status in ("ready", "published"):
        seen = answer_box(qtbot, "enter")
        choose_status(panel, status)
        assert len(seen) == 1 and seen[0]["name"] == "spiked_story_question", status
        assert "status: spiked\n" in tab.editor_text(), status
        assert panel.status_combo.currentData() == "spiked", status
    seen = answer_box(qtbot, "Set “Ready” Anyway")
    choose_status(panel, "ready")
    assert len(seen) == 1 and "status: ready\n" in tab.editor_text()
    tab.editor.undo()
    assert "status: spiked\n" in tab.editor_text()
    boxes, watcher = note_boxes(window)  # back to review undoes the spike, unasked
    for status in ("review", "ready", "published"):
        choose_status(panel, status)
        assert f"status: {status}\n" in tab.editor_text()
    watcher.stop()
    assert boxes == []
