"""One undo step for one action: undoing it puts the cursor back where the user was, and what
is typed after an edit the app made (a comment, a decision) is not undone with it.

Qt's undo puts the editor's cursor where the step's own cursor was when the step began: a
cursor made on the document starts at its first character, so undoing an edit made with it
sent the user to line 1 (``step_cursor``).

Qt merges text typed right after an insertion into that insertion's undo step ("two
sequential inserts"), even when the insertion was an edit block of its own, so one Ctrl+Z took
the comment and the words typed after it. A last change of another kind inside the same step
(a character put in and taken out again) ends the merging; the step undoes as before.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit


def step_cursor(editor: QPlainTextEdit) -> QTextCursor:
    """A cursor on ``editor``'s document at the user's cursor, to begin an undo step with:
    undoing the step puts the user's cursor back there."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.textCursor().position())
    return cursor


def close_undo_step(cursor: QTextCursor) -> None:
    """End the undo step ``cursor`` just made (its edit block has ended): nothing typed after
    it joins it. The text and the cursor's place are as they were."""
    cursor.joinPreviousEditBlock()
    cursor.insertText(" ")
    cursor.deletePreviousChar()
    cursor.endEditBlock()
