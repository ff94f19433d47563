"""Author HTML cannot load what a browser would read differently, cannot pass for the skin or
its ads, and the author's own text is never eaten by the line-number machinery."""

from __future__ import annotations

import pytest

from netizen_editor.article.model import Article
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.publish.modes import finish_body
from netizen_editor.publish.sanitize import allowed_features, clean_html, iframe_src_allowed
from netizen_editor.settings import AdSlots, Settings

YT = "https://www.youtube.com/embed/abc"


@pytest.mark.parametrize(
    "src",
    [
        "https://evil.example\\@www.youtube.com/embed/abc",
        "https://evil.example%5C@www.youtube.com/embed/abc",
        "https://user:pass@www.youtube.com/embed/abc",
        "https://www.youtube.com@evil.example/",
        " https://www.youtube.com/embed/abc",
        "https://www.you\ttube.com/embed/abc",
        "https://www.youtube.com/embed/abc\n",
        "https://www.youtube.com\\embed",
        "https://www.youtube.com/a\x00b",
        "https:\\\\www.youtube.com/embed/abc",
        "https:/www.youtube.com/embed/abc",
        "http://www.youtube.com/embed/abc",
        "javascript:alert(1)//www.youtube.com",
        "https://www.youtube.com.evil.example/embed",
        "//www.youtube.com/embed/abc",
    ],
)
def test_iframe_sources_a_browser_could_read_otherwise_are_refused(src):
    assert not iframe_src_allowed(src)
    html = clean_html(f'<iframe src="{src}"></iframe>')
    assert "<iframe" not in html


def test_a_plain_embed_stays_with_only_harmless_features():
    assert iframe_src_allowed(YT) and iframe_src_allowed("https://player.vimeo.com/video/1?a=b")
    html = clean_html(
        f'<iframe src="{YT}" allow="camera; microphone *; geolocation; autoplay; '
        "fullscreen 'self'; encrypted-media; payment; usb\" allowfullscreen></iframe>"
    )
    assert f'src="{YT}"' in html
    assert 'allow="autoplay; fullscreen; encrypted-media"' in html
    assert allowed_features("camera; microphone") is None


def test_author_html_cannot_pass_for_the_sites_notices_dateline_or_ads():
    html = clean_html(
        '<p class="notice notice-paid">Advertorial palsu</p>'
        '<p><strong class="dateline">JAKARTA, Netizen.co.id</strong> - palsu</p>'
        '<div class="ad-slot ad-top"><span>Responsive Ad</span></div>'
        '<ins class="adsbygoogle" data-ad-client="ca-pub-666" data-ad-slot="1">x</ins>'
        '<ins class="adsbygoogle other">y</ins>'
        '<div class="post-body corrections">z</div>'
        '<h2 id="adsbygoogle">a</h2><h2 id="nz-body">b</h2><a name="document">c</a>'
        '<p class="kotak">tetap</p><h2 id="bagian-dua">tetap</h2>'
    )
    for reserved in ("notice", "dateline", "ad-slot", "ad-top", "adsbygoogle", "ca-pub-666",
                     "post-body", "corrections", 'id="nz-body"', 'name="document"'):  # fmt: skip
        assert reserved not in html
    assert "<ins" not in html
    assert 'class="kotak"' in html and 'id="bagian-dua"' in html


def test_a_heading_named_like_a_page_global_gets_no_id():
    body = BodyRenderer().render(Article.parse("## adsbygoogle\n\nIsi.\n"), Settings())
    assert 'id="adsbygoogle"' not in body


def test_the_site_still_writes_its_own_ads_and_dateline():
    settings = Settings(adsense_client="ca-pub-1", ad_slots=AdSlots(in_article="42"))
    body = BodyRenderer().render(Article.parse("Isi.\n\n[[ad]]\n\nLagi.\n"), settings)
    page = finish_body(body, "page", settings)
    assert 'class="adsbygoogle"' in page and 'data-ad-client="ca-pub-1"' in page
    assert '<strong class="dateline">' in page


def test_the_authors_data_line_text_stays_in_the_output():
    text = 'Tulis `x data-line="7"` dan data-line="8" di teks.\n\n```\ny data-line="9"\n```\n'
    body = BodyRenderer().render(Article.parse(text), Settings())
    page = finish_body(body, "page", Settings())
    assert 'x data-line="7"' in page and 'data-line="8" di' in page and 'y data-line="9"' in page
    assert "<p data-line" not in page and "<pre data-line" not in page


def test_a_body_too_slow_as_a_whole_names_the_first_line_of_the_body(monkeypatch):
    """On a loaded machine the whole body can run out of time with no block slow on its
    own: the error still says where (the body's first line), never a file without a line."""
    from netizen_editor.errors import ArticleError
    from netizen_editor.timebudget import OutOfTime

    renderer = BodyRenderer()

    def too_slow(*_args, **_kwargs):
        raise OutOfTime

    monkeypatch.setattr(renderer, "_convert", too_slow)
    monkeypatch.setattr(renderer, "_slowest", lambda _chunks: None)
    article = Article.parse("---\ntitle: Uji\n---\n\nSatu.\n\nDua.\n")
    with pytest.raises(ArticleError) as caught:
        renderer.render(article, Settings())
    assert caught.value.line == article.body_line == 4
