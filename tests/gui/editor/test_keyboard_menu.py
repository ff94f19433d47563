"""The editor's context menu from the keyboard (the Menu key, Shift+F10): the same spelling
menu a right click opens, for the word at the text cursor, shown under the cursor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.gui.editor.test_spelling import cursor_on, wait_checked


def open_by_keyboard(qtbot, editor, press) -> tuple[list[str], QPoint]:
    """Press (``press()``) and read the menu that opens: its first texts and its place."""
    seen: list[str] = []
    where: list[QPoint] = []
    active: list[str | None] = []

    def read() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            return
        try:
            seen.extend(a.text() for a in menu.actions()[:2])
            where.append(menu.pos())
            active.append(menu.activeAction().text() if menu.activeAction() else None)
            QTest.keyClick(menu, Qt.Key.Key_Return)  # one Enter takes the choice shown
        finally:
            menu.close()

    QTimer.singleShot(300, read)
    press()
    qtbot.wait(400)  # nothing opened: the timer finds no menu
    return seen + active, where[0] if where else QPoint(-1, -1)


def menu_key(editor) -> None:
    # what Qt sends the focused widget for the Menu key (at the cursor's rectangle)
    point = editor.cursorRect().center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, point, editor.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(editor, event)


@pytest.mark.parametrize("key", ["menu", "shift+f10"])
def test_the_keyboard_opens_the_spelling_menu_of_the_word_at_the_cursor(qtbot, editor, key):
    editor.setPlainText("Usaha itu beresiko, kata dia.\n")
    wait_checked(qtbot, editor)
    editor.setTextCursor(cursor_on(editor, "beresiko"))

    def press() -> None:
        if key == "menu":
            menu_key(editor)
        else:
            qtbot.keyClick(editor, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)

    seen, where = open_by_keyboard(qtbot, editor, press)
    assert seen == ["berisiko", "Ignore", "berisiko"]  # the first one chosen: one Enter away
    assert editor.text() == "Usaha itu berisiko, kata dia.\n"  # the suggestion replaced it
    rect = editor.cursorRect(cursor_on(editor, "berisiko"))
    under = editor.viewport().mapToGlobal(rect.bottomLeft())
    assert abs(where.y() - under.y()) <= 2  # just under the cursor's line
    assert abs(where.x() - under.x()) <= editor.fontMetrics().horizontalAdvance("berisiko")


def test_shift_f10_on_a_correct_word_opens_the_standard_menu(qtbot, editor):
    editor.setPlainText("Usaha itu berisiko, kata dia.\n")
    wait_checked(qtbot, editor)
    editor.setTextCursor(cursor_on(editor, "kata"))
    seen, _where = open_by_keyboard(
        qtbot,
        editor,
        lambda: qtbot.keyClick(editor, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
    )
    assert seen and "berisiko" not in seen  # Qt's own (Undo, Redo...): a menu all the same
