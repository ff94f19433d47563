"""Every desk button from the keyboard, as QA found the desk at 1366 px in Indonesian: "Siap
Terbit", "Di-spike" and "Berita Baru…" had no Alt+letter (the menus and the Article Details
take them) and were reached only by the story's menu and Tab. Each has a key now, shown in its
tooltip, that works wherever the keyboard is in the desk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from netizen_editor.gui.desk.desk_keys import NEW_KEY, RENAME_KEY, SHADOWED, STATUS_KEYS
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT
from tests.gui.desk.test_controller import meta, wait_status
from tests.gui.questions import answer_box, answer_input

CTRL = Qt.KeyboardModifier.ControlModifier


def _press(qtbot, widget, key: Qt.Key, modifier=CTRL) -> None:
    widget.window().activateWindow()  # (offscreen, a question closed leaves none active)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=TIMEOUT)
    qtbot.keyClick(widget, key, modifier)


def test_the_status_keys_set_the_selected_storys_status_in_indonesian(
    desk_window, desk_folder, qtbot, indonesian_ui
):
    window = desk_window(Settings(ui_language="id", default_author="Budi Santoso"))
    panel = window.desk.panel
    file = desk_folder / "banjir-jakarta.md"
    assert panel.select_path("banjir-jakarta.md")
    _press(qtbot, panel.table, Qt.Key.Key_1)  # Kirim ke editor
    assert meta(file)["status"] == "review"
    wait_status(qtbot, window, "banjir-jakarta.md", "review")
    assert panel.select_path("banjir-jakarta.md")
    _press(qtbot, panel.search_edit, Qt.Key.Key_2)  # Siap Terbit, from the search box
    assert meta(file)["status"] == "ready"
    wait_status(qtbot, window, "banjir-jakarta.md", "ready")
    ready = panel.action_buttons["ready"]
    assert ready.text() == "Siap Terbit" and ready.toolTip().endswith("Ctrl+2")
    assert panel.action_buttons["spiked"].toolTip().endswith("Ctrl+4")  # Di-spike
    assert panel.new_button.toolTip().endswith("Ctrl+N")  # Berita Baru…


def test_published_and_spiked_by_key_ask_as_their_buttons_do(desk_window, desk_folder, qtbot):
    window = desk_window()
    panel = window.desk.panel
    file = desk_folder / "banjir-jakarta.md"
    assert panel.select_path("banjir-jakarta.md")
    answer_input(qtbot, "https://netizen.co.id/2026/12/banjir.html")
    _press(qtbot, panel.author_combo, Qt.Key.Key_3)  # from a filter
    assert meta(file)["status"] == "published"
    wait_status(qtbot, window, "banjir-jakarta.md", "published")
    assert panel.select_path("banjir-jakarta.md")
    seen = answer_box(qtbot, "&Spike")
    _press(qtbot, panel.table, Qt.Key.Key_4)
    assert len(seen) == 1 and meta(file)["status"] == "spiked"


def test_f2_renames_and_ctrl_n_makes_a_new_story_of_the_desk(desk_window, qtbot):
    window = desk_window()
    panel = window.desk.panel
    asked: list[str] = []
    panel.rename_requested.disconnect()
    panel.rename_requested.connect(asked.append)
    assert panel.select_path("olahraga/timnas.md")
    _press(qtbot, panel.table, Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier)
    assert asked == ["olahraga/timnas.md"]
    tabs = len(window.all_tabs())
    _press(qtbot, panel.table, Qt.Key.Key_N)
    dialog = window.desk.template_dialog
    assert dialog is not None and dialog.isVisible()  # the desk's New Story
    dialog.reject()
    assert len(window.all_tabs()) == tabs  # not the window's New
    editor = window.current_tab().editor
    _press(qtbot, editor, Qt.Key.Key_N)  # outside the desk: the window's New
    qtbot.waitUntil(lambda: len(window.all_tabs()) == tabs + 1, timeout=TIMEOUT)


def test_the_keys_are_no_window_actions_and_show_in_the_storys_menu(desk_window):
    window = desk_window()
    panel = window.desk.panel
    taken = {
        action.shortcut().toString()
        for action in window.findChildren(QAction)
        if not action.shortcut().isEmpty()
    }
    own = {QKeySequence(key).toString() for key in (*STATUS_KEYS.values(), RENAME_KEY)}
    assert not own & taken
    assert QKeySequence(NEW_KEY).toString() in taken and NEW_KEY in SHADOWED  # the desk's here
    assert panel.select_path("banjir-jakarta.md")
    menu = panel.context_menu()
    keys = {a.text().replace("&", ""): a.shortcut().toString() for a in menu.actions()}
    assert keys["Ready"] == "Ctrl+2" and keys["Spiked"] == "Ctrl+4"
    assert keys[panel.rename_button.text().replace("&", "")] == "F2"
