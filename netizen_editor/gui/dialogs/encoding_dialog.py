"""Open a file that is not UTF-8: pick an encoding (the guess preselected), see the text, and
open it as an untitled copy or read-only, so the original can never be saved over."""

from __future__ import annotations

import codecs
import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netizen_editor.storage.reading import ReadError, decode_with

COPY, READ_ONLY = "copy", "read_only"
ENCODINGS = (
    ("cp1252", "Western (Windows-1252)"),
    ("latin-1", "Western (ISO 8859-1)"),
    ("iso8859-15", "Western (ISO 8859-15)"),
    ("cp1250", "Central European (Windows-1250)"),
    ("cp1251", "Cyrillic (Windows-1251)"),
    ("utf-16", "Unicode (UTF-16)"),
    ("utf-32", "Unicode (UTF-32)"),
    ("gb18030", "Chinese (GB18030)"),
    ("big5", "Chinese Traditional (Big5)"),
    ("shift_jis", "Japanese (Shift JIS)"),
    ("euc_kr", "Korean (EUC-KR)"),
    ("mac_roman", "Western (Mac Roman)"),
)
PREVIEW_CHARS = 4000


def _tr(text: str) -> str:
    return QCoreApplication.translate("EncodingDialog", text)


@dataclass(frozen=True)
class EncodingChoice:
    text: str
    encoding: str
    mode: str  # COPY or READ_ONLY


class EncodingDialog(QDialog):
    def __init__(self, path: Path, error: ReadError, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Choose the Text Encoding"))
        self.path = Path(path)
        self.mode = COPY
        self._text: str | None = None
        message = QLabel(
            _tr(
                "<b>{name}</b> is not UTF-8 text, so it cannot be edited as it is.<br>{problem}."
                "<br><br>Pick the encoding it was written in. The article opens as a new, "
                "untitled copy (saved as UTF-8 under a new name) or read-only; the original "
                "file is never changed."
            ).format(name=html.escape(self.path.name), problem=html.escape(error.message))
        )
        message.setWordWrap(True)
        self.combo = QComboBox()
        self.combo.setObjectName("encoding_combo")
        guess = _canonical(error.guessed_encoding)
        for code, label in ENCODINGS:
            self.combo.addItem(label, code)
        if guess and all(_canonical(code) != guess for code, _label in ENCODINGS):
            self.combo.insertItem(0, guess, guess)
        for index in range(self.combo.count()):
            if guess and _canonical(self.combo.itemData(index)) == guess:
                self.combo.setItemText(
                    index, self.combo.itemText(index) + " — " + _tr("best guess")
                )
                self.combo.setCurrentIndex(index)
                break
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("encoding_preview")
        self.preview.setReadOnly(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        form.addRow(_tr("&Encoding:"), self.combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.copy_button = QPushButton(_tr("Open as &Untitled Copy"))
        self.copy_button.setDefault(True)
        self.read_only_button = QPushButton(_tr("Open &Read-Only"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.read_only_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(lambda: self._finish(COPY))
        self.read_only_button.clicked.connect(lambda: self._finish(READ_ONLY))
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(640, 480)
        self.copy_button.setDefault(True)  # after the box took it: the box resets defaults
        self.copy_button.setFocus()
        self.combo.currentIndexChanged.connect(self._decode)
        self._decode()

    def encoding(self) -> str:
        return str(self.combo.currentData())

    def _decode(self) -> None:
        try:
            self._text = decode_with(self.path, self.encoding())
        except ReadError as exc:
            self._text = None
            self.preview.clear()
            self.problem.setText(exc.message)
        else:
            self.problem.clear()
            self.preview.setPlainText(self._text[:PREVIEW_CHARS])
        self.copy_button.setEnabled(self._text is not None)
        self.read_only_button.setEnabled(self._text is not None)

    def _finish(self, mode: str) -> None:
        self.mode = mode
        self.accept()

    def choice(self) -> EncodingChoice | None:
        if self.result() != QDialog.DialogCode.Accepted or self._text is None:
            return None
        return EncodingChoice(self._text, self.encoding(), self.mode)


def _canonical(name: str | None) -> str:
    if not name:
        return ""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name
