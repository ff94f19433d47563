"""A hashtag typed alone at a line's start (``#banjirrob``) publishes as a heading
(``<h1>banjirrob</h1>``, as Python-Markdown reads it): the check says so at its line."""

from __future__ import annotations

import pytest

from netizen_editor import i18n
from netizen_editor.checks import Level
from netizen_editor.checks.registry import rules
from netizen_editor.settings import Settings
from tests.checks.helpers import findings, spoil
from tests.publish.helpers import body

LINE = 22  # the file line of what replaces the first ad slot of the clean article


def _with(text: str) -> str:
    return spoil("[[ad]]", f"{text}\n\n[[ad]]")


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("#banjirrob", "#banjirrob"),
        ("#banjirrob #jakarta #rob", "#banjirrob"),
        ("##tagar", "##tagar"),
        ("#1 pilihan warga", "#1"),
        ("###Penanganan Banjir", "###Penanganan"),
    ],
)
def test_a_hashtag_at_a_line_s_start_is_warned_at_its_line(text, tag):
    (finding,) = findings(_with(text), "hashtag-heading")
    assert (finding.level, finding.line, finding.column) == (Level.WARNING, LINE, 1)
    assert f"“{tag}”" in finding.message and f"\\{tag}" in finding.message
    assert finding.suggestions[0] == f"\\{tag}"
    assert f"<h{tag.count('#')} " in body(_with(text))  # what the check says is true


@pytest.mark.parametrize(
    "text",
    [
        "## Penanganan Banjir",  # a heading
        "\\#banjirrob",  # the hashtag, escaped
        "Warga menulis #banjirrob di media sosial.",
        "###",  # empty-heading's
        "## ",
        "```\n#banjirrob\n```",  # a code block
        "    #banjirrob",  # indented: code
        "- #banjirrob",  # a list item
        "> #banjirrob",  # a quote
        "Banjir\n===",  # a setext heading
        "#banjirrob\\",  # no heading to the grammar
    ],
)
def test_no_warning_without_a_hashtag_heading(text):
    assert findings(_with(text), "hashtag-heading") == []


def test_the_message_is_indonesian():
    i18n.set_language("id")
    try:
        (finding,) = findings(_with("#banjirrob"), "hashtag-heading")
    finally:
        i18n.set_language(i18n.DEFAULT_LANGUAGE)
    assert finding.message == (
        "“#banjirrob” terbit sebagai judul bagian, bukan tagar: tulis \\#banjirrob untuk "
        "tagar, atau beri spasi sesudah # untuk judul"
    )


def test_the_house_style_can_turn_it_off(tmp_path):
    style = tmp_path / "gaya.toml"
    style.write_text('disabled = ["hashtag-heading"]\n', encoding="utf-8")
    found = findings(_with("#banjirrob"), settings=Settings(house_style=str(style)))
    assert [f for f in found if f.rule in ("hashtag-heading", "house-style")] == []
    assert "hashtag-heading" in rules()
