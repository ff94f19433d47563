"""The whole article page: body HTML set in the skin's template, for preview and export."""

from __future__ import annotations

import datetime as dt
import html as html_lib
import json
import re
from collections.abc import Container
from dataclasses import dataclass
from typing import Any, NamedTuple
from urllib.parse import quote

from markupsafe import Markup

from netizen_editor.article.dates import indonesian_datetime, iso_date, with_zone
from netizen_editor.article.model import Article
from netizen_editor.article.pedoman import corrections_html, notice_html
from netizen_editor.article.updates import updates_html
from netizen_editor.i18n import tr
from netizen_editor.photos.refused import refusal, sources
from netizen_editor.publish.mdext.newsroom import credit_line, credit_name
from netizen_editor.publish.modes import Mode, ad_unit
from netizen_editor.publish.permalink import permalink, post_slug
from netizen_editor.publish.refused_view import refusal_note
from netizen_editor.publish.review_view import without_notes
from netizen_editor.publish.skins import Skin, load_skin
from netizen_editor.settings import Settings

SNIPPET_LENGTH = 150

#: a paragraph, not a ``<pre>``: from each of those the search read on to the body's end for
#: a ``</p>`` (the export of a body of 25,000 code blocks and no paragraph ran for minutes)
_FIRST_PARAGRAPH = re.compile(r"<p(?:\s[^>]*)?>(.*?)</p>", re.S)
_TAGS = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


#: a paragraph that is the dateline alone (a body with no text yet shows where it starts)
_DATELINE_ONLY = re.compile(r'\s*<strong class="dateline">[^<]*</strong>\s*-\s*$')


def snippet_from_body(body_html: str, length: int = SNIPPET_LENGTH) -> str:
    """The site's auto-snippet: the first paragraph's text, cut at a word, with ' ...'."""
    paragraphs = _FIRST_PARAGRAPH.finditer(without_notes(body_html))
    texts = (paragraph_text(m.group(1)) for m in paragraphs if not _DATELINE_ONLY.match(m.group(1)))
    text = next(filter(None, texts), "")
    if len(text) <= length:
        return text
    return text[:length].rsplit(" ", 1)[0] + " ..."


def paragraph_text(inner_html: str) -> str:
    """A paragraph's text (its inner HTML without tags, unescaped, spaces joined)."""
    return _SPACE.sub(" ", html_lib.unescape(_TAGS.sub("", inner_html))).strip()


def first_photo(body_html: str, left_out: Container[str] = ()) -> str:
    """The ``src`` of the body's first picture (an address in ``left_out`` does not count: the
    export leaves that picture out); "" when it has none."""
    return next((src for src in sources(body_html) if src.strip() and src not in left_out), "")


def share_picture(image: str, body_html: str) -> str:
    """The picture a link to the story shows when shared: the featured ``image``, or without
    one the body's first photo, as Blogger makes a post's first picture its thumbnail; "" when
    the story has none."""
    return image.strip() or first_photo(body_html)


def status_label(status: str) -> str:
    """A status (``draft``...) as the preview's badge names it, in the user's language (the
    names the window's desk and status list use); one the app does not know, as written."""
    names = {
        "draft": tr("Draft"),
        "review": tr("Review"),
        "ready": tr("Ready"),
        "published": tr("Published"),
        "spiked": tr("Spiked"),
    }
    return names.get(status, status)


class Badge(NamedTuple):
    kind: str  # e.g. "status"
    text: str


@dataclass(frozen=True)
class ArticleView:
    """What the templates show of an article (plain strings; the templates escape them)."""

    title: str
    summary: str
    snippet: str
    description: str
    author: str
    editor: str
    date_text: str
    date_iso: str
    labels: list[str]
    badges: list[Badge]
    image: str
    image_caption: str
    #: the credit without a typed "Foto:" (skins copied from the old built-in ones print
    #: their own "Foto:" before it); the built-in skins show image_credit_line
    image_credit: str
    image_credit_line: str  # "Foto: Name", as the caption shows it ("" without a credit)
    #: the web address of the picture a share shows (``share_picture``: the featured image,
    #: else the body's first photo), "" when it has none: ``og:image``, JSON-LD ``image``
    og_image: str
    slug: str
    url: str  # the Blogger permalink: share links, canonical, og:url, JSON-LD
    notice_html: Markup
    corrections_html: Markup
    updates_html: Markup  # a developing story's updates, newest first
    #: the preview's note where a featured photo the exports refuse would be
    image_refused: str = ""


def article_view(
    article: Article, body_html: str, mode: Mode, settings: Settings | None = None
) -> ArticleView:
    """The article as the templates show it (times in the newsroom's zone)."""
    settings = settings or Settings()
    date = with_zone(article.date, settings.timezone)
    labels = article.labels
    badges = []  # the paid and unverified notes are set out in full by notice_html
    status = article.get("status").lower()
    if mode == "preview" and status and status != "ready":
        badges.append(Badge("status", status_label(status)))
    image, image_refused = article.get("image"), ""
    why = refusal(image, article.path, settings.images_folder) if mode == "preview" else None
    if image and why is not None:  # as the exports leave it out (photos.refused), with a note
        image, image_refused = "", refusal_note(image, why)
    snippet = article.get("summary") or snippet_from_body(body_html)
    return ArticleView(
        title=article.title,
        summary=article.get("summary"),
        snippet=snippet,
        description=article.get("summary") or snippet,
        author=article.get("author"),
        editor=article.get("editor"),
        date_text=indonesian_datetime(date),
        date_iso=iso_date(date),
        labels=labels,
        badges=badges,
        image=image,
        image_caption=article.get("image_caption"),
        image_credit=credit_name(article.get("image_credit")),
        image_credit_line=credit_line(article.get("image_credit")),
        og_image=web_address(share_picture(image, body_html)),
        slug=post_slug(article),
        url=permalink(article, settings),
        notice_html=notice_html(article.meta, labels),
        corrections_html=corrections_html(article.meta),
        updates_html=updates_html(article.meta, settings.timezone),
        image_refused=image_refused,
    )


def web_address(src: str) -> str:
    """``src`` when it is a web address a reader's browser can load, else "" (a local photo
    has none until it is uploaded: a self-contained page embeds it)."""
    return src if src.startswith(("http://", "https://")) else ""


def json_ld(view: ArticleView, settings: Settings) -> Markup:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": view.title,
        "publisher": {"@type": "Organization", "name": settings.site_name},
        "url": view.url,
        "mainEntityOfPage": view.url,
    }
    if view.summary:
        data["description"] = view.summary
    if view.date_iso:
        data["datePublished"] = view.date_iso
    if view.author:
        data["author"] = {"@type": "Person", "name": view.author}
    if view.og_image:
        data["image"] = [view.og_image]
    if view.labels:
        data["keywords"] = view.labels
    text = json.dumps(data, ensure_ascii=False, indent=None)
    # nothing in the data can close the script element
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def ads_loader(settings: Settings, mode: Mode) -> Markup:
    if mode == "preview" or not settings.ads_enabled:
        return Markup("")
    client = html_lib.escape(settings.adsense_client.strip())
    return Markup(
        '<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js'
        f'?client={client}" crossorigin="anonymous"></script>'
    )


def render_header(skin: Skin, view: ArticleView) -> str:
    return skin.render("header.html.j2", article=view)


def render_featured_image(skin: Skin, view: ArticleView) -> str:
    """The featured image with its caption and credit, as the skin's page shows it."""
    return skin.render("featured_image.html.j2", article=view).strip()


def render_footer(skin: Skin, view: ArticleView) -> str:
    url = view.url
    share = {"url": quote(url, safe=""), "text": quote(view.title, safe=""), "raw_url": url}
    return skin.render("footer.html.j2", article=view, share=share)


def render_page(
    article: Article,
    settings: Settings,
    mode: Mode,
    body_html: str,
    *,
    skin: Skin | None = None,
    view: ArticleView | None = None,
    preview_script: str = "",
    css: str | None = None,
) -> str:
    """The complete HTML page. ``body_html`` is already finished for ``mode``; ``css`` is
    the stylesheet when it is not the skin's alone (the preview adds its own)."""
    skin = skin or load_skin(settings.skin)
    view = view if view is not None else article_view(article, body_html, mode, settings)
    return skin.render(
        "page.html.j2",
        article=view,
        site=skin.site(settings),
        mode=mode,
        css=Markup(css if css is not None else skin.css(settings)),
        header=Markup(render_header(skin, view)),
        footer=Markup(render_footer(skin, view)),
        body=Markup(body_html),
        ad_top=Markup(ad_unit("top", settings, mode)),
        ad_bottom=Markup(ad_unit("bottom", settings, mode)),
        json_ld=json_ld(view, settings),
        ads_loader=ads_loader(settings, mode),
        year=dt.date.today().year,
        preview_script=Markup(preview_script),
    )
