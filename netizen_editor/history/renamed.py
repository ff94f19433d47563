"""Where an open story went when its file was renamed or moved by another program (no Qt).

A story is known by its ``id`` (``article_id``), so a file that disappeared from under an open
tab may be found again under another name in the same folder (``mv tiga.md tiga-baru.md``, a
file manager on a shared drive) or in a folder below it (``mv banjir.md kanal/banjir-x.md``,
the desk's Rename or Move). The look is bounded: the folder the story was in and the folders
below it, at most ``MAX_DEPTH`` deep, ``MAX_FOLDERS`` folders, ``MAX_LOOK`` article files and
``MAX_SECONDS`` in all, nearest folders first; only the first ``storage.capped.HEAD_BYTES`` of
each file (its front matter), each read without following a link or waiting on a pipe. A link
(file or folder) is never looked at, nor a hidden folder (the app's ``.netizen``). A story in a
desk (``desk``: the desk's folder, above the story's) may have gone to a folder beside its own
(``mv nasional/banjir.md daerah/``): after its own folder, the folders above it up to the desk's
are looked in, nearest first, each with the folders below it but the one looked in already,
within ``MAX_DESK_LOOK`` more files and ``MAX_DESK_FOLDERS`` more folders (the same time).
A story without an id is found by its bytes instead: a file of the same size holding exactly
what the tab last read or saved (a rename changes neither). Every file found is returned,
nearest first (at most ``MAX_FOUND``): one is the story renamed, two or more are copies made
outside the app, which the caller asks about rather than guess. The folders looked in may be
kept (``looked_in``) and stamped (``folders_stamp``): a file added, removed or renamed in one
changes its stamp, so a caller that keeps telling what was found looks again only then. A file
written over in place changes no folder: the files looked at may be kept too (``seen``: each
with its inode, size and time and whether it held the story), the nearest looked at by ``stat``
(``seen_changed``), and each read again in a later look only when that changed.
"""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeAlias

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
#: a story in a desk: this many more article files and folders are looked at in the folders
#: above its own up to the desk's, and the folders below those
MAX_DESK_LOOK, MAX_DESK_FOLDERS = 3000, 400

#: a file as ``stat`` finds it: (inode, size, modification time in ns); a write in place, a
#: file put in its place or a new size changes it
Stat: TypeAlias = tuple[int, int, int]
#: the article files a look looked at: path -> (its ``Stat`` then, whether it held the story)
Seen: TypeAlias = dict[str, tuple[Stat, bool]]


def front_matter_id(path: Path | str) -> str | None:
    """The ``id`` in the front matter of the regular file ``path``, read up to its head
    (``storage.capped.read_head``: never through a link); None when it has none or cannot be
    read."""
    text = read_head(path)
    return article_id(text) if text is not None else None


def holding_id(
    path: Path | str,
    story_id: str,
    looked_in: list[str] | None = None,
    *,
    seen: Seen | None = None,
    desk: Path | None = None,
) -> list[Path]:
    """The other article files in the folder of ``path`` or below it (in the ``desk`` above
    it: the desk's other folders too) whose front matter holds ``story_id`` (among those looked
    at), nearest first; the folders looked in are added to ``looked_in``, the files to ``seen``
    (one found there unchanged since is not read again)."""
    return _matching(
        Path(path), lambda entry: front_matter_id(entry.path) == story_id, looked_in, seen, desk
    )


def holding_bytes(
    path: Path | str,
    size: int,
    sha256: str,
    looked_in: list[str] | None = None,
    *,
    seen: Seen | None = None,
    desk: Path | None = None,
) -> list[Path]:
    """For a story without an id: the other article files in the folder of ``path`` (or below
    it; in the ``desk`` above it, the desk's other folders too) that hold exactly the bytes it
    was last read or saved with (``size`` and ``sha256``: a rename keeps them), nearest first;
    only files of that size are read, ``MAX_READ_BYTES`` in all (none when that is not enough
    to tell them apart). The folders looked in are added to ``looked_in``, the files to
    ``seen``."""

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

    found = _matching(Path(path), same, looked_in, seen, desk)
    return found if left[0] >= 0 else []


def folders_stamp(folders: list[str]) -> tuple[int, ...]:
    """When each of ``folders`` last changed (-1: gone or unreadable): a file added to one,
    removed or renamed there changes it; a file written over in place does not."""
    stamp: list[int] = []
    for folder in folders[: MAX_FOLDERS + MAX_DESK_FOLDERS]:
        try:
            stamp.append(os.stat(folder, follow_symlinks=False).st_mtime_ns)
        except OSError:
            stamp.append(-1)
    return tuple(stamp)


def seen_changed(seen: Seen) -> bool:
    """Whether a file of ``seen`` that held the story, or one of the first ``MAX_LOOK`` looked
    at (the story's folder and those below it first), changed since it was looked at (written
    over in place, gone, another file in its place): one ``stat`` each, nothing read. The
    desk's others are looked at again when a folder changes (a look every few seconds stays a
    few hundred ``stat`` on a shared drive)."""
    held = [name for name, (_stat, was_held) in seen.items() if was_held]
    for name in dict.fromkeys([*held, *itertools.islice(seen, MAX_LOOK)]):
        stat = seen[name][0]
        try:
            now = os.stat(name, follow_symlinks=False)
        except OSError:
            return True
        if (now.st_ino, now.st_size, now.st_mtime_ns) != stat:
            return True
    return False


def _matching(
    path: Path,
    matches: Callable[[os.DirEntry[str]], bool],
    looked_in: list[str] | None,
    seen: Seen | None,
    desk: Path | None,
) -> list[Path]:
    """The article files in the folder of ``path`` or below it, then the desk's (not itself,
    not hidden, not a link, among those ``_articles`` gives) that ``matches``, at most
    ``MAX_FOUND``: nearest folders first, by name within one. The folders looked in are added
    to ``looked_in``; ``seen`` is made what was looked at now (a file it held already, with
    the same ``Stat``, is not matched again)."""
    before = dict(seen or {})
    if seen is not None:
        seen.clear()
    found: list[tuple[int, Path]] = []
    for rank, entry in _articles(path, [] if looked_in is None else looked_in, desk):
        if len(found) >= MAX_FOUND:
            break
        try:
            if not entry.is_file(follow_symlinks=False):  # a link is not one
                continue
            now = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        stat = (now.st_ino, now.st_size, now.st_mtime_ns)
        known = before.get(entry.path)
        held = known[1] if known is not None and known[0] == stat else matches(entry)
        if seen is not None:
            seen[entry.path] = (stat, held)
        if held:
            found.append((rank, Path(entry.path)))
    found.sort(key=lambda item: (item[0], len(item[1].parts), str(item[1])))
    return [found_path for _rank, found_path in found]


def _articles(
    path: Path, looked_in: list[str], desk: Path | None
) -> Iterator[tuple[int, os.DirEntry[str]]]:
    """The article entries (by name) of the folder of ``path`` and of the folders below it,
    nearest folders first, within ``MAX_DEPTH``, ``MAX_FOLDERS``, ``MAX_LOOK`` and
    ``MAX_SECONDS``; with a ``desk`` above that folder, then those of each folder above it up
    to the desk's and of the folders below those not looked in yet, within ``MAX_DESK_LOOK``
    and ``MAX_DESK_FOLDERS`` more. Each comes with its rank (0: the story's folder, 1: the one
    above …). A folder that cannot be read is passed over. Each folder is added to
    ``looked_in`` as it is begun."""
    until = time.monotonic() + MAX_SECONDS
    tops = [path.parent]
    if desk is not None and desk in path.parent.parents:
        tops += [top for top in path.parent.parents if top == desk or desk in top.parents]
    left = [MAX_LOOK, MAX_FOLDERS]  # files to look at, folders to look in: the story's first
    for rank, top in enumerate(tops):
        if rank == 1:
            left = [MAX_DESK_LOOK, MAX_DESK_FOLDERS]
        walked = str(tops[rank - 1]) if rank else str(path)  # looked in already; the story
        folders: list[tuple[str, int]] = [(str(top), 0)]
        left[1] -= 1
        for folder, depth in folders:  # grows while it is walked: breadth first
            if time.monotonic() > until:
                return
            if left[0] <= 0:
                break  # enough files here: on to the folder above
            looked_in.append(folder)
            try:
                with os.scandir(folder) as listing:
                    for entry in listing:  # one by one: a folder of a million names is not listed
                        if time.monotonic() > until or left[0] <= 0:
                            break
                        if entry.name.startswith(".") or entry.path == walked:
                            continue
                        if entry.name.lower().endswith(ARTICLE_SUFFIXES):
                            left[0] -= 1
                            yield rank, entry
                        elif depth < MAX_DEPTH and left[1] > 0 and _is_folder(entry):
                            left[1] -= 1
                            folders.append((entry.path, depth + 1))
            except OSError:
                continue


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False
