"""What every exporter shares: the result type and local-image handling."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from netizen_editor.article.model import Article
from netizen_editor.export.images import IMG_SRC, line_of
from netizen_editor.i18n import tr
from netizen_editor.publish.body import BodyRenderer, has_text
from netizen_editor.settings import Settings


@dataclass
class ExportResult:
    """The files an export writes (name suffix → text) and what the user should know."""

    html: str
    warnings: list[str] = field(default_factory=list)
    side_files: dict[str, str] = field(default_factory=dict)  # suffix → text, e.g. ".post.txt"
    images: list[Path] = field(default_factory=list)  # the originals the export used
    # files written beside the output: a POSIX path relative to the output's folder → bytes
    # (the web copies a Blogger post refers to, in a folder named after the output)
    assets: dict[str, bytes] = field(default_factory=dict)
    #: what the file itself will do, said beside where it went (an Atom post that Blogger
    #: imports as a draft)
    note: str = ""


class Exporter(Protocol):
    name: str
    label: str
    suffix: str

    def export(
        self,
        article: Article,
        settings: Settings,
        renderer: BodyRenderer,
        out: Path | None = None,
    ) -> ExportResult: ...


def empty_warning(article: Article) -> list[str]:
    """An article with no text in its body still exports (a title alone), with a warning."""
    if has_text(article):
        return []
    where = str(article.path) if article.path else "<text>"
    return [f"{where}: " + tr("warning: the article has no text yet; the export has no story")]


def article_images(article: Article, body_html: str) -> list[str]:
    """Image sources used by the body and the featured image, in order, once each."""
    sources = [m.group(2) for m in IMG_SRC.finditer(body_html)]
    if article.get("image"):
        sources.insert(0, article.get("image"))
    return list(dict.fromkeys(sources))


def asset_folder(
    article: Article, out: Path | None, originals: Sequence[Path] = (), suffix: str = ""
) -> str:
    """The folder beside the output that holds its web copies: ``NAME_images`` (``NAME_images-2``
    … when that folder holds one of the originals, which an export never overwrites); NAME is
    the output's name without ``suffix`` (``a.blogger.html`` → ``a_images``)."""
    stem = out.stem if out is not None else (article.path.stem if article.path else "artikel")
    if out is not None and suffix and out.name.endswith(suffix) and out.name != suffix:
        stem = out.name[: -len(suffix)]
    where = out.parent if out is not None else (article.path.parent if article.path else None)
    name, n = f"{stem}_images", 1
    while where is not None and any(_inside(p, (where / name).resolve()) for p in originals):
        n += 1
        name = f"{stem}_images-{n}"
    return name


def _inside(path: Path, folder: Path) -> bool:
    return folder == path or folder in path.parents


__all__ = [
    "IMG_SRC",
    "ExportResult",
    "Exporter",
    "article_images",
    "asset_folder",
    "line_of",
]
