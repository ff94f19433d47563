"""Where the links of a desk lead, each link read once a walk.

``Path.resolve`` (``os.path.realpath``) follows a chain of links in Python and forgets it when
it returns, so a desk of links that lead through each other cost a walk of the chain for every
link (QA32 #14: a ring of 6,000 links took 67 s a listing). The walk asks the kernel first
(``os.stat`` fails at once for a loop or a link to nothing) and resolves only a link the kernel
could follow, here: each link met is remembered with where it leads for the rest of the walk,
and one resolution reads at most ``MAX_LINKS`` links, as the kernel's own lookup does, whatever
changed since the stat. On Windows ``Path.resolve`` asks the system (the final path of a
handle), not a walk in Python, so it is used there.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

#: links read in one resolution before it is a loop (Linux's MAXSYMLINKS)
MAX_LINKS = 40


class Links:
    """Where the links met in one walk of the desk lead."""

    def __init__(self) -> None:
        self._seen: dict[str, str] = {}  # a link's path -> the real path it leads to
        self._read = 0  # links read in the current resolution

    def resolve(self, path: str) -> str:
        """The real path that ``path`` (absolute) names, its links followed. FileNotFoundError
        when a part of it does not exist, another OSError (ELOOP for a loop, or more than
        ``MAX_LINKS`` links) when it cannot be followed."""
        if os.name == "nt":
            return str(Path(path).resolve(strict=True))
        self._read = 0
        return self._join("/", path)

    def _join(self, path: str, rest: str) -> str:
        """``rest`` followed from ``path`` (real, absolute), one name at a time."""
        if rest.startswith("/"):
            path = "/"
        for name in rest.split("/"):
            if not name or name == ".":
                continue
            if name == "..":
                path = os.path.dirname(path)
                continue
            named = os.path.join(path, name)
            if not stat.S_ISLNK(os.lstat(named).st_mode):
                path = named
                continue
            known = self._seen.get(named)
            if known is None:
                self._read += 1
                if self._read > MAX_LINKS:
                    raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), named)
                known = self._seen[named] = self._join(path, os.readlink(named))
            path = known
        return path
