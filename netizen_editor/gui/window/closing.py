"""Closing the window with stories unsaved: one story is asked about alone (Save, Discard,
Cancel); several in one list, each checked to be saved (``gui/dialogs/unsaved_dialog.py``),
instead of one question after another."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from netizen_editor.gui.window.tab_names import question_name
from netizen_editor.terminal import terminal_safe

if TYPE_CHECKING:
    from netizen_editor.gui.dialogs.prompts import Prompts
    from netizen_editor.gui.window.document_tab import DocumentTab
    from netizen_editor.gui.window.file_controller import FileController


class ClosingWindow(Protocol):
    """What closing needs of the main window."""

    files: FileController
    prompts: Prompts

    def all_tabs(self) -> list[DocumentTab]: ...
    def activate_tab(self, tab: DocumentTab) -> None: ...


def confirm_close_all(window: ClosingWindow) -> bool:
    """Whether the window may close: every unsaved story saved or let go as the user said.
    A save that fails or a Save As cancelled keeps the window open (what was saved stays)."""
    unsaved = [tab for tab in window.all_tabs() if tab.is_dirty()]
    if len(unsaved) < 2:
        return all(window.files.confirm_close(tab) for tab in unsaved)
    answer, chosen = window.prompts.unsaved_stories([listed_name(tab) for tab in unsaved])
    if answer == "cancel":
        return False
    for row in chosen if answer == "save" else []:
        tab = unsaved[row]
        window.activate_tab(tab)
        if not window.files.save(tab):
            return False
    return True


def listed_name(tab: DocumentTab) -> str:
    """How the list names a story: its title (``question_name``: not a template's hint), and
    its file when the title is not the file's name (two stories of one title, a story and its
    copy, read apart). The file's name as its tab shows it: a planted name's controls as
    escapes, not obeyed."""
    name, path = question_name(tab), tab.path
    if path is None:
        return name
    file_name = terminal_safe(path.name)
    return name if name in (file_name, terminal_safe(path.stem)) else f"{name} ({file_name})"
