"""A story's folder or file turned into a link while it is open (``storage.links``).

- A save to the story's own file first checks that its folder still leads where it led when
  the story was opened or saved; when it leads elsewhere now (``mv desk desk.gone; ln -s
  /elsewhere desk``) nothing is written (no file, no history, no lock there): the text is kept
  in the recovery journal, one sentence names both places, and Save As is offered.
- The file watcher's check finds the story's file replaced by a link: it is not read, the tab
  keeps its text, and its bar says where the link leads (a save then asks as for a conflict).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from netizen_editor.storage.links import moved_message

if TYPE_CHECKING:
    from netizen_editor.gui.dialogs.prompts import Prompts
    from netizen_editor.gui.window.document_tab import DocumentTab
    from netizen_editor.gui.window.journal_keeper import JournalKeeper


def _tr(text: str) -> str:
    return QCoreApplication.translate("Files", text)


class GuardHost(Protocol):
    keeper: JournalKeeper

    def show_status(self, message: str, timeout_ms: int = 6000) -> None: ...


class GuardFiles(Protocol):
    """What the guard needs of the file controller."""

    @property
    def window(self) -> GuardHost: ...
    @property
    def prompts(self) -> Prompts: ...
    def save_as(self, tab: DocumentTab, suggested: Path | None = None) -> bool: ...


def moved_sentence(tab: DocumentTab) -> str:
    """The sentence saying the folder of ``tab``'s file leads elsewhere now, else ""."""
    path, now = tab.document.path, tab.document.folder_moved()
    return moved_message(path, now) if path is not None and now is not None else ""


def stop_save(files: GuardFiles, tab: DocumentTab, sentence: str, *, unasked: bool = False) -> bool:
    """A save of ``tab`` to its own file stopped: its folder leads elsewhere now. The text is
    kept in the journal, ``sentence`` is said and Save As offered; True when it saved there.
    ``unasked`` (a save the user did not start): nothing is said or offered, their save does."""
    files.window.keeper.flush(tab)  # the text is safe in the journal meanwhile
    if unasked:
        return False
    files.window.show_status(sentence, 0)
    if files.prompts.folder_moved(sentence + ".") != "save_as":
        return False
    path = tab.document.path
    return files.save_as(tab, Path.home() / (path.name if path is not None else ""))


def link_note(tab: DocumentTab) -> None:
    """The story's file was replaced by a link: not read; the bar says where it leads."""
    path, target = tab.document.path, tab.document.link_target()
    if path is None or target is None:
        return
    tab.show_info(
        _tr("{name} is now a link to {target}; not read. Your text is still here; saving asks "
            "before it replaces the link with your text.").format(name=path.name, target=target),
        tip=str(path),
    )  # fmt: skip
