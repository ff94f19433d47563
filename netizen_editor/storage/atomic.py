"""Atomic file writes: the target holds either the old bytes or the new ones, never a mix.

A temp file is written in the target's folder, flushed and fsynced, given the target's
permission bits and renamed over the target; then the folder is fsynced. On any failure the
temp file is removed, the target is untouched and a ``SaveError`` with a plain message is raised.

The module-level ``_mkstemp``, ``_write``, ``_fsync``, ``_replace`` and ``_fsync_dir`` are
indirections that tests replace to inject faults (disk full half way, fsync failing, ...).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

# Indirections for fault injection in tests.
_mkstemp = tempfile.mkstemp
_write = os.write
_fsync = os.fsync
_replace = os.replace

_CHUNK = 1024 * 1024


class SaveError(OSError):
    """Saving failed; ``message`` says why in plain words and names the file."""

    def __init__(self, path: Path | str, message: str, code: int | None = None):
        super().__init__(code, message, str(path))
        self.path = Path(path)
        self.message = message

    def __str__(self) -> str:
        return self.message


def atomic_write_text(path: Path | str, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically."""
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError as exc:
        raise SaveError(
            path,
            f"The text has a character ({text[exc.start]!r}) that cannot be saved as "
            f"{encoding}: could not save {path}",
        ) from None
    atomic_write_bytes(path, data)


def atomic_write_bytes(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (a symlink's target is replaced, not the link)."""
    target = _real_target(Path(path))
    folder = target.parent
    try:
        fd, tmp = _mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise save_error(target, exc) from exc
    try:
        try:
            _write_all(fd, data)
            _fsync(fd)
        finally:
            os.close(fd)
        _copy_mode(target, tmp)
        _replace(tmp, target)
    except BaseException as exc:
        _remove_quietly(tmp)
        if isinstance(exc, OSError):
            raise save_error(target, exc) from exc
        raise
    _fsync_dir(folder)


def save_error(path: Path, exc: OSError) -> SaveError:
    """Turn an OS error into a ``SaveError`` whose message a reporter can understand."""
    if isinstance(exc, SaveError):
        return exc
    code = exc.errno
    folder = path.parent
    if code == errno.ENOSPC:
        message = f"The disk is full: could not save {path}"
    elif code == getattr(errno, "EDQUOT", -1):
        message = f"Your disk quota is used up: could not save {path}"
    elif code in (errno.EACCES, errno.EPERM):
        message = (
            f"Permission denied: you cannot write to the folder {folder}, so {path} was not saved"
        )
    elif code == errno.EROFS:
        message = f"The disk is read-only: could not save {path}"
    elif code == errno.ENOENT and not folder.is_dir():
        message = f"The folder {folder} no longer exists, so {path} was not saved"
    elif code == errno.EISDIR:
        message = f"{path} is a folder, not a file: could not save it"
    elif code == errno.ENAMETOOLONG:
        message = f"The file name is too long: could not save {path}"
    else:
        message = f"Could not save {path}: {exc.strerror or exc}"
    return SaveError(path, message, code)


def _real_target(path: Path) -> Path:
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = _write(fd, view[:_CHUNK])
        view = view[written:]


def _copy_mode(target: Path, tmp: str) -> None:
    try:
        st = os.stat(target)
    except FileNotFoundError:
        os.chmod(tmp, 0o666 & ~_umask())
        return
    os.chmod(tmp, stat.S_IMODE(st.st_mode))
    if hasattr(os, "chown"):
        tmp_st = os.stat(tmp)
        if (tmp_st.st_uid, tmp_st.st_gid) != (st.st_uid, st.st_gid):
            with contextlib.suppress(OSError):  # not allowed to give it away: keep ours
                os.chown(tmp, st.st_uid, st.st_gid)


def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable; best effort (Windows cannot open folders)."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(folder, flags)
    except OSError:
        return
    try:
        _fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_quietly(name: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(name)
