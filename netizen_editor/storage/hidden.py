"""Files the app keeps beside a story, hidden on Windows as they are elsewhere by their dot.

Explorer shows dot files: a journalist tidying a shared folder deleted the ``.~lock.NAME.md#``
beside a colleague's open story (LibreOffice hides its own lock files there for this reason) or
the ``.netizen`` folder with the stories' history. Elsewhere the dot hides them already."""

from __future__ import annotations

import os
from pathlib import Path

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
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    get = kernel32.GetFileAttributesW
    get.argtypes, get.restype = [wintypes.LPCWSTR], wintypes.DWORD
    put = kernel32.SetFileAttributesW
    put.argtypes, put.restype = [wintypes.LPCWSTR, wintypes.DWORD], wintypes.BOOL
    attributes = get(name)
    if attributes != INVALID_ATTRIBUTES and not attributes & HIDDEN:
        put(name, attributes | HIDDEN)
