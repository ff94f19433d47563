"""The parts of a saved web page around its story: the site's menus go, its own photos (in the
page's ``NAME_files/`` folder, where a browser saves them) come in, its site links stay links.

The sanitizer (nh3) keeps none of ``nav``, ``header``, ``footer``, ``aside``, ``main`` or
``article``: :func:`mark_parts` names them on a ``section`` before it runs (a regular
expression over the page, not a parse: a page of megabytes is only read once sanitized), and
:func:`drop_menus` reads the names after. The story is the page's ``article`` (the one with
the most paragraph text), else its ``main``, else the block with the most paragraph text; a
menu (a ``nav``, or a header, footer, aside or list that is mostly links) outside it goes."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

from netizen_editor.i18n import tr
from netizen_editor.importing.images import Pending
from netizen_editor.importing.safety import Notes

PART = "data-netizen-part"
_PARTS = "nav|header|footer|aside|main|article"
_OPEN = re.compile(rf"<({_PARTS})(?=[\s/>])", re.IGNORECASE)  # not <header-bar>, a custom element
_CLOSE = re.compile(rf"</(?:{_PARTS})\s*>", re.IGNORECASE)
_MENUS = ("header", "footer", "aside")
#: the largest photo read from the page's folder (as a Word document's)
MAX_PHOTO_BYTES = 25 * 1024 * 1024
#: the most bytes all the page's photos may have together
MAX_PHOTOS_BYTES = 200 * 1024 * 1024


def mark_parts(html: str) -> str:
    """``html`` with its page parts as sections named by ``data-netizen-part``."""
    html = _OPEN.sub(lambda m: f'<section {PART}="{m.group(1).lower()}"', html)
    return _CLOSE.sub("</section>", html)


def _text_of_paragraphs(tag: Tag) -> int:
    return sum(len(p.get_text(" ", strip=True)) for p in tag.find_all("p"))


def main_content(soup: BeautifulSoup) -> Tag | None:
    """The story's element: an ``article``, else a ``main``, else the parent of the most
    paragraph text; None when the page has no paragraphs."""
    for name in ("article", "main"):
        found = soup.select(f'[{PART}="{name}"]')
        if found:
            return max(found, key=_text_of_paragraphs)
    scores: dict[int, tuple[Tag, int]] = {}
    for paragraph in soup.find_all("p"):
        parent = paragraph.parent
        if isinstance(parent, Tag) and parent is not soup:
            tag, score = scores.get(id(parent), (parent, 0))
            scores[id(parent)] = (tag, score + len(paragraph.get_text(" ", strip=True)))
    if not scores:
        return None
    return max(scores.values(), key=lambda pair: pair[1])[0]


def _mostly_links(tag: Tag) -> bool:
    text = len(tag.get_text("", strip=True))
    links = sum(len(a.get_text("", strip=True)) for a in tag.find_all("a"))
    return text == 0 or links * 2 >= text


def drop_menus(soup: BeautifulSoup) -> None:
    """Remove the site's menus outside the story (and every part's name)."""
    main = main_content(soup)

    def outside(tag: Tag) -> bool:
        if main is None:
            return True
        return tag is not main and main not in tag.parents and tag not in main.parents

    for tag in soup.select(f"[{PART}]"):
        if tag.decomposed:
            continue
        part = str(tag.get(PART))
        if outside(tag) and (part == "nav" or (part in _MENUS and _mostly_links(tag))):
            tag.decompose()
    for listing in soup.find_all(["ul", "ol"]):
        if (
            not listing.decomposed
            and outside(listing)
            and listing.find("a")
            and _mostly_links(listing)
        ):
            listing.decompose()
    for tag in soup.select(f"[{PART}]"):
        del tag[PART]


def site_links(soup: BeautifulSoup, base: str) -> None:
    """The page's links to its own site (``/berita``): made whole from the page's address
    (``base``, its canonical address) when it has one, else their text stays."""
    for link in soup.find_all("a", href=True):
        href = str(link.get("href") or "").strip()
        if href.startswith("#") or urlsplit(href).scheme:
            continue  # the sanitizer kept only web, mail and phone links besides these
        if base:
            link["href"] = urljoin(base, href)
        else:
            link.unwrap()


def page_photos(soup: BeautifulSoup, page: Path, pending: Pending, notes: Notes) -> None:
    """The page's own photos (files in its ``NAME_files/`` folder) handed to the photo
    pipeline, each one's ``src`` its placeholder; any other local image goes, with a note
    (never read). A web image is left to the conversion (never fetched)."""
    from netizen_editor.photos.address import is_remote
    from netizen_editor.photos.refusal import refusal_reason
    from netizen_editor.photos.source import SourceRejected, read_image_file

    folder = Path(os.path.abspath(page.parent / f"{page.stem}_files"))
    total = 0
    for image in soup.find_all("img"):
        src = str(image.get("src") or "").strip()
        parts = urlsplit(src)
        if not src or parts.scheme or is_remote(src):
            continue
        written = Path(os.path.abspath(page.parent / unquote(parts.path)))
        if folder not in written.parents:
            notes.add(tr("an image outside the page's own folder {folder} was left out "
                         "(never read): {src}", folder=folder.name, src=src[:80]))  # fmt: skip
            image.decompose()
            continue
        known = pending.known(str(written))
        if known is not None:  # the same file again: read once, stored once
            image["src"] = known
            continue
        try:
            photo = read_image_file(written, [folder], MAX_PHOTO_BYTES)
        except SourceRejected as exc:
            notes.add(tr("the image {src} was left out: {why}", src=src[:80],
                         why=refusal_reason(exc)))  # fmt: skip
            image.decompose()
            continue
        total += len(photo.data)
        if total > MAX_PHOTOS_BYTES:
            notes.add(tr("the page's images past {size} MB were left out",
                         size=MAX_PHOTOS_BYTES >> 20))  # fmt: skip
            image.decompose()
            continue
        placeholder = pending.add(photo.data, src[:80], key=str(written))
        if placeholder is None:
            image.decompose()
        else:
            image["src"] = placeholder
