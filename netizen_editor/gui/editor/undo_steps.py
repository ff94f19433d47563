"""One undo step for one action: what is typed after an edit the app made (a comment, a
decision) is not undone with it.

Qt merges text typed right after an insertion into that insertion's undo step ("two
sequential inserts"), even when the insertion was an edit block of its own, so one Ctrl+Z took
the comment and the words typed after it. A last change of another kind inside the same step
(a character put in and taken out again) ends the merging; the step undoes as before.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor


def close_undo_step(cursor: QTextCursor) -> None:
    """End the undo step ``cursor`` just made (its edit block has ended): nothing typed after
    it joins it. The text and the cursor's place are as they were."""
    cursor.joinPreviousEditBlock()
    cursor.insertText(" ")
    cursor.deletePreviousChar()
    cursor.endEditBlock()
