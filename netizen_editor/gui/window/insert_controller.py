"""The Insert menu's actions that ask before they write: "Image…" (a picture with its alt
text, caption and credit), "Embed…" (a post's address becomes the site's embed frame) and
"Add Update…" (a developing story's timed update, into the front matter, or under a timed
heading in a body that has them). The window merges
:meth:`InsertController.handlers` with its own.

An untitled article has no folder for a picture's web copy: "Image…" asks to save it first,
before asking for the picture, its alt text and caption (which were lost when the save was
refused afterwards)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from netizen_editor.gui.editor.front_guard import move_to_body
from netizen_editor.gui.plain_text import shown_plain

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


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """One line of text from the user; None when cancelled or left empty."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, "")
    return text.strip() or None if ok else None


class InsertController:
    def __init__(self, window: InsertHost) -> None:
        self.window = window
        #: asks for one line (title, label); tests answer it in place of the dialog
        self.ask_text: Callable[[str, str], str | None] = lambda title, label: ask_text(
            window if isinstance(window, QWidget) else None, title, label
        )

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "image": lambda: self._with_tab(self.insert_image),
            "embed": lambda: self._with_tab(self.insert_embed),
            "add_update": lambda: self._with_tab(self.add_update),
        }

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
        move_to_body(tab.editor)  # a picture is a block: never among the front matter's fields
        alt = tab.editor.textCursor().selectedText().replace("\u2029", " ")
        item = window.prompts.insert_image(str(tab.path.parent), alt)
        if item is not None:
            tab.editor.import_images([item])
            tab.editor.setFocus()

    def insert_embed(self, tab: DocumentTab) -> None:
        """ "Embed…": a post's address (YouTube, X, Instagram, TikTok, Facebook) becomes the
        site's embed, a block of its own at the cursor."""
        from netizen_editor.gui.editor.image_import import own_block
        from netizen_editor.publish.embeds import embed_for

        url = self.ask_text(
            _tr("Embed a Post"),
            _tr("Address of the YouTube, X, Instagram, TikTok or Facebook post:"),
        )
        if url is None:
            return
        embed = embed_for(url)
        if embed is None:
            QMessageBox.warning(
                tab,
                _tr("Not an Embeddable Post"),
                shown_plain(_tr("“{url}” is not the address of a YouTube video or a post on X, "
                                "Instagram, TikTok or Facebook. Copy the address of the post "
                                "itself (its Share › Copy link).").format(url=url)),
            )  # fmt: skip
            return
        editor = tab.editor
        move_to_body(editor)
        cursor = editor.textCursor()
        cursor.beginEditBlock()
        cursor.insertText(own_block(cursor, embed.markup()))
        cursor.endEditBlock()
        editor.setTextCursor(cursor)
        editor.setFocus()
        self.window.show_status(
            _tr("{site} embed inserted: the preview shows a card, the published page the post.")
            .format(site=embed.site)
        )  # fmt: skip

    def add_update(self, tab: DocumentTab) -> None:
        """ "Add Update…": a developing story's update, timed now in the newsroom's zone,
        first in the front matter's ``updates`` (the page shows them newest first), or above
        the newest ``### 14.30 WIB`` heading of a body timed that way (``add_update_edit``)."""
        from netizen_editor.editing.add_update import add_update_edit

        if tab.current_snapshot().article is None:
            self.window.show_status(_tr("Fix the front matter first: it cannot be read."))
            return
        message = self.ask_text(
            _tr("Add Update"), _tr("What is new (the time is now, in the newsroom's zone):")
        )
        if message is None:
            return
        text = tab.editor_text()
        edit = add_update_edit(text, message, self.window.settings.timezone)
        tab.editor.apply_text_edit(edit, text)
        tab.editor.setFocus()


def install_inserter(window: InsertHost) -> InsertController:
    return InsertController(window)
