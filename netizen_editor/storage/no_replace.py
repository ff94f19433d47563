"""A rename that never replaces a file: a colleague's file made at the new name between a look
and the rename is never overwritten (POSIX's rename replaces it without a word).

No Qt. POSIX: a hard link to the new name (which fails when the name exists, at that instant),
then the old name removed. Where a drive has no hard links (FAT, exFAT, some network shares), a
look and then the rename: the gap between them is as short as it can be. Windows: a rename
never replaces a file there.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

#: what ``link`` answers on a drive or file system that has no hard links
_NO_LINKS = frozenset(
    {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS, errno.EXDEV}
)


def rename_no_replace(source: Path | str, target: Path | str) -> None:
    """Give the file ``source`` the name ``target``; FileExistsError when ``target`` exists,
    also when it was made just now; OSError when it cannot be done (nothing changed then)."""
    if os.name == "nt":
        os.rename(source, target)
        return
    try:
        os.link(source, target, follow_symlinks=False)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in _NO_LINKS:
            raise
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from None
        os.rename(source, target)
        return
    try:
        os.unlink(source)
    except OSError:
        os.unlink(target)  # the old name stays: as it was
        raise
