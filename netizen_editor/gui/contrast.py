"""Text colours that stay readable on a background: WCAG 2's contrast ratio, and the nearest
shade of a colour that reaches it (darker on a light background, lighter on a dark one)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor

#: WCAG 2's least contrast for ordinary text (level AA)
READABLE = 4.5
#: how much nearer black (or white) each try goes
STEP = 0.05
#: the text on the app's notice bars, whose backgrounds are light whatever the desktop's theme:
#: the theme's own text colour (white on a dark one) was unreadable on them (QA36 #4)
ON_LIGHT_BAR = "#1f2328"


def luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance: 0 for black, 1 for white."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    """WCAG 2's contrast ratio of two colours, 1 (the same) to 21 (black on white)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_on(colour: QColor, background: QColor, ratio: float = READABLE) -> QColor:
    """``colour`` when it reads on ``background`` with at least ``ratio``; else the first of
    its shades nearer black (on a light background; white on a dark one) that does, so a
    green stays a green."""
    return QColor.fromRgb(_readable(colour.rgb(), background.rgb(), ratio))


@lru_cache(maxsize=256)
def _readable(colour: int, background: int, ratio: float) -> int:
    """(a table paints the same few colours on the same grey, cell after cell)"""
    text, ground = QColor.fromRgb(colour), QColor.fromRgb(background)
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    toward = black if contrast(black, ground) >= contrast(white, ground) else white
    shade, part = QColor(text), 0.0
    while contrast(shade, ground) < ratio and part < 1:
        part = min(1.0, part + STEP)
        shade = QColor.fromRgbF(*(c + (t - c) * part for c, t in _pairs(text, toward)))
    return shade.rgb()


def _pairs(colour: QColor, toward: QColor) -> list[tuple[float, float]]:
    return [(colour.redF(), toward.redF()), (colour.greenF(), toward.greenF()),
            (colour.blueF(), toward.blueF())]  # fmt: skip
