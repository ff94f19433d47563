"""How short the Periksa panel may get: its findings keep ``MIN_LINES`` lines (three
findings) at any window height. The dock's stand-in (before the panel is made) is as short,
so the docks above do not move when the panel comes."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics

#: lines of findings the list always has room for (three findings, wrapped)
MIN_LINES = 8
#: the pictures below the findings show at least the "In Google" caption and the whole search
#: result (``SearchResultView``: 640 by 150, scaled to the panel's width, about 320 pixels at
#: 1366x768); the share card below them scrolls
RESULT_WIDTH, RESULT_RATIO = 320, 150 / 640
#: the caption's top margin, the layout's spacing and the column's bottom margin
PICTURES_CHROME = 6 + 6 + 4
#: the splitter's handle between the two, and the list's frame and spacing
HANDLE, CHROME = 6, 8


def findings_min_height(metrics: QFontMetrics) -> int:
    """The list's least height: ``MIN_LINES`` lines of its text, with its frame."""
    return metrics.lineSpacing() * MIN_LINES + CHROME


def pictures_min_height(metrics: QFontMetrics) -> int:
    """The pictures' least height: the caption's line and the whole search result."""
    return metrics.lineSpacing() + PICTURES_CHROME + round(RESULT_WIDTH * RESULT_RATIO)


def panel_min_height(metrics: QFontMetrics) -> int:
    """The panel's least height: the findings, the handle and the pictures."""
    return findings_min_height(metrics) + HANDLE + pictures_min_height(metrics)
