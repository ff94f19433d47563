"""The preview follows the photos its article names: one saved into the article's folder
after the text was rendered (or a missing one that appears, or one that goes) shows without a
keystroke.

While the preview is shown, a ``QFileSystemWatcher`` watches the folders of the files the
last render's images name (``photos.named``; a folder not there yet: the nearest one that is)
and those of the files that exist. A notice is followed, after ``SETTLE_MS`` without another,
by one ``stat`` of each named file; only when one of them appeared, went or changed does
``changed`` ask for a render (True: a file that stays changed its bytes, so the page loads
afresh to show them). Nothing is read; other files in the folders (the article's own saves,
its lock) cost a ``stat`` of the named files and render nothing. A hidden preview watches
nothing (and holds no watcher): when it is shown again, the files are looked at once.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

SETTLE_MS = 300  # a photo being copied sends several notices: one look after they stop

Signature = tuple[int, int, int] | None  # inode, size, mtime (ns); None: not there


def signature(path: Path) -> Signature:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return (info.st_ino, info.st_size, info.st_mtime_ns)


def watched_folder(path: Path) -> Path:
    """The folder to watch for ``path``: its own, else the nearest one that exists."""
    folder = path.parent
    while not folder.is_dir() and folder.parent != folder:
        folder = folder.parent
    return folder


class ImageWatch(QObject):
    changed = Signal(bool)  # True: a file still there changed (the page loads afresh)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._files: frozenset[Path] = frozenset()
        self._seen: dict[Path, Signature] = {}
        self._active = False
        self._watcher: QFileSystemWatcher | None = None  # only while shown
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._look)

    def files(self) -> frozenset[Path]:
        return self._files

    def watched(self) -> list[str]:
        """The paths watched now (folders and files)."""
        if self._watcher is None:
            return []
        return self._watcher.directories() + self._watcher.files()

    def follow(self, files: frozenset[Path]) -> None:
        """The files the render just shown names (looked at when they are another set)."""
        if files == self._files:
            return
        self._files = files
        self._seen = {path: signature(path) for path in files} if self._active else {}
        self._watch()

    def set_active(self, active: bool) -> None:
        """Watch while the preview is shown; once shown again, a change meanwhile renders."""
        if active == self._active:
            return
        self._active = active
        if not active:
            self._settle.stop()
            self._watch()
            return
        before, self._seen = self._seen, {path: signature(path) for path in self._files}
        self._watch()
        if before and before != self._seen:
            self.changed.emit(self._in_place(before))

    def _watch(self) -> None:
        if not self._active or not self._files:
            if self._watcher is not None:
                self._watcher.deleteLater()  # its notifier goes with it
                self._watcher = None
            return
        if self._watcher is None:
            self._watcher = QFileSystemWatcher(self)
            self._watcher.directoryChanged.connect(lambda _path: self._settle.start())
            self._watcher.fileChanged.connect(lambda _path: self._settle.start())
        wanted = {str(watched_folder(path)) for path in self._files}
        wanted |= {str(path) for path, seen in self._seen.items() if seen is not None}
        now = set(self.watched())
        if now - wanted:
            self._watcher.removePaths(sorted(now - wanted))
        if wanted - now:
            self._watcher.addPaths(sorted(wanted - now))  # one gone meanwhile: not watched

    def _look(self) -> None:
        if not self._active:
            return
        before, self._seen = self._seen, {path: signature(path) for path in self._files}
        self._watch()  # a folder made, a file that came or went
        if before != self._seen:
            self.changed.emit(self._in_place(before))

    def _in_place(self, before: dict[Path, Signature]) -> bool:
        """A file there before and now whose inode, size or time changed."""
        return any(
            before.get(path) is not None and seen is not None and before[path] != seen
            for path, seen in self._seen.items()
        )
