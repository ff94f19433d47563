"""Clean the body HTML: embeds are allowed, scripts and event handlers are not.

Uses nh3 (Ammonia). Iframes are kept only from an allow-list of embed hosts.
"""

from __future__ import annotations

import re

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
_AD_INS = re.compile(r'<ins\b[^>]*\bclass="adsbygoogle"[^>]*>.*?</ins>', re.S)

#: an iframe source as a browser would read it the same way we do: https, a plain host name,
#: an optional port, then a path, query or fragment without white space, backslashes or
#: control characters (a browser drops tabs and newlines, reads ``\`` as ``/`` and takes
#: ``user@`` as credentials, so ``https://evil.example\@www.youtube.com/`` loads evil.example)
_IFRAME_SRC = re.compile(
    r"https://(?P<host>[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)(?::[0-9]{1,5})?"
    r"(?:[/?#][\x21-\x7e]*)?",
    re.ASCII,
)
_URL_FORBIDDEN = re.compile(r"[\\@\s\x00-\x1f\x7f]")

#: what an embed may ask the browser for: no camera, microphone, geolocation, payment, USB...
IFRAME_ALLOW = frozenset(
    {
        "accelerometer",
        "autoplay",
        "clipboard-write",
        "encrypted-media",
        "fullscreen",
        "gyroscope",
        "picture-in-picture",
        "web-share",
    }
)

#: classes the skin, the page's notices and AdSense give meaning to: author HTML that used
#: them could pass for the site's own notices, dateline or ads
RESERVED_CLASSES = frozenset(
    {
        "adsbygoogle", "author", "badges", "breadcrumb", "corrections", "dateline", "dot",
        "editor-credit", "featured-image", "jump-break", "label", "labels-title", "main",
        "meta", "notice", "nz-full", "nz-unrendered", "plain", "post", "sep", "site", "snippet",
        "wrapper",
    }
)  # fmt: skip
RESERVED_CLASS_PREFIXES = (
    "ad-", "adsbygoogle", "badge", "embed-card", "google", "mode-", "nav-", "notice",
    "page-nav", "pages-", "post-", "share", "site-", "updates",
)  # fmt: skip
#: ids the page's scripts look up, and names whose element would shadow a script global
#: (``window.adsbygoogle`` becoming an element breaks every ad unit)
RESERVED_IDS = frozenset(
    {
        "adsbygoogle", "nz", "qt", "nav-hide", "google_ad_client", "dataLayer", "gtag",
        "document", "window", "location", "top", "self", "parent", "opener", "frames", "name",
        "history", "navigator", "console", "alert", "fetch", "cookie", "body", "head",
        "forms", "images", "links", "scripts", "domain", "localStorage", "sessionStorage",
    }
)  # fmt: skip
RESERVED_ID_PREFIXES = ("nz-", "google_", "aswift", "adsbygoogle")


def iframe_src_allowed(value: str) -> bool:
    """Whether an iframe may load ``value``: https from an allowed host, parsed the same way
    by us and by the browser (anything ambiguous is refused)."""
    if _URL_FORBIDDEN.search(value):
        return False
    m = _IFRAME_SRC.fullmatch(value)
    return m is not None and m.group("host").lower() in IFRAME_HOSTS


def allowed_features(value: str) -> str | None:
    """The ``allow`` attribute reduced to the harmless features, without their origin lists."""
    kept = []
    for directive in value.split(";"):
        words = directive.split()
        if words and words[0].lower() in IFRAME_ALLOW and words[0].lower() not in kept:
            kept.append(words[0].lower())
    return "; ".join(kept) or None


def _class_ok(tag: str, name: str) -> bool:
    if tag == "ins" and name == "adsbygoogle":
        return True  # kept for a moment, so that the whole unit is removed below
    return name not in RESERVED_CLASSES and not name.startswith(RESERVED_CLASS_PREFIXES)


def _id_ok(value: str) -> bool:
    return value not in RESERVED_IDS and not value.startswith(RESERVED_ID_PREFIXES)


def _filter(tag: str, attribute: str, value: str) -> str | None:
    if tag == "iframe" and attribute == "src":
        return value if iframe_src_allowed(value) else None
    if tag == "iframe" and attribute == "allow":
        return allowed_features(value)
    if attribute == "class":
        kept = [name for name in value.split() if _class_ok(tag, name)]
        if tag == "ins" and "adsbygoogle" in kept:
            kept = ["adsbygoogle"]
        return " ".join(kept) or None
    if attribute in ("id", "name"):
        return value if _id_ok(value) else None
    if attribute.startswith("data-ad"):
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
    """Remove scripts, event handlers, ``javascript:`` URLs, iframes from unknown hosts, the
    author's own ad units and the skin's classes and ids."""
    cleaned = _CLEANER.clean(html)
    if "<iframe" in cleaned:
        cleaned = _EMPTY_IFRAME.sub("", cleaned)
    if "adsbygoogle" in cleaned:
        cleaned = _AD_INS.sub("", cleaned)
    return cleaned
