"""Images pasted or dropped into an article: stored in ``<article>_files/`` and linked relatively.

A pasted bitmap becomes ``<stem>_files/image-N.png`` (the first free N). A dropped image file
is copied there under its own name (``name-2.jpg`` when that name is taken by a different
file); a file that already lives in the article's folder is linked where it is.
"""

from __future__ import annotations

import filecmp
import re
import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QImage, QPixmap

from netizen_editor.article import ARTICLE_SUFFIXES
from netizen_editor.formatting import image_link

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp", ".avif"})
_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)


class ImageImportError(Exception):
    """An image could not be stored next to the article (message is for the user)."""


def files_folder(article: Path) -> Path:
    """``<article folder>/<stem>_files`` — where the article's pasted images live."""
    return article.parent / f"{article.stem}_files"


def relative_to_article(article: Path, target: Path) -> str:
    """``target`` as a POSIX path relative to the article's folder (absolute when outside)."""
    folder = article.parent.resolve()
    resolved = target.resolve()
    try:
        return resolved.relative_to(folder).as_posix()
    except ValueError:
        return resolved.as_posix()


def is_inside(folder: Path, target: Path) -> bool:
    try:
        target.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def unique_path(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem-N.suffix`` with the first N (from 1) that is not taken."""
    n = 1
    while (candidate := folder / f"{stem}-{n}{suffix}").exists():
        n += 1
    return candidate


def save_image(image: QImage, article: Path) -> str:
    """Save a clipboard bitmap as PNG next to ``article``; returns the relative path."""
    if image.isNull():
        raise ImageImportError("the clipboard image is empty")
    folder = files_folder(article)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ImageImportError(f"cannot create {folder}: {exc.strerror}") from None
    target = unique_path(folder, "image", ".png")
    if not image.save(str(target)):  # PNG, from the suffix
        raise ImageImportError(f"cannot write {target}")
    return relative_to_article(article, target)


def import_image_file(source: Path, article: Path) -> str:
    """Copy an image file into the article's ``_files`` folder; returns the relative path."""
    if is_inside(article.parent, source):
        return relative_to_article(article, source)
    folder = files_folder(article)
    stem = _UNSAFE.sub("-", source.stem).strip("-") or "image"
    suffix = source.suffix.lower()
    target = folder / f"{stem}{suffix}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if target.exists() and not filecmp.cmp(source, target, shallow=False):
            target = unique_path(folder, stem, suffix)
        if not target.exists():
            shutil.copy2(source, target)
    except OSError as exc:
        raise ImageImportError(f"cannot copy {source.name}: {exc.strerror}") from None
    return relative_to_article(article, target)


def image_markdown(relative: str) -> str:
    return image_link(relative)


# -- reading mime data ------------------------------------------------------------------------
def local_files(source: QMimeData) -> list[Path]:
    if not source.hasUrls():
        return []
    paths = []
    for url in source.urls():
        url = QUrl(url)
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.is_file():
                paths.append(path)
    return paths


def image_files(paths: list[Path]) -> list[Path]:
    return [p for p in paths if p.suffix.lower() in IMAGE_SUFFIXES]


def article_files(paths: list[Path]) -> list[Path]:
    return [p for p in paths if p.suffix.lower() in ARTICLE_SUFFIXES]


def mime_image(source: QMimeData) -> QImage | None:
    """The bitmap on the clipboard, if any."""
    if not source.hasImage():
        return None
    data = source.imageData()
    if isinstance(data, QPixmap):
        data = data.toImage()
    if isinstance(data, QImage) and not data.isNull():
        return data
    return None
