"""Embeds of social posts and videos: a post's address (YouTube, X, Instagram, TikTok,
Facebook) becomes the site's own embed frame, one the sanitiser keeps (``sanitize.IFRAME_HOSTS``
over https, ``sanitize.IFRAME_ALLOW`` features only: no script is ever written). The offline
preview shows a card in its place (:func:`preview_cards`), so it asks no site for anything.

No Qt, no network: the address is read, never fetched.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urlsplit

from netizen_editor.i18n import tr
from netizen_editor.publish.sanitize import iframe_src_allowed

#: what an embed frame may use (all of them in ``sanitize.IFRAME_ALLOW``)
ALLOW = "accelerometer; autoplay; clipboard-write; encrypted-media; picture-in-picture; web-share"
#: host of an embed frame -> the site's name on the preview's card
SITES = {
    "www.youtube-nocookie.com": "YouTube",
    "www.youtube.com": "YouTube",
    "youtube.com": "YouTube",
    "platform.twitter.com": "X",
    "twitter.com": "X",
    "x.com": "X",
    "www.instagram.com": "Instagram",
    "instagram.com": "Instagram",
    "www.tiktok.com": "TikTok",
    "www.facebook.com": "Facebook",
    "player.vimeo.com": "Vimeo",
    "open.spotify.com": "Spotify",
}
_ID = re.compile(r"^[A-Za-z0-9_-]{6,64}$")
_DIGITS = re.compile(r"^[0-9]{5,30}$")
_IFRAME = re.compile(r"<iframe\b(?P<attrs>[^>]*)>\s*</iframe>", re.I)
_ATTR = re.compile(r'([\w-]+)="([^"]*)"')


@dataclass(frozen=True)
class Embed:
    site: str  # YouTube, X, Instagram, TikTok, Facebook
    src: str  # the embed frame's address
    width: int
    height: int

    def markup(self) -> str:
        """The frame as the article's HTML (one line, on its own in the text)."""
        src = html.escape(self.src)
        return (
            f'<iframe src="{src}" width="{self.width}" height="{self.height}" '
            f'title="{html.escape(self.site)}" allow="{ALLOW}" allowfullscreen '
            f'loading="lazy"></iframe>'
        )


def embed_for(url: str) -> Embed | None:
    """The embed of the post at ``url`` (pasted from the browser's address bar or the site's
    share button), or None when it is not a post of a site this supports."""
    url = url.strip()
    if not url.lower().startswith(("https://", "http://")):
        url = "https://" + url
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    for prefix in ("www.", "m.", "mobile.", "web."):
        if host.startswith(prefix):
            host = host[len(prefix) :]
            break
    path = [p for p in parts.path.split("/") if p]
    found = _find(host, path, parts.query, url)
    if found is None or not iframe_src_allowed(found.src):
        return None
    return found


def _find(host: str, path: list[str], query: str, url: str) -> Embed | None:
    if host in ("youtube.com", "youtu.be", "music.youtube.com"):
        return _youtube(host, path, query)
    if host in ("x.com", "twitter.com"):
        if len(path) >= 3 and path[1] == "status" and _DIGITS.match(path[2]):
            return Embed("X", f"https://platform.twitter.com/embed/Tweet.html?id={path[2]}",
                         550, 560)  # fmt: skip
        return None
    if host == "instagram.com":
        if len(path) >= 2 and path[0] in ("p", "reel", "tv") and _ID.match(path[1]):
            return Embed("Instagram", f"https://www.instagram.com/{path[0]}/{path[1]}/embed",
                         400, 560)  # fmt: skip
        return None
    if host == "tiktok.com":
        if len(path) >= 3 and path[0].startswith("@") and path[1] == "video":
            video = path[2]
            return (
                Embed("TikTok", f"https://www.tiktok.com/embed/v2/{video}", 325, 740)
                if (_DIGITS.match(video))
                else None
            )
        return None
    if host in ("facebook.com", "fb.watch"):
        return _facebook(host, path, url)
    return None


def _youtube(host: str, path: list[str], query: str) -> Embed | None:
    video = ""
    if host == "youtu.be" and path:
        video = path[0]
    elif path[:1] == ["watch"]:
        video = (parse_qs(query).get("v") or [""])[0]
    elif len(path) >= 2 and path[0] in ("shorts", "live", "embed"):
        video = path[1]
    if not _ID.match(video):
        return None
    return Embed("YouTube", f"https://www.youtube-nocookie.com/embed/{video}", 560, 315)


def _facebook(host: str, path: list[str], url: str) -> Embed | None:
    """A post, a video or a reel of a page or a person: Facebook's own embed plugin."""
    if host == "fb.watch" or any(p in ("videos", "reel", "watch") for p in path[:2]):
        kind, height = "video", 315
    elif any(p in ("posts", "permalink.php", "photos", "story.php") for p in path):
        kind, height = "post", 600
    else:
        return None
    address = quote(url.split("#", 1)[0], safe="")
    return Embed("Facebook", f"https://www.facebook.com/plugins/{kind}.php?href={address}"
                 "&show_text=true&width=500", 500, height)  # fmt: skip


def preview_cards(body_html: str) -> str:
    """Every embed frame of the (sanitised) body as a card saying what will be there: the
    preview is offline and loads nothing from another host."""
    if "<iframe" not in body_html:
        return body_html

    def card(m: re.Match[str]) -> str:
        attrs = dict(_ATTR.findall(m.group("attrs")))
        src = html.unescape(attrs.get("src", ""))
        host = (urlsplit(src).hostname or "").lower() if src else ""
        site = SITES.get(host, host or "?")
        line = attrs.get("data-line")
        where = f' data-line="{line}"' if line else ""
        note = tr("{site} embed: it shows on the published page (the preview is offline)",
                  site=site)  # fmt: skip
        return (
            f'<div class="embed-card"{where}><strong class="embed-card-site">'
            f'{html.escape(site)}</strong> <span class="embed-card-note">{html.escape(note)}'
            f'</span><br><span class="embed-card-url">{html.escape(src)}</span></div>'
        )

    return _IFRAME.sub(card, body_html)
