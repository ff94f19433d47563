"""One wrong value in the front matter: ``Article.parse`` still refuses the article (the
checks and exports report it), and ``readable_article`` keeps every other field for the
preview and the panels."""

from __future__ import annotations

import pytest

from netizen_editor.article.model import Article, readable_article
from netizen_editor.errors import ArticleError
from netizen_editor.publish.preview_patch import fallback_article
from netizen_editor.settings import Settings
from netizen_editor.snapshot import take_snapshot

TEXT = """\
---
title: Wali Kota Bandung Lantik Tiga Pejabat Baru
dateline: Bandung
date: 2026-12-06T02:00:00+07:00
status: submitted
labels: [politik]
---
Pelantikan berlangsung di Balai Kota.
"""


def test_parse_still_refuses_the_wrong_status_at_its_line():
    with pytest.raises(ArticleError) as caught:
        Article.parse(TEXT, "pelantikan.md")
    assert caught.value.line == 5 and "submitted" in caught.value.message


def test_the_other_fields_are_read_and_the_wrong_one_left_out():
    article = readable_article(TEXT, "pelantikan.md")
    assert article is not None
    assert article.title == "Wali Kota Bandung Lantik Tiga Pejabat Baru"
    assert article.get("dateline") == "Bandung" and article.labels == ["politik"]
    assert article.date is not None and article.date.day == 6
    assert "status" not in article.meta
    assert article.body == "Pelantikan berlangsung di Balai Kota.\n" and article.body_line == 8
    assert article.front_matter == TEXT[: TEXT.index("Pelantikan")]


@pytest.mark.parametrize(
    ("bad", "key"),
    [
        ("title: [satu, dua]", "title"),
        ("date: kemarin sore", "date"),
        ("labels: [{a: 1}]", "labels"),
        ("verified: mungkin", "verified"),
    ],
)
def test_each_kind_of_wrong_value_leaves_only_its_key_out(bad, key):
    text = f"---\nauthor: Ani\n{bad}\n---\nIsi.\n"
    with pytest.raises(ArticleError):
        Article.parse(text)
    article = readable_article(text)
    assert article is not None and article.meta == {"author": "Ani"}, key


def test_broken_yaml_has_nothing_readable():
    assert readable_article("---\ntitle: [tidak ditutup\n---\nIsi.\n") is None


def test_a_good_article_reads_as_parse_does():
    text = TEXT.replace("submitted", "review")
    assert readable_article(text) == Article.parse(text)


def test_the_first_preview_shows_what_could_be_read():
    article = fallback_article(TEXT, None)
    assert article.title.startswith("Wali Kota") and article.get("dateline") == "Bandung"


def test_the_snapshot_keeps_the_error_and_what_could_be_read():
    snapshot = take_snapshot(1, TEXT, None, Settings())
    assert snapshot.article is None and snapshot.error is not None
    assert snapshot.error.line == 5
    assert snapshot.findings == [] and not snapshot.checked  # the checks still wait
    assert snapshot.readable is not None and snapshot.readable.get("dateline") == "Bandung"
    good = take_snapshot(1, TEXT.replace("submitted", "draft"), None, Settings())
    assert good.readable is good.article and good.partial is None
