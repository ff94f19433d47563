"""File › Recent articles: the menu's entries from the session's list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from netizen_editor.gui.plain_text import shown_plain
from netizen_editor.terminal import terminal_safe


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def fill_recent_menu(
    menu: QMenu, recent: list[str], open_path: Callable[[str], object], clear: Callable[[], None]
) -> None:
    """Numbered entries for the articles that still exist, then "Clear List"."""
    menu.clear()
    existing = [p for p in recent if Path(p).exists()]
    for number, name in enumerate(existing, start=1):
        # a planted name's controls shown, not obeyed ("laporan<U+202E>gpj.exe.md" read
        # "laporandm.exe.jpg"), as in its tab
        shown = terminal_safe(Path(name).name).replace("&", "&&")  # "A&B.md" is no accelerator
        action = menu.addAction(f"&{number % 10} {shown}")
        action.setToolTip(shown_plain(terminal_safe(name)))
        action.setStatusTip(terminal_safe(name))
        action.triggered.connect(lambda _=False, n=name: open_path(n))
    if not existing:
        menu.addAction(_tr("No recent articles")).setEnabled(False)
    menu.addSeparator()
    clear_action = menu.addAction(_tr("&Clear List"))
    clear_action.setEnabled(bool(recent))
    clear_action.triggered.connect(clear)
