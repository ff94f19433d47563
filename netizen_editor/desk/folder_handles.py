"""Handles on the folders a desk move takes a story's files between (no Qt).

Each folder is opened once, walking down from the desk's folder without following a link
(:mod:`storage.atomic`'s walk, as its writes and the history's move do), and every rename in
it, and its undoing, goes relative to that handle: a colleague who renames the folder or puts
a link in its place half way cannot send the files through the link, out of the desk. Once the
files moved, :meth:`FolderHandles.changed` says whether each folder's path still leads to the
folder that was opened (else the move is undone). Windows has no folder handles: the paths are
used there, each folder checked for a link when it is first met.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from types import TracebackType

from netizen_editor.storage.atomic import At, is_link, open_folder


class FolderHandles:
    """The folders below ``below`` (trusted: the desk's folder) that a move goes between,
    opened on first use; a context manager that closes them."""

    def __init__(self, below: Path) -> None:
        self.below = below
        self._open: dict[Path, int | None] = {}

    def at(self, path: Path, *, make: bool = False) -> Path | str:
        """``path`` for a rename: relative to the handle on its folder (opened now if it is
        not yet; made first if ``make``, as the files folder a carry removed empty).
        storage.atomic.LinkRefused when a folder on the way is a link; OSError when it
        cannot be opened."""
        folder = path.parent
        if folder not in self._open:
            self._open[folder] = open_folder(folder, self.below, create=make)
        fd = self._open[folder]
        return path if fd is None else At(folder, path.name, fd)

    def remove(self, folder: Path) -> None:
        """Remove the empty folder ``folder`` (relative to the handle on the folder holding
        it) and forget the handle on it; OSError when it is not empty or not there."""
        where = self.at(folder)
        fd = getattr(where, "dir_fd", None)
        if fd is None:  # pragma: no cover - Windows
            os.rmdir(where)
        else:
            os.rmdir(folder.name, dir_fd=fd)
        self._forget(folder)

    def changed(self) -> Path | None:
        """The first folder whose path leads elsewhere than to the folder opened (renamed,
        removed, or a link put in its place since); None when each is still where it was."""
        for folder, fd in self._open.items():
            if fd is None:  # pragma: no cover - Windows: the paths were used
                continue
            opened = os.fstat(fd)
            try:
                st = os.lstat(folder)
            except OSError:
                return folder
            if is_link(st) or (st.st_dev, st.st_ino) != (opened.st_dev, opened.st_ino):
                return folder
        return None

    def _forget(self, folder: Path) -> None:
        fd = self._open.pop(folder, None)
        if fd is not None:
            os.close(fd)

    def close(self) -> None:
        for folder in list(self._open):
            with contextlib.suppress(OSError):
                self._forget(folder)

    def __enter__(self) -> FolderHandles:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
