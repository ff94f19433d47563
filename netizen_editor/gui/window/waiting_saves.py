"""Saves that wait for a drive (``locking``): a save that failed because the drive went away
(folder gone, permission lost, disk full) leaves the text in the recovery journal, says so in
one sentence, and is retried when the folder is back (the status bar says it is waiting).

A retry is a save the user did not start: it never asks a question (it would pop up while they
type in another tab, or are away). While a colleague has the story open now (they took it over
while the drive was away: the tab's bar says so), it waits on, and saves once the story is this
tab's again, its file checked as at every save. A save that would ask (the story changed on
disk, renamed, its folder leading elsewhere) is not made: the status bar says it waits for the
user's own save, which asks (RV3 #5: the retry asked "Story Open Elsewhere", and its Cancel
ended the waiting).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from netizen_editor.errors import error_message

if TYPE_CHECKING:
    from netizen_editor.gui.dialogs.prompts import Prompts
    from netizen_editor.gui.window.document_tab import DocumentTab
    from netizen_editor.gui.window.journal_keeper import JournalKeeper
    from netizen_editor.storage.locks import ArticleLock

RETRY_MS = 3000  # a save waiting for its folder: look for the folder this often


def _tr(text: str) -> str:
    return QCoreApplication.translate("Locks", text)


class SavingFiles(Protocol):
    def save(self, tab: DocumentTab, *, overwrite: bool = False, unasked: bool = False) -> bool: ...


class SaveHost(Protocol):
    """What the waiting saves need of the window."""

    prompts: Prompts
    keeper: JournalKeeper

    @property
    def files(self) -> SavingFiles: ...

    def all_tabs(self) -> list[DocumentTab]: ...
    def show_status(self, message: str, timeout_ms: int = 6000) -> None: ...


class Holders(Protocol):
    """What the waiting saves need of the window's locks (``LockKeeper``)."""

    def lock_of(self, tab: DocumentTab) -> ArticleLock | None: ...
    def colleague_of(self, tab: DocumentTab) -> str: ...


class WaitingSaves(QObject):
    def __init__(self, window: SaveHost, locks: Holders, parent: QObject | None = None):
        super().__init__(parent)
        self.window = window
        self.locks = locks
        self._waiting: dict[DocumentTab, bool] = {}  # saves waiting: True for a folder gone
        self._held: set[DocumentTab] = set()  # waiting while a colleague has the story: said
        self._retrying = False
        self.timer = QTimer(self, interval=RETRY_MS)
        self.timer.timeout.connect(self.retry)

    def _kept(self, tab: DocumentTab) -> str:
        """Where the text of ``tab`` is while its save waits (flushed to the journal now)."""
        journaled = self.window.keeper.flush(tab)
        journal = self.window.keeper.journal
        if journaled and journal is not None:
            return _tr("your text is kept in the recovery journal ({file})").format(
                file=journal.entry_file(tab.doc_id)
            )
        return _tr("your text is still here (keep the window open)")

    def failed(self, tab: DocumentTab, message: str) -> bool:
        """The tab's own file could not be written (the drive went away, permission lost, disk
        full): keep the text in the journal, say so once, and save again when the folder is
        back. True when handled here."""
        path = tab.path
        if path is None:
            return False
        where = self._kept(tab)
        gone = not path.parent.is_dir()
        if gone:
            sentence = _tr("{problem}; {where} and is saved as soon as the folder is back.")
            waiting = _tr("Waiting for the folder {folder} to come back to save {name}…")
        else:
            sentence = _tr("{problem}; {where} and is saved as soon as it can be written again.")
            waiting = _tr("Waiting until {folder} can be written again to save {name}…")
        sentence = sentence.format(problem=message.rstrip(". "), where=where)
        first = tab not in self._waiting and not self._retrying
        self._waiting[tab] = gone
        self.window.show_status(waiting.format(folder=path.parent, name=path.name), 0)
        if not self.timer.isActive():
            self.timer.start()
        if first:
            self.window.prompts.error(_tr("The Article Was Not Saved"), sentence)
        return True

    def waiting(self, tab: DocumentTab) -> bool:
        return tab in self._waiting

    def forget(self, tab: DocumentTab) -> None:
        self._waiting.pop(tab, None)
        self._held.discard(tab)

    def retry(self) -> None:
        """Save the waiting tabs whose folder is back, asking nothing."""
        if self._retrying:
            return
        self._retrying = True
        try:
            for tab, gone in list(self._waiting.items()):
                path = tab.path
                if path is None or tab not in self.window.all_tabs() or not tab.is_dirty():
                    self.forget(tab)
                    continue
                if not (path.parent.is_dir() and os.access(path.parent, os.W_OK)):
                    continue
                if self._wait_for_colleague(tab):
                    continue
                del self._waiting[tab]  # a new failure puts it back, quietly
                self._held.discard(tab)
                if self.window.files.save(tab, unasked=True):
                    lock = self.locks.lock_of(tab)
                    if lock is not None:
                        lock.refresh()
                    done = (
                        _tr("The folder is back: saved {path}.")
                        if gone
                        else _tr("Saved {path}: it could be written again.")
                    )
                    self.window.show_status(done.format(path=path), 10000)
                elif tab not in self._waiting:  # not a new failure: the save would have asked
                    self._waiting[tab] = gone
                    if not self._wait_for_colleague(tab):  # one who took it meanwhile: waits
                        self._wait_for_user(tab, path.name)
        except OSError as exc:  # pragma: no cover - the drive flickering while we look
            self.window.show_status(error_message(exc))
        finally:
            self._retrying = False
        if not self._waiting:
            self.timer.stop()

    def _wait_for_colleague(self, tab: DocumentTab) -> bool:
        """While a colleague has the story of ``tab`` open, its save waits on, said once: True."""
        user = self.locks.colleague_of(tab)
        if not user or tab.path is None:
            return False
        if tab not in self._held:  # short: the bar at 1366 px (the tab's bar says who since when)
            self._held.add(tab)
            self.window.show_status(
                _tr("{name} is not saved yet: {user} has it open now; it is saved once they "
                    "close it.").format(name=tab.path.name, user=user),
                0,
            )  # fmt: skip
        return True

    def _wait_for_user(self, tab: DocumentTab, name: str) -> None:
        """The save of ``tab`` would ask: it waits no more, for the user's own save."""
        self.forget(tab)
        self.window.show_status(
            _tr("{name} was not saved: its save needs your answer first. Save it to be "
                "asked.").format(name=name),
            0,
        )  # fmt: skip
