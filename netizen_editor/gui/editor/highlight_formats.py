"""The editor's colours for Markdown (light and dark) and the text formats made of them."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette, QTextCharFormat

LIGHT = {
    "syntax": "#9aa0a6",
    "heading": "#1a3d7c",
    "emphasis": "#202124",
    "link": "#0b57d0",
    "url": "#5f6f86",
    "image": "#7b2fa0",
    "code": "#a3320b",
    "code_bg": "#f3f4f6",
    "quote": "#2e6b3a",
    "list": "#c2410c",
    "fm_key": "#8430ce",
    "fm_value": "#3c4043",
    "fm_bg": "#f7f5fb",
    "comment": "#80868b",
    "ad": "#9a5b00",
    "ad_bg": "#fff3dc",
    "baca": "#0f766e",
    "more": "#b3261e",
    "more_bg": "#fde8e7",
    "added": "#137333",
    "added_bg": "#e6f4ea",
    "deleted": "#b3261e",
    "deleted_bg": "#fce8e6",
    "marked_bg": "#fff3b0",
    "note": "#3c4a8a",
    "note_bg": "#e8eaf6",
}
DARK = {
    "syntax": "#7f8691",
    "heading": "#8ab4f8",
    "emphasis": "#e8eaed",
    "link": "#8ab4f8",
    "url": "#9aa7b8",
    "image": "#d7aefb",
    "code": "#f6ad8b",
    "code_bg": "#2b2f36",
    "quote": "#81c995",
    "list": "#fdba74",
    "fm_key": "#d7aefb",
    "fm_value": "#dadce0",
    "fm_bg": "#2a2733",
    "comment": "#9aa0a6",
    "ad": "#fdd663",
    "ad_bg": "#3b3220",
    "baca": "#5eead4",
    "more": "#f28b82",
    "more_bg": "#3c2222",
    "added": "#81c995",
    "added_bg": "#1f3326",
    "deleted": "#f28b82",
    "deleted_bg": "#3c2222",
    "marked_bg": "#4a4320",
    "note": "#aecbfa",
    "note_bg": "#2a2f45",
}


def _fmt(
    color: str,
    *,
    bold: bool = False,
    italic: bool = False,
    background: str = "",
    mono: bool = False,
    underline: bool = False,
    strike: bool = False,
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if background:
        fmt.setBackground(QColor(background))
    if mono:
        fmt.setFontFamilies([QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()])
    if underline:
        fmt.setFontUnderline(True)
    if strike:
        fmt.setFontStrikeOut(True)
    return fmt


def _hidden_format() -> QTextCharFormat:
    """Text that is there but not shown (the syntax of review marks in a reading display)."""
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(0, 0, 0, 0))
    fmt.setFontPointSize(1)
    # and 1 % of a letter's width: a long mark (a deleted sentence and its signed comment)
    # at the smallest size alone still left a gap of several letters in the line read
    fmt.setFontLetterSpacingType(QFont.SpacingType.PercentageSpacing)
    fmt.setFontLetterSpacing(1)
    return fmt


def formats_for(palette: QPalette) -> dict[str, QTextCharFormat]:
    """The highlighter's formats, by name, in light or dark colours to match ``palette``."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    c = DARK if dark else LIGHT
    return {
        "syntax": _fmt(c["syntax"]),
        "heading": _fmt(c["heading"], bold=True),
        "bold": _fmt(c["emphasis"], bold=True),
        "italic": _fmt(c["emphasis"], italic=True),
        "link": _fmt(c["link"]),
        "url": _fmt(c["url"], underline=True),
        "image": _fmt(c["image"]),
        "code": _fmt(c["code"], background=c["code_bg"], mono=True),
        "fence": _fmt(c["code"], background=c["code_bg"], mono=True),
        "quote": _fmt(c["quote"], italic=True),
        "list": _fmt(c["list"], bold=True),
        "fm_fence": _fmt(c["syntax"], background=c["fm_bg"]),
        "fm_key": _fmt(c["fm_key"], bold=True, background=c["fm_bg"]),
        "fm_value": _fmt(c["fm_value"], background=c["fm_bg"]),
        "comment": _fmt(c["comment"], italic=True),
        "fm_comment": _fmt(c["comment"], italic=True, background=c["fm_bg"]),
        "ad": _fmt(c["ad"], bold=True, background=c["ad_bg"]),
        "baca": _fmt(c["baca"], bold=True),
        "more": _fmt(c["more"], bold=True, background=c["more_bg"]),
        # review marks: additions green, deletions struck red, highlights yellow, notes blue
        "added": _fmt(c["added"], background=c["added_bg"]),
        "deleted": _fmt(c["deleted"], background=c["deleted_bg"], strike=True),
        "marked": _fmt(c["emphasis"], background=c["marked_bg"]),
        "note": _fmt(c["note"], italic=True, background=c["note_bg"]),
        "emphasis": _fmt(c["emphasis"]),
        "hidden": _hidden_format(),
    }
