"""Every action of the registry, triggered through the real window at least once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from netizen_editor.gui.dialogs.export_dialog import ExportDialog
from netizen_editor.gui.dialogs.settings_dialog import SettingsDialog
from netizen_editor.gui.editor import find_bar as find_bar_module

FORMATS = {
    "bold": "**kedua**",
    "italic": "*kedua*",
    "link": "[kedua](",
    "heading": "## Teks bagian kedua",
    "quote": "> Teks bagian kedua",
    "list": "- Teks bagian kedua",
    "ad": "\n[[ad]]\n",
    "baca_juga": "\nBaca juga: [",
    "jump_break": "\n<!--more-->\n",
}


def select_word(editor, word: str) -> None:
    cursor = editor.document().find(word)
    assert not cursor.isNull(), word
    editor.setTextCursor(cursor)


@pytest.fixture
def window(make_window, article_file):
    return make_window([article_file])


def test_every_action_is_in_the_menus_and_has_a_handler(window):
    menus = {a for m in window.menuBar().actions() for a in m.menu().actions()}
    for key in window.registry:
        assert window.registry[key] in menus, key


@pytest.mark.parametrize("key", sorted(FORMATS))
def test_formatting_actions_change_the_text_and_undo_in_one_step(window, key):
    tab = window.current_tab()
    before = tab.editor_text()
    select_word(tab.editor, "kedua")
    window.registry[key].trigger()
    after = tab.editor_text()
    assert after != before
    assert FORMATS[key] in after and FORMATS[key] not in before
    window.registry["undo"].trigger()
    assert tab.editor_text() == before
    window.registry["redo"].trigger()
    assert tab.editor_text() == after


def test_shortcuts_reach_the_actions_from_the_editor(window, qtbot):
    tab = window.current_tab()
    select_word(tab.editor, "kedua")
    qtbot.keyClick(tab.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert "**kedua**" in tab.editor_text()
    select_word(tab.editor, "Penutup")
    qtbot.keyClick(tab.editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert "*Penutup*" in tab.editor_text()
    select_word(tab.editor, "pembuka")
    qtbot.keyClick(tab.editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert "[pembuka](" in tab.editor_text()


def test_cut_copy_paste(window):
    tab = window.current_tab()
    select_word(tab.editor, "Penutup")
    window.registry["copy"].trigger()
    assert QApplication.clipboard().text() == "Penutup"
    window.registry["cut"].trigger()
    assert "Penutup" not in tab.editor_text()
    window.registry["paste"].trigger()
    window.registry["paste"].trigger()
    assert "PenutupPenutup" in tab.editor_text()


def test_find_replace_and_go_to_line(window, monkeypatch):
    tab = window.current_tab()
    window.registry["find"].trigger()
    assert tab.find_bar.isVisible()
    assert not tab.find_bar.replace_edit.isVisible()
    window.registry["replace"].trigger()
    assert tab.find_bar.replace_edit.isVisible()
    asked = []

    def ask(editor, parent):
        asked.append(parent)
        editor.go_to_line(8)
        return 8

    monkeypatch.setattr(find_bar_module, "ask_go_to_line", ask)
    window.registry["go_to_line"].trigger()
    assert asked == [window]
    assert tab.editor.textCursor().blockNumber() + 1 == 8


def test_preview_toggle_and_width(window, qtbot):
    tab = window.current_tab()
    assert tab.preview.isVisible()
    window.registry["toggle_preview"].trigger()
    assert not tab.preview.isVisible()
    assert not window.registry["toggle_preview"].isChecked()
    window.registry["toggle_preview"].trigger()
    assert tab.preview.isVisible()
    window.registry["preview_mobile"].trigger()
    assert tab.preview.width_mode() == "mobile"
    assert window.registry["preview_mobile"].isChecked()
    assert not window.registry["preview_desktop"].isChecked()
    window.registry["preview_desktop"].trigger()
    assert tab.preview.width_mode() == "desktop"
    # new tabs follow the choice
    window.registry["preview_mobile"].trigger()
    window.registry["toggle_preview"].trigger()
    window.registry["new"].trigger()
    new = window.current_tab()
    assert new is not tab
    assert not new.preview.isVisible()
    assert new.preview.width_mode() == "mobile"


def test_zoom(window):
    editor = window.current_tab().editor
    size = editor.font_size()
    window.registry["zoom_in"].trigger()
    assert editor.font_size() > size
    window.registry["zoom_out"].trigger()
    window.registry["zoom_out"].trigger()
    assert editor.font_size() < size
    window.registry["zoom_reset"].trigger()
    assert editor.font_size() == size


def test_new_open_recent_close_save_as_and_quit(window, qtbot, tmp_path, article_file):
    window.registry["new"].trigger()
    assert len(window.all_tabs()) == 2
    new = window.current_tab()
    assert new.path is None
    assert "status: draft" in new.editor_text()
    assert new.editor_text().endswith("status: draft\n---\n\n")  # the dateline is rendered
    qtbot.keyClicks(new.editor, "Jakarta diguyur hujan.")
    target = tmp_path / "baru.md"
    window.prompts.save_path = lambda suggested: target
    window.registry["save_as"].trigger()
    assert target.read_text(encoding="utf-8").endswith("---\n\nJakarta diguyur hujan.")
    assert new.path == target and not new.is_dirty()
    window.registry["close"].trigger()
    assert len(window.all_tabs()) == 1

    other = tmp_path / "lain.md"
    other.write_text("# Lain\n", encoding="utf-8")
    window.prompts.open_paths = lambda folder: [other]
    window.registry["open"].trigger()
    assert window.current_tab().path == other
    window.registry["close"].trigger()

    window.recent_menu.aboutToShow.emit()
    names = [a.text() for a in window.recent_menu.actions()]
    assert any("lain.md" in n for n in names) and any("baru.md" in n for n in names)
    next(a for a in window.recent_menu.actions() if "baru.md" in a.text()).trigger()
    assert window.current_tab().path == target

    window.registry["quit"].trigger()
    assert not window.isVisible()


def test_dialog_actions_open_their_dialogs(window, qtbot, monkeypatch):
    window.registry["export"].trigger()
    export = window.findChild(ExportDialog)
    assert export is not None and export.isVisible()
    export.close()

    window.registry["settings"].trigger()
    settings = window.findChild(SettingsDialog)
    assert settings is not None and settings.isVisible()
    settings.reject()

    window.registry["about"].trigger()
    about = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert "Netizen Editor" in about.text()
    about.close()

    window.registry["history"].trigger()  # tests/gui/dialogs/test_compare_dialog.py
    history = window.findChild(QDialog, "compare_dialog")
    assert history is not None and history.isVisible()
    history.reject()


def test_save_action_writes_the_file(window, article_file):
    tab = window.current_tab()
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    tab.editor.insertPlainText("Tambahan.\n")
    window.registry["save"].trigger()
    assert article_file.read_text(encoding="utf-8").endswith("Penutup.\nTambahan.\n")


def test_spelling_actions_select_the_next_finding_and_turn_the_underlines_off(window, qtbot):
    tab = window.current_tab()
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    tab.editor.insertPlainText("Kalimt baru.\n")
    layer = tab.editor.spell
    qtbot.waitUntil(lambda: layer.speller is not None and not layer.busy(), timeout=60_000)
    tab.editor.moveCursor(QTextCursor.MoveOperation.Start)
    window.registry["next_spelling"].trigger()
    assert tab.editor.textCursor().selectedText() == "Kalimt"
    window.registry["spell_check"].trigger()
    assert not layer.enabled and not window.settings.spell_check
    window.registry["spell_check"].trigger()
    assert layer.enabled


def test_all_actions_are_covered_by_these_tests():
    # "image" opens the insert dialog: tests/gui/editor/test_photo_import.py
    covered = {*FORMATS, "undo", "redo", "cut", "copy", "paste", "find", "replace",
               "go_to_line", "toggle_preview", "preview_desktop", "preview_mobile", "zoom_in",
               "zoom_out", "zoom_reset", "new", "open", "open_recent", "close", "save",
               "save_as", "quit", "export", "settings", "about", "history", "image",
               # tests/gui/window/test_journalist_help.py
               "select_all", "preview_fit", "preview_actual", "cheat_sheet",
               "spell_check", "next_spelling",
               # tests/gui/panels/test_review_panel.py
               "suggest_mode", "review_panel", "preview_final", "marks_all",
               "marks_accepted", "marks_original", "add_comment",
               # tests/gui/panels/test_review_keyboard.py
               "accept_mark", "reject_mark", "next_mark", "previous_mark",
               # tests/gui/window/test_templates_controller.py
               "new_from_template", "save_as_template",
               # tests/gui/window/test_import_controller.py
               "import",
               # tests/gui/window/test_insert_controller.py
               "embed", "add_update",
               # tests/gui/desk/test_controller.py
               "open_desk", "quick_switcher",
               # tests/gui/window/test_tab_keys.py
               "next_tab", "previous_tab"}  # fmt: skip
    from netizen_editor.gui.window.actions import SPECS

    assert {spec.key for spec in SPECS} == covered


def test_a_toggle_with_an_icon_shows_its_check_in_the_menu(make_window):
    """Suggest Changes on or off is seen in the Review menu (its icon hid the check mark)."""
    window = make_window([])
    toggles = [key for key in window.registry if window.registry[key].isCheckable()
               and not window.registry[key].icon().isNull()]  # fmt: skip
    assert "suggest_mode" in toggles
    assert all(not window.registry[key].isIconVisibleInMenu() for key in toggles)
    assert window.registry["save"].isIconVisibleInMenu()  # the others keep their icon


def test_ctrl_e_exports_from_a_details_field(make_window, qtbot, tmp_path):
    """A line edit on Linux reads Ctrl+E as End: in the Article Details fields the window's
    Export has it (QA6: it did nothing from the caption field)."""
    from PySide6.QtWidgets import QApplication

    path = tmp_path / "a.md"
    path.write_text("---\ntitle: A\n---\nIsi.\n", encoding="utf-8")
    window = make_window([path])
    fired = []
    window.registry["export"].triggered.disconnect()
    window.registry["export"].triggered.connect(lambda *_: fired.append(True))
    panel = window.current_tab().metadata_panel
    field = panel.line_edits["image_caption"]
    # the field never claims the key before the window's shortcut (Qt's X11 keymap binds
    # Ctrl+E to End in line edits; the offscreen platform's does not, so ask the panel)
    control = Qt.KeyboardModifier.ControlModifier
    claim = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_E, control, "\x05")
    assert panel.eventFilter(field, claim) is True
    undo = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Z, control, "\x1a")
    assert panel.eventFilter(field, undo) is False  # the field's own keys stay its own
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClick(field, Qt.Key.Key_E, control)
    assert fired == [True]
