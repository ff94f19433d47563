"""File › History…: one paragraph of a version put back, not the whole version.

When a version is compared with the current text, each changed paragraph of the difference
(``history.paragraphs``) starts with a link on its first changed line: "Restore this
paragraph" (the version's words back), "Put this paragraph back" (deleted since: it comes back
in its place) or "Take this paragraph out" (added since: it goes). Its tooltip says what it
does. Tab goes from link to link in the difference and Enter follows the one that has the
focus. Following one asks the window (``PartLinks.restore``, the dialog's
``paragraph_restore_requested``) to keep the current text as a version first, as a whole
restore does, and to put the paragraph back as one undoable edit; the window then stays open
on the new current text, so the next paragraph can be restored too.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QTextBrowser

from netizen_editor.history.diff import WordDiff
from netizen_editor.history.paragraphs import ADDED, DELETED, Part, changed_parts

#: the links' address: ``restore-part:<number of the part>``
SCHEME = "restore-part"
_LINK_STYLE = "color:#1a56b0; background-color:#e8f0fe; text-decoration:none;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareDialog", text)


def part_label(part: Part) -> str:
    if part.kind == DELETED:
        return _tr("Put this paragraph back")
    if part.kind == ADDED:
        return _tr("Take this paragraph out")
    return _tr("Restore this paragraph")


def part_tip() -> str:
    return _tr(
        "Makes this paragraph as it is in the chosen version: changed words get the version's "
        "words back, a paragraph deleted since comes back in its place, and one added since is "
        "taken out. The rest of the text and the details stay as they are. The current text is "
        "kept as a version first; Undo in the editor takes the paragraph back out."
    )


def put_link(body: list[str], link: str, after_equal: bool) -> None:
    """``link`` at the start of the line the next piece starts on: after the last line break
    of the unchanged text before it (``after_equal``), else just before it."""
    if not after_equal or not body:
        body.append(link)
        return
    cut = body[-1].rfind("<br>")  # escaped text holds no "<": every one is a line break
    at = cut + len("<br>") if cut >= 0 else 0
    body[-1] = body[-1][:at] + link + body[-1][at:]


def linked(diff: WordDiff, current: str | None) -> tuple[WordDiff, list[Part], dict[int, str]]:
    """The difference to show, its changed paragraphs and their links (keyed by the piece each
    goes before) when the compare is with the current text (``current``), else ``diff``
    and none. No widget: it runs off the window's thread."""
    if current is None:
        return diff, [], {}
    found = changed_parts(diff, current)
    tip = html.escape(part_tip(), quote=True)
    links = {
        part.first: (
            f"<a href='{SCHEME}:{number}' title='{tip}' style='{_LINK_STYLE}'>"
            f"↶&nbsp;{html.escape(part_label(part))}</a> "
        )
        for number, part in enumerate(found.parts)
    }
    return replace(diff, pieces=found.pieces), found.parts, links


class PartLinks:
    """The changed paragraphs of the compare shown in ``view``, and their links; following
    one calls ``restore`` with the current text with that paragraph as the version has it."""

    def __init__(self, view: QTextBrowser, restore: Callable[[str], None]) -> None:
        self.view = view
        self.parts: list[Part] = []
        self.current = ""
        self._restore = restore
        view.anchorClicked.connect(self._followed)

    def take(self, parts: list[Part], current: str | None) -> None:
        """The links shown now are to ``parts`` of ``current`` (``linked``'s, made off the
        window's thread)."""
        self.parts, self.current = parts, current or ""

    def hint(self) -> str:
        """What the summary adds when there are paragraphs to restore ("" when none)."""
        if not self.parts:
            return ""
        return " " + _tr(
            "Each changed paragraph has its own link to restore it alone (Tab to it, Enter)."
        )

    def _followed(self, url: QUrl) -> None:
        if url.scheme() != SCHEME:
            return
        try:
            part = self.parts[int(url.path())]
        except (ValueError, IndexError):
            return
        text = part.restored(self.current)
        if text is not None:
            self._restore(text)
