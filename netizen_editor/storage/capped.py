"""Reading a file's bytes with a ceiling: what every reader of a file that may have been planted
uses after opening it (without following a link or waiting on a pipe) and checking it is a
regular file of a sane size."""

from __future__ import annotations

import os
import stat
from pathlib import Path

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


def read_head(path: Path | str, limit: int = HEAD_BYTES) -> str | None:
    """The first ``limit`` bytes of the regular file ``path`` as text (UTF-8, undecodable bytes
    replaced, CRLF as LF), opened as a planted file is: never through a link, never waiting on
    a pipe; None when it cannot be read or is not a regular file."""
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
