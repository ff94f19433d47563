"""The offer, just after the start, of the work a crashed session left in the journal.

It reaches the window only through ``RecoveryHost`` (the main window is one), so this module
does not import the window's and the window imports it only when the offer is made."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Protocol

from netizen_editor.storage.recovery import ClaimError, claim, discard, find_recoverable, tidy

if TYPE_CHECKING:
    from netizen_editor.gui.dialogs.prompts import Prompts
    from netizen_editor.gui.window.document_tab import DocumentTab
    from netizen_editor.gui.window.journal_keeper import JournalKeeper
    from netizen_editor.storage.recovery import RecoveryItem


class Restorer(Protocol):
    """Opens a claimed journal entry in a tab (the window's file controller)."""

    def restore(self, item: RecoveryItem) -> DocumentTab: ...


class RecoveryHost(Protocol):
    """What the recovery offer needs of the window."""

    @property
    def keeper(self) -> JournalKeeper: ...
    @property
    def prompts(self) -> Prompts: ...
    @property
    def files(self) -> Restorer: ...

    def show_status(self, message: str, timeout_ms: int = 6000) -> None: ...
    def activate_tab(self, tab: DocumentTab) -> None: ...


def offer_recovery(window: RecoveryHost) -> list[DocumentTab]:
    """Ask about each recoverable article; restore, keep for later or discard it as answered.
    Returns the tabs restored (the first is made current)."""
    journal = window.keeper.journal
    if journal is None:
        return []
    try:
        items = find_recoverable(journal.root)
    except OSError:
        return []
    restored: list[DocumentTab] = []
    if items:
        choices = window.prompts.recovery(items)
        for item in items:
            choice = choices.get(item.doc_id, "later")
            if choice == "restore":
                try:
                    claim(item, journal)
                except (ClaimError, OSError) as exc:
                    window.show_status(str(exc), 10000)
                    continue
                restored.append(window.files.restore(item))
            elif choice == "discard":
                with contextlib.suppress(OSError):
                    discard(item)
    with contextlib.suppress(OSError):
        tidy(journal.root)
    if restored:
        window.activate_tab(restored[0])
    return restored
