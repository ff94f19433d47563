"""How short the Periksa panel may get: its findings keep ``MIN_LINES`` lines (three or four
findings) at any window height. The dock's stand-in (before the panel is made) is as short,
so the docks above do not move when the panel comes."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics

#: lines of findings the list always has room for (four or five findings, wrapped)
MIN_LINES = 12
#: the least height of the pictures below the findings (they scroll)
PICTURES_MIN = 30
#: the splitter's handle between the two, and the list's frame and spacing
HANDLE, CHROME = 6, 8


def findings_min_height(metrics: QFontMetrics) -> int:
    """The list's least height: ``MIN_LINES`` lines of its text, with its frame."""
    return metrics.lineSpacing() * MIN_LINES + CHROME


def panel_min_height(metrics: QFontMetrics) -> int:
    """The panel's least height: the findings, the handle and the pictures."""
    return findings_min_height(metrics) + HANDLE + PICTURES_MIN
