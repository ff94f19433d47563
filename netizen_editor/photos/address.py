"""What an image address in an article names: a web address, or a file on this computer.

:func:`locate_image` is the one rule for which file an ``<img src>``, a Markdown image or a
front matter ``image`` names; the exports (``export.images``), the checks
(``checks.imagefiles``, ``checks.rules_images``), the preview (its allowed folders) and the
photo import (what it links in place) all go through it. ``http(s)://`` and ``//host``
addresses are remote (never fetched); ``data:``, ``javascript:``, ``mailto:`` and other
schemes name no file of the article; anything else (a relative path, an absolute one,
``file:``, a Windows drive letter) is a local path, relative to the article's folder and only
there: a bare name is never looked up anywhere else. The app writes exactly such addresses
(``NAME_files/foto.jpg`` for a pasted or imported photo, the path from the article's folder
for a photo already in it). The file must lie, as written and after following symlinks,
inside the article's folder or the settings' images folder (:func:`image_roots`). Whether its
bytes may be read is :func:`netizen_editor.photos.source.read_image_file`'s decision.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

from netizen_editor.photos.source import FORBIDDEN_ROOTS, SourceRejected, resolve_inside

REMOTE_SCHEMES = ("http", "https")


def is_remote(src: str) -> bool:
    return src.startswith("//") or urlsplit(src).scheme.lower() in REMOTE_SCHEMES


def local_path(src: str, base: Path | None) -> Path | None:
    """The local file an image ``src`` names; None for remote URLs and for schemes that are
    never images of this article (``data:``, ``javascript:``, ``mailto:``…)."""
    parts = urlsplit(src)
    scheme = parts.scheme.lower()
    if is_remote(src):
        return None
    if scheme == "file":
        if parts.netloc not in ("", "localhost"):
            return None
        path = Path(unquote(parts.path))
    elif scheme and len(scheme) > 1:
        return None
    else:  # a relative path, an absolute one, or a Windows drive letter (C:\…)
        path = Path(unquote(src if scheme else parts.path))
        if parts.query or parts.fragment:
            path = Path(unquote(parts.path))
    if not path.is_absolute() and base is not None:
        path = base / path
    return path


def image_roots(article: Path | None, images_folder: str = "") -> list[Path]:
    """The folders an article's images may lie in: the article's own folder (none while it is
    untitled) and the settings' images folder, if any; absolute, symlinks not followed."""
    roots = [] if article is None else [Path(os.path.abspath(article.parent))]
    if images_folder.strip():
        roots.append(Path(os.path.abspath(Path(images_folder.strip()).expanduser())))
    return roots


def locate_image(src: str, article: Path | None, images_folder: str = "") -> Path | None:
    """The file (resolved) an image address ``src`` of ``article`` names; None when it names
    no local file (a web address, ``data:``, another scheme). :class:`SourceRejected` when it
    cannot be used: ``NO_FOLDER`` (an untitled article has no folder), ``OUTSIDE`` (it leads out
    of :func:`image_roots`, as written or through a link; nothing outside is looked at),
    ``NOT_REGULAR`` (a system file), ``NOT_FOUND``, ``UNREADABLE``."""
    if not src.strip():
        return None
    path = local_path(src.strip(), None)
    if path is None:
        return None
    if article is None:
        raise SourceRejected(SourceRejected.NO_FOLDER)
    roots = image_roots(article, images_folder)
    written = Path(os.path.normpath(roots[0] / path))  # an absolute path stays itself
    if any(_inside(written, root) for root in FORBIDDEN_ROOTS):
        raise SourceRejected(SourceRejected.NOT_REGULAR, "system file")
    if not any(_inside(written, root) or _inside(written, _real(root)) for root in roots):
        raise SourceRejected(SourceRejected.OUTSIDE)
    return resolve_inside(written, roots)


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _real(folder: Path) -> Path:
    try:
        return folder.resolve()
    except (OSError, RuntimeError):
        return folder
