"""Where a post lives on the blog: Blogger's permalink ``SITE_URL/YYYY/MM/slug.html``.

Share links, the canonical link, ``og:url``, the JSON-LD ``url``, the Blogger post settings and
the Atom entry all use the one address built here. The year and month are those of the
article's date in the newsroom's time zone (Blogger files a post under the month it is
published); an article without a date is filed under the current month. A story already
published has its live address in ``url`` (the desk's "Sudah terbit" asks for it): that one is
its address, so a corrected story exported again shares the link readers already have.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote, urlsplit

from netizen_editor.article.dates import newsroom_datetime, newsroom_now
from netizen_editor.article.model import Article
from netizen_editor.settings import DEFAULT_SITE_URL, Settings

FALLBACK_SLUG = "artikel"
#: what a live address starts with
URL_SCHEMES = ("https://", "http://")


def site_url(settings: Settings) -> str:
    """The blog's address without a trailing slash (the default site's when left empty)."""
    url = settings.site_url.strip().rstrip("/") or DEFAULT_SITE_URL
    if "://" not in url:
        url = "https://" + url
    return url


def post_time(article: Article, settings: Settings) -> dt.datetime:
    """The article's date as an aware time with its own offset (a time written without one,
    or a bare date's midnight, is the newsroom's); now in the newsroom when it has none."""
    value = article.date
    if value is None:
        return newsroom_now(settings.timezone)
    if isinstance(value, dt.datetime) and value.utcoffset() is not None:
        return value  # its own offset
    return newsroom_datetime(value, settings.timezone)


def post_date(article: Article, settings: Settings) -> dt.datetime:
    """The article's date in the newsroom's zone (the month Blogger files the post under)."""
    return newsroom_datetime(post_time(article, settings), settings.timezone)


def live_url(article: Article) -> str:
    """Where the story is live (its ``url``), "" when it names no web address there."""
    url = article.get("url")
    if any(c.isspace() for c in url) or not url.startswith(URL_SCHEMES):
        return ""
    try:
        return url if urlsplit(url).hostname else ""
    except ValueError:  # a broken port or IPv6 address
        return ""


def post_slug(article: Article) -> str:
    """The post's slug: its live address's last part (``…/banjir-jakarta.html``) when it has
    one, else the article's (``slug``, else made from the title)."""
    live = live_url(article)
    if live:
        last = urlsplit(live).path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".html")
        if last:
            return last
    return article.slug


def permalink(article: Article, settings: Settings) -> str:
    """``https://netizen.co.id/2026/12/banjir-jakarta.html``; a slug with spaces, slashes or
    letters of other scripts is percent-encoded, so the address stays one valid URL. A story
    live already: its live address."""
    live = live_url(article)
    if live:
        return live
    when = post_date(article, settings)
    slug = quote(article.slug or FALLBACK_SLUG, safe="._~-", errors="replace")
    return f"{site_url(settings)}/{when.year:04d}/{when.month:02d}/{slug}.html"


def site_host(settings: Settings) -> str:
    """The blog's host name (``netizen.co.id``), for ``tag:`` ids."""
    return urlsplit(site_url(settings)).hostname or urlsplit(DEFAULT_SITE_URL).hostname or ""
