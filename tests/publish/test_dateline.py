"""The body opens with the dateline exactly once, city first, with the current site name."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from netizen_editor.article.model import Article
from netizen_editor.article.new_article import new_article_text
from netizen_editor.publish.body import BodyRenderer, join_chunks
from netizen_editor.settings import Settings

TAGS = re.compile(r"<[^>]+>")


def opening(text: str, settings: Settings | None = None) -> tuple[str, str]:
    """The first paragraph's text, from the export pass and from the preview's chunks."""
    settings = settings or Settings()
    article = Article.parse(text)
    renderer = BodyRenderer()
    whole = renderer.render(article, settings)
    chunks = join_chunks(renderer.render_chunks(article, settings))
    first = [re.search(r"<p[^>]*>(.*?)</p>", h, re.S).group(1) for h in (whole, chunks)]
    return TAGS.sub("", first[0]), TAGS.sub("", first[1])


JAKARTA = "---\ndateline: Jakarta\n---\n"


@pytest.mark.parametrize(
    "body",
    [
        "Banjir merendam Kampung Melayu.",
        "Netizen.co.id - Banjir merendam Kampung Melayu.",
        "**Netizen.co.id** - Banjir merendam Kampung Melayu.",
        "Netizen.co.id – Banjir merendam Kampung Melayu.",
        "JAKARTA, Netizen.co.id - Banjir merendam Kampung Melayu.",
        "**JAKARTA, Netizen.co.id** - Banjir merendam Kampung Melayu.",
        "Bandung, Netizen.co.id - Banjir merendam Kampung Melayu.",
    ],
)
def test_dateline_once_city_first_whatever_the_body_starts_with(body):
    whole, preview = opening(JAKARTA + body + "\n")
    assert whole == preview == "JAKARTA, Netizen.co.id - Banjir merendam Kampung Melayu."


def test_a_renamed_site_replaces_the_name_an_older_template_wrote():
    settings = Settings(site_name="Netizen Jakarta")
    whole, preview = opening(JAKARTA + "Netizen.co.id - Banjir.\n", settings)
    assert whole == preview == "JAKARTA, Netizen Jakarta - Banjir."


def test_a_city_typed_in_the_body_stays_when_the_field_is_empty():
    whole, _ = opening("BANDUNG, Netizen.co.id - Longsor.\n")
    assert whole == "BANDUNG, Netizen.co.id - Longsor."


def test_the_site_name_inside_a_sentence_is_not_a_dateline():
    whole, _ = opening(JAKARTA + "Netizen.co.id melaporkan banjir.\n")
    assert whole == "JAKARTA, Netizen.co.id - Netizen.co.id melaporkan banjir."


def test_new_article_template_has_no_dateline_in_the_text_and_shows_it_once():
    settings = Settings(default_author="Rina Wartawan")
    now = dt.datetime(2026, 12, 1, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    text = new_article_text(settings, now)
    assert "Netizen.co.id" not in text
    article = Article.parse(text)
    assert article.get("author") == "Rina Wartawan"
    assert article.date == now
    # empty body: the preview still shows where the story starts
    whole, preview = opening(text.replace("dateline: ''", "dateline: Jakarta"))
    assert whole == preview == "JAKARTA, Netizen.co.id - "
    typed = text.replace("dateline: ''", "dateline: Jakarta") + "Banjir.\n"
    assert opening(typed)[1] == "JAKARTA, Netizen.co.id - Banjir."


def test_new_article_is_dated_now_in_the_newsroom_zone():
    for zone, hours in (("WIB", 7), ("WITA", 8), ("WIT", 9)):
        before = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
        date = Article.parse(new_article_text(Settings(timezone=zone))).date
        after = dt.datetime.now(dt.UTC)
        assert date.utcoffset() == dt.timedelta(hours=hours)
        assert before <= date <= after


def test_the_dateline_opens_the_first_paragraph_of_text_not_a_picture_above_it():
    """A letterhead's logo above an imported release: the dateline went on the picture, and
    the page's description read "Netizen.co.id -" (QA13)."""
    text = JAKARTA + "![](logo.png)\n\n![](logo-2.png) ![](logo-3.png)\n\nBanjir merendam kota.\n"
    article = Article.parse(text)
    whole = BodyRenderer().render(article, Settings())
    for html in (whole, join_chunks(BodyRenderer().render_chunks(article, Settings()))):
        *pictures, story = re.findall(r"<p[^>]*>(.*?)</p>", html, re.S)
        assert len(pictures) == 2 and all("dateline" not in p and "<img" in p for p in pictures)
        assert TAGS.sub("", story) == "JAKARTA, Netizen.co.id - Banjir merendam kota."
