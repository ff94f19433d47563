"""The local files an article's image addresses name, as written: what the live preview
watches, so that a photo saved into the article's folder afterwards (or one that goes) shows
without a keystroke.

Nothing is looked at here (no ``stat``, no link followed): an address is turned into a path
by :func:`netizen_editor.photos.address.local_path` from the article's folder, and kept only
when it lies, as written, in one of :func:`netizen_editor.photos.address.image_roots` (the
folders the preview may show images from). Whether the file may be shown stays
:mod:`netizen_editor.photos.refused`'s decision, at the render.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from netizen_editor.photos.address import image_roots, local_path

#: at most this many files are named (a watcher per file has a cost; an article has a few)
MOST = 200


def named_files(
    srcs: Iterable[str], article: Path | None, images_folder: str = ""
) -> frozenset[Path]:
    """The files the local image addresses ``srcs`` of ``article`` name, inside its image
    folders (none while it is untitled, none for web addresses or ``data:``)."""
    if article is None:
        return frozenset()
    roots = image_roots(article, images_folder)
    found: set[Path] = set()
    for src in srcs:
        path = local_path(src.strip(), None) if src.strip() else None
        if path is None:
            continue
        written = Path(os.path.normpath(roots[0] / path))  # an absolute path stays itself
        if any(written.parent == root or root in written.parents for root in roots):
            found.add(written)
            if len(found) >= MOST:
                break
    return frozenset(found)
