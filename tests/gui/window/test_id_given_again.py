"""A story given its id by a review decision or a save, and the id line then taken out by Undo,
gets the same id again at the next decision or save (QA33 #2: Accept All, Undo, Accept All gave
the story a second id; the first one's history folder, with its ``review`` version, was left
behind on the shared drive and no longer listed for the story)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from netizen_editor.history.article_id import article_id
from netizen_editor.history.store import History
from tests.gui.panels.test_review_panel import open_review, wait_marks


def test_accept_all_undone_and_done_again_keeps_the_first_id(make_window, qtbot, tmp_path):
    _window, tab, dock = open_review(make_window, tmp_path)
    wait_marks(qtbot, dock, 5)
    assert article_id(tab.editor_text()) is None
    qtbot.mouseClick(dock.panel.accept_all_button, Qt.MouseButton.LeftButton)
    first = article_id(tab.editor_text())
    assert first is not None
    tab.editor.undo()  # one step: the decisions and the id line with them
    assert article_id(tab.editor_text()) is None
    wait_marks(qtbot, dock, 5)
    qtbot.mouseClick(dock.panel.accept_all_button, Qt.MouseButton.LeftButton)
    assert article_id(tab.editor_text()) == first


def test_a_save_undone_and_saved_again_keeps_the_first_id(make_window, qtbot, tmp_path):
    window, tab, _dock = open_review(make_window, tmp_path)
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    tab.editor.insertPlainText("Kalimat baru.\n")
    assert window.files.save(tab)
    first = article_id(tab.editor_text())
    assert first is not None and History(tmp_path, first).path.is_dir()
    while article_id(tab.editor_text()) is not None:
        tab.editor.undo()  # the id line out, and the new sentence too
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    tab.editor.insertPlainText("Kalimat lain.\n")
    assert window.files.save(tab)
    assert article_id(tab.editor_text()) == first
    assert article_id((tmp_path / "banjir.md").read_text(encoding="utf-8")) == first
