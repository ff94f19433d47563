"""A tab's text back to what it was opened, created or last saved with is not modified.

Qt's modified flag follows the undo stack, and some edits take two steps of it: Enter in an
empty line is a no-op step and the new line, so one Undo shows the text as it was, the tab
still marked "*" and the close dialog ticking it for saving (QA19 P10). Here the text itself
decides: when the modified text is as long as the clean one, it is compared with it."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPlainTextEdit


class CleanText(QObject):
    """Clears ``editor``'s modified flag when its text is the clean text again."""

    def __init__(self, editor: QPlainTextEdit):
        super().__init__(editor)
        self.editor = editor
        self._text: str | None = None  # None: no clean text known (opened modified)
        self._units = 0  # its length as Qt counts it (UTF-16), with the last line's end
        # after the edit or undo is done and the tab has read the flag (never inside them)
        self._look = QTimer(self, singleShot=True, interval=0)
        self._look.timeout.connect(self._compare)
        document = editor.document()
        document.contentsChanged.connect(self._look.start)
        document.modificationChanged.connect(lambda modified: modified and self._look.start())

    def take(self) -> None:
        """The editor's text now is the clean text (opened, created or saved)."""
        # raw: toPlainText() reads a no-break space as a space, so swapping one for the other
        # would read as clean (the tab's own editor_text() reads it raw too)
        self._text = self.editor.document().toRawText()
        self._units = self.editor.document().characterCount()

    def forget(self) -> None:
        """The text differs from what is on disk whatever it reads (a restored draft)."""
        self._text = None

    def _compare(self) -> None:
        document = self.editor.document()
        clean = self._text
        if clean is None or not document.isModified():
            return
        if document.characterCount() == self._units and document.toRawText() == clean:
            document.setModified(False)  # the tab's modificationChanged marks it saved
