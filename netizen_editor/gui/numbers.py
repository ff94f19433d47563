"""Counts shown to the user written as the app's language writes them: "360.000" in Indonesian,
"360,000" in English (the status bar, the desk's columns, the History window, the find bar).
What a program reads (JSON, the command line's output) keeps plain digits."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from netizen_editor import i18n


def count_text(count: int) -> str:
    """``count`` with the app language's thousands separator."""
    return QLocale(i18n.language()).toString(count)
