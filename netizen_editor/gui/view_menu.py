"""Actions put in a menu (View's dock toggles) with an Alt letter each, free within it."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu

from netizen_editor.gui.mnemonics import apart, letter


def add_with_letters(menu: QMenu, *items: QAction | QDockWidget) -> None:
    """``items`` (actions, or docks for their toggle) added to ``menu``, each with a letter free
    within it (its own when free). A dock's toggle takes its text from the dock's title: the
    letter goes on the action only, the title bar shows no ``&``."""
    actions = [i.toggleViewAction() if isinstance(i, QDockWidget) else i for i in items]
    taken = {key for key in (letter(a.text()) for a in menu.actions()) if key is not None}
    for action, text in zip(actions, apart([a.text() for a in actions], taken), strict=True):
        action.setText(text)
        menu.addAction(action)
