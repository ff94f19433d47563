"""The one question before the window closes with several stories unsaved: which to save.

A list of the stories, each checked (saved) unless the user unchecks it; Save Checked, Close
Without Saving, or Cancel (everything stays open as it is). One story unsaved is asked about
alone (``Prompts.unsaved_changes``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnsavedDialog", text)


class UnsavedDialog(QDialog):
    def __init__(self, names: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unsaved_dialog")
        self.setWindowTitle(_tr("Unsaved Changes"))
        self.answer = CANCEL
        layout = QVBoxLayout(self)
        text = _tr("{count} stories have unsaved changes. Save the ones checked before closing?")
        label = QLabel(text.format(count=len(names)))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.stories = QListWidget()
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.stories.addItem(item)
        self.stories.setCurrentRow(0)
        layout.addWidget(self.stories)
        note = QLabel(_tr("What is not saved is lost."))
        layout.addWidget(note)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            _tr("&Save Checked"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.discard_button = buttons.addButton(
            _tr("Close &Without Saving"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self._done(SAVE))
        self.discard_button.clicked.connect(lambda: self._done(DISCARD))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def checked(self) -> list[int]:
        """The rows (stories) checked."""
        return [
            row
            for row in range(self.stories.count())
            if self.stories.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _done(self, answer: str) -> None:
        self.answer = answer
        self.accept()


def ask_unsaved(parent: QWidget, names: list[str]) -> tuple[str, list[int]]:
    """``save`` and the rows to save (the others are not), ``discard``, or ``cancel``."""
    dialog = UnsavedDialog(names, parent)
    dialog.exec()
    chosen = dialog.checked() if dialog.answer == SAVE else []
    return dialog.answer, chosen
