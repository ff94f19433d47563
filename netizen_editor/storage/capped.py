"""Reading a file's bytes with a ceiling: what every reader of a file that may have been planted
uses after opening it (without following a link or waiting on a pipe) and checking it is a
regular file of a sane size (``read_regular`` does all of it)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from netizen_editor.i18n import tr

_PIECE = 1 << 20
#: what is read of a file whose front matter alone is wanted (a story looked at for its id or
#: its labels among many): a front matter longer than this is not an answer
HEAD_BYTES = 16 * 1024
#: how a file that may have been planted is opened for reading: never through a link (where
#: the system can refuse one), never waiting on a FIFO, not inherited by a child process
PLANTED_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def unrefused_link(path: Path | str) -> bool:
    """``path`` is a link and opening it would follow it: the system has no ``O_NOFOLLOW``
    (Windows), so a reader of a planted file looks first and refuses it itself."""
    return not hasattr(os, "O_NOFOLLOW") and os.path.islink(path)


def read_at_most(fd: int, limit: int) -> bytes:
    """The bytes of the open file ``fd`` up to its end, but at most ``limit + 1``: a result
    longer than ``limit`` means the file grew past it while it was read."""
    chunks, left = [], limit + 1
    while left > 0:
        chunk = os.read(fd, min(left, _PIECE))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


class NotRegularFile(OSError):
    """What is at the path is no regular file: a pipe, a device, a folder, or a link where
    links are not followed (``errno`` ELOOP then)."""


class FileTooLarge(OSError):
    """The file is larger than what its reader reads."""


def read_regular(
    path: Path | str, limit: int, *, follow_links: bool = False
) -> tuple[bytes, os.stat_result]:
    """The bytes of the regular file ``path`` and its stat, opened as a planted file is (never
    waiting on a pipe; never through a link unless ``follow_links``) and read up to ``limit``
    bytes. OSError when it cannot be: the system's (missing, permission...),
    :class:`NotRegularFile` or :class:`FileTooLarge` (also when it grew past ``limit``)."""
    flags = (
        PLANTED_READ_FLAGS & ~getattr(os, "O_NOFOLLOW", 0) if follow_links else PLANTED_READ_FLAGS
    )
    name = str(path)
    if not follow_links and unrefused_link(path):
        raise NotRegularFile(errno.ELOOP, tr("a link; not read"), name)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP and not follow_links:
            raise NotRegularFile(errno.ELOOP, tr("a link; not read"), name) from None
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularFile(errno.EINVAL, tr("this is not a regular file"), name)
        if st.st_size > limit:
            raise _too_large(name, limit)
        data = read_at_most(fd, limit)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise _too_large(name, limit)
    return data, st


def _too_large(name: str, limit: int) -> FileTooLarge:
    if limit >= 1024 * 1024:
        words = tr("the file is larger than {size} MB", size=limit // (1024 * 1024))
    else:
        words = tr("the file is larger than {size} KB", size=max(1, limit // 1024))
    return FileTooLarge(errno.EFBIG, words, name)


def read_head(path: Path | str, limit: int = HEAD_BYTES) -> str | None:
    """The first ``limit`` bytes of the regular file ``path`` as text (UTF-8, undecodable bytes
    replaced, CRLF as LF), opened as a planted file is: never through a link, never waiting on
    a pipe; None when it cannot be read or is not a regular file."""
    if unrefused_link(path):
        return None
    try:
        fd = os.open(path, PLANTED_READ_FLAGS)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        data = read_at_most(fd, limit)[:limit]
    except OSError:
        return None
    finally:
        os.close(fd)
    return data.decode("utf-8", errors="replace").replace("\r\n", "\n")
