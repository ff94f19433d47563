"""A tab whose text is back to what it was created, opened or saved with is not modified: Enter
in an empty line takes two undo steps in Qt, and one Undo showed the untitled story as it was
while its tab kept "*" and the close dialog ticked it for saving (QA19 P10)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from netizen_editor.gui.window.document_tab import DocumentTab
from netizen_editor.gui.window.main_window import MainWindow


def _label(window: MainWindow, tab: DocumentTab) -> str:
    return window.tabs.tabText(window.tabs.indexOf(tab))


def _enter_then_undo(qtbot, window: MainWindow, tab: DocumentTab) -> None:
    start = tab.editor_text()
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)  # an empty last line
    tab.editor.setFocus()
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _label(window, tab).endswith("*"))
    assert tab.is_dirty()
    tab.editor.undo()  # once, as Ctrl+Z
    assert tab.editor_text() == start
    qtbot.waitUntil(lambda: not tab.is_dirty())
    assert not _label(window, tab).endswith("*")
    assert not tab.editor.document().isModified()


def test_a_new_story_back_to_its_start_is_not_modified(make_window, qtbot):
    window = make_window([])
    tab = window.files.new_article()
    assert tab.editor_text().endswith("---\n\n")
    _enter_then_undo(qtbot, window, tab)
    assert [t for t in window.all_tabs() if t.is_dirty()] == []  # the close dialog lists none


def test_a_story_from_a_template_back_to_its_text_is_not_modified(make_window, qtbot):
    window = make_window([])
    text = '---\ntitle: "[Judul berita]"\n---\n[Teras berita]\n\n'
    tab = window.templates.open_article("Berita", text)
    _enter_then_undo(qtbot, window, tab)


def test_a_saved_story_after_enter_and_undo_is_saved(make_window, qtbot, tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: A\n---\nIsi 🙂.\n\n", encoding="utf-8")  # UTF-16 lengths
    window = make_window([path])
    _enter_then_undo(qtbot, window, window.current_tab())


def test_other_text_of_the_same_length_stays_modified(make_window, qtbot):
    window = make_window([])
    tab = window.files.new_article()
    start = tab.editor_text()
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    tab.editor.setFocus()
    qtbot.keyClick(tab.editor, Qt.Key.Key_X)
    cursor = tab.editor.textCursor()
    cursor.deletePreviousChar()
    cursor.deletePreviousChar()  # the empty last line's end: as long as at the start, not it
    tab.editor.textCursor().insertText("y")
    assert len(tab.editor_text()) == len(start) and tab.editor_text() != start
    qtbot.wait(50)
    assert tab.is_dirty() and _label(window, tab).endswith("*")


def test_a_no_break_space_typed_for_a_space_stays_modified(make_window, qtbot, tmp_path):
    # the text was read as plain text, where a no-break space is a space: the edit read as the
    # clean text and the tab lost its "*" (its close asked nothing)
    path = tmp_path / "nbsp.md"
    path.write_text("---\ntitle: Rp 5 juta\n---\n\nHarga Rp 5 juta.\n", encoding="utf-8")
    window = make_window([path])
    tab = window.current_tab()
    cursor = tab.editor.document().find("Rp 5")
    cursor.setPosition(cursor.selectionStart() + 2)
    cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("\u00a0")
    qtbot.wait(50)  # the look comes at the next turn of the event loop
    assert "\u00a0" in tab.editor_text()
    assert tab.is_dirty()
    assert _label(window, tab).endswith("*")
