"""A saved web page (``.html``/``.htm``) → Markdown: its title and author from the head, its
body sanitized by the publisher's cleaner (nh3: no scripts, event handlers or ``javascript:``
links) and converted like any document. Nothing it links to is fetched or read."""

from __future__ import annotations

import re
from pathlib import Path

from netizen_editor.i18n import tr
from netizen_editor.importing.html import convert_html, refuse_deep
from netizen_editor.importing.plain import decode_text
from netizen_editor.importing.result import Converted, plain_text
from netizen_editor.importing.safety import Notes, too_long

#: a saved page carries markup, styles and scripts beside its text
MAX_PAGE_BYTES = 4 * 1024 * 1024
#: the most HTML the page's sanitized body may have: what converts within 5 s (bench_import)
MAX_BODY_HTML = 400 * 1024
# scripts and styles go before the page is parsed (only for speed: the sanitizer drops them)
_SCRIPTS = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)


def _decode(data: bytes, path: Path) -> str:
    found = _CHARSET.search(data[:4096])
    if found:
        try:
            return data.decode(found.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return decode_text(data, path)


def convert_webpage(data: bytes, path: Path) -> Converted:
    from bs4 import BeautifulSoup

    from netizen_editor.publish.sanitize import clean_html

    if len(data) > MAX_PAGE_BYTES:
        raise too_long(path, len(data), MAX_PAGE_BYTES)
    notes = Notes()
    source = _SCRIPTS.sub("", _decode(data, path))
    refuse_deep(source)  # before the sanitizer, whose time grows with the nesting's square
    page = BeautifulSoup(source, "html.parser")
    title = _meta(page, "og:title") or (page.title.get_text(" ", strip=True) if page.title else "")
    sender = _meta(page, "og:site_name") or _meta(page, "author")
    if page.find(["script", "iframe", "object", "embed", "applet"]):
        notes.add(tr("scripts, frames and embedded objects were left out"))
    body = page.body if page.body is not None else page
    for tag in body.find_all(["script", "style", "template", "noscript"]):
        tag.decompose()
    sanitized = clean_html(body.decode_contents())
    if len(sanitized) > MAX_BODY_HTML:
        raise too_long(path, len(sanitized), MAX_BODY_HTML)
    cleaned = BeautifulSoup(sanitized, "html.parser")
    plain = plain_text(cleaned)
    markdown = convert_html(cleaned, notes, None)
    return Converted(markdown, plain, title, sender, notes.items)


def _meta(page: object, name: str) -> str:
    from bs4 import BeautifulSoup

    assert isinstance(page, BeautifulSoup)
    tag = page.find("meta", attrs={"property": name}) or page.find("meta", attrs={"name": name})
    if tag is None:
        return ""
    return str(tag.get("content") or "").strip()
