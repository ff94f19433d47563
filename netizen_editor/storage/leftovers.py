"""What a killed write left beside a file, found by the next write of that file (no Qt).

A write puts its bytes in ``.NAME.XXXXXXXX.tmp`` and renames that over NAME
(:mod:`storage.atomic`); an export keeps the file it replaces as ``.NAME.XXXXXXXX.old`` until
the new one stands (:mod:`storage.kept_aside`). A process killed in between (SIGKILL, a power
cut) leaves them in the folder for good: hidden (a journalist on a shared drive never sees
them), holding old text, piling up. The next write of NAME in that folder asks
:func:`abandoned` for them and removes them as names (a link goes, what it points to stays).

On a shared drive a colleague's write of the same NAME may be under way, so a name goes only
when all of this holds:

- it is of that exact shape for that NAME: a dot, NAME, a dot, eight lowercase hex digits (as
  the writers make them), ``.tmp`` or ``.old``; nothing else in the folder is looked at twice;
- it is a regular file or a link (a folder of that name stays);
- nothing changed it for :data:`ABANDONED_AFTER_S` before the file just written was written,
  both times by the drive's clock (never this computer's, which may be minutes off the
  share's): a write under way changes its temp file all along, and keeping a file aside
  changes its status time (``st_ctime`` on POSIX: a hard link made to it counts).

On Windows ``st_ctime`` is the time the file was made, and a hard link shares the file's own
times, so nothing tells when a ``.old`` was kept aside (it may be the file of a colleague's
export under way): there only ``.tmp`` leftovers go.

The folder is listed once, at most :data:`MAX_NAMES` names are looked at and the times of at
most :data:`MAX_LEFTOVERS` of them read: a folder of 100,000 planted names (of that shape too,
their times planted ahead so they never go) costs a save no more than one of ``MAX_NAMES``
(a leftover past them stays until a listing brings it earlier).
"""

from __future__ import annotations

import itertools
import os
import stat
import time
from pathlib import Path

#: how long a leftover stays unchanged before it counts as abandoned: far longer than any
#: write or export is under way (and than a share's clocks are apart)
ABANDONED_AFTER_S = 15 * 60

#: the most names of a folder looked at by one write
MAX_NAMES = 10_000
#: the most names of a leftover's shape whose times one write reads (a ``stat`` each, a trip
#: to the server on a shared drive)
MAX_LEFTOVERS = 100

#: one process looks at a folder for one NAME's leftovers at most once in this while: a
#: leftover counts as abandoned only after ABANDONED_AFTER_S anyway, and the window saving a
#: story every few seconds into a desk of thousands on a shared drive would list it each time
LOOK_AGAIN_AFTER_S = 5 * 60
#: (folder, NAME) looked at, and when (``time.monotonic``); forgotten past this many
_LOOKED_KEPT = 10_000
_looked: dict[tuple[str, str], float] = {}

SUFFIXES = (".tmp", ".old")
_HEX_DIGITS = frozenset("0123456789abcdef")
_TOKEN_LENGTH = 8

#: ``st_ctime`` is the time of the last change to the file or its names (POSIX), not the time
#: it was made (Windows)
_CTIME_IS_CHANGE = os.name != "nt"


def abandoned(dir_fd: int | None, folder: Path, name: str, written: os.stat_result) -> list[str]:
    """The names in the folder (its handle ``dir_fd``, or ``folder`` where there is none) that
    killed writes of ``name`` left and that nothing changed for :data:`ABANDONED_AFTER_S`
    before ``written`` (the file just written there, ``fstat``). OSError when the folder
    cannot be listed."""
    latest = written.st_mtime - ABANDONED_AFTER_S
    found: list[str] = []
    shaped = 0
    with os.scandir(folder if dir_fd is None else dir_fd) as entries:
        for entry in itertools.islice(entries, MAX_NAMES):
            leftover = entry.name
            if not is_leftover_of(leftover, name) or (
                leftover.endswith(".old") and not _CTIME_IS_CHANGE
            ):
                continue
            shaped += 1
            if shaped > MAX_LEFTOVERS:
                break
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError:
                continue  # gone meanwhile (its writer done with it)
            if not (stat.S_ISREG(st.st_mode) or stat.S_ISLNK(st.st_mode)):
                continue
            if last_change(st) <= latest:
                found.append(leftover)
    return found


def due(folder: Path, name: str) -> bool:
    """Whether this write of ``name`` in ``folder`` looks for leftovers (none looked for it
    there in the last :data:`LOOK_AGAIN_AFTER_S`); it is then noted as looked."""
    key, now = (os.fspath(folder), name), time.monotonic()
    last = _looked.get(key)
    if last is not None and now - last < LOOK_AGAIN_AFTER_S:
        return False
    if len(_looked) >= _LOOKED_KEPT:
        _looked.clear()
    _looked[key] = now
    return True


def is_leftover_of(leftover: str, name: str) -> bool:
    """``leftover`` is of the shape of a temp or kept-aside name of ``name``."""
    prefix = f".{name}."
    if len(leftover) != len(prefix) + _TOKEN_LENGTH + 4 or not leftover.startswith(prefix):
        return False
    token, suffix = leftover[len(prefix) : -4], leftover[-4:]
    return suffix in SUFFIXES and _HEX_DIGITS.issuperset(token)


def last_change(st: os.stat_result) -> float:
    """When the file (or a name of it) last changed, by the clock of its drive."""
    return max(st.st_mtime, st.st_ctime) if _CTIME_IS_CHANGE else st.st_mtime
