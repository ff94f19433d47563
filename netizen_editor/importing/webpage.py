"""A saved web page (``.html``/``.htm``) → Markdown: its title and author from the head, its
body sanitized by the publisher's cleaner (nh3: no scripts, event handlers or ``javascript:``
links) and converted like any document. Nothing it links to is fetched or read; the pictures it
carries in itself (``data:``) and those in its own folder go through the photo pipeline."""

from __future__ import annotations

import re
from pathlib import Path

from netizen_editor.i18n import tr
from netizen_editor.importing.cancel import checkpoint
from netizen_editor.importing.data_pictures import hand_over, take_out
from netizen_editor.importing.html import convert_html, note_unsafe_pictures, refuse_deep
from netizen_editor.importing.images import Pending, StoreImage
from netizen_editor.importing.page_parts import drop_menus, mark_parts, page_photos, site_links
from netizen_editor.importing.plain import decode_text
from netizen_editor.importing.result import Converted, plain_text
from netizen_editor.importing.safety import Notes, too_long
from netizen_editor.importing.structure import check_html

#: a saved page carries markup, styles and scripts beside its text (the pictures it carries in
#: itself are not counted: they are taken out first, bounded as photos)
MAX_PAGE_BYTES = 4 * 1024 * 1024
#: the most HTML the page's sanitized body may have: what converts within 5 s (bench_import)
MAX_BODY_HTML = 400 * 1024
# what never shows on the page goes before it is read (only for speed: the sanitizer drops
# scripts and styles; a template's or a noscript's content would stay as text)
_HIDDEN = re.compile(r"<(script|style|template|noscript)\b[^>]*>.*?</\1\s*>",
                     re.IGNORECASE | re.DOTALL)  # fmt: skip
_EMBEDDED = re.compile(r"<(?:script|iframe|object|embed|applet)\b", re.IGNORECASE)
_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_BODY_CLOSE = re.compile(r"</body\s*>", re.IGNORECASE)
_HEAD_CLOSE = re.compile(r"</head\s*>", re.IGNORECASE)
#: a page without a head or a body: its title and meta tags are where they are
_HEAD_TAGS = re.compile(r"<title\b[^>]*>.*?</title\s*>|<meta\b[^>]*>", re.IGNORECASE | re.DOTALL)
_DATA = re.compile(rb"data:", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)


def _decode(data: bytes, path: Path) -> str:
    found = _CHARSET.search(data[:4096])
    if found:
        try:
            return data.decode(found.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return decode_text(data, path)


def head_and_body(page: str) -> tuple[str, str]:
    """The page's head (what comes before its body) and its body's HTML, found without parsing
    the page: a saved page of megabytes is only sanitized (nh3, in Rust) before it is read."""
    opening = _BODY_OPEN.search(page)
    if opening is not None:
        closings = [m.start() for m in _BODY_CLOSE.finditer(page, opening.end())]
        end = closings[-1] if closings else len(page)
        return page[: opening.start()], page[opening.end() : end]
    closing = _HEAD_CLOSE.search(page)
    if closing is not None:
        return page[: closing.end()], page[closing.end() :]
    return "".join(m.group() for m in _HEAD_TAGS.finditer(page)), page  # no head, no body


def convert_webpage(data: bytes, path: Path, store: StoreImage | None = None) -> Converted:
    from bs4 import BeautifulSoup

    from netizen_editor.publish.sanitize import clean_html

    if len(data) > MAX_PAGE_BYTES and _DATA.search(data) is None:  # no picture to take out
        raise too_long(path, len(data), MAX_PAGE_BYTES, tr("HTML"))
    notes = Notes()
    source, carried = take_out(_decode(data, path))
    if len(source) > MAX_PAGE_BYTES:
        raise too_long(path, len(source), MAX_PAGE_BYTES, tr("HTML"))
    note_unsafe_pictures(source, notes)  # before the sanitizer drops their addresses
    if _EMBEDDED.search(source):
        notes.add(tr("scripts, frames and embedded objects were left out"))
    source = _HIDDEN.sub("", source)
    refuse_deep(source)  # before the sanitizer, whose time grows with the nesting's square
    head_html, body_html = head_and_body(source)
    head = BeautifulSoup(head_html, "html.parser")
    title = _meta(head, "og:title") or (head.title.get_text(" ", strip=True) if head.title else "")
    sender = _meta(head, "og:site_name") or _meta(head, "author")
    sanitized = clean_html(mark_parts(body_html))
    checkpoint()
    if len(sanitized) > MAX_BODY_HTML:
        raise too_long(
            path, len(sanitized), MAX_BODY_HTML, tr("HTML in the page's body, once cleaned")
        )
    check_html(sanitized)
    cleaned = BeautifulSoup(sanitized, "html.parser")
    checkpoint()
    drop_menus(cleaned)
    site_links(cleaned, _address(head))
    pending = Pending(store, notes)
    if store is not None:
        hand_over(cleaned, carried, pending, notes)
        page_photos(cleaned, path, pending, notes)
    plain = plain_text(cleaned)
    markdown = convert_html(cleaned, notes, store, stored=pending.store_all())
    return Converted(markdown, plain, title, sender, notes.items)


def _address(head: object) -> str:
    """The page's own web address (its canonical link, else og:url), "" when it names none."""
    from bs4 import BeautifulSoup

    assert isinstance(head, BeautifulSoup)
    link = head.find("link", rel="canonical")
    address = str(link.get("href") or "") if link is not None else ""
    address = (address or _meta(head, "og:url")).strip()
    return address if address.lower().startswith(("http://", "https://")) else ""


def _meta(page: object, name: str) -> str:
    from bs4 import BeautifulSoup

    assert isinstance(page, BeautifulSoup)
    tag = page.find("meta", attrs={"property": name}) or page.find("meta", attrs={"name": name})
    if tag is None:
        return ""
    return str(tag.get("content") or "").strip()
