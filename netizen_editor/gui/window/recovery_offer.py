"""The offer, just after the start, of the work a crashed session left in the journal."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from netizen_editor.storage.recovery import ClaimError, claim, discard, find_recoverable, tidy

if TYPE_CHECKING:
    from netizen_editor.gui.window.document_tab import DocumentTab
    from netizen_editor.gui.window.main_window import MainWindow


def offer_recovery(window: MainWindow) -> list[DocumentTab]:
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
