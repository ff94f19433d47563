"""The box a review comment or a reply is written in. It is sent from the keyboard of any
laptop: Ctrl+Enter (either Enter key) sends, Tab goes on to the buttons, Escape cancels; long
lines wrap, and the hint under the box says so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

_SEND_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CommentDialog", text)


class CommentDialog(QDialog):
    """``title`` over ``label``, a wrapping text box, the hint and OK / Cancel."""

    def __init__(self, title: str, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comment_dialog")
        self.setWindowTitle(title)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("comment_text")
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.edit.setTabChangesFocus(True)
        self.edit.installEventFilter(self)
        prompt = QLabel(label)
        prompt.setObjectName("comment_prompt")
        prompt.setWordWrap(True)  # a reply's prompt quotes what it answers
        prompt.setBuddy(self.edit)
        native = QKeySequence.SequenceFormat.NativeText
        keys = QKeySequence("Ctrl+Enter").toString(native)  # most keyboards say Enter
        self.hint = QLabel(_tr("{keys} sends · Esc cancels").format(keys=keys))
        self.hint.setObjectName("comment_hint")
        self.hint.setEnabled(False)  # drawn greyed: a hint, not part of the form
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(460, 240)
        self.edit.setFocus()

    def text(self) -> str:
        return self.edit.toPlainText()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and event.key() in _SEND_KEYS
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)


def write_comment(parent: QWidget | None, title: str, label: str) -> str:
    """The text written, or "" when the dialog was cancelled."""
    dialog = CommentDialog(title, label, parent)
    try:
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else ""
    finally:
        dialog.deleteLater()
