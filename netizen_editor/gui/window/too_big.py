"""The note a tab shows once of a story past the blocks the window reads (``Snapshot.too_big``):
the preview, the outline, the checks and the spell check stop there, and the text can still be
edited. Said once while the story stays that big, on the bar above the editor until closed (an
offer on the bar is left to finish first); taken back when an edit brings the story within."""

from __future__ import annotations

from netizen_editor.gui.window.info_bar import InfoBar
from netizen_editor.snapshot import Snapshot


class TooBigNote:
    def __init__(self, bar: InfoBar) -> None:
        self.bar = bar
        self._said = ""  # the note as said, while the story stays too big

    def look(self, snapshot: Snapshot) -> None:
        """Say it of ``snapshot`` (the tab's current one) if it is the first too big."""
        note = snapshot.too_big
        if not note:
            if self._said and self.bar.shown == self._said:
                self.bar.hide()
            self._said = ""
        elif not self._said and not self.bar.offering:
            self.bar.keep(note)
            self._said = note
