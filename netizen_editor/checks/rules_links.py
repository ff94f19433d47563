"""Links and embedded resources: link text that says where it goes (WCAG 2.4.4), addresses
that work, "Baca juga" that stays on the site, and no media pulled from unknown hosts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from netizen_editor.checks.findings import Finding, Level
from netizen_editor.checks.house_style import setting
from netizen_editor.checks.refs import block_refs, ref_blocks
from netizen_editor.checks.registry import CheckContext, rule
from netizen_editor.grammar.scan import LocatedBlock
from netizen_editor.i18n import tr
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
    return settings.site_name.strip().lower()


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


@rule("remote-resource")
def check_remote(context: CheckContext) -> Iterator[Finding]:
    site = site_host(context.settings)
    allowed = {h.lower() for h in setting(context, "remote-resource", "allowed_hosts")}
    allowed |= IFRAME_HOSTS | PHOTO_HOSTS

    def remote(located: LocatedBlock) -> Iterator[Finding]:
        for ref in block_refs(context, located):
            if ref.kind not in ("image", "media"):
                continue
            try:
                host = (urlsplit(ref.url).hostname or "").lower()
            except ValueError:
                continue
            if not host or _on_site(host, site) or host in allowed:
                continue
            if host.endswith(_PHOTO_HOST_SUFFIX):
                continue
            yield Finding(
                located.line + ref.offset, ref.column, Level.WARNING, "remote-resource",
                tr("{what} loaded from {host}: that host sees every reader (a tracking pixel or "
                   "a hot-linked photo); use a copy on the site or an allowed embed",
                   what=tr("an image") if ref.kind == "image" else tr("an embed"), host=host),
            )  # fmt: skip

    slot = context.slot("remote-resource", (site, frozenset(allowed)))
    yield from slot.collect(ref_blocks(context), remote)
