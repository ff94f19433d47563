"""Wires the storage journal into the window: every open article is journaled within about a
second of its last change (and every second during steady typing), titled or untitled.

It reads each tab's :class:`~netizen_editor.document.Document` (id, path, identity, BOM) and
the tab's text; it changes nothing but the journal."""

from __future__ import annotations

import contextlib
import time

from PySide6.QtCore import QObject, QTimer, Signal

from netizen_editor.errors import error_message
from netizen_editor.gui.window.document_tab import DocumentTab
from netizen_editor.storage.journal import Autosaver, Journal

JOURNAL_DELAY_S = 1.0


class JournalKeeper(QObject):
    failed = Signal(str)  # a journal write failed: the message, once per problem
    recovered = Signal()  # writes work again after a failure

    def __init__(self, journal: Journal | None, parent: QObject | None = None):
        super().__init__(parent)
        self.journal = journal
        self._autosaver = Autosaver()
        self._tabs: dict[str, DocumentTab] = {}
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._write_due)
        self._failing = False

    def track(self, tab: DocumentTab) -> None:
        self._tabs[tab.doc_id] = tab
        tab.text_edited.connect(lambda t=tab: self.note_edit(t))

    def rekey(self, tab: DocumentTab, doc_id: str) -> None:
        """Give ``tab`` the journal id of a recovered entry (its old entry is dropped)."""
        if doc_id == tab.doc_id:
            return
        self._tabs.pop(tab.doc_id, None)
        self._autosaver.mark_written(tab.doc_id)
        self._remove(tab.doc_id)
        tab.document.rekey(doc_id)
        self._tabs[doc_id] = tab

    def untrack(self, tab: DocumentTab, *, keep_entry: bool = False) -> None:
        """The tab closed (saved or discarded): its journal entry goes unless ``keep_entry``."""
        self._tabs.pop(tab.doc_id, None)
        self._autosaver.mark_written(tab.doc_id)
        if not keep_entry:
            self._remove(tab.doc_id)

    def note_edit(self, tab: DocumentTab) -> None:
        if self.journal is None or tab.doc_id not in self._tabs:
            return
        self._autosaver.note_edit(tab.doc_id, time.monotonic())
        self._schedule()

    def pending(self, tab: DocumentTab) -> bool:
        return self._autosaver.is_dirty(tab.doc_id)

    def flush(self, tab: DocumentTab | None = None) -> bool:
        """Write now (all pending tabs, or ``tab`` whether pending or not); False on failure."""
        if self.journal is None:
            return False
        targets = [tab] if tab is not None else [
            t for doc, t in self._tabs.items() if self._autosaver.is_dirty(doc)
        ]  # fmt: skip
        return all([self._write(t) for t in targets])

    def mark_saved(self, tab: DocumentTab) -> None:
        """The file on disk now holds the text: the entry is not needed until the next edit."""
        self._autosaver.mark_written(tab.doc_id)
        if self.journal is not None:
            with contextlib.suppress(OSError):
                self.journal.mark_saved(tab.doc_id, tab.document.identity)

    def close(self) -> None:
        """Clean close: every tab was saved or discarded; drop their entries, release the lock."""
        self._timer.stop()
        for doc_id in list(self._tabs):
            self._remove(doc_id)
        self._tabs.clear()
        if self.journal is not None:
            with contextlib.suppress(OSError):
                self.journal.close()

    # -- internals ---------------------------------------------------------------------------
    def _schedule(self) -> None:
        wait = self._autosaver.next_due(time.monotonic(), JOURNAL_DELAY_S)
        if wait is None:
            self._timer.stop()
            return
        if not self._timer.isActive() or self._timer.remainingTime() > wait * 1000:
            self._timer.start(int(wait * 1000) + 5)

    def _write_due(self) -> None:
        for doc_id in self._autosaver.due(time.monotonic(), JOURNAL_DELAY_S):
            tab = self._tabs.get(doc_id)
            if tab is None:
                self._autosaver.mark_written(doc_id)
            elif not self._write(tab):
                # keep it pending, try again shortly
                self._autosaver.mark_written(doc_id)
                self._autosaver.note_edit(doc_id, time.monotonic())
        self._schedule()

    def _write(self, tab: DocumentTab) -> bool:
        assert self.journal is not None
        document = tab.document
        try:
            self.journal.write(
                document.doc_id,
                tab.disk_text(),
                path=document.path,
                cursor=tab.cursor_position(),
                saved_identity=document.identity,
                bom=document.bom,
                copy_of=document.protected_path,  # a copy is recovered as one again
            )
        except OSError as exc:
            if not self._failing:
                self._failing = True
                self.failed.emit(error_message(exc))
            return False
        self._autosaver.mark_written(tab.doc_id)
        if self._failing:
            self._failing = False
            self.recovered.emit()
        return True

    def _remove(self, doc_id: str) -> None:
        if self.journal is None:
            return
        with contextlib.suppress(OSError):
            self.journal.remove(doc_id)
