"""The desk from the keyboard as QA19 found it: no key put the keyboard in the desk (View ›
Desk only showed it, Tab from the Details went into the article), a desk just opened left the
keyboard in the article (Enter typed a new line into the story), the Ctrl+F of the desk was the
article's Find, the table was sorted by a header's click only, and "Mine" and "Rename or Move"
had no Alt+letter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog

from netizen_editor.gui.mnemonics import letter
from tests.gui import TIMEOUT

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=TIMEOUT)


def test_ctrl_shift_d_puts_the_keyboard_in_the_desk_shown_or_hidden(desk_window, qtbot):
    window = desk_window()
    panel, editor = window.desk.panel, window.current_tab().editor
    for hidden in (False, True):
        if hidden:
            window.desk.dock.hide()
        _focus(qtbot, editor)
        qtbot.keyClick(editor, Qt.Key.Key_D, CTRL | SHIFT)
        assert window.desk.dock.isVisible()
        assert QApplication.focusWidget() is panel.table
        qtbot.keyClick(panel.table, Qt.Key.Key_Down)
        assert panel.selected() is not None  # the arrows move in it at once


def test_ctrl_shift_d_selects_the_current_row_so_the_buttons_act_at_once(desk_window, qtbot):
    """QA37 #15: the keyboard was in the table with no row selected, so every status button
    was grey until an arrow key was pressed."""
    window = desk_window()
    panel, editor = window.desk.panel, window.current_tab().editor
    assert panel.selected() is None
    _focus(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_D, CTRL | SHIFT)
    assert QApplication.focusWidget() is panel.table
    assert panel.selected() is not None and panel.selected().path == panel.model.entry(0).path
    row = panel.model.row_of("ekonomi/harga-beras.md")
    panel.table.setCurrentIndex(panel.model.index(row, 0))
    panel.table.clearSelection()  # current, not selected (as a click elsewhere leaves it)
    _focus(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_D, CTRL | SHIFT)
    assert panel.selected() is not None and panel.selected().path == "ekonomi/harga-beras.md"
    assert panel.action_buttons["ready"].isEnabled()  # (it is in review)
    panel.select_path("olahraga/timnas.md")
    _focus(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_D, CTRL | SHIFT)
    assert panel.selected().path == "olahraga/timnas.md"  # a selection is left as it is


def test_go_to_the_desk_is_in_the_view_menu(desk_window):
    from PySide6.QtWidgets import QMenu

    window = desk_window()
    view = window.findChild(QMenu, "menu_view")
    action = window.desk.go_action
    assert action in view.actions() and action.shortcut().toString() == "Ctrl+Shift+D"
    keys = [letter(a.text()) for a in view.actions() if not a.isSeparator()]
    assert letter(action.text()) and keys.count(letter(action.text())) == 1


def test_a_desk_opened_from_the_file_menu_has_the_keyboard(
    make_window, desk_folder, qtbot, monkeypatch
):
    window = make_window()
    editor = window.current_tab().editor
    _focus(qtbot, editor)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(desk_folder))
    text = editor.toPlainText()
    window.findChild(QAction, "action_open_desk").trigger()
    panel = window.desk.panel
    assert QApplication.focusWidget() is panel.table
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5, timeout=TIMEOUT)
    assert panel.selected() == panel.model.entry(0)  # the first row, once listed (QA37 #15)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # (the first is no article)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert editor.toPlainText() == text  # no new line typed into the story
    assert window.current_tab().path == desk_folder / panel.model.entry(1).path  # opened


def test_ctrl_f_in_the_desk_goes_to_its_search_and_in_the_article_to_find(desk_window, qtbot):
    window = desk_window()
    panel, editor = window.desk.panel, window.current_tab().editor
    _focus(qtbot, panel.table)
    qtbot.keyClick(panel.table, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is panel.search_edit
    qtbot.keyClicks(panel.search_edit, "beras")
    _focus(qtbot, panel.mine_check)
    qtbot.keyClick(panel.mine_check, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is panel.search_edit
    assert panel.search_edit.selectedText() == "beras"  # typed over at once
    _focus(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() not in (panel.search_edit, editor)  # the article's Find
    assert not panel.isAncestorOf(QApplication.focusWidget())


def test_sort_by_from_the_storys_menu(desk_window, qtbot):
    window = desk_window()
    panel = window.desk.panel
    panel.select_path("banjir-jakarta.md")
    menu = panel.context_menu()
    sort = next(a.menu() for a in menu.actions() if a.menu() is not None)
    title = next(a for a in sort.actions() if a.text().replace("&", "") == "Title")
    assert not title.isChecked()
    title.trigger()
    titles = [e.title for e in panel.model.shown() if e.problem is None]
    assert titles == sorted(titles)
    sort = panel.table.sort_menu(panel)
    title = next(a for a in sort.actions() if a.isChecked())
    assert title.text().replace("&", "").startswith("Title")  # the column sorted by, checked
    title.trigger()  # again: the other way round
    titles = [e.title for e in panel.model.shown() if e.problem is None]
    assert titles == sorted(titles, reverse=True)


def _alt(qtbot, widget, key: str) -> None:
    qtbot.keyClick(widget, Qt.Key(ord(key.upper())), Qt.KeyboardModifier.AltModifier)


def test_mine_and_rename_have_their_alt_letters(desk_window, qtbot):
    window = desk_window()
    panel = window.desk.panel
    mine, rename = letter(panel.mine_check.text()), letter(panel.rename_button.text())
    assert mine and rename
    _focus(qtbot, panel.table)
    _alt(qtbot, panel.table, mine)
    qtbot.waitUntil(panel.mine_check.isChecked, timeout=TIMEOUT)  # a click, animated
    assert {e.author for e in panel.model.shown()} == {"Budi Santoso"}
    asked: list[str] = []
    panel.rename_requested.disconnect()
    panel.rename_requested.connect(asked.append)
    panel.select_path("olahraga/timnas.md")
    _alt(qtbot, panel.table, rename)
    qtbot.waitUntil(lambda: asked == ["olahraga/timnas.md"], timeout=TIMEOUT)


def test_the_letters_of_the_desk_when_its_own_are_taken(qapp):
    from PySide6.QtWidgets import QCheckBox, QPushButton

    from netizen_editor.gui.desk.controller import most_letters

    # the Indonesian texts: "&Milik Saya" kept its M, and left Ganti Nama with none
    rename, mine = QPushButton("Ganti Nama atau Pindahkan…"), QCheckBox("&Milik Saya")
    to_editor, published = QPushButton("Kirim ke editor"), QPushButton("Suda&h Terbit")
    most_letters([rename, mine, to_editor, published], set("abdegijklnoprstu"))
    assert letter(rename.text()) and letter(mine.text())
    keys = [letter(w.text()) for w in (rename, mine, to_editor, published)]
    assert len({k for k in keys if k}) == len([k for k in keys if k]) == 3
