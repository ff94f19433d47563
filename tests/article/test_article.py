from __future__ import annotations

import datetime as dt

import pytest

from netizen_editor.article.model import Article, slugify
from netizen_editor.errors import ArticleError
from netizen_editor.grammar.frontmatter import split_front_matter

FULL = """---
title: "Putin dan Kim: bertemu"
summary: Ringkasan singkat.
author: Andi
editor: Budi
date: 2023-09-14
labels: [Internasional, Rusia]
slug: putin-kim
dateline: Jakarta
image: foto.jpg
image_caption: Putin dan Kim
image_credit: Reuters
status: review
custom_key: kept  # a comment stays too
---
Isi berita.
"""


def test_front_matter_fields_are_read():
    article = Article.parse(FULL)
    assert article.title == "Putin dan Kim: bertemu"
    assert article.labels == ["Internasional", "Rusia"]
    assert article.date == dt.date(2023, 9, 14)
    assert article.get("dateline") == "Jakarta"
    assert article.get("status") == "review"
    assert article.meta["custom_key"] == "kept"
    assert article.body == "Isi berita.\n"
    assert article.body_line == 16


@pytest.mark.parametrize(
    "text",
    [
        FULL,
        "no front matter\n",
        "---\ntitle: x\n---\r\nbody\r\nwith CRLF\r\n",
        "\ufeff---\ntitle: x\n---\nbody",
        "---\n---\nempty front matter",
        "",
    ],
)
def test_unchanged_article_gives_the_same_text(text):
    assert Article.parse(text).to_text() == text


def test_title_comes_from_first_heading_without_front_matter():
    article = Article.parse("Intro\n\n# Judul Berita\n\nIsi.")
    assert article.title == "Judul Berita"
    assert article.strip_title_heading is False  # the heading is not the first line


def test_opening_heading_equal_to_title_is_not_shown_twice():
    article = Article.parse("# Judul Berita\n\nIsi.")
    assert article.strip_title_heading is True


def test_unclosed_fence_is_not_front_matter():
    raw, body, line = split_front_matter("---\ntitle: x\nno end")
    assert raw == "" and line == 1 and body.startswith("---")


def test_broken_yaml_names_the_line():
    with pytest.raises(ArticleError) as info:
        Article.parse("---\ntitle: ok\nlabels: [a, b\nauthor: x\n---\nbody", "a.md")
    assert info.value.path.name == "a.md"
    assert info.value.line is not None and 3 <= info.value.line <= 5
    assert "YAML" in str(info.value)
    assert str(info.value).startswith("a.md:")


@pytest.mark.usefixtures("english")
def test_a_control_character_in_the_front_matter_names_its_line():
    with pytest.raises(ArticleError) as info:
        Article.parse("---\ntitle: ok\nauthor: Bel\x07\n---\nbody", "a.md")
    assert info.value.line == 3
    assert str(info.value).startswith("a.md:3: broken YAML front matter: unacceptable character")


@pytest.mark.parametrize(
    ("line", "key", "expected_line"),
    [
        ("labels: Politik", "labels", 3),
        ("title: [a, b]", "title", 3),
        ("date: kemarin", "date", 3),
        ("status: terbit", "status", 3),
        ("author: 42", "author", 3),
    ],
)
def test_wrong_types_name_the_key_and_line(line, key, expected_line):
    text = f"---\nsummary: s\n{line}\n---\nbody"
    with pytest.raises(ArticleError) as info:
        Article.parse(text, "b.md")
    assert f"'{key}'" in info.value.message
    assert info.value.line == expected_line


@pytest.mark.usefixtures("english")
def test_front_matter_that_is_not_a_mapping():
    with pytest.raises(ArticleError, match="key: value"):
        Article.parse("---\n- a\n- b\n---\nbody")


def test_slugify_makes_blogger_permalinks():
    assert (
        slugify("Pertemuan Putin & Kim: Apa yang Terjadi?")
        == "pertemuan-putin-kim-apa-yang-terjadi"
    )
    assert slugify("Café  déjà  vu") == "cafe-deja-vu"
    assert len(slugify("kata " * 50)) <= 80


def test_nothing_written_is_a_blank_story_and_reads_no_more_than_it_needs(monkeypatch):
    """The checks panel asks at each revision on the window's thread: a story titled by its
    first heading was scanned whole there for its title."""
    from netizen_editor.grammar import scan

    blank = "---\ntitle: ''\nsummary: ''\nauthor: Andi\nstatus: draft\n---\n\n  \n"
    assert Article.parse(blank).nothing_written
    assert not Article.parse(blank.replace("title: ''", "title: Banjir")).nothing_written
    assert not Article.parse(blank.replace("summary: ''", "summary: Rob.")).nothing_written
    monkeypatch.setattr(scan, "scan_article", lambda *a, **k: pytest.fail("scanned"))
    assert not Article.parse(blank + "# Banjir\n\nWarga mengungsi.\n").nothing_written
