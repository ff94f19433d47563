"""Who else has a desk story open: as the table last saw its lock (the story's status buttons
wait, saying why), and as its lock file says now, read again before anything is written (the
table's may be up to a poll old)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from netizen_editor.desk.entry import DeskEntry
    from netizen_editor.gui.window.document_tab import DocumentTab


def _tr(text: str) -> str:
    return QCoreApplication.translate("Desk", text)  # the desk's words


def status_held() -> str:
    """Why a story's status cannot be set now ({user}, {title})."""
    return _tr("{user} has “{title}” open: its status can be set once they close it.")


def held() -> str:
    """Why nothing of a story can be changed now ({user}, {title}): its status buttons and
    Rename/Move wait alike."""
    return _tr("{user} has “{title}” open: its status, name and folder can be changed once "
               "they close it.")  # fmt: skip


def held_note(entry: DeskEntry, tab: DocumentTab | None) -> tuple[str, str | None]:
    """Why the status, name and folder of ``entry`` (open in ``tab`` of this window, or not)
    cannot be changed now, as the table last saw its lock, and the user the lock names;
    ("", None) when nobody else has it open (a writable tab of this window may)."""
    lock = entry.locked_by
    if lock is None or (tab is not None and not tab.read_only):
        return "", None
    holder, title = lock.user or _tr("Someone"), entry.title or entry.path
    return held().format(user=holder, title=title), lock.user


def holder(article: Path, tab: DocumentTab | None) -> tuple[str, str | None]:
    """Who else has ``article`` open now ("" when nobody, or this window's ``tab``): its lock
    file read again (a live lock of someone else's only: this window's read-only tab of a
    story nobody holds keeps nobody out, and follows the change as it follows any save); and
    the user that lock names."""
    if tab is not None and not tab.read_only:
        return "", None
    from netizen_editor.desk.listing import lock_holder
    from netizen_editor.storage.sessions import hostname

    info = lock_holder(article)  # an unreadable lock file: someone's
    if info is None or info.is_stale():
        return "", None
    if info.host == hostname() and info.pid == os.getpid():
        return "", None  # this window's, left by a tab that is gone
    return info.user or _tr("Someone"), info.user
