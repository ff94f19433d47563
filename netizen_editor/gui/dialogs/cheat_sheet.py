"""Help › Article Syntax and Shortcuts: the newsroom markup and the window's shortcuts.

The syntax part is a page per language under ``resources/help``; the shortcuts are read from
the window's actions, so the sheet always lists the keys that really work.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from netizen_editor.paths import resource_path


def _tr(text: str) -> str:
    return QCoreApplication.translate("CheatSheet", text)


def syntax_html(language: str) -> str:
    folder = resource_path("help")
    page = folder / f"cheatsheet.{language}.html"
    if not page.is_file():
        page = folder / "cheatsheet.en.html"
    return page.read_text(encoding="utf-8")


def shortcuts_html(actions: list[QAction]) -> str:
    rows = []
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys and action.text():
            name = html.escape(action.text().replace("&", ""))
            rows.append(f"<tr><td><b>{html.escape(keys)}</b></td><td>{name}</td></tr>")
    title = html.escape(_tr("Keyboard shortcuts"))
    return f"<h2>{title}</h2><table>{''.join(rows)}</table>"


class CheatSheetDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Article Syntax and Shortcuts"))
        self.resize(720, 640)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        actions = [a for a in (parent.actions() if parent is not None else []) if a.shortcut()]
        self.browser.setHtml(syntax_html(language) + shortcuts_html(actions))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.browser.toPlainText()
