"""What every exporter shares: the result type and local-image handling."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urlsplit

from netizen_editor.article import Article
from netizen_editor.i18n import tr
from netizen_editor.render import BodyRenderer, prepare_body
from netizen_editor.settings import Settings

IMG_SRC = re.compile(r'(<img\b[^>]*?\bsrc=")([^"]*)(")')


@dataclass
class ExportResult:
    """The files an export writes (name suffix → text) and what the user should know."""

    html: str
    warnings: list[str] = field(default_factory=list)
    side_files: dict[str, str] = field(default_factory=dict)  # suffix → text, e.g. ".post.txt"
    images: list[Path] = field(default_factory=list)


class Exporter(Protocol):
    name: str
    label: str
    suffix: str

    def export(
        self, article: Article, settings: Settings, renderer: BodyRenderer
    ) -> ExportResult: ...


def local_image(src: str, base: Path | None) -> Path | None:
    """The local file an image ``src`` names, or None for remote and data URLs."""
    parts = urlsplit(src)
    if parts.scheme in ("http", "https", "data") or src.startswith("//"):
        return None
    if parts.scheme == "file":
        return Path(unquote(parts.path))
    if parts.scheme and len(parts.scheme) > 1:
        return None
    path = Path(unquote(parts.path))
    if not path.is_absolute() and base is not None:
        path = base / path
    return path


def line_of(article: Article, needle: str) -> int | None:
    for offset, line in enumerate(article.to_text().splitlines(), start=1):
        if needle in line:
            return offset
    return None


def missing_image_warning(article: Article, src: str) -> str:
    where = str(article.path) if article.path else "<text>"
    line = line_of(article, src)
    if line is not None:
        where += f":{line}"
    return f"{where}: warning: image '{src}' not found"


def empty_warning(article: Article) -> list[str]:
    """An article with no text in its body still exports (a title alone), with a warning."""
    if prepare_body(article).strip():
        return []
    where = str(article.path) if article.path else "<text>"
    return [f"{where}: " + tr("warning: the article has no text yet; the export has no story")]


def article_images(article: Article, body_html: str) -> list[str]:
    """Image sources used by the body and the featured image, in order, once each."""
    sources = [m.group(2) for m in IMG_SRC.finditer(body_html)]
    if article.get("image"):
        sources.insert(0, article.get("image"))
    return list(dict.fromkeys(sources))
