"""The Insert menu's actions that ask before they write: "Image…" (a picture with its alt
text, caption and credit). The window merges :meth:`InsertController.handlers` with its own.

An untitled article has no folder for a picture's web copy: "Image…" asks to save it first,
before asking for the picture, its alt text and caption (which were lost when the save was
refused afterwards)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from netizen_editor.gui.editor.image_import import ImportItem
    from netizen_editor.gui.window.document_tab import DocumentTab
    from netizen_editor.settings import Settings


class _Files(Protocol):
    def save_as(self, tab: DocumentTab, suggested: Path | None = None) -> bool: ...


class _Prompts(Protocol):
    def insert_image(self, folder: str, alt: str = "") -> ImportItem | None: ...


class InsertHost(Protocol):
    """What the controller needs of the main window."""

    settings: Settings

    @property
    def files(self) -> _Files: ...

    @property
    def prompts(self) -> _Prompts: ...

    def current_tab(self) -> DocumentTab | None: ...

    def show_status(self, message: str, timeout_ms: int = ...) -> None: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("InsertController", text)


class InsertController:
    def __init__(self, window: InsertHost) -> None:
        self.window = window

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {"image": lambda: self._with_tab(self.insert_image)}

    def _with_tab(self, action: Callable[[DocumentTab], object]) -> None:
        tab = self.window.current_tab()
        if tab is not None and not tab.read_only:
            action(tab)

    def insert_image(self, tab: DocumentTab) -> None:
        """ "Image…": save an untitled article first, then pick a picture with a preview, then
        its alt text, caption and credit."""
        window = self.window
        if tab.path is None:
            window.show_status(_tr("Save the article first: its pictures are stored beside it."))
            if not window.files.save_as(tab) or tab.path is None:
                return
        alt = tab.editor.textCursor().selectedText().replace("\u2029", " ")
        item = window.prompts.insert_image(str(tab.path.parent), alt)
        if item is not None:
            tab.editor.import_images([item])
            tab.editor.setFocus()


def install_inserter(window: InsertHost) -> InsertController:
    return InsertController(window)
