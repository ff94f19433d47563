"""Insert › Embed…'s core: a post's address becomes the site's embed frame that the sanitiser
keeps and the exports write; the offline preview shows a card in its place instead."""

from __future__ import annotations

import pytest

from netizen_editor.article.model import Article
from netizen_editor.export import get_exporter
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.publish.embeds import embed_for
from netizen_editor.publish.modes import finish_body
from netizen_editor.publish.sanitize import clean_html
from netizen_editor.settings import Settings

POSTS = {
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=30s":
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    "https://youtu.be/dQw4w9WgXcQ?si=abc": "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    "https://www.youtube.com/shorts/dQw4w9WgXcQ":
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    "https://x.com/infoBMKG/status/1865012345678901234?s=20":
        "https://platform.twitter.com/embed/Tweet.html?id=1865012345678901234",
    "https://twitter.com/infoBMKG/status/1865012345678901234":
        "https://platform.twitter.com/embed/Tweet.html?id=1865012345678901234",
    "https://www.instagram.com/p/C1a2B3c4D5e/?igsh=MW": "https://www.instagram.com/p/C1a2B3c4D5e/embed",
    "https://www.instagram.com/reel/C1a2B3c4D5e/": "https://www.instagram.com/reel/C1a2B3c4D5e/embed",
    "https://www.tiktok.com/@bpbd.dki/video/7301234567890123456?lang=id":
        "https://www.tiktok.com/embed/v2/7301234567890123456",
    "https://www.facebook.com/bnpb.indonesia/posts/pfbid02abc":
        "https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2F"
        "bnpb.indonesia%2Fposts%2Fpfbid02abc&show_text=true&width=500",
}  # fmt: skip


@pytest.mark.parametrize("url,src", POSTS.items())
def test_a_post_address_becomes_the_sites_embed_which_the_sanitiser_keeps(url, src):
    embed = embed_for(url)
    assert embed is not None and embed.src == src
    markup = embed.markup()
    assert "<script" not in markup
    cleaned = clean_html(markup)
    assert 'src="' in cleaned and "allowfullscreen" in cleaned  # nothing of it is dropped


@pytest.mark.parametrize(
    "url",
    ["https://evil.example/watch?v=dQw4w9WgXcQ", "https://www.youtube.com/watch?v=<b>",
     "https://x.com/infoBMKG", "https://www.instagram.com/bnpb/", "javascript:alert(1)",
     "https://www.tiktok.com/@bpbd.dki", "https://www.facebook.com/bnpb.indonesia", ""],
)  # fmt: skip
def test_other_addresses_are_not_embeds(url):
    assert embed_for(url) is None


def test_the_export_writes_the_frame_and_the_preview_shows_a_card():
    embed = embed_for("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    assert embed is not None
    text = f"---\ntitle: Banjir\n---\nParagraf.\n\n{embed.markup()}\n\nParagraf dua.\n"
    article = Article.parse(text)
    body = BodyRenderer().render(article, Settings())
    page = get_exporter("page").export(article, Settings(), BodyRenderer()).html
    assert 'src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in page
    preview = finish_body(body, "preview", Settings())
    assert "<iframe" not in preview  # nothing for the offline preview to ask for
    assert 'class="embed-card"' in preview and "YouTube" in preview
    assert "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" in preview  # as text
