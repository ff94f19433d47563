"""Where an export may write: never over one of the run's inputs, only to a regular file (or a
name that does not exist yet) that is not read-only, and one export at a time per target."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from netizen_editor.errors import OutputError, plain_reason
from netizen_editor.i18n import tr


class OutputRefused(OutputError):
    """An output path that the export will not write to."""


def _identity(path: Path) -> tuple[str, tuple[int, int] | None]:
    real = os.path.realpath(path)
    try:
        st = os.stat(real)
    except OSError:
        return os.path.normcase(real), None
    return os.path.normcase(real), (st.st_dev, st.st_ino)


def check_outputs(
    targets: Iterable[Path], inputs: Iterable[Path], base: Path | None = None
) -> None:
    """Raise :class:`OutputRefused` for the first target that is an input (by name, link or
    hard link), a link, not a regular file, or read-only, or that lies in a folder below
    ``base`` that is a link (``NAME_images`` planted as a link). Nothing is written."""
    names: dict[str, Path] = {}
    inodes: dict[tuple[int, int], Path] = {}
    for source in inputs:
        name, inode = _identity(source)
        names[name] = source
        if inode is not None:
            inodes[inode] = source
    for target in targets:
        name, inode = _identity(target)
        clash = names.get(name) or (inodes.get(inode) if inode else None)
        if clash is not None:
            raise OutputRefused(
                tr("the output would overwrite the input {source}", source=clash), path=target
            )
        if base is not None:
            _check_folders(target, base)
        try:
            st = os.lstat(target)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise OutputRefused(
                tr("cannot check the output: {problem}", problem=plain_reason(exc)), path=target
            ) from None
        if _is_link(st):
            raise OutputRefused(
                tr(
                    "the output is a link (to {where}); an export does not write through links:"
                    " remove the link or give another name",
                    where=_link_text(target),
                ),
                path=target,
            )
        if stat.S_ISDIR(st.st_mode):
            raise OutputRefused(tr("the output is a folder, not a file"), path=target)
        if not stat.S_ISREG(st.st_mode):
            raise OutputRefused(
                tr("the output is not a regular file (a device, pipe or socket); give a file name"),
                path=target,
            )
        if not st.st_mode & 0o222:
            raise OutputRefused(
                tr("the output file is read-only; it was not replaced"), path=target
            )


def _check_folders(target: Path, base: Path) -> None:
    """The folders between ``base`` and ``target`` (the export makes them) are real folders."""
    try:
        parts = target.parent.relative_to(base).parts
    except ValueError:
        return
    folder = base
    for part in parts:
        folder = folder / part
        try:
            st = os.lstat(folder)
        except FileNotFoundError:
            return  # made by the export
        except OSError as exc:
            raise OutputRefused(
                tr("cannot check the output: {problem}", problem=plain_reason(exc)), path=target
            ) from None
        if _is_link(st):
            raise OutputRefused(
                tr(
                    "the folder {folder} is a link (to {where}); an export does not write"
                    " through links: remove the link",
                    folder=folder,
                    where=_link_text(folder),
                ),
                path=target,
            )
        if not stat.S_ISDIR(st.st_mode):
            raise OutputRefused(
                tr("{folder} is in the way: it is not a folder", folder=folder), path=target
            )


def _is_link(st: os.stat_result) -> bool:
    """A symbolic link, or on Windows a junction or another reparse point naming a place."""
    from netizen_editor.storage.atomic import is_link

    return is_link(st)


def _link_text(path: Path) -> str:
    try:
        return os.readlink(path)
    except (OSError, ValueError):
        return "?"


@contextlib.contextmanager
def target_lock(target: Path) -> Iterator[None]:
    """Hold an exclusive lock for ``target`` while its files are written, so two exports to
    the same target write one after the other. The lock file lives in a folder of the user's
    own in the temp folder, opened without following a link (the temp folder is shared)."""
    key = hashlib.sha256(os.path.normcase(os.path.realpath(target)).encode("utf-8", "replace"))
    try:
        handle = _open_lock(f"{key.hexdigest()[:32]}.lock")
    except OSError:
        yield  # no lock to be had (read-only temp folder, a planted link): write unlocked
        return
    try:
        _lock(handle)
        yield
    finally:
        with contextlib.suppress(OSError):
            _unlock(handle)
        handle.close()


def _open_lock(name: str) -> BinaryIO:
    uid = os.getuid() if hasattr(os, "getuid") else None
    folder = Path(tempfile.gettempdir()) / (
        "netizen-editor-locks" if uid is None else f"netizen-editor-locks-{uid}"
    )
    with contextlib.suppress(FileExistsError):
        os.mkdir(folder, 0o700)
    st = os.lstat(folder)
    if _is_link(st) or not stat.S_ISDIR(st.st_mode) or (uid is not None and st.st_uid != uid):
        # never shown to the user: target_lock then writes without the lock
        raise PermissionError(f"{folder} is not the user's own folder")
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(folder / name, flags | getattr(os, "O_CLOEXEC", 0), 0o600)
    return open(fd, "r+b")


def _lock(handle: BinaryIO) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)


def _unlock(handle: BinaryIO) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


# characters XML 1.0 forbids or HTML calls parse errors: C0 controls but tab, LF and CR, the
# C1 controls, lone surrogates, and the 66 non-characters (U+FDD0-U+FDEF and the last two code
# points of each of the 17 planes)
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
)
_FORBIDDEN = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff{_NONCHARACTERS}]")
_AS_SPACE = {"\x0b": " ", "\x0c": " "}  # Word's line break and the page break read as spaces


def well_formed(text: str) -> str:
    """``text`` with every character XML 1.0 forbids replaced (U+FFFD, or a space for the
    vertical tab and form feed that Word leaves in pasted text)."""
    if not _FORBIDDEN.search(text):
        return text
    return _FORBIDDEN.sub(lambda m: _AS_SPACE.get(m.group(0), "\ufffd"), text)
