"""Where an open story went when its file was renamed or moved by another program (no Qt).

A story is known by its ``id`` (``article_id``), so a file that disappeared from under an open
tab may be found again under another name in the same folder (``mv tiga.md tiga-baru.md``, a
file manager on a shared drive) or in a folder below it (``mv banjir.md kanal/banjir-x.md``,
the desk's Rename or Move). The look is bounded: the folder the story was in and the folders
below it, at most ``MAX_DEPTH`` deep, ``MAX_FOLDERS`` folders, ``MAX_LOOK`` article files and
``MAX_SECONDS`` in all, nearest folders first; only the first ``storage.capped.HEAD_BYTES`` of
each file (its front matter), each read without following a link or waiting on a pipe. A link
(file or folder) is never looked at, nor a hidden folder (the app's ``.netizen``).
A story without an id is found by its bytes instead: a file of the same size holding exactly
what the tab last read or saved (a rename changes neither). Every file found is returned,
nearest first (at most ``MAX_FOUND``): one is the story renamed, two or more are copies made
outside the app, which the caller asks about rather than guess. The folders looked in may be
kept (``looked_in``) and stamped (``folders_stamp``): a file added, removed or renamed in one
changes its stamp, so a caller that keeps telling what was found looks again only then.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from netizen_editor.article.model import ARTICLE_SUFFIXES
from netizen_editor.history.article_id import article_id
from netizen_editor.storage.capped import read_head, read_regular
from netizen_editor.storage.identity import sha256_hex

#: at most this many article files are looked at, in the folder and the folders below it
MAX_LOOK = 300
#: the folders below the story's folder looked in: this many levels down, this many in all
MAX_DEPTH, MAX_FOLDERS = 3, 200
#: the whole look stops after this long (a slow shared drive, a planted tree)
MAX_SECONDS = 1.0
#: at most this many bytes are read looking for a story without an id by its bytes
MAX_READ_BYTES = 64 * 1024 * 1024
#: at most this many files holding the story are returned (a question names them all)
MAX_FOUND = 10


def front_matter_id(path: Path | str) -> str | None:
    """The ``id`` in the front matter of the regular file ``path``, read up to its head
    (``storage.capped.read_head``: never through a link); None when it has none or cannot be
    read."""
    text = read_head(path)
    return article_id(text) if text is not None else None


def holding_id(path: Path | str, story_id: str, looked_in: list[str] | None = None) -> list[Path]:
    """The other article files in the folder of ``path`` or below it whose front matter holds
    ``story_id`` (among those looked at), nearest first; the folders looked in are added to
    ``looked_in``."""
    return _matching(Path(path), lambda entry: front_matter_id(entry.path) == story_id, looked_in)


def holding_bytes(
    path: Path | str, size: int, sha256: str, looked_in: list[str] | None = None
) -> list[Path]:
    """For a story without an id: the other article files in the folder of ``path`` (or below
    it) that hold exactly the bytes it was last read or saved with (``size`` and ``sha256``: a
    rename keeps them), nearest first; only files of that size are read, ``MAX_READ_BYTES`` in
    all (none when that is not enough to tell them apart). The folders looked in are added to
    ``looked_in``."""

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

    found = _matching(Path(path), same, looked_in)
    return found if left[0] >= 0 else []


def folders_stamp(folders: list[str]) -> tuple[int, ...]:
    """When each of ``folders`` last changed (-1: gone or unreadable): a file added to one,
    removed or renamed there changes it; a file written over in place does not."""
    stamp: list[int] = []
    for folder in folders[:MAX_FOLDERS]:
        try:
            stamp.append(os.stat(folder, follow_symlinks=False).st_mtime_ns)
        except OSError:
            stamp.append(-1)
    return tuple(stamp)


def _matching(
    path: Path, matches: Callable[[os.DirEntry[str]], bool], looked_in: list[str] | None
) -> list[Path]:
    """The article files in the folder of ``path`` or below it (not itself, not hidden, not a
    link, among the first ``MAX_LOOK``) that ``matches``, at most ``MAX_FOUND``: nearest
    folders first, by name within one. The folders looked in are added to ``looked_in``."""
    found: list[Path] = []
    for looked, entry in enumerate(_articles(path, [] if looked_in is None else looked_in)):
        if looked >= MAX_LOOK or len(found) >= MAX_FOUND:
            break
        if not entry.is_file(follow_symlinks=False):  # a link is not one
            continue
        if matches(entry):
            found.append(Path(entry.path))
    return sorted(found, key=lambda found_path: (len(found_path.parts), str(found_path)))


def _articles(path: Path, looked_in: list[str]) -> Iterator[os.DirEntry[str]]:
    """The article entries (by name) of the folder of ``path`` and of the folders below it,
    nearest folders first, within ``MAX_DEPTH``, ``MAX_FOLDERS`` and ``MAX_SECONDS``; a
    folder that cannot be read is passed over. Each folder is added to ``looked_in`` as it is
    begun."""
    until = time.monotonic() + MAX_SECONDS
    folders: list[tuple[str, int]] = [(str(path.parent), 0)]
    for folder, depth in folders:  # grows while it is walked: breadth first
        if time.monotonic() > until:
            return
        looked_in.append(folder)
        try:
            with os.scandir(folder) as listing:
                for entry in listing:  # one by one: a folder of a million names is not listed
                    if time.monotonic() > until:
                        return
                    name = entry.name
                    if name.startswith(".") or (depth == 0 and name == path.name):
                        continue
                    if name.lower().endswith(ARTICLE_SUFFIXES):
                        yield entry
                    elif depth < MAX_DEPTH and len(folders) < MAX_FOLDERS and _is_folder(entry):
                        folders.append((entry.path, depth + 1))
        except OSError:
            continue


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False
