"""What a reader sees of the article before opening it: its Google result and its share card
(WhatsApp, Facebook), from the article as it stands. The window draws them; the numbers and
the cutting live here, without Qt.

Google cuts a title that is wider than ~600 px of Arial 20 px, and a description wider than
~920 px of Arial 13 px, at a word, with "…". Without a search description it shows
text from the page, here the lead. Share cards crop the image to 1.91:1: the featured image,
or the body's first photo when there is none.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from netizen_editor.article.dates import MONTHS
from netizen_editor.article.model import Article
from netizen_editor.checks.blocks import first_paragraph
from netizen_editor.checks.imagefiles import local_image
from netizen_editor.checks.refs import first_image
from netizen_editor.checks.registry import CheckContext
from netizen_editor.checks.textwidth import (
    DESCRIPTION_MAX_PX,
    DESCRIPTION_PX,
    TITLE_MAX_PX,
    TITLE_PX,
    cut_to_width,
)
from netizen_editor.grammar.scan import ArticleScan, scan_article
from netizen_editor.settings import Settings

SHARE_RATIO = 1.91  # Open Graph images: 1200 × 628


@dataclass(frozen=True)
class SearchResult:
    site: str
    url: str  # as Google prints it: "netizen.co.id › slug"
    title: str  # as shown, cut with "…" when too wide
    title_cut: bool
    description: str
    description_cut: bool
    description_from_text: bool  # no summary: Google picks text from the page
    date: str  # "14 Sep 2023", shown before the description


@dataclass(frozen=True)
class ShareCard:
    domain: str  # "NETIZEN.CO.ID"
    title: str
    description: str
    image: str  # the address as written ("" when none)
    image_file: Path | None  # the local file, when it is one inside the article's folder


def _lead_text(article: Article, scan: ArticleScan | None) -> str:
    """The plain text of the first paragraph (``scan``: the article's, when the caller has
    it: the revision's snapshot does)."""
    lead = first_paragraph((scan or scan_article(article.to_text())).located)
    return lead.plain if lead else ""


def search_result(
    article: Article, settings: Settings, scan: ArticleScan | None = None
) -> SearchResult:
    site = settings.site_name
    domain = site.lower()
    slug = article.slug
    title, title_cut = cut_to_width(article.title or domain, TITLE_MAX_PX, TITLE_PX)
    summary = article.get("summary")
    text = summary or _lead_text(article, scan)
    description, description_cut = cut_to_width(text, DESCRIPTION_MAX_PX, DESCRIPTION_PX)
    date = article.date
    shown_date = f"{date.day} {MONTHS[date.month - 1][:3]} {date.year}" if date else ""
    return SearchResult(
        site=site,
        url=f"https://{domain}" + (f" › {slug}" if slug else ""),
        title=title,
        title_cut=title_cut,
        description=description,
        description_cut=description_cut,
        description_from_text=not summary,
        date=shown_date,
    )


def share_card(
    article: Article,
    settings: Settings,
    path: Path | None = None,
    scan: ArticleScan | None = None,
) -> ShareCard:
    """The card of a shared link: its picture is the featured ``image``, or without one the
    body's first photo, as Blogger makes a post's first picture its thumbnail."""
    image = article.get("image").strip() or _first_photo(article, settings, scan)
    return ShareCard(
        domain=settings.site_name.upper(),
        title=article.title,
        description=article.get("summary") or _lead_text(article, scan),
        image=image,
        image_file=local_image(image, path or article.path, settings.images_folder),
    )


def _first_photo(article: Article, settings: Settings, scan: ArticleScan | None) -> str:
    """The address of the body's first photo, read as the checks read images."""
    text = scan.text if scan is not None else article.to_text()
    return first_image(CheckContext(text, article, settings, given_scan=scan))


def crop_box(width: int, height: int, ratio: float = SHARE_RATIO) -> tuple[int, int, int, int]:
    """(x, y, w, h) of the centred crop of a ``width`` × ``height`` image to ``ratio``."""
    if width <= 0 or height <= 0:
        return 0, 0, 0, 0
    if width / height > ratio:
        w = round(height * ratio)
        return (width - w) // 2, 0, w, height
    h = round(width / ratio)
    return 0, (height - h) // 2, width, h
