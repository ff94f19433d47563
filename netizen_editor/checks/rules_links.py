"""Links and embedded resources: link text that says where it goes (WCAG 2.4.4), addresses
that work, "Baca juga" that stays on the site, and no media pulled from unknown hosts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from netizen_editor.checks.blocks import meta_line
from netizen_editor.checks.findings import Finding, Level
from netizen_editor.checks.house_style import setting
from netizen_editor.checks.refs import block_refs, definitions, ref_blocks, refs
from netizen_editor.checks.registry import CheckContext, rule
from netizen_editor.grammar.scan import LocatedBlock
from netizen_editor.i18n import tr
from netizen_editor.publish.permalink import live_url
from netizen_editor.publish.permalink import site_host as blog_host
from netizen_editor.publish.sanitize import IFRAME_HOSTS
from netizen_editor.settings import Settings
from netizen_editor.templates.placeholders import TEMPLATE_KEY, placeholder_at

VAGUE_LINK_TEXTS = frozenset(
    {"klik di sini", "klik disini", "di sini", "disini", "baca selengkapnya", "selengkapnya",
     "link", "tautan", "klik", "click here", "here", "read more"}
)  # fmt: skip
# Hosts whose images the site uses as its own: Blogger's photo servers.
PHOTO_HOSTS = frozenset({"blogger.googleusercontent.com", "lh3.googleusercontent.com"})
_PHOTO_HOST_SUFFIX = ".bp.blogspot.com"
_HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", re.I)
_SCHEMES = ("http", "https", "mailto", "tel")
_TRAILING = re.compile(r"[\s.:!…»>]+$")
_VAGUE_MAX = 40  # longer link text is never one of the vague ones (and stays cheap to trim)


def site_host(settings: Settings) -> str:
    """The host the site's own addresses are on: the blog's (``site_url``, as its permalinks
    and the Sudah terbit dialog have it), without a leading ``www.`` (its pages and pictures
    are on both). The site's display name is no host: "Netizen.co.id" happened to be one."""
    host = blog_host(settings).lower()
    return host.removeprefix("www.") if host.count(".") > 1 else host


def _on_site(host: str, site: str) -> bool:
    host = host.lower()
    return bool(site) and (host == site or host.endswith("." + site))


@rule("link-text")
def check_link_text(context: CheckContext) -> Iterator[Finding]:
    def vague(located: LocatedBlock) -> Iterator[Finding]:
        for ref in block_refs(context, located):
            if ref.kind != "link" or len(ref.text) > _VAGUE_MAX:
                continue
            text = _TRAILING.sub("", ref.text.lower()).strip()
            if text in VAGUE_LINK_TEXTS:
                yield Finding(
                    located.line + ref.offset, ref.column, Level.WARNING, "link-text",
                    tr("the link text \"{text}\" does not say where it goes; link the words "
                       "that name it", text=ref.text),
                )  # fmt: skip

    yield from context.slot("link-text").collect(ref_blocks(context), vague)


def url_problem(url: str) -> str | None:
    """Why ``url`` is malformed, or None. Relative addresses and #anchors pass."""
    if not url:
        return tr("the link has no address")
    if any(ch.isspace() for ch in url):
        return tr("the address contains a space")
    if url.startswith(("#", "/", "./", "../")):
        return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        return tr("the address is not a valid URL")
    if not parts.scheme:
        if url.lower().startswith("www.") or _HOST.match(url.split("/")[0]):
            return tr("the address has no https://")
        return None  # a file next to the article
    if parts.scheme.lower() not in _SCHEMES:
        return tr("the address starts with '{scheme}:', which browsers do not open from a page",
                  scheme=parts.scheme)  # fmt: skip
    if parts.scheme.lower() in ("http", "https") and not _HOST.match(parts.hostname or ""):
        return tr("'{host}' is not a valid host name", host=parts.hostname or "")
    return None


@rule("links")
def check_links(context: CheckContext) -> Iterator[Finding]:
    site = site_host(context.settings)
    #: in an article from a template, ``[hint]()`` is text to fill in, which the
    #: template-placeholder check reports (once, with the hint), not a broken link
    templated = bool(context.article.get(TEMPLATE_KEY))

    def problems(located: LocatedBlock) -> Iterator[Finding]:
        """What is wrong with each link of the block on its own."""
        for ref in block_refs(context, located):
            if ref.kind != "link":
                continue
            if templated and placeholder_at(located[1].lines[ref.offset], ref.column):
                continue
            line = located.line + ref.offset
            context.step(line)
            problem = url_problem(ref.url)
            if problem:
                suggestions = ("https://" + ref.url,) if ref.url.lower().startswith("www.") else ()
                yield Finding(line, ref.column, Level.WARNING, "links", problem, suggestions)
                continue
            parts = urlsplit(ref.url)
            if parts.scheme.lower() == "http":
                secure = "https" + ref.url[4:]
                yield Finding(
                    line, ref.column, Level.WARNING, "links",
                    tr("an http:// link: use https:// (the site and nearly every other serves "
                       "it)"),
                    (secure,),
                )  # fmt: skip
            host = parts.hostname
            if ref.block_kind == "related" and host and not _on_site(host, site):
                yield Finding(
                    line, ref.column, Level.WARNING, "links",
                    tr("\"Baca juga\" points off the site, to {host}", host=host),
                )  # fmt: skip

    def related(located: LocatedBlock) -> tuple[tuple[int, int, str], ...]:
        """(line in the block, column, address) of the block's well-formed links."""
        return tuple(
            (ref.offset, ref.column, ref.url.rstrip("/").lower())
            for ref in block_refs(context, located)
            if ref.kind == "link" and not url_problem(ref.url)
        )

    yield from _live_address(context)
    yield from context.slot("links", (site, templated)).collect(ref_blocks(context), problems)
    # the same "Baca juga" twice: after each link's own findings (the sort keeps the order)
    addresses = context.slot("links-related")
    related_seen: dict[str, int] = {}
    for located in ref_blocks(context):
        if located[1].kind != "related":
            continue
        for offset, column, key in addresses.value(located, related):
            line = located.line + offset
            if key in related_seen:
                yield Finding(
                    line, column, Level.WARNING, "links",
                    tr("the same \"Baca juga\" as on line {line}", line=related_seen[key]),
                    path=context.path,
                )  # fmt: skip
            else:
                related_seen[key] = line


def _live_address(context: CheckContext) -> Iterator[Finding]:
    """The story's live address (``url``, set by the desk's "Sudah terbit"): exports make it
    the canonical link, ``og:url``, the JSON-LD's ``url`` and the share buttons' address, so one
    off the site (settings' ``site_url``) sends readers and search engines elsewhere, and one
    that is no web address is passed over for the permalink built from the date and slug."""
    written = context.article.get("url")
    if not written:
        return
    line = meta_line(context.article.front_matter, "url")
    live = live_url(context.article)
    if not live:
        yield Finding(
            line, 1, Level.WARNING, "links",
            tr("the live address (url) '{url}' is not a web address: exports use the "
               "permalink made from the date and slug instead", url=written),
        )  # fmt: skip
        return
    host, site = (urlsplit(live).hostname or "").lower(), site_host(context.settings)
    if not _on_site(host, site):
        yield Finding(
            line, 1, Level.WARNING, "links",
            tr("the live address (url) is on {host}, not on the site ({site}): exports make it "
               "the canonical link, og:url and the share buttons' address", host=host,
               site=site),
        )  # fmt: skip


@rule("remote-resource")
def check_remote(context: CheckContext) -> Iterator[Finding]:
    """What the page would load from a host other than the site's, the allowed embeds' and
    Blogger's photo servers: a body image (inline, by reference, an ``<img>``), a video's
    poster, an embed, and the featured image (``image``: the page's picture, ``og:image`` and
    the JSON-LD's). Exports keep them as written; this is where they are named."""
    site = site_host(context.settings)
    allowed = {h.lower() for h in setting(context, "remote-resource", "allowed_hosts")}
    allowed |= IFRAME_HOSTS | PHOTO_HOSTS

    def remote(located: LocatedBlock) -> Iterator[Finding]:
        for ref in block_refs(context, located):
            if ref.kind not in ("image", "poster", "media"):
                continue
            host = _foreign_host(ref.url, site, allowed)
            if host:
                what = tr("an embed") if ref.kind == "media" else tr("an image")
                yield _remote_finding(located.line + ref.offset, ref.column, what, host)

    featured = context.article.get("image")
    host = _foreign_host(featured, site, allowed)
    if host:
        line = meta_line(context.article.front_matter, "image")
        yield _remote_finding(line, 1, tr("the featured image"), host)
    slot = context.slot("remote-resource", (site, frozenset(allowed)))
    yield from slot.collect(ref_blocks(context), remote)
    # an image by reference loads the address of its [id]: line, wherever that is
    addresses: dict[str, list[tuple[int, str]]] | None = None
    for line, ref in refs(context):
        if ref.kind != "image-ref":
            continue
        if addresses is None:
            addresses = definitions(context)
        for at, url in addresses.get(ref.url, ()):
            host = _foreign_host(url, site, allowed)
            if host:
                what = tr("an image (its address on line {line})", line=at)
                yield _remote_finding(line, ref.column, what, host)
                break


def _foreign_host(url: str, site: str, allowed: set[str]) -> str:
    """The host a page loading ``url`` would ask, when it is not the site's nor allowed."""
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""
    if not host or _on_site(host, site) or host in allowed or host.endswith(_PHOTO_HOST_SUFFIX):
        return ""
    return host


def _remote_finding(line: int, column: int, what: str, host: str) -> Finding:
    return Finding(
        line, column, Level.WARNING, "remote-resource",
        tr("{what} loaded from {host}: that host sees every reader (a tracking pixel or "
           "a hot-linked photo); use a copy on the site or an allowed embed",
           what=what, host=host),
    )  # fmt: skip
