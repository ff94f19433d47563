"""A rename that never replaces a file: a colleague's file made at the new name between a look
and the rename is never overwritten (POSIX's rename replaces it without a word).

No Qt. POSIX: a hard link to the new name (which fails when the name exists, at that instant),
then the old name removed. A folder has no hard links: on Linux ``renameat2`` with
``RENAME_NOREPLACE`` renames it, and fails when the name exists at that instant (a plain rename
would put the folder in place of an empty one made there meanwhile). Where neither can be done
(a drive without hard links: FAT, exFAT, some network shares), a look and then the rename: the
gap between them is as short as it can be. Windows: a rename never replaces a file there.

A path that carries a folder handle (``dir_fd`` and ``name``, as :mod:`storage.atomic`'s paths
for its renames do) is renamed relative to that handle: a folder renamed or swapped for a link
after it was opened cannot send the file anywhere else.
"""

from __future__ import annotations

import errno
import functools
import os
import secrets
import sys
from collections.abc import Callable
from pathlib import Path

#: what ``link`` answers on a drive or file system that has no hard links (or for a folder)
_NO_LINKS = frozenset(
    {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS, errno.EXDEV}
)
#: what ``renameat2`` answers where the file system (or the kernel) cannot do RENAME_NOREPLACE
_NO_NOREPLACE = frozenset({errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP})
_AT_FDCWD = -100  # Linux: a name relative to the working folder
_RENAME_NOREPLACE = 1


def rename_no_replace(source: Path | str, target: Path | str) -> None:
    """Give the file (or folder) ``source`` the name ``target``; FileExistsError when
    ``target`` exists, also when it was made just now; OSError when it cannot be done (nothing
    changed then)."""
    if os.name == "nt":
        os.rename(source, target)
        return
    src, src_fd = _at(source)
    dst, dst_fd = _at(target)
    try:
        os.link(src, dst, src_dir_fd=src_fd, dst_dir_fd=dst_fd, follow_symlinks=False)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in _NO_LINKS:
            raise
        if _renamed_no_replace(src, src_fd, dst, dst_fd, target):
            return
        if _exists(dst, dst_fd):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from None
        os.rename(src, dst, src_dir_fd=src_fd, dst_dir_fd=dst_fd)
        return
    try:
        os.unlink(src, dir_fd=src_fd)
    except OSError:
        os.unlink(dst, dir_fd=dst_fd)  # the old name stays: as it was
        raise


def only_case_differs(source: Path | str, target: Path | str) -> bool:
    """``target`` is ``source``'s name in other capitals, and names the same file: the volume
    does not tell capitals apart (NTFS, APFS as macOS formats it, most shares), so the new name
    "exists" already (a hard link to a file's other spelling of itself on a volume that does:
    also the same file)."""
    source, target = os.fspath(source), os.fspath(target)
    if source == target or source.casefold() != target.casefold():
        return False
    try:
        return os.path.samefile(source, target)
    except (OSError, ValueError):
        return False


class LeftAside(OSError):
    """A rename in two steps failed half way and the file could not be given its name back:
    it is at ``aside`` now."""

    def __init__(self, aside: Path, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror, str(aside))
        self.aside = aside


def rename_new_case(source: Path, target: Path) -> None:
    """Give ``source`` its name in other capitals (``only_case_differs``): in two steps,
    through a fresh name beside it, neither replacing a file (macOS refuses a link or a rename
    without replacing to a name that "exists"). FileExistsError, the file keeping its name, when
    ``target`` is another file after all (a hard link on a volume that tells capitals apart);
    :class:`LeftAside` when the old name cannot be given back. The fresh name is no write's
    temp file (``.renaming``, not ``.tmp``): a story left under it stays when a later write of
    its name clears what killed writes left (``storage.leftovers``)."""
    aside = source.with_name(f".{source.name}.{secrets.token_hex(4)}.renaming")
    rename_no_replace(source, aside)
    try:
        rename_no_replace(aside, target)
    except OSError:
        try:
            rename_no_replace(aside, source)
        except OSError as undo:
            raise LeftAside(aside, undo) from None
        raise


def _at(path: Path | str) -> tuple[str, int | None]:
    """The name to give the calls and the folder handle it is relative to (None: a path)."""
    dir_fd: int | None = getattr(path, "dir_fd", None)
    if dir_fd is None:
        return os.fspath(path), None
    return getattr(path, "name", ""), dir_fd


def _exists(name: str, dir_fd: int | None) -> bool:
    if dir_fd is None:
        return os.path.lexists(name)
    try:
        os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
    except FileNotFoundError:
        return False
    return True


def _renamed_no_replace(
    src: str, src_fd: int | None, dst: str, dst_fd: int | None, target: Path | str
) -> bool:
    """Rename with ``renameat2``'s RENAME_NOREPLACE: True when done; False where it cannot
    be done (not Linux, an old C library, a file system without it); FileExistsError when
    the name is taken; OSError for any other failure (nothing changed)."""
    call = _renameat2()
    if call is None:
        return False
    names = os.fsencode(src), os.fsencode(dst)
    if any(b"\0" in name for name in names):
        raise ValueError("embedded null byte")  # as os.rename says (C would cut the name there)
    at_src = _AT_FDCWD if src_fd is None else src_fd
    at_dst = _AT_FDCWD if dst_fd is None else dst_fd
    if call(at_src, names[0], at_dst, names[1], _RENAME_NOREPLACE) == 0:
        return True
    import ctypes

    code = ctypes.get_errno()
    if code in _NO_NOREPLACE:
        return False
    raise OSError(code, os.strerror(code), str(target if code == errno.EEXIST else src))


@functools.cache
def _renameat2() -> Callable[..., int] | None:
    """The C library's ``renameat2`` (Linux, glibc 2.28 and later), None when there is none."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        call = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    call.argtypes = (ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint)
    call.restype = ctypes.c_int
    return call  # type: ignore[no-any-return]
