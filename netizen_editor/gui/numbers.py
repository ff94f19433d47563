"""Counts shown to the user written as the app's language writes them: "360.000" in Indonesian,
"360,000" in English (the status bar, the desk's columns, the History window, the find bar).
What a program reads (JSON, the command line's output) keeps plain digits."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from netizen_editor import i18n

#: what QLocale.toString takes (a qlonglong); a Python int past it raised OverflowError, and a
#: planted version's count stopped File › History (QA35 #8)
_QT_RANGE = range(-(2**63), 2**63)


def count_text(count: int) -> str:
    """``count`` with the app language's thousands separator (any int: never raises)."""
    locale = QLocale(i18n.language())
    if count in _QT_RANGE:
        return locale.toString(count)
    try:  # past it, Python groups the digits
        return f"{count:,}".replace(",", locale.groupSeparator())
    except ValueError:  # more digits than Python writes (4,300): no count anyone kept
        return "…"
