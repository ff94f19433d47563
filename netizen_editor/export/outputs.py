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

from netizen_editor.errors import ArticleError
from netizen_editor.i18n import tr


class OutputRefused(ArticleError):
    """An output path that the export will not write to."""


def _identity(path: Path) -> tuple[str, tuple[int, int] | None]:
    real = os.path.realpath(path)
    try:
        st = os.stat(real)
    except OSError:
        return os.path.normcase(real), None
    return os.path.normcase(real), (st.st_dev, st.st_ino)


def check_outputs(targets: Iterable[Path], inputs: Iterable[Path]) -> None:
    """Raise :class:`OutputRefused` for the first target that is an input (by name, link or
    hard link), not a regular file, or read-only. Nothing is written."""
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
        try:
            st = os.stat(os.path.realpath(target))
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise OutputRefused(
                tr("cannot check the output: {problem}", problem=exc.strerror), path=target
            ) from None
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


@contextlib.contextmanager
def target_lock(target: Path) -> Iterator[None]:
    """Hold an exclusive lock for ``target`` while its files are written, so two exports to
    the same target write one after the other (the lock file lives in the temp folder)."""
    key = hashlib.sha256(os.path.normcase(os.path.realpath(target)).encode("utf-8", "replace"))
    folder = Path(tempfile.gettempdir()) / "netizen-editor-locks"
    try:
        folder.mkdir(exist_ok=True)
        handle = open(folder / f"{key.hexdigest()[:32]}.lock", "a+b")  # noqa: SIM115
    except OSError:
        yield  # no lock to be had (read-only temp folder): write unlocked
        return
    try:
        _lock(handle)
        yield
    finally:
        with contextlib.suppress(OSError):
            _unlock(handle)
        handle.close()


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
