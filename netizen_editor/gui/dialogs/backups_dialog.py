"""Open one of the versions kept before earlier saves (File → Open Previous Version)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from netizen_editor.storage.backups import BackupEntry, BackupStore

OPEN_COPY, REPLACE = "copy", "replace"


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupsDialog", text)


@dataclass(frozen=True)
class BackupChoice:
    entry: BackupEntry
    text: str
    mode: str  # OPEN_COPY or REPLACE


def _size(size: int) -> str:
    return f"{size / 1024:.1f} KB" if size >= 1024 else f"{size} B"


class BackupsDialog(QDialog):
    def __init__(self, path: Path, store: BackupStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Previous Versions of {name}").format(name=path.name))
        self.store = store
        self.entries = store.list_backups(path)
        self.mode = OPEN_COPY
        self.list = QListWidget()
        self.list.setObjectName("backups_list")
        for entry in self.entries:
            stamp = entry.time.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            item = QListWidgetItem(f"{stamp}  ·  {_size(entry.size)}")
            item.setData(Qt.ItemDataRole.UserRole, str(entry.path))
            self.list.addItem(item)
        self.text = QPlainTextEdit()
        self.text.setObjectName("backup_text")
        self.text.setReadOnly(True)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setSizes([220, 480])
        intro = QLabel(
            _tr(
                "The version on disk is kept each time you save over it (the last 10). Open one "
                "as an untitled copy, or put its text into the editor as unsaved changes."
            )
            if self.entries
            else _tr("There are no previous versions of this article yet.")
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(_tr("Open as &Copy"))
        self.copy_button.setDefault(True)
        self.replace_button = QPushButton(_tr("&Use This Version"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.replace_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(lambda: self._finish(OPEN_COPY))
        self.replace_button.clicked.connect(lambda: self._finish(REPLACE))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(760, 480)
        self.copy_button.setDefault(True)
        self.list.currentRowChanged.connect(self._show)
        if self.entries:
            self.list.setCurrentRow(0)
        self.copy_button.setEnabled(bool(self.entries))
        self.replace_button.setEnabled(bool(self.entries))

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            try:
                self.text.setPlainText(self.store.read_backup(self.entries[row]))
            except OSError as exc:
                self.text.setPlainText(str(exc))

    def _finish(self, mode: str) -> None:
        self.mode = mode
        self.accept()

    def choice(self) -> BackupChoice | None:
        row = self.list.currentRow()
        if self.result() != QDialog.DialogCode.Accepted or not 0 <= row < len(self.entries):
            return None
        entry = self.entries[row]
        return BackupChoice(entry, self.store.read_backup(entry), self.mode)
