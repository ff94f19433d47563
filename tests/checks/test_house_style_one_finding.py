"""A word the house style names that the non-standard table has too is one finding, the
house style's (QA25 F-J: two warnings at the same line and column, counted twice)."""

from __future__ import annotations

from pathlib import Path

from netizen_editor.settings import Settings
from tests.checks.helpers import findings, spoil

TEXT = spoil("Menurut data", "Petugas merubah data karena kuatir. Menurut data")
WORDS = ("house-style", "non-standard")


def style(tmp_path: Path, text: str) -> Settings:
    path = tmp_path / "gaya.toml"
    path.write_text(text, encoding="utf-8")
    return Settings(house_style=str(path))


def named(settings: Settings) -> list[tuple[int, int, str, tuple[str, ...]]]:
    return [(f.line, f.column, f.rule, f.suggestions) for f in findings(TEXT, settings=settings)
            if f.rule in WORDS]  # fmt: skip


def test_a_replaced_word_that_is_non_standard_is_the_house_styles_finding_only(tmp_path):
    settings = style(tmp_path, '[words.replace]\nmerubah = "mengubah"\n')
    assert named(settings) == [
        (24, 9, "house-style", ("mengubah",)),
        (24, 29, "non-standard", ("khawatir",)),  # the house style says nothing of it
    ]


def test_a_banned_word_that_is_non_standard_gets_the_standard_form_as_its_fix(tmp_path):
    settings = style(tmp_path, '[words]\nbanned = ["kuatir"]\n')
    assert named(settings) == [
        (24, 9, "non-standard", ("mengubah",)),
        (24, 29, "house-style", ("khawatir",)),
    ]


def test_with_the_house_style_turned_off_the_table_names_the_word(tmp_path):
    text = 'disabled = ["house-style"]\n[words.replace]\nmerubah = "mengubah"\n'
    assert [rule for _l, _c, rule, _s in named(style(tmp_path, text))] == ["non-standard"] * 2
