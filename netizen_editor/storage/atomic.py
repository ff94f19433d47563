"""Atomic file writes: the target holds either the old bytes or the new ones, never a mix.

A temp file is written in the target's folder, flushed and fsynced, given the target's
permission bits and renamed over the target; then the folder is fsynced, and the hidden files
that writes of the same name killed long ago left there are removed (:mod:`storage.leftovers`).
On any failure the temp file is removed, the target is untouched and a ``SaveError`` with a
plain message is raised.

Nothing is written through a link (hostile input: a link planted on a shared drive or in an
unpacked archive). A link at the target's name is replaced by the new file, never followed; the
temp file is made with ``O_EXCL | O_NOFOLLOW``. On POSIX the folder is opened once and the temp
file is made, renamed and removed relative to that handle, so a folder swapped for a link half
way cannot redirect the write; the folders the app makes (``make_folder``, and the ``below``
argument of the writers) are opened one by one without following a link. On Windows, which has
no folder handles, the same folders are checked with ``lstat`` (links and junctions refused)
right before the rename.

The module-level ``_mkstemp``, ``_write``, ``_fsync`` and ``_replace`` are indirections that
tests replace to inject faults (disk full half way, fsync failing, ...). ``_replace(src, dst)``
gets two paths whose text is the full path; the real one renames relative to the folder handle
they carry.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from netizen_editor.errors import plain_reason
from netizen_editor.i18n import tr
from netizen_editor.storage import leftovers

_CHUNK = 1024 * 1024


class SaveError(OSError):
    """Saving failed; ``message`` says why in plain words and names the file."""

    def __init__(self, path: Path | str, message: str, code: int | None = None):
        super().__init__(code, message, str(path))
        self.path = Path(path)
        self.message = message

    def __str__(self) -> str:
        return self.message


def atomic_write_text(
    path: Path | str, text: str, encoding: str = "utf-8", *, below: Path | str | None = None
) -> None:
    """Write ``text`` to ``path`` atomically (see :func:`atomic_write_bytes`)."""
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError as exc:
        raise SaveError(
            path,
            tr(
                "The text has a character ({character}) that cannot be saved as {encoding}:"
                " could not save {path}",
                character=repr(text[exc.start]),
                encoding=encoding,
                path=path,
            ),
        ) from None
    atomic_write_bytes(path, data, below=below)


def atomic_write_bytes(path: Path | str, data: bytes, *, below: Path | str | None = None) -> None:
    """Write ``data`` to ``path`` atomically. A link at ``path`` is replaced by the new file,
    never written through. The file's folder may be reached through links unless ``below`` is
    given: then every folder between ``below`` (trusted) and the file must be a real folder."""
    target = Path(path)
    folder = target.parent
    try:
        dir_fd = open_folder(folder, _below(folder, below))
    except OSError as exc:
        raise save_error(target, exc) from exc
    try:
        _write_in(dir_fd, folder, target, data, below)
    finally:
        if dir_fd is not None:
            os.close(dir_fd)


def _write_in(
    dir_fd: int | None, folder: Path, target: Path, data: bytes, below: Path | str | None
) -> None:
    try:
        fd, tmp_name = _mkstemp(dir_fd, folder, f".{target.name}.")
    except OSError as exc:
        raise save_error(target, exc) from exc
    try:
        try:
            _write_all(fd, data)
            _fsync(fd)
            _copy_mode(dir_fd, folder, target.name, fd, tmp_name)
            written = os.fstat(fd)
        finally:
            os.close(fd)
        if dir_fd is None:  # no folder handle (Windows): check the folders again, right now
            open_folder(folder, _below(folder, below))
        replace_when_free(At(folder, tmp_name, dir_fd), At(folder, target.name, dir_fd))
    except BaseException as exc:
        remove_quietly(dir_fd, folder, tmp_name)
        if isinstance(exc, OSError):
            raise save_error(target, exc) from exc
        raise
    _fsync_dir(dir_fd, folder)
    _remove_leftovers(dir_fd, folder, target.name, written)


def _remove_leftovers(dir_fd: int | None, folder: Path, name: str, written: os.stat_result) -> None:
    """Remove what killed writes of ``name`` left hidden in the folder (``storage.leftovers``);
    quietly: the file is saved, and a name left is still hidden, nothing lost."""
    if not leftovers.due(folder, name):
        return  # looked a moment ago
    with contextlib.suppress(OSError):
        for leftover in leftovers.abandoned(dir_fd, folder, name, written):
            remove_quietly(dir_fd, folder, leftover)


def atomic_symlink(path: Path | str, link: str, *, below: Path | str | None = None) -> None:
    """Make ``path`` a symbolic link holding ``link`` (puts back a link an export replaced)."""
    target = Path(path)
    folder = target.parent
    name = f".{target.name}.{secrets.token_hex(4)}.tmp"
    try:
        dir_fd = open_folder(folder, _below(folder, below))
    except OSError as exc:
        raise save_error(target, exc) from exc
    try:
        if dir_fd is not None:
            os.symlink(link, name, dir_fd=dir_fd)
        else:  # pragma: no cover - Windows
            os.symlink(link, folder / name)
        replace_when_free(At(folder, name, dir_fd), At(folder, target.name, dir_fd))
    except OSError as exc:
        remove_quietly(dir_fd, folder, name)
        raise save_error(target, exc) from exc
    finally:
        if dir_fd is not None:
            os.close(dir_fd)


def make_folder(path: Path | str, *, below: Path | str | None = None) -> Path:
    """Create the folder ``path`` (and the missing ones above it) for the app's files, refusing
    a link (or a Windows reparse point) where a folder is expected: every folder between
    ``below`` (default: the folder above ``path``; created as usual if missing) and ``path``
    must be a real folder. Raises :class:`SaveError` with a plain message."""
    folder = Path(path)
    base = Path(below) if below is not None else folder.parent
    try:
        base.mkdir(parents=True, exist_ok=True)
        dir_fd = open_folder(folder, base, create=True)
    except OSError as exc:
        raise save_error(folder, exc, making=True) from exc
    if dir_fd is not None:
        os.close(dir_fd)
    return folder


def move_into(source: Path | str, folder: Path | str, *, below: Path | str | None = None) -> Path:
    """Move the file ``source`` into ``folder`` (made if missing, never through a link), under
    its own name; the new path. ``FileNotFoundError`` when ``source`` is gone."""
    source, folder = Path(source), Path(folder)
    base = Path(below) if below is not None else folder.parent
    make_folder(folder, below=base)
    dir_fd = open_folder(folder, base)
    try:
        _replace(At(source.parent, source.name, None), At(folder, source.name, dir_fd))
    finally:
        if dir_fd is not None:
            os.close(dir_fd)
    return folder / source.name


class At(str):
    """A path for ``_replace``: its text is the full path (what fault-injecting tests look at),
    and it remembers the folder handle and the name, so the rename happens inside the folder
    that was checked and never through a link swapped in on the way."""

    dir_fd: int | None
    name: str

    def __new__(cls, folder: Path, name: str, dir_fd: int | None) -> At:
        self = super().__new__(cls, os.path.join(folder, name))
        self.dir_fd = dir_fd
        self.name = name
        return self


#: Windows' ERROR_ACCESS_DENIED and ERROR_SHARING_VIOLATION: what a rename over a file says
#: while another program has that file open without letting it be deleted (Python's open does
#: so: a colleague's Netizen Editor reading the story for its desk, a sync client, an indexer)
_IN_USE = (5, 32)
#: how often a rename over such a file is tried, and how long apart (about half a second in
#: all: a desk poll reads a story in milliseconds)
_IN_USE_TRIES = 10
_IN_USE_PAUSE_S = 0.05


def replace_when_free(src: At, dst: At) -> None:
    """``_replace``, tried again for a moment while Windows refuses it because the file it
    replaces is open in another program; still open then: a :class:`SaveError` that says so
    (not that the folder cannot be written, which the temp file just made in it disproves)."""
    for attempt in range(_IN_USE_TRIES):
        try:
            _replace(src, dst)
            return
        except OSError as exc:
            if getattr(exc, "winerror", None) not in _IN_USE or not os.path.lexists(dst):
                raise
            if attempt + 1 == _IN_USE_TRIES:
                message = tr(
                    "Could not save {path}: the file is open in another program (a colleague's"
                    " computer, a sync client); try again in a moment",
                    path=dst,
                )
                raise SaveError(dst, message, exc.errno) from exc
        time.sleep(_IN_USE_PAUSE_S)


def _rename(src: str, dst: str) -> None:
    """``os.replace`` that renames relative to the folder handles of :class:`At` paths."""
    src_fd = getattr(src, "dir_fd", None)
    dst_fd = getattr(dst, "dir_fd", None)
    os.replace(
        getattr(src, "name", src) if src_fd is not None else str(src),
        getattr(dst, "name", dst) if dst_fd is not None else str(dst),
        src_dir_fd=src_fd,
        dst_dir_fd=dst_fd,
    )


def save_error(path: Path, exc: OSError, *, making: bool = False) -> SaveError:
    """Turn an OS error into a ``SaveError`` whose message a reporter can understand
    (``making``: ``path`` is a folder being made)."""
    if isinstance(exc, SaveError):
        return exc
    code = exc.errno
    reason = plain_reason(exc)
    if making and code in (errno.EACCES, errno.EPERM, errno.ENOENT, errno.ENOTDIR):
        message = tr("Could not make the folder {path}: {reason}", path=path, reason=reason)
        return SaveError(path, message, code)
    folder = path.parent
    if code == errno.ENOSPC:
        message = tr("The disk is full: could not save {path}", path=path)
    elif code == getattr(errno, "EDQUOT", -1):
        message = tr("Your disk quota is used up: could not save {path}", path=path)
    elif code in (errno.EACCES, errno.EPERM):
        message = tr(
            "Permission denied: you cannot write to the folder {folder}, so {path} was not saved",
            folder=folder,
            path=path,
        )
    elif code == errno.EROFS:
        message = tr("The disk is read-only: could not save {path}", path=path)
    elif code == errno.ENOENT and not folder.is_dir():  # never made, or moved or deleted since
        message = tr(
            "The folder {folder} does not exist, so {path} was not saved", folder=folder, path=path
        )
    elif code == errno.EISDIR:
        message = tr("{path} is a folder, not a file: could not save it", path=path)
    elif code == errno.ENAMETOOLONG:
        message = tr("The file name is too long: could not save {path}", path=path)
    else:
        message = tr("Could not save {path}: {reason}", path=path, reason=reason)
    return SaveError(path, message, code)


def _below(folder: Path, below: Path | str | None) -> Path | None:
    return None if below is None else Path(below)


_DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_FD_WALK = bool(_NOFOLLOW and getattr(os, "O_DIRECTORY", 0)) and all(
    call in os.supports_dir_fd for call in (os.open, os.mkdir, os.rename, os.stat, os.unlink)
)
_REPARSE_POINT = 0x400  # FILE_ATTRIBUTE_REPARSE_POINT: Windows links, junctions, cloud files
_NAME_SURROGATE = 0x20000000  # a reparse tag with this bit points to another name


class LinkRefused(SaveError):
    """A link (or a Windows reparse point) stands where the app expects one of its folders."""


def open_folder(folder: Path, below: Path | None, *, create: bool = False) -> int | None:
    """A handle on ``folder`` (None on Windows, where the walk is only checked): the folders
    below ``below`` are opened one by one without following a link, made first if ``create``.
    ``below`` itself (or ``folder`` when ``below`` is None) may be reached through links."""
    parts: tuple[str, ...] = ()
    if below is not None and folder != below:
        try:
            parts = folder.relative_to(below).parts
        except ValueError:
            parts = ("..",)
        if ".." in parts:
            raise SaveError(
                folder,
                tr(
                    "{folder} is not inside {below}: nothing was written",
                    folder=folder,
                    below=below,
                ),
            )
    base = below if below is not None else folder
    if not _FD_WALK:  # pragma: no cover - Windows: check each folder with lstat
        current = base
        for part in parts:
            current = current / part
            if create:
                with contextlib.suppress(FileExistsError):
                    os.mkdir(current)
            _refuse_link(os.lstat(current), current)
        if not os.path.isdir(folder):
            code = errno.ENOTDIR if os.path.lexists(folder) else errno.ENOENT
            raise OSError(code, os.strerror(code), str(folder))
        return None
    fd = os.open(base, _DIR_FLAGS)
    current = base
    try:
        for part in parts:
            current = current / part
            if create:
                with contextlib.suppress(FileExistsError):
                    os.mkdir(part, 0o777, dir_fd=fd)
            try:
                inner = os.open(part, _DIR_FLAGS | _NOFOLLOW, dir_fd=fd)
            except OSError as exc:
                if exc.errno in (errno.ELOOP, errno.ENOTDIR, errno.EMLINK):
                    _refuse_link(os.stat(part, dir_fd=fd, follow_symlinks=False), current)
                raise
            os.close(fd)
            fd = inner
    except BaseException:
        os.close(fd)
        raise
    return fd


def is_link(st: os.stat_result) -> bool:
    """``st`` (from ``lstat``) is a symbolic link, or on Windows a reparse point that names
    another place (a symlink or a junction: the "name surrogate" tags). Other reparse points,
    such as OneDrive's files kept in the cloud, are ordinary files and folders."""
    if stat.S_ISLNK(st.st_mode):
        return True
    if not getattr(st, "st_file_attributes", 0) & _REPARSE_POINT:
        return False
    tag = getattr(st, "st_reparse_tag", 0)
    return not tag or bool(tag & _NAME_SURROGATE)


def _refuse_link(st: os.stat_result, path: Path) -> None:
    if is_link(st):
        raise LinkRefused(
            path,
            tr(
                "{path} is a link, not a folder: the app does not write through links"
                " (remove the link or choose another place)",
                path=path,
            ),
            errno.ELOOP,
        )
    if not stat.S_ISDIR(st.st_mode):
        raise SaveError(
            path,
            tr("{path} is a file, not a folder: nothing was written", path=path),
            errno.ENOTDIR,
        )


def _make_temp(dir_fd: int | None, folder: Path, prefix: str) -> tuple[int, str]:
    """A new temp file in the folder, made with O_EXCL and O_NOFOLLOW; its fd and name."""
    flags = (
        os.O_WRONLY
        | os.O_CREAT
        | os.O_EXCL
        | _NOFOLLOW
        | getattr(os, "O_CLOEXEC", 0)
        | getattr(os, "O_BINARY", 0)
    )
    for _ in range(100):
        name = f"{prefix}{secrets.token_hex(4)}.tmp"
        try:
            if dir_fd is not None:
                return os.open(name, flags, 0o600, dir_fd=dir_fd), name
            return os.open(folder / name, flags, 0o600), name  # pragma: no cover - Windows
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(folder))


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = _write(fd, view[:_CHUNK])
        view = view[written:]


def _copy_mode(dir_fd: int | None, folder: Path, name: str, fd: int, tmp_name: str) -> None:
    """Give the temp file the permission bits (and owner) of the regular file it replaces;
    a new file, or one replacing a link, gets the usual bits for a new file."""
    try:
        if dir_fd is not None:
            st: os.stat_result | None = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
        else:  # pragma: no cover - Windows
            st = os.lstat(folder / name)
    except (FileNotFoundError, NotADirectoryError):
        st = None
    if st is None or not stat.S_ISREG(st.st_mode) or is_link(st):
        _chmod(fd, folder / tmp_name, 0o666 & ~_umask())
        return
    _chmod(fd, folder / tmp_name, stat.S_IMODE(st.st_mode) & 0o777)
    if hasattr(os, "fchown"):
        tmp_st = os.fstat(fd)
        if (tmp_st.st_uid, tmp_st.st_gid) != (st.st_uid, st.st_gid):
            with contextlib.suppress(OSError):  # not allowed to give it away: keep ours
                os.fchown(fd, st.st_uid, st.st_gid)


def _chmod(fd: int, path: Path, mode: int) -> None:
    if hasattr(os, "fchmod") and os.name != "nt":
        os.fchmod(fd, mode)
    else:  # pragma: no cover - Windows
        os.chmod(path, mode)


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


def _fsync_dir(dir_fd: int | None, folder: Path) -> None:
    """Make the rename durable; best effort (Windows cannot open folders)."""
    if dir_fd is not None:
        with contextlib.suppress(OSError):
            _fsync(dir_fd)
        return
    try:  # pragma: no cover - Windows
        fd = os.open(folder, _DIR_FLAGS)
    except OSError:
        return
    try:  # pragma: no cover - Windows
        _fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_quietly(dir_fd: int | None, folder: Path, name: str) -> None:
    """Remove the name ``name`` from the folder (a link goes as a name, never followed);
    quietly: a name that cannot go stays, nothing lost."""
    with contextlib.suppress(OSError):
        if dir_fd is not None:
            os.unlink(name, dir_fd=dir_fd)
        else:  # pragma: no cover - Windows
            os.unlink(folder / name)


#: macOS's fcntl F_FULLFSYNC (None elsewhere): there fsync leaves the data in the drive's cache
#: (Apple's fsync(2)), so a power cut just after a save could still lose it
_FULLFSYNC: int | None = getattr(fcntl, "F_FULLFSYNC", None) if fcntl is not None else None


def _sync(fd: int) -> None:
    """Put ``fd``'s data on the disk: F_FULLFSYNC where there is one, else (or when the file
    system refuses it, as a share may) fsync."""
    if _FULLFSYNC is not None and fcntl is not None:
        try:
            fcntl.fcntl(fd, _FULLFSYNC)
            return
        except OSError:
            pass
    os.fsync(fd)


# Indirections for fault injection in tests.
_mkstemp = _make_temp
_write = os.write
_fsync = _sync
_replace = _rename
