"""A blank line or spaces above the front matter keep it front matter; what still cannot be
front matter is said, and the metadata fields never start a second block."""

from __future__ import annotations

import pytest

from netizen_editor.article.frontmatter import set_field
from netizen_editor.article.model import Article, front_matter_warning
from netizen_editor.errors import ArticleError

TEXT = "---\ntitle: Banjir\nauthor: Andi\n---\nIsi berita.\n"


@pytest.mark.parametrize("lead", ["\n", "\n\n", "  \n", " \t\n\n", "\ufeff\n"])
def test_blank_lines_above_the_fence_are_tolerated(lead):
    text = lead + TEXT
    article = Article.parse(text)
    assert article.title == "Banjir" and article.get("author") == "Andi"
    assert article.body == "Isi berita.\n"
    assert article.body_line == TEXT.count("\n") + lead.count("\n")
    assert article.to_text() == text
    assert front_matter_warning(text) is None


def test_spaces_before_the_fence_are_tolerated():
    assert Article.parse("  ---\ntitle: Banjir\n---\nIsi.\n").title == "Banjir"


def test_setting_a_field_below_blank_lines_edits_the_one_block():
    text = "\n\n" + TEXT
    changed = set_field(text, "title", "Banjir Besar")
    assert changed == "\n\n" + TEXT.replace("title: Banjir", "title: Banjir Besar")
    assert changed.count("---") == 2
    added = set_field(text, "slug", "banjir")
    assert added.count("---") == 2 and Article.parse(added).get("slug") == "banjir"


def test_an_error_line_counts_the_blank_lines_above():
    with pytest.raises(ArticleError) as info:
        Article.parse("\n\n---\ntitle: [a\n---\nIsi.\n")
    assert info.value.line == 4


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("---\ntitle: Banjir\nauthor: Andi\n\nIsi berita.\n", 1),  # no closing fence
        ("\n---\ntitle: Banjir\n", 2),
        ("title: Banjir\nauthor: Andi\n---\nIsi berita.\n", 1),  # no opening fence
    ],
)
def test_what_cannot_be_front_matter_is_warned_and_gets_no_second_block(text, line):
    warning = front_matter_warning(text, "a.md")
    assert warning is not None and warning.line == line
    assert str(warning).startswith(f"a.md:{line}: ")
    assert set_field(text, "title", "Lain") == text


@pytest.mark.parametrize(
    "text",
    [
        "Isi berita biasa.\n\n---\n\nParagraf lain.\n",  # a horizontal rule
        "# Judul\n\nIsi.\n",
        "",
        TEXT,
    ],
)
def test_ordinary_text_has_no_warning(text):
    assert front_matter_warning(text) is None


@pytest.mark.usefixtures("indonesian")
def test_front_matter_messages_are_indonesian():
    with pytest.raises(ArticleError) as info:
        Article.parse("---\ncorrections:\n  - time: 2026-12-01T10:00:00+07:00\n---\nIsi.\n")
    assert info.value.message == "koreksi ke-1 memerlukan 'text'"
    with pytest.raises(ArticleError) as info:
        Article.parse("---\ntitle: a: b\n---\n")
    assert info.value.message.startswith("front matter YAML rusak: titik dua tidak boleh")
    warning = front_matter_warning("---\ntitle: Banjir\n")
    assert "tidak punya baris penutup" in warning.message


@pytest.mark.usefixtures("english")
def test_front_matter_messages_in_english():
    with pytest.raises(ArticleError) as info:
        Article.parse("---\nlabels: Politik\n---\n")
    assert info.value.message == "'labels' must be a list, not str"
