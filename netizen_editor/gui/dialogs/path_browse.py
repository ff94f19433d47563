"""A "Choose…" button inside the path fields of Settings (the newsroom's word list, templates
folder and house style file): a path on a shared drive was typed by hand (QA21)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLineEdit, QStyle


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


#: how a field's path is asked for: (the field's text as a start, the dialog's title) -> the path
#: chosen, or "" (tests put their own)
Ask = Callable[[QLineEdit, str], str]


def ask_file(edit: QLineEdit, title: str, patterns: str) -> str:
    name, _filter = QFileDialog.getOpenFileName(edit.window(), title, _start(edit), patterns)
    return name


def ask_folder(edit: QLineEdit, title: str) -> str:
    return QFileDialog.getExistingDirectory(edit.window(), title, _start(edit))


def _start(edit: QLineEdit) -> str:
    """Where the dialog opens: the field's folder when it names one that is there."""
    text = edit.text().strip()
    if not text:
        return ""
    path = Path(text).expanduser()
    folder = path if path.is_dir() else path.parent
    return str(folder) if folder.is_dir() else ""


def add_choose(edit: QLineEdit, title: str, ask: Ask) -> QAction:
    """A folder button at the end of ``edit``: it asks for a path (``ask``) and puts the one
    chosen in the field (Cancel leaves it as it was)."""
    icon = edit.style().standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon)
    action = edit.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
    action.setObjectName(f"{edit.objectName()}_choose")
    action.setToolTip(_tr("Choose…"))

    def choose() -> None:
        chosen = ask(edit, title)
        if chosen:
            edit.setText(chosen)

    action.triggered.connect(choose)
    return action
