"""Setting single front matter values inside the article text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netizen_editor.article.frontmatter import field_edit, get_fields, scalar, set_field
from netizen_editor.article.model import Article
from netizen_editor.errors import ArticleError

ARTICLE = """\
---
title: Pertemuan Putin dan Kim
# a comment the panel never touches
author: Redaksi Netizen
date: 2023-09-14T08:00:00+07:00
labels: [Internasional, Rusia]
custom_key:   kept   exactly
status: ready
---
Netizen.co.id - Body text.
"""


def lines_without(text: str, key: str) -> list[str]:
    return [line for line in text.splitlines() if not line.startswith(f"{key}:")]


def test_changing_a_value_rewrites_only_its_line():
    new = set_field(ARTICLE, "title", "Judul Baru")
    assert new == ARTICLE.replace("title: Pertemuan Putin dan Kim", "title: Judul Baru")


def test_a_key_written_twice_is_set_where_yaml_reads_it():
    text = ARTICLE.replace("status: ready", "author: Salah Ketik\nstatus: ready")
    assert get_fields(text)["author"] == "Salah Ketik"  # YAML reads the last one
    new = set_field(text, "author", "Rina")
    assert get_fields(new)["author"] == "Rina"
    assert "author: Redaksi Netizen" in new  # the ignored one is left for the user


def test_values_are_quoted_only_when_yaml_needs_it():
    assert "title: 'Putin: Kami datang'\n" in set_field(ARTICLE, "title", "Putin: Kami datang")
    assert "title: '#1 berita'\n" in set_field(ARTICLE, "title", "#1 berita")
    assert "title: '2023'\n" in set_field(ARTICLE, "title", "2023")
    assert "title: Apa yang terjadi?\n" in set_field(ARTICLE, "title", "Apa yang terjadi?")
    assert Article.parse(set_field(ARTICLE, "title", "yes")).meta["title"] == "yes"


def test_clearing_a_field_removes_its_key():
    for empty in (None, "", []):
        new = set_field(ARTICLE, "author", empty)
        assert "author" not in new
        assert lines_without(new, "author") == lines_without(ARTICLE, "author")


def test_new_key_goes_next_to_its_neighbours():
    new = set_field(ARTICLE, "summary", "Ringkasan singkat.")
    lines = new.splitlines()
    assert lines[lines.index("summary: Ringkasan singkat.") - 1] == "title: Pertemuan Putin dan Kim"
    unknown = set_field(ARTICLE, "x_extra", "1")
    assert unknown.splitlines()[8] == "x_extra: '1'"


def test_front_matter_is_created_and_dropped_when_empty():
    text = "Just a body.\n"
    new = set_field(text, "title", "Judul")
    assert new == "---\ntitle: Judul\n---\nJust a body.\n"
    assert set_field(new, "title", "") == text


def test_lists_keep_their_style():
    flow = set_field(ARTICLE, "labels", ["Politik", "Asia, Timur"])
    assert "labels: [Politik, 'Asia, Timur']\n" in flow
    block_text = "---\nlabels:\n  - a\n  - b\nnext: 1\n---\n"
    block = set_field(block_text, "labels", ["x", "y: z"])
    assert block == "---\nlabels:\n  - x\n  - 'y: z'\nnext: 1\n---\n"
    assert Article.parse(block).meta["labels"] == ["x", "y: z"]


def test_dates_are_iso():
    new = set_field(ARTICLE, "date", dt.datetime(2024, 2, 3, 10, 30))
    assert "date: 2024-02-03T10:30:00\n" in new
    assert Article.parse(new).date == dt.datetime(2024, 2, 3, 10, 30)
    assert "date: 2024-02-03\n" in set_field(ARTICLE, "date", dt.date(2024, 2, 3))


def test_unchanged_value_gives_no_edit():
    assert field_edit(ARTICLE, "labels", ["Internasional", "Rusia"]) is None
    assert field_edit(ARTICLE, "custom_key", "kept   exactly") is None
    assert field_edit("body", "title", None) is None


def test_trailing_comment_and_crlf_survive():
    text = "---\r\ntitle: Lama  # judul kerja\r\nauthor: A\r\n---\r\nBody\r\n"
    new = set_field(text, "title", "Baru")
    assert new == "---\r\ntitle: Baru  # judul kerja\r\nauthor: A\r\n---\r\nBody\r\n"
    added = set_field(text, "summary", "S")
    assert "title: Lama  # judul kerja\r\nsummary: S\r\nauthor" in added


def test_multiline_values_stay_on_one_line():
    assert scalar("baris satu\nbaris dua") == '"baris satu\\nbaris dua"'


def test_get_fields_reports_broken_yaml_with_line():
    assert get_fields(ARTICLE)["author"] == "Redaksi Netizen"
    with pytest.raises(ArticleError) as info:
        get_fields("---\ntitle: ok\nlabels: [a, b\n---\nbody")
    assert info.value.line is not None


def test_byte_order_mark_stays_first():
    new = set_field("\ufeffBody", "title", "T")
    assert new == "\ufeff---\ntitle: T\n---\nBody"
    assert set_field(new, "title", None) == "\ufeffBody"


TEXT_VALUES = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)),
    min_size=1,
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(value=TEXT_VALUES, key=st.sampled_from(["title", "summary", "author", "x_note"]))
def test_any_text_value_round_trips(value, key):
    new = set_field(ARTICLE, key, value)
    assert Article.parse(new).meta[key] == value
    # every other line is untouched
    assert lines_without(new, key) == lines_without(ARTICLE, key)


@settings(max_examples=150, deadline=None)
@given(values=st.lists(TEXT_VALUES, min_size=1, max_size=5))
def test_any_labels_round_trip(values):
    new = set_field(ARTICLE, "labels", values)
    assert Article.parse(new).meta["labels"] == values
    assert lines_without(new, "labels") == lines_without(ARTICLE, "labels")


@pytest.mark.parametrize("mark", [">-", "|-"])
def test_a_value_in_a_block_scalar_keeps_its_layout(mark):
    text = f"---\ntitle: {mark}\n    Banjir Rob\nstatus: draft\n---\nIsi.\n"
    assert set_field(text, "title", 'Banjir Rob Utara: "Tinggi" # 40 cm') == text.replace(
        "Banjir Rob\n", 'Banjir Rob Utara: "Tinggi" # 40 cm\n'
    )


@pytest.mark.parametrize("value", [" spasi di depan", "dua\nbaris", ""])
def test_a_value_a_block_cannot_hold_as_written_goes_on_one_line(value):
    text = "---\ntitle: >-\n  Banjir Rob\nstatus: draft\n---\nIsi.\n"
    out = set_field(text, "title", value)
    assert ">-" not in out
    assert get_fields(out).get("title") == (value or None)
