"""End on a long wrapped line (a photo's line with its caption, a long paragraph): the first
press goes to the end of the line as shown, a second press to the end of the line in the file,
as other editors do, so a caption typed after End goes after the image's path, not into it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

_MOVES = {
    Qt.KeyboardModifier.NoModifier: QTextCursor.MoveMode.MoveAnchor,
    Qt.KeyboardModifier.ShiftModifier: QTextCursor.MoveMode.KeepAnchor,
}


def end_of_logical_line(editor: QPlainTextEdit, modifiers: Qt.KeyboardModifier) -> bool:
    """Handle End (with or without Shift) pressed where the shown line already ends: move to
    the end of the whole line (the block). False when Qt's own End should run."""
    mode = _MOVES.get(modifiers)
    if mode is None:
        return False
    cursor = editor.textCursor()
    if cursor.atBlockEnd():
        return False
    probe = QTextCursor(cursor)
    probe.movePosition(QTextCursor.MoveOperation.EndOfLine)
    if probe.position() != cursor.position():
        return False  # not at the shown line's end yet: the first press goes there
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, mode)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    return True
