"""Where an open story went when its file was renamed or moved by another program (no Qt).

A story is known by its ``id`` (``article_id``), so a file that disappeared from under an open
tab may be found again under another name in the same folder (``mv tiga.md tiga-baru.md``, a
file manager on a shared drive). The look is bounded: only the folder the story was in, at most
``MAX_LOOK`` article files, only the first ``storage.capped.HEAD_BYTES`` of each (its front
matter), each read without following a link or waiting on a pipe. A link is never looked at.
A story without an id is found by its bytes instead: the one file of the same size holding
exactly what the tab last read or saved (a rename changes neither).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from netizen_editor.article.model import ARTICLE_SUFFIXES
from netizen_editor.history.article_id import article_id
from netizen_editor.storage.capped import read_head, read_regular
from netizen_editor.storage.identity import sha256_hex

#: at most this many article files of the folder are looked at
MAX_LOOK = 300
#: at most this many bytes are read looking for a story without an id by its bytes
MAX_READ_BYTES = 64 * 1024 * 1024


def front_matter_id(path: Path | str) -> str | None:
    """The ``id`` in the front matter of the regular file ``path``, read up to its head
    (``storage.capped.read_head``: never through a link); None when it has none or cannot be
    read."""
    text = read_head(path)
    return article_id(text) if text is not None else None


def renamed_to(path: Path | str, story_id: str) -> Path | None:
    """The one other article file in the folder of ``path`` whose front matter holds
    ``story_id``; None when there is none, more than one, or the folder cannot be read."""
    return _the_one(Path(path), lambda entry: front_matter_id(entry.path) == story_id)


def renamed_as_is(path: Path | str, size: int, sha256: str) -> Path | None:
    """For a story without an id: the one other article file in the folder of ``path`` that
    holds exactly the bytes it was last read or saved with (``size`` and ``sha256``: a rename
    keeps them); only files of that size are read, ``MAX_READ_BYTES`` in all. None when there
    is none or more than one."""

    left = [MAX_READ_BYTES]  # what may still be read: same-size files planted by the hundred

    def same(entry: os.DirEntry[str]) -> bool:
        try:
            if entry.stat(follow_symlinks=False).st_size != size:
                return False
            left[0] -= size  # below zero: too many to tell them apart (none is followed)
            if left[0] < 0:
                return False
            return sha256_hex(read_regular(entry.path, size)[0]) == sha256
        except OSError:
            return False

    found = _the_one(Path(path), same)
    return found if left[0] >= 0 else None


def _the_one(path: Path, matches: Callable[[os.DirEntry[str]], bool]) -> Path | None:
    """The one article file in the folder of ``path`` (not itself, not hidden, not a link,
    among the first ``MAX_LOOK``) that ``matches``; None when none or more than one does."""
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
                if matches(entry):
                    found.append(Path(entry.path))
                    if len(found) > 1:
                        return None  # two files say they are the story: neither is followed
    except OSError:
        return None
    return found[0] if found else None
