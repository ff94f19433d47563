"""The Arial advance-width table against a real font: Liberation Sans has Arial's metrics."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetricsF

from netizen_editor.checks.textwidth import ADVANCE, text_width

SAMPLE = "Pertemuan Antara Putin dan Kim Jong Un Membangkitkan Spekulasi, Apa Yang Terjadi?"


@pytest.fixture
def liberation(qapp) -> QFont:
    if "Liberation Sans" not in QFontDatabase.families():
        pytest.skip("Liberation Sans is not installed (Debian: fonts-liberation2)")
    font = QFont("Liberation Sans")
    font.setPixelSize(2048)  # one pixel per font unit
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(False)
    assert QFontInfo(font).family() == "Liberation Sans"
    return font


def test_every_character_of_the_table_has_the_fonts_advance(liberation):
    metrics = QFontMetricsF(liberation)
    wrong = {ch: (units, metrics.horizontalAdvance(ch)) for ch, units in ADVANCE.items()
             if abs(metrics.horizontalAdvance(ch) - units) > 1}  # fmt: skip
    assert not wrong


def test_a_headline_measures_as_the_font_draws_it(liberation):
    font = QFont(liberation)
    font.setPixelSize(20)
    drawn = QFontMetricsF(font).horizontalAdvance(SAMPLE)
    assert abs(text_width(SAMPLE) - drawn) / drawn < 0.02
