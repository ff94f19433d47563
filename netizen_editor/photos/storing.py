"""The files pictures are being stored under at this moment, so that the preview shows such a
picture as being stored, not as a photo that is not there.

A rich-text paste puts its pictures' links in the text at once, each under the file name kept
for it, and its job writes the files off the window's thread afterwards
(``gui.editor.paste_in_place``): for that moment the preview's render found each file missing
and showed "Photo not shown: … the file is not there". The job names its files here while it
runs (:func:`begin`, :func:`end`); the preview asks :func:`being_stored` about a picture it does
not find. One set per process, read from the render's thread: under a lock.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from netizen_editor.photos.named import named_files

_lock = threading.Lock()
_files: Counter[Path] = Counter()  # a file two jobs store (one paste's twice) until both end


def begin(files: Iterable[Path]) -> None:
    """The ``files`` (as :func:`named_files` names them) are being stored from now."""
    with _lock:
        _files.update(files)


def end(files: Iterable[Path]) -> None:
    """The ``files`` of :func:`begin` are stored, or will not be."""
    with _lock:
        _files.subtract(files)
        for path in [path for path, count in _files.items() if count <= 0]:
            del _files[path]


def being_stored(src: str, article: Path | None, images_folder: str = "") -> bool:
    """Whether the file the image address ``src`` of ``article`` names is being stored."""
    with _lock:
        if not _files:
            return False
        storing = frozenset(_files)
    return bool(named_files([src], article, images_folder) & storing)
