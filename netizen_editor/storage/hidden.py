"""Files the app keeps beside a story, hidden on Windows as they are elsewhere by their dot.

Explorer shows dot files: a journalist tidying a shared folder deleted the ``.~lock.NAME.md#``
beside a colleague's open story (LibreOffice hides its own lock files there for this reason) or
the ``.netizen`` folder with the stories' history. Elsewhere the dot hides them already."""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

from netizen_editor.storage.process_times import kernel32

#: Windows' FILE_ATTRIBUTE_HIDDEN, and what GetFileAttributesW returns for a name it cannot read
HIDDEN = 0x2
INVALID_ATTRIBUTES = 0xFFFFFFFF
WINDOWS = os.name == "nt"


def hide(path: Path | str) -> None:
    """Give ``path`` the hidden attribute on Windows (its other attributes kept); elsewhere,
    and when Windows refuses, nothing: a lock or a history folder works as well unhidden."""
    if not WINDOWS:
        return
    _hide_windows(str(path))


def _hide_windows(name: str) -> None:
    library = file_attribute_calls()
    attributes = library.GetFileAttributesW(name)
    if attributes != INVALID_ATTRIBUTES and not attributes & HIDDEN:
        library.SetFileAttributesW(name, attributes | HIDDEN)


@functools.cache
def file_attribute_calls() -> Any:
    """The app's ``kernel32()`` with the prototypes of the file attribute calls as well (as
    ``process_times._clock_calls`` adds the clock's)."""
    from ctypes import wintypes

    library = kernel32()
    library.GetFileAttributesW.argtypes = (wintypes.LPCWSTR,)
    library.GetFileAttributesW.restype = wintypes.DWORD
    library.SetFileAttributesW.argtypes = (wintypes.LPCWSTR, wintypes.DWORD)
    library.SetFileAttributesW.restype = wintypes.BOOL
    return library
