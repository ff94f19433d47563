"""Share links, canonical link, og:url and JSON-LD point at Blogger's permalink; the byline
shows the time as the site does."""

from __future__ import annotations

import json
import re
from urllib.parse import unquote

import pytest

from netizen_editor.article.model import Article
from netizen_editor.export import get_exporter
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import Settings

TEXT = """---
title: Banjir di Jakarta
date: 2026-12-01T14:30:00+07:00
---
Hujan deras sejak pagi.
"""


def page(text: str, settings: Settings) -> str:
    return get_exporter("page").export(Article.parse(text), settings, BodyRenderer()).html


def addresses(html: str) -> dict[str, str]:
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1))
    share = re.search(r'class="share-facebook" href="[^"]*\?u=([^"]+)"', html).group(1)
    return {
        "canonical": re.search(r'<link rel="canonical" href="([^"]+)">', html).group(1),
        "og:url": re.search(r'<meta property="og:url" content="([^"]+)">', html).group(1),
        "json-ld": ld["url"],
        "share": unquote(share),
        "copy": re.search(r'class="share-copy" href="([^"]+)"', html).group(1),
    }


def test_every_address_is_the_blogger_permalink_of_the_default_site():
    found = addresses(page(TEXT, Settings()))
    assert set(found.values()) == {"https://netizen.co.id/2026/12/banjir-di-jakarta.html"}


def test_site_url_setting_and_slug_and_the_month_in_the_newsroom_zone():
    # 20:00 UTC on 30 November is 1 December in Jakarta: Blogger files it under December
    text = TEXT.replace("2026-12-01T14:30:00+07:00", "2026-11-30T20:00:00+00:00")
    text = text.replace("---\nHujan", "slug: banjir-kampung-melayu\n---\nHujan")
    found = addresses(page(text, Settings(site_url="https://berita.example.id/")))
    assert set(found.values()) == {"https://berita.example.id/2026/12/banjir-kampung-melayu.html"}


LIVE = "https://www.netizen.co.id/2026/12/banjir-jakarta-meluas.html"


@pytest.mark.usefixtures("english")  # the post settings' English words
def test_a_story_published_already_keeps_its_live_address_everywhere():
    """A correction exported again shares the link readers already have (the desk's "Sudah
    terbit" kept it as ``url``), not one computed from a title edited since."""
    text = TEXT.replace("---\nHujan", f"status: published\nurl: {LIVE}\n---\nHujan")
    assert set(addresses(page(text, Settings())).values()) == {LIVE}
    result = get_exporter("blogger").export(Article.parse(text), Settings(), BodyRenderer())
    post = result.side_files[".post.txt"]
    assert "Permalink (custom): banjir-jakarta-meluas" in post and f"Address: {LIVE}" in post


@pytest.mark.parametrize(
    "url", ["", "netizen.co.id/2026/12/a.html", "https://", "https://x .id/a.html", "ftp://x.id/a"]
)
def test_a_url_that_is_no_web_address_is_not_used(url):
    text = TEXT.replace("---\nHujan", f"url: '{url}'\n---\nHujan")
    found = addresses(page(text, Settings()))
    assert set(found.values()) == {"https://netizen.co.id/2026/12/banjir-di-jakarta.html"}


@pytest.mark.usefixtures("english")  # the post settings' English words
def test_blogger_post_settings_give_the_permalink():
    result = get_exporter("blogger").export(Article.parse(TEXT), Settings(), BodyRenderer())
    post = result.side_files[".post.txt"]
    assert "Permalink (custom): banjir-di-jakarta" in post
    assert "https://netizen.co.id/2026/12/banjir-di-jakarta.html" in post


def test_byline_shows_day_date_time_and_zone_like_the_site():
    html = page(TEXT, Settings())
    assert ">Selasa, 1 Desember 2026 14.30 WIB</time>" in html
    wita = TEXT.replace("+07:00", "+08:00")
    assert ">Selasa, 1 Desember 2026 14.30 WITA</time>" in page(wita, Settings())
    naive = TEXT.replace("+07:00", "")
    assert ">Selasa, 1 Desember 2026 14.30 WIT</time>" in page(naive, Settings(timezone="WIT"))
    date_only = TEXT.replace("T14:30:00+07:00", "")
    assert ">Selasa, 1 Desember 2026</time>" in page(date_only, Settings())
