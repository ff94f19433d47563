"""The next and the previous article tab from the keyboard (View › Next Article / Previous
Article: Ctrl+Tab and Ctrl+PgDown, Ctrl+Shift+Tab and Ctrl+PgUp, as browsers do), wrapping
at the ends. They are window actions, so they work with the focus in the editor, the
preview or a dock; the editor's own Tab and Shift+Tab (template fields, indent) are plain
keys, never these."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget


def step_tab(tabs: QTabWidget, step: int) -> None:
    """Show the tab ``step`` places after the current one (before it when negative), going
    round at the ends (the window gives the shown tab's editor the focus)."""
    count = tabs.count()
    if count > 1:
        tabs.setCurrentIndex((tabs.currentIndex() + step) % count)


def handlers(tabs: QTabWidget) -> dict[str, Callable[[], object]]:
    return {"next_tab": lambda: step_tab(tabs, 1), "previous_tab": lambda: step_tab(tabs, -1)}
