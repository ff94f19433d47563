"""Reopening the last session's stories at the start, and saying once which could not be.

A session file may have been planted or damaged (the config folder can be shared): one that
listed /dev/zero, a pipe and a 100 MB file 2,006 times asked 2,006 modal questions at the
start, and 60,000 missing paths held it 6 s. The session's list comes here deduplicated and
cut to ``session.MAX_OPEN_FILES``; what is not a regular file is never opened (a device may
do something when opened), a document is not imported, and every story that could not be
opened is named in one note above the editor once the window shows, never a question each.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QTimer

from netizen_editor.gui.window.session import MAX_OPEN_FILES, SessionState
from netizen_editor.importing import is_document
from netizen_editor.storage.reading import ReadError

if TYPE_CHECKING:
    from netizen_editor.gui.window.document_tab import DocumentTab

#: the stories named in the note (the rest are counted; the tooltip names them all)
NAMES_SHOWN = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("Session", text)


class Opener(Protocol):
    """Opens a story in a tab (the window's file controller)."""

    def open_path(
        self, path: Path | str, *, failed: list[ReadError] | None = None, first_frame: bool = False
    ) -> DocumentTab | None: ...


class RestoreHost(Protocol):
    """What reopening the session needs of the window."""

    @property
    def files(self) -> Opener: ...

    def current_tab(self) -> DocumentTab | None: ...
    def show_status(self, message: str, timeout_ms: int = 6000) -> None: ...


def reopen_stories(window: RestoreHost, session: SessionState) -> list[DocumentTab]:
    """Open the session's stories for the window's first frame; the tabs opened, in order.
    Those that could not be opened are named in one note after the window shows."""
    failed: list[ReadError] = []
    opened: list[DocumentTab] = []
    for name in session.open_files:
        path = Path(name).expanduser().absolute()
        refusal = _refusal(path)
        if refusal is not None:
            failed.append(refusal)
        elif (tab := window.files.open_path(path, failed=failed, first_frame=True)) is not None:
            opened.append(tab)
    if failed or session.left_out:
        left_out = session.left_out
        QTimer.singleShot(0, lambda: _tell(window, failed, left_out))  # once it shows
    return opened


def _refusal(path: Path) -> ReadError | None:
    """Why ``path`` is not opened at all: a pipe, a device or a folder (looked at, never
    opened), or a document (imported by File › Import…, not at the start)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # missing or unreadable: the opening says which
    if stat.S_ISDIR(mode):
        return ReadError(path, _tr("This is a folder, not a file"), "unreadable")
    if not stat.S_ISREG(mode):
        return ReadError(path, _tr("This is not a regular file"), "unreadable")
    if is_document(path):
        return ReadError(path, _tr("A document is imported with File › Import…"), "unreadable")
    return None


def not_reopened(failed: list[ReadError], left_out: int) -> str:
    """The note: "N stories from the last session could not be opened: a, b, c … and N more",
    and how many were past the most a session reopens."""
    parts = []
    if failed:
        names = ", ".join(Path(exc.path or "").name for exc in failed[:NAMES_SHOWN])
        if len(failed) > NAMES_SHOWN:
            names += _tr(" … and {count} more").format(count=len(failed) - NAMES_SHOWN)
        if len(failed) == 1:
            text = _tr("1 story from the last session could not be opened: {names}")
        else:
            text = _tr("{count} stories from the last session could not be opened: {names}")
        parts.append(text.format(count=len(failed), names=names))
    if left_out:
        parts.append(
            _tr("Only the first {most} stories of the last session are reopened; {count} more "
                "were left closed.").format(most=MAX_OPEN_FILES, count=left_out)
        )  # fmt: skip
    return "\n".join(parts)


def _tell(window: RestoreHost, failed: list[ReadError], left_out: int) -> None:
    text = not_reopened(failed, left_out)
    tip = "\n".join(f"{exc.path}: {exc.message}" for exc in failed)
    tab = window.current_tab()
    if tab is None:
        window.show_status(text, 10000)
    else:  # kept until closed: a note gone after a while is missed by whoever looked away
        tab.info_bar.keep(text, tip=tip)
