"""Clean the body HTML: embeds are allowed, scripts and event handlers are not.

Uses nh3 (Ammonia). Iframes are kept only from an allow-list of embed hosts.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import nh3

IFRAME_HOSTS = frozenset(
    {
        "www.youtube.com",
        "youtube.com",
        "www.youtube-nocookie.com",
        "player.vimeo.com",
        "platform.twitter.com",
        "twitter.com",
        "x.com",
        "www.instagram.com",
        "instagram.com",
        "www.facebook.com",
        "open.spotify.com",
        "www.tiktok.com",
    }
)

TAGS = {
    "a", "abbr", "aside", "b", "blockquote", "br", "caption", "cite", "code", "col",
    "colgroup", "dd", "del", "details", "div", "dl", "dt", "em", "figcaption", "figure",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "iframe", "img", "ins", "kbd", "li",
    "mark", "ol", "p", "pre", "q", "s", "section", "small", "span", "strong", "sub",
    "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u",
    "ul", "video", "audio", "source",
}  # fmt: skip

ATTRIBUTES = {
    "*": {"class", "id", "title", "lang", "dir"},
    "a": {"href", "name"},
    "abbr": {"title"},
    "img": {"src", "alt", "width", "height", "loading"},
    "iframe": {"src", "width", "height", "allow", "allowfullscreen", "title", "loading"},
    "td": {"align", "colspan", "rowspan", "style"},
    "th": {"align", "colspan", "rowspan", "style", "scope"},
    "ol": {"start", "type"},
    "time": {"datetime"},
    "video": {"src", "controls", "width", "height", "poster"},
    "audio": {"src", "controls"},
    "source": {"src", "type"},
    "blockquote": {"cite"},
}

_EMPTY_IFRAME = re.compile(r"<iframe(?![^>]*\bsrc=)[^>]*>.*?</iframe>", re.S)


def _filter(tag: str, attribute: str, value: str) -> str | None:
    if tag == "iframe" and attribute == "src":
        parts = urlsplit(value)
        if parts.scheme == "https" and (parts.hostname or "") in IFRAME_HOSTS:
            return value
        return None
    return value


_CLEANER = nh3.Cleaner(
    tags=TAGS,
    clean_content_tags={"script", "style"},
    attributes=ATTRIBUTES,
    attribute_filter=_filter,
    generic_attribute_prefixes={"data-"},
    url_schemes={"http", "https", "mailto", "tel"},
    filter_style_properties={"text-align"},
    link_rel="noopener noreferrer",
)


def clean_html(html: str) -> str:
    """Remove scripts, event handlers, ``javascript:`` URLs and iframes from unknown hosts."""
    cleaned = _CLEANER.clean(html)
    if "<iframe" in cleaned:
        cleaned = _EMPTY_IFRAME.sub("", cleaned)
    return cleaned
