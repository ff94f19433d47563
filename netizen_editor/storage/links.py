"""A story's file or folder turned into a link: never read through it, never written through it.

Every file in an article's folder may have been planted (a shared drive). Three rules:

- the folder of an open story is where it was when the story was opened or last saved: its
  real path (``real_folder``) is kept, and a save (and the lock and the history beside the
  story) goes ahead only while the folder still leads there (``folder_moved``);
- a story's file is read again (a reload) without following a link (``read_no_link``);
- a command given a file that is a link leading outside its own folder does not read it
  (``read_in_folder``); a link to a file in the same folder is read.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from netizen_editor.i18n import tr
from netizen_editor.storage.capped import PLANTED_READ_FLAGS, read_at_most
from netizen_editor.storage.reading import (
    MAX_BYTES,
    ReadError,
    ReadResult,
    decode_article,
    read_article_file,
)


def real_folder(path: Path | str) -> str:
    """The real path of the folder of ``path`` (links resolved)."""
    return os.path.realpath(Path(path).parent)


def folder_moved(path: Path | str, known: str | None) -> str | None:
    """Where the folder of ``path`` leads now when that is not ``known`` (its real path when
    the story was opened or saved), else None. None too when the folder is not there: a save
    then fails and waits for it as for a drive that went away, and when it cannot be looked
    at (a stale network drive: ``os.path.isdir`` is False on any ``OSError``, where
    ``Path.is_dir`` raised into the heartbeat, the closing and the save)."""
    folder = Path(path).parent
    if known is None or not os.path.isdir(folder):
        return None
    now = os.path.realpath(folder)
    return None if now == known else now


def moved_message(path: Path | str, now: str) -> str:
    """The one sentence saying a story's folder leads elsewhere now (and naming both)."""
    path = Path(path)
    return tr(
        "The folder {folder} now leads to another place ({target}), so {name} was not saved there",
        folder=path.parent,
        target=now,
        name=path.name,
    )


def link_target(path: Path | str) -> str | None:
    """Where the link ``path`` leads (its real path), or None when ``path`` is not a link."""
    if not os.path.islink(path):
        return None
    return os.path.realpath(path)


def link_message(target: str) -> str:
    return tr("it is now a link to {target}; not read", target=target)


def read_no_link(path: Path | str) -> ReadResult:
    """The article at ``path`` read again without following a link (``ReadError`` of kind
    ``link`` when it is one now; ``unreadable`` when it is not a regular file)."""
    path = Path(path)
    try:
        fd = os.open(path, PLANTED_READ_FLAGS)
    except OSError as exc:
        target = link_target(path)
        if exc.errno == errno.ELOOP or target is not None:
            raise ReadError(path, link_message(target or "?"), "link") from None
        return read_article_file(path)  # missing, permission: its own words
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ReadError(path, tr("This is not a regular file"), "unreadable")
        data = read_at_most(fd, MAX_BYTES)
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        return read_article_file(path)  # too large: said as on opening
    if link_target(path) is not None:  # a link swapped in where O_NOFOLLOW is missing
        raise ReadError(path, link_message(os.path.realpath(path)), "link")
    return decode_article(path, data, st)


def outside_link(path: Path | str) -> str | None:
    """The target of ``path`` when it is a link to a file outside its own folder, else None."""
    target = link_target(path)
    if target is None or os.path.dirname(target) == real_folder(path):
        return None
    return target


def read_in_folder(path: Path | str) -> ReadResult:
    """The article at ``path`` as the commands read it: a link to a file in the same folder is
    read; one that leads outside the folder is not (``ReadError`` of kind ``link``)."""
    target = outside_link(path)
    if target is not None:
        raise ReadError(
            path, tr("a link to a file outside its folder ({target}); not read", target=target),
            "link",
        )  # fmt: skip
    return read_article_file(path)
