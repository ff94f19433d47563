"""The house style reads the headline, the search description and the photo caption as YAML
reads them (QA25 F-I): the templates write ``title: >-`` with the text on the next line, and a
banned word there passed the desk's check."""

from __future__ import annotations

from pathlib import Path

from netizen_editor.checks import Finding
from netizen_editor.settings import Settings
from tests.checks.helpers import findings

STYLE = """\
[words]
banned = ["oknum", "diamankan", "dalam jaringan"]
[words.replace]
merubah = "mengubah"
kuatir = "khawatir"
"""

TEMPLATE_MADE = """\
---
title: >-
  Oknum Polisi Diamankan karena Merubah Laporan
summary: >-
  Seorang oknum polisi diamankan setelah merubah laporan
  dan kuatir ketahuan di Penjaringan.
image_caption: |
  Petugas memeriksa laporan yang dirubah oknum itu.
author: Rina Wati
date: 2026-12-07T09:00:00+07:00
---
Polisi memeriksa petugas itu pada Senin (7/12/2026).
"""


def settings(tmp_path: Path) -> Settings:
    path = tmp_path / "gaya.toml"
    path.write_text(STYLE, encoding="utf-8")
    return Settings(house_style=str(path))


def placed(text: str, found: list[Finding]) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """(line, column, the text written there, suggestions) of each finding."""
    lines = text.splitlines()
    return [
        (f.line, f.column, lines[f.line - 1][f.column - 1 : f.column - 1 + f.length],
         f.suggestions)
        for f in found
    ]  # fmt: skip


def col(text: str, line: int, word: str) -> int:
    return text.splitlines()[line - 1].index(word) + 1


def test_a_template_made_headline_and_summary_are_read_where_they_are_written(tmp_path):
    found = findings(TEMPLATE_MADE, "house-style", settings(tmp_path))
    expected = [(3, "Oknum", ()), (3, "Diamankan", ()), (3, "Merubah", ("Mengubah",)),
                (5, "oknum", ()), (5, "diamankan", ()), (5, "merubah", ("mengubah",)),
                (6, "kuatir", ("khawatir",)), (8, "oknum", ())]  # fmt: skip
    assert placed(TEMPLATE_MADE, found) == [
        (line, col(TEMPLATE_MADE, line, word), word, uses) for line, word, uses in expected
    ]
    assert [f.extra["word"] for f in found][:3] == ["Oknum", "Diamankan", "Merubah"]


def test_quoted_values_and_a_plain_value_going_on_to_the_next_line_are_read(tmp_path):
    text = TEMPLATE_MADE.replace(
        "title: >-\n  Oknum Polisi Diamankan karena Merubah Laporan",
        'title: "Polisi Merubah Laporan"',
    ).replace(
        "summary: >-\n  Seorang oknum polisi diamankan setelah merubah laporan\n",
        "summary: Seorang polisi mengubah laporan\n",
    )
    found = findings(text, "house-style", settings(tmp_path))
    assert placed(text, found)[:2] == [
        (2, col(text, 2, "Merubah"), "Merubah", ("Mengubah",)),
        (4, col(text, 4, "kuatir"), "kuatir", ("khawatir",)),
    ]


def test_a_phrase_a_folded_value_breaks_over_two_lines_is_found_at_its_first_word(tmp_path):
    text = TEMPLATE_MADE.replace(
        "Seorang oknum polisi diamankan setelah merubah laporan\n  dan kuatir",
        "Laporan polisi dibuat dalam\n  jaringan dan",
    )
    (finding,) = findings(text, "house-style", settings(tmp_path))[3:4]
    where = (5, col(text, 5, "dalam"), 0)  # its first word; nothing to replace on one line
    assert (finding.line, finding.column, finding.length) == where
    assert "dalam jaringan" in finding.message


def test_a_word_written_as_an_escape_is_at_the_key_line(tmp_path):
    text = TEMPLATE_MADE.replace(
        "title: >-\n  Oknum Polisi Diamankan karena Merubah Laporan",
        'title: "Polisi Meru\\u0062ah Laporan"',
    )
    found = findings(text, "house-style", settings(tmp_path))
    assert (found[0].line, found[0].column, found[0].length) == (2, 1, 0)
    assert found[0].suggestions == ("Mengubah",)
