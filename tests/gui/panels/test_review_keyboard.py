"""The Review panel from the keyboard (QA19 P1): Ctrl+Shift+R puts the focus in the marks list
on the mark at or after the cursor; Escape goes back to the editor at that mark, Enter goes to
it; Tab goes from the list to the buttons; Review › Accept / Reject Suggestion and Next /
Previous Mark have keys; the panel's Alt+letters mean nothing else in the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu

from netizen_editor.gui.dialogs.cheat_sheet import shortcuts_html
from netizen_editor.gui.mnemonics import letter, menu_letters
from netizen_editor.gui.window.name_letters import button_texts
from tests.gui.panels.test_review_panel import ARTICLE, open_review, wait_marks

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
KEYS = {"accept_mark": "Ctrl+Alt+A", "reject_mark": "Ctrl+Alt+R", "next_mark": "Ctrl+Alt+N",
        "previous_mark": "Ctrl+Alt+Shift+N"}  # fmt: skip


def put_cursor(tab, text: str, after: int = 0) -> None:
    """The editor focused, its cursor at ``text`` (``after`` characters into it)."""
    cursor = tab.editor.textCursor()
    cursor.setPosition(tab.editor_text().index(text) + after)
    tab.editor.setTextCursor(cursor)
    tab.editor.setFocus()


def focused():
    return QApplication.focusWidget()


def review(make_window, qtbot, tmp_path):
    window, tab, dock = open_review(make_window, tmp_path)
    wait_marks(qtbot, dock, 5)
    dock.dock.hide()
    return window, tab, dock


def ctrl_shift_r(qtbot) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip


def focus_the_list(qtbot, dock) -> None:
    """Ctrl+Shift+R, and the marks list has the keyboard."""
    ctrl_shift_r(qtbot)
    qtbot.waitUntil(dock.panel.list.hasFocus)


def test_ctrl_shift_r_puts_the_focus_on_the_mark_at_or_after_the_cursor(
    make_window, qtbot, tmp_path
):
    _window, tab, dock = review(make_window, qtbot, tmp_path)
    put_cursor(tab, "ke masjid")  # after the deletion, before the substitution
    before = tab.editor.textCursor().position()
    ctrl_shift_r(qtbot)
    assert dock.dock.isVisible()
    qtbot.waitUntil(dock.panel.list.hasFocus)
    assert dock.panel.current_mark().kind == "substitute"
    assert tab.editor.textCursor().position() == before  # the editor stays put
    text = tab.editor_text()
    assert text == ARTICLE  # Tab, pressed now, goes to a button: no spaces in the story
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dock.panel.accept_button and tab.editor_text() == ARTICLE


def test_ctrl_shift_r_past_the_last_mark_takes_the_first(make_window, qtbot, tmp_path):
    _window, tab, dock = review(make_window, qtbot, tmp_path)
    cursor = tab.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    tab.editor.setTextCursor(cursor)
    tab.editor.setFocus()
    focus_the_list(qtbot, dock)
    assert dock.panel.list.currentRow() == 0


def test_escape_goes_back_to_the_editor_at_the_mark(make_window, qtbot, tmp_path):
    _window, tab, dock = review(make_window, qtbot, tmp_path)
    put_cursor(tab, "besar", after=2)  # inside the first mark: the user's place is kept
    focus_the_list(qtbot, dock)
    assert dock.panel.list.currentRow() == 0
    qtbot.keyClick(dock.panel.list, Qt.Key.Key_Escape)
    assert focused() is tab.editor
    assert tab.editor.textCursor().position() == ARTICLE.index("besar") + 2
    # a mark elsewhere, made current without moving the editor: Escape goes to it
    focus_the_list(qtbot, dock)
    dock.panel.select_quietly(3)
    qtbot.keyClick(dock.panel.list, Qt.Key.Key_Escape)
    assert focused() is tab.editor
    assert tab.editor.textCursor().position() == ARTICLE.index("{==Dua")


def test_enter_on_a_mark_moves_the_cursor_there(make_window, qtbot, tmp_path):
    _window, tab, dock = review(make_window, qtbot, tmp_path)
    put_cursor(tab, "JAKARTA - ")
    focus_the_list(qtbot, dock)
    dock.panel.select_quietly(2)
    qtbot.keyClick(dock.panel.list, Qt.Key.Key_Return)
    assert focused() is tab.editor
    assert tab.editor.textCursor().position() == ARTICLE.index("{~~merubah")
    put_cursor(tab, "mengubah")  # in that mark already: Enter keeps the cursor there
    focus_the_list(qtbot, dock)
    assert dock.panel.list.currentRow() == 2
    qtbot.keyClick(dock.panel.list, Qt.Key.Key_Return)
    assert focused() is tab.editor
    assert tab.editor.textCursor().position() == ARTICLE.index("mengubah")


def test_tab_goes_from_the_list_through_the_buttons(make_window, qtbot, tmp_path):
    _window, tab, dock = review(make_window, qtbot, tmp_path)
    put_cursor(tab, "JAKARTA")
    focus_the_list(qtbot, dock)
    panel = dock.panel  # the first mark, an addition: every button but Resolve is on
    seen = []
    for _ in range(5):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        seen.append(focused())
    assert seen == [panel.accept_button, panel.reject_button, panel.reply_button,
                    panel.accept_all_button, panel.reject_all_button]  # fmt: skip
    assert tab.editor_text() == ARTICLE


def test_the_review_menu_has_keys_for_deciding_and_going_through_marks(
    make_window, qtbot, tmp_path
):
    window, _tab, _dock = review(make_window, qtbot, tmp_path)
    menu = window.findChild(QMenu, "menu_review")
    texts = [a.text() for a in menu.actions() if a.text()]
    others = [a for a in window.findChildren(QAction) if a.shortcut().toString()]
    for key, keys in KEYS.items():
        action = window.registry[key]
        assert action in menu.actions() and action.shortcut().toString() == keys
        assert [letter(t) for t in texts].count(letter(action.text())) == 1, action.text()
        assert [a for a in others if a.shortcut() == action.shortcut()] == [action]
        assert keys in shortcuts_html(window.actions())  # F1's list of shortcuts


def test_ctrl_alt_a_and_r_decide_the_suggestion_at_the_cursor(make_window, qtbot, tmp_path):
    window, tab, _dock = review(make_window, qtbot, tmp_path)
    put_cursor(tab, "besar", after=1)
    qtbot.keyClick(tab.editor, Qt.Key.Key_A, CTRL_ALT)
    assert "Banjir besar melanda kota." in tab.editor_text()
    assert focused() is tab.editor
    put_cursor(tab, "{--terpaksa")
    qtbot.keyClick(tab.editor, Qt.Key.Key_R, CTRL_ALT)
    assert "Warga terpaksa mengungsi" in tab.editor_text()
    before = tab.editor_text()
    put_cursor(tab, "jalur bus")  # no suggestion here: nothing changes, the status says so
    qtbot.keyClick(tab.editor, Qt.Key.Key_A, CTRL_ALT)
    assert tab.editor_text() == before
    assert window.statusBar().currentMessage() == "There is no suggestion at the cursor."


def test_ctrl_alt_a_in_the_list_decides_the_selected_mark(make_window, qtbot, tmp_path):
    _window, tab, dock = review(make_window, qtbot, tmp_path)
    put_cursor(tab, "JAKARTA")
    focus_the_list(qtbot, dock)
    qtbot.keyClick(dock.panel.list, Qt.Key.Key_Down)
    qtbot.keyClick(dock.panel.list, Qt.Key.Key_Down)  # the substitution
    qtbot.keyClick(dock.panel.list, Qt.Key.Key_A, CTRL_ALT)
    assert "Petugas mengubah jalur bus." in tab.editor_text()
    assert "{++besar ++}" in tab.editor_text()  # the one at the editor's cursor is left


def test_next_and_previous_mark_from_the_editor_and_the_list(make_window, qtbot, tmp_path):
    window, tab, dock = review(make_window, qtbot, tmp_path)
    put_cursor(tab, "JAKARTA")
    starts = [m.start for m in dock.panel.marks()]
    shift = CTRL_ALT | Qt.KeyboardModifier.ShiftModifier
    for start in starts:
        qtbot.keyClick(tab.editor, Qt.Key.Key_N, CTRL_ALT)
        assert tab.editor.textCursor().position() == start
        assert dock.panel.current_mark().start == start
    assert focused() is tab.editor
    qtbot.keyClick(tab.editor, Qt.Key.Key_N, CTRL_ALT)  # none after the last
    assert tab.editor.textCursor().position() == starts[-1]
    assert window.statusBar().currentMessage() == "No more marks after this one."
    qtbot.keyClick(tab.editor, Qt.Key.Key_N, shift)
    assert tab.editor.textCursor().position() == starts[-2]
    # in the list, the keys move its current row and the editor shows it
    focus_the_list(qtbot, dock)
    assert dock.panel.list.currentRow() == 3
    qtbot.keyClick(dock.panel.list, Qt.Key.Key_N, shift)
    assert dock.panel.list.currentRow() == 2 and dock.panel.list.hasFocus()
    assert tab.editor.textCursor().position() == starts[2]


def test_the_panels_alt_letters_mean_nothing_else_in_the_window(make_window, qtbot, tmp_path):
    window, tab, dock = review(make_window, qtbot, tmp_path)
    buttons = dock.panel.buttons()
    keys = [letter(b.text()) for b in buttons]
    found = [key for key in keys if key is not None]
    assert len(found) == len(set(found))
    fields = {letter(label.text()) for label in tab.metadata_panel.findChildren(QLabel)
              if label.buddy() is not None}  # fmt: skip
    bar = {letter(text) for text in button_texts(window)}
    desk = {letter(b.text()) for b in window.desk.panel.findChildren(QAbstractButton)}
    assert not set(found) & (menu_letters(window) | fields | bar | desk)
    # Acce&pt, Re&ject and Repl&y were the desk's Pu&blished... and &Just Mine: the buttons
    # have no letter left; their tips tell the Review menu's keys instead
    assert "Ctrl+Alt+A" in dock.panel.accept_button.toolTip()
    assert "Ctrl+Alt+R" in dock.panel.reject_button.toolTip()
