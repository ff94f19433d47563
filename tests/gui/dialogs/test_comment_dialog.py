"""The comment and reply box is sent from a laptop keyboard: Ctrl+Enter sends, Enter alone
breaks the line, Tab goes on to the buttons, long lines wrap, and the hint names the keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QPushButton

from netizen_editor.gui.dialogs.comment_dialog import CommentDialog, write_comment

CTRL = Qt.KeyboardModifier.ControlModifier


def shown(qtbot) -> CommentDialog:
    dialog = CommentDialog("Comment", "Your comment:")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.edit.setFocus()
    return dialog


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_Return, CTRL),
        (Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier),
        (Qt.Key.Key_Enter, CTRL),
    ],
)
def test_ctrl_enter_sends_what_was_written(qtbot, key, modifiers):
    dialog = shown(qtbot)
    qtbot.keyClicks(dialog.edit, "Sumbernya siapa?")
    qtbot.keyClick(dialog.edit, key, modifiers)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert dialog.text() == "Sumbernya siapa?"


def test_enter_alone_breaks_the_line_and_keeps_the_box_open(qtbot):
    dialog = shown(qtbot)
    qtbot.keyClicks(dialog.edit, "Satu")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.edit, "Dua")
    assert dialog.isVisible()
    assert dialog.text() == "Satu\nDua"


def test_tab_goes_to_the_buttons_and_the_box_wraps(qtbot):
    dialog = shown(qtbot)
    assert dialog.edit.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
    qtbot.keyClicks(dialog.edit, "Cek")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Tab)
    assert dialog.text() == "Cek"  # no tab character in the comment
    assert isinstance(dialog.focusWidget(), QPushButton)


def test_the_hint_names_the_keys(qtbot):
    dialog = shown(qtbot)
    assert dialog.hint.text().startswith("Ctrl+Enter sends")
    assert dialog.hint.isVisible()


def test_the_review_dock_asks_in_this_box(make_window, qtbot):
    window = make_window()
    answers: list[str] = []

    def type_reply() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QDialog)
        try:
            assert isinstance(box, CommentDialog)
            assert box.windowTitle() == "Reply"
            qtbot.keyClicks(box.edit, "Sudah dicek.")
            qtbot.keyClick(box.edit, Qt.Key.Key_Return, CTRL)
        finally:
            if box.isVisible():
                box.reject()  # never left open

    QTimer.singleShot(0, type_reply)
    answers.append(window.review_dock.ask_reply())
    assert answers == ["Sudah dicek."]


def test_cancel_gives_nothing(qtbot):
    def cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, CommentDialog)
        qtbot.keyClicks(box.edit, "batal")
        qtbot.keyClick(box.edit, Qt.Key.Key_Escape)
        if box.isVisible():
            box.reject()  # never left open

    QTimer.singleShot(0, cancel)
    assert write_comment(None, "Comment", "Your comment:") == ""
