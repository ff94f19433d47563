"""Where an open story went when its file was renamed or moved by another program (no Qt).

A story is known by its ``id`` (``article_id``), so a file that disappeared from under an open
tab may be found again under another name in the same folder (``mv tiga.md tiga-baru.md``, a
file manager on a shared drive). The look is bounded: only the folder the story was in, at most
``MAX_LOOK`` article files, only the first ``storage.capped.HEAD_BYTES`` of each (its front
matter), each read without following a link or waiting on a pipe. A link is never looked at.
"""

from __future__ import annotations

import os
from pathlib import Path

from netizen_editor.article.model import ARTICLE_SUFFIXES
from netizen_editor.history.article_id import article_id
from netizen_editor.storage.capped import read_head

#: at most this many article files of the folder are looked at
MAX_LOOK = 300


def front_matter_id(path: Path | str) -> str | None:
    """The ``id`` in the front matter of the regular file ``path``, read up to its head
    (``storage.capped.read_head``: never through a link); None when it has none or cannot be
    read."""
    text = read_head(path)
    return article_id(text) if text is not None else None


def renamed_to(path: Path | str, story_id: str) -> Path | None:
    """The one other article file in the folder of ``path`` whose front matter holds
    ``story_id``; None when there is none, more than one, or the folder cannot be read."""
    path = Path(path)
    found: list[Path] = []
    looked = 0
    try:
        with os.scandir(path.parent) as entries:
            for entry in entries:
                name = entry.name
                if name == path.name or name.startswith("."):
                    continue
                if not name.lower().endswith(ARTICLE_SUFFIXES):
                    continue
                looked += 1
                if looked > MAX_LOOK:
                    break
                if entry.is_symlink() or not entry.is_file(follow_symlinks=False):
                    continue
                if front_matter_id(entry.path) == story_id:
                    found.append(Path(entry.path))
                    if len(found) > 1:
                        return None  # two files say they are the story: neither is followed
    except OSError:
        return None
    return found[0] if found else None
