"""The label a new story from a template takes from the folder it is filed in (no Qt).

A folder's name is only a guess at a rubric (a folder "Docs" is none), so it becomes the
story's label only when it names a label the site already uses: one the stories of the desk
carry, or those already in that folder (the settings have no list of labels). Otherwise the
template's label stays a placeholder the reporter fills in. The label is written as the site
spells it (``ekonomi`` → ``Ekonomi``, ``dki-jakarta`` → ``DKI Jakarta``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from netizen_editor.article.model import ARTICLE_SUFFIXES

#: at most this many articles of a folder are read for their labels, each only its front
#: matter (``storage.capped.read_head``: 50 planted files of 18 MB read whole took 7 s)
MAX_FILES = 50


def desk_label(folder_name: str, known: Iterable[str]) -> str:
    """The one of ``known`` labels named ``folder_name`` (case, dashes and underscores aside),
    spelled as it is there; "" when none is."""
    wanted = _plain(folder_name)
    if not wanted:
        return ""
    return next((label.strip() for label in known if _plain(label) == wanted), "")


def folder_label(folder: Path | None, known: Iterable[str] = ()) -> str:
    """The label of a new story filed in ``folder``: its name when that is one of ``known``
    (the desk's labels) or of the labels the articles already in ``folder`` carry; else ""."""
    if folder is None:
        return ""
    name = Path(folder).name
    return desk_label(name, known) or desk_label(name, folder_labels(Path(folder)))


def folder_labels(folder: Path) -> list[str]:
    """The labels the articles in ``folder`` (not its subfolders) carry; a file that cannot be
    read, a link, or one that is not an article gives none."""
    labels: list[str] = []
    try:
        with os.scandir(folder) as found:
            names = sorted(e.name for e in found if e.name.lower().endswith(ARTICLE_SUFFIXES))
    except OSError:
        return labels
    for name in names[:MAX_FILES]:
        labels += _labels_of(folder / name)
    return labels


def _labels_of(path: Path) -> list[str]:
    """The labels in the front matter of the regular file ``path``, read up to its head
    without following a link or waiting on a pipe."""
    from netizen_editor.article.model import Article
    from netizen_editor.errors import ArticleError
    from netizen_editor.storage.capped import read_head

    text = read_head(path)
    if text is None:
        return []
    try:
        return list(Article.parse(text, path).labels)
    except ArticleError:
        return []


def _plain(name: str) -> str:
    return " ".join(name.replace("-", " ").replace("_", " ").split()).casefold()
