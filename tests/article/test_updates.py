"""A developing story's updates: read from the front matter, shown newest first with their
times (the newsroom's zone) at the top of the story, in the page, Blogger and Atom exports."""

from __future__ import annotations

import re

import pytest

from netizen_editor.article.model import Article
from netizen_editor.errors import ArticleError
from netizen_editor.export import get_exporter
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import Settings

STORY = """\
---
title: Banjir Rob Genangi Pesisir Jakarta Utara
date: 2026-12-06T08:00:00+07:00
updates:
  - time: 2026-12-06T11:05:00+07:00
    text: BPBD membuka dua posko pengungsian.
  - time: 2026-12-06T14:30
    text: Korban meninggal bertambah menjadi lima orang.
---
JAKARTA, Netizen.co.id - Banjir rob menggenangi permukiman warga.
"""


@pytest.mark.parametrize("fmt", ["page", "blogger", "atom"])
def test_updates_are_shown_newest_first_with_their_times(fmt):
    article = Article.parse(STORY)
    out = get_exporter(fmt).export(article, Settings(), BodyRenderer()).html
    if fmt == "atom":
        import html

        out = html.unescape(out)
    section = re.search(r'<section class="updates">.*?</section>', out, re.S)
    assert section is not None, out[:2000]
    items = re.findall(r"<li>(.*?)</li>", section.group(0))
    assert [re.sub("<[^>]+>", "", item) for item in items] == [
        "Pembaruan · Minggu, 6 Desember 2026 14.30 WIB: Korban meninggal bertambah menjadi "
        "lima orang.",
        "Pembaruan · Minggu, 6 Desember 2026 11.05 WIB: BPBD membuka dua posko pengungsian.",
    ]
    # at the top of the story: before its first paragraph
    assert out.index('class="updates"') < out.rindex("Banjir rob menggenangi permukiman")


@pytest.mark.usefixtures("english")
def test_an_update_without_a_time_names_its_line():
    broken = STORY.replace("  - time: 2026-12-06T14:30\n", "  - when: nanti\n")
    with pytest.raises(ArticleError) as info:
        Article.parse(broken)
    assert info.value.line == 4 and "update 2" in info.value.message


def test_a_story_without_updates_has_no_section():
    article = Article.parse("---\ntitle: Banjir\n---\nIsi.\n")
    page = get_exporter("page").export(article, Settings(), BodyRenderer()).html
    assert 'class="updates"' not in page


def test_an_update_still_without_text_is_left_out():
    text = STORY.replace("    text: BPBD membuka dua posko pengungsian.\n", "")
    article = Article.parse(text)
    page = get_exporter("page").export(article, Settings(), BodyRenderer()).html
    assert page.count('class="updates-label"') == 1 and "lima orang" in page
