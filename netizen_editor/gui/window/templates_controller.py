"""The window's templates: File › New from Template… and File › Save as Template….

A chosen template opens as a new untitled tab with the first placeholder selected; Tab then
goes from placeholder to placeholder (a link's text, then its address), from the last one back
to the first one still unfilled, and does what it always does (indents) once none is left;
Shift+Tab goes back to the one before, from the first one round to the last one, except where
it outdents (a list item or selected lines with an indent), and outdents as always once none is
left.

Save as Template writes the current article into the newsroom's templates folder (Settings),
asking for a name, and before replacing a template of that name."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
)

from netizen_editor.document import Document
from netizen_editor.editing.formatting import indent_lines, is_list_item
from netizen_editor.errors import NetizenError, error_message
from netizen_editor.gui.editor.positions import py_index, qt_position
from netizen_editor.gui.plain_text import shown_plain
from netizen_editor.storage.atomic import SaveError
from netizen_editor.templates.placeholders import find_placeholders, first_placeholder

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from netizen_editor.gui.dialogs.template_dialog import TemplateDialog
    from netizen_editor.gui.panels.review_dock import ReviewDock
    from netizen_editor.gui.window.document_tab import DocumentTab
    from netizen_editor.settings import Settings


class _Prompts(Protocol):
    def error(self, title: str, text: str, info: str = "") -> None: ...


class _Desk(Protocol):
    """What it needs of the desk (``gui.desk.controller``, which imports this module)."""

    def labels(self) -> list[str]: ...


class TemplatesHost(Protocol):
    """What the controller needs of the main window (a QMainWindow)."""

    settings: Settings
    prompts: _Prompts

    @property
    def desk(self) -> _Desk: ...
    @property
    def review_dock(self) -> ReviewDock: ...

    def current_tab(self) -> DocumentTab | None: ...
    def create_tab(self) -> DocumentTab: ...
    def add_tab(self, tab: DocumentTab) -> None: ...
    def show_status(self, message: str, timeout_ms: int = ...) -> None: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("TemplatesController", text)


def fields(text: str) -> Iterator[tuple[int, int]]:
    """The placeholder fields of ``text`` in order: a placeholder without an address whole, a
    link placeholder's text and then its address."""
    for found in find_placeholders(text):
        if not found.is_link:
            yield found.start, found.end
            continue
        text_start = found.start + 1
        url_start = text_start + len(found.hint) + 2
        yield text_start, text_start + len(found.hint)
        yield url_start, text.index(")", url_start)


def next_field(text: str, after: int) -> tuple[int, int] | None:
    """The placeholder field that starts after index ``after`` (what Tab selects); after the
    last one, the first one left before it (the headline in the front matter, skipped on the
    way: Tab there typed a tab into the story's last sentence); None when none is left."""
    first = None
    for span in fields(text):
        if span[0] > after:
            return span
        first = first or span
    return first


def previous_field(text: str, before: int) -> tuple[int, int] | None:
    """The last placeholder field that starts before index ``before`` (what Shift+Tab
    selects: from a field Tab selected, the one Tab came from); before the first one, the last
    one (round, as Tab goes from the last to the first); None when none is left."""
    found = last = None
    for span in fields(text):
        if span[0] < before:
            found = span
        last = span
    return found or last


def outdent_applies(editor: QPlainTextEdit) -> bool:
    """Whether Shift+Tab's own meaning changes the text here: lines selected, or the cursor's
    line a list item, that have an indent to take off (``MarkdownEditor._indent``)."""
    cursor, doc = editor.textCursor(), editor.document()
    first = doc.findBlock(cursor.selectionStart())
    last = doc.findBlock(cursor.selectionEnd())
    if last.blockNumber() > first.blockNumber() and cursor.selectionEnd() == last.position():
        last = last.previous()
    if last.blockNumber() == first.blockNumber() and not is_list_item(first.text()):
        return False
    lines = [first.text()]
    block = first
    while block.blockNumber() < last.blockNumber():
        block = block.next()
        lines.append(block.text())
    text = "\n".join(lines)
    return indent_lines(text, 0, len(text), outdent=True).replacement != text


class PlaceholderWalk(QObject):
    """Tab in an editor opened from a template: the next placeholder, or the first one left
    before the cursor after the last (else, none left, Tab does what it always does);
    Shift+Tab the one before (from the first one, the last one), unless it outdents a list
    item or selected lines here (``outdent_applies``)."""

    def __init__(self, editor: QPlainTextEdit):
        super().__init__(editor)
        self.editor = editor
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or self.editor.isReadOnly()
        ):
            return False
        mods = event.modifiers()
        if event.key() == Qt.Key.Key_Tab and mods == Qt.KeyboardModifier.NoModifier:
            return self.go_next()
        if event.key() == Qt.Key.Key_Backtab and mods in (
            Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.NoModifier
        ):  # fmt: skip
            return self.go_previous()
        return False

    def go_next(self) -> bool:
        return self._go(next_field)

    def go_previous(self) -> bool:
        return not outdent_applies(self.editor) and self._go(previous_field)

    def _go(self, find: Callable[[str, int], tuple[int, int] | None]) -> bool:
        """Select the field ``find`` gives from the cursor's place; False when there is none."""
        text = self.editor.document().toRawText().replace("\u2029", "\n")
        found = find(text, py_index(text, self.editor.textCursor().selectionStart()))
        if found is None:
            return False
        select(self.editor, text, found)
        return True


def select(editor: QPlainTextEdit, text: str, span: tuple[int, int]) -> None:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(qt_position(text, span[0]))
    cursor.setPosition(qt_position(text, span[1]), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()


class TemplatesController(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.widget = window  # the dialogs' parent
        self.window = cast(TemplatesHost, window)
        self.dialog: TemplateDialog | None = None

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "new_from_template": lambda: self.new_from_template(),
            "save_as_template": self.save_as_template,
        }

    # -- new from template -------------------------------------------------------------------
    def new_from_template(self, desk_folder: Path | None = None) -> TemplateDialog:
        """Show the chooser (not modal to the code: ``chosen`` opens the article). The story is
        for ``desk_folder`` (a desk's New button gives its folder), else for the current
        article's folder: its first Save As starts there, and the template's ``desk`` (its
        label) is that folder's name only when the site uses that label
        (``templates.labels``: the open desk's labels, those of the folder's stories)."""
        # the chooser and the templates' rendering are imported on first use: the window's
        # first frame needs neither (they held ~0.3 MB from the start)
        from netizen_editor.gui.dialogs.template_dialog import TemplateDialog
        from netizen_editor.templates.labels import folder_label

        tab = self.window.current_tab()
        folder = None
        if desk_folder is not None:
            folder = Path(desk_folder).absolute()
        elif tab is not None and tab.document.path is not None:
            folder = tab.document.path.absolute().parent
        desk = folder_label(folder, self.window.desk.labels())
        dialog = TemplateDialog(self.window.settings, desk, self.widget)
        dialog.chosen.connect(lambda name, text: self.open_article(name, text, folder))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_article(self, name: str, text: str, folder: Path | None = None) -> DocumentTab:
        """A new untitled tab with ``text``, the first placeholder selected; its first Save As
        starts in ``folder`` (the one the chooser was opened for)."""
        tab = self.window.create_tab()
        tab.new_story_folder = folder
        tab.open_document(Document.untitled(text), text, cursor=0)
        self.window.add_tab(tab)
        PlaceholderWalk(tab.editor)
        first = first_placeholder(text)
        if first is not None:
            select(tab.editor, text, first)
        tab.editor.setFocus()
        self.window.show_status(_tr("New article from the template “{name}”").format(name=name))
        self.window.review_dock.new_story()  # says so when suggest mode goes off
        return tab

    # -- save as template --------------------------------------------------------------------
    def ask_name(self, suggested: str) -> str | None:
        """The template's name (tests replace this)."""
        name, ok = QInputDialog.getText(
            self.widget, _tr("Save as Template"),
            _tr("Name of the template (letters, digits and dashes):"),
            QLineEdit.EchoMode.Normal, suggested,
        )  # fmt: skip
        return name if ok else None

    def confirm_replace(self, name: str) -> bool:
        """Replace the template ``name`` that is already there? (tests replace this)"""
        answer = QMessageBox.question(
            self.widget, _tr("Replace Template"),
            shown_plain(_tr("There is already a template “{name}” in the newsroom's folder. "
                            "Replace it?").format(name=name)),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def save_as_template(self) -> bool:
        from netizen_editor.templates.library import newsroom_folder
        from netizen_editor.templates.saving import TemplateExists, save_as_template, template_name

        tab = self.window.current_tab()
        if tab is None:
            return False
        prompts = self.window.prompts
        folder = newsroom_folder(self.window.settings)
        if folder is None:
            prompts.error(
                _tr("No Templates Folder"),
                _tr("There is no newsroom templates folder to save the template in."),
                _tr("Set one in Edit › Settings…, on the Writing page: “Newsroom templates "
                    "folder” (a folder the desk shares, e.g. on the shared drive)."),
            )  # fmt: skip
            return False
        path = tab.document.path
        suggested = (template_name(path.stem) or "") if path is not None else ""
        raw = self.ask_name(suggested)
        if raw is None:
            return False
        name = template_name(raw)
        if name is None:
            prompts.error(
                _tr("Save as Template"),
                _tr("“{name}” cannot be a template's name.").format(name=raw),
                _tr("Use letters, digits and dashes, e.g. laporan-banjir."),
            )
            return False
        text = tab.editor_text()
        try:
            try:
                written = save_as_template(text, name, folder)
            except TemplateExists:
                if not self.confirm_replace(name):
                    return False
                written = save_as_template(text, name, folder, replace=True)
        except (NetizenError, SaveError, OSError) as exc:
            prompts.error(_tr("Save as Template"), _tr("The template was not saved."),
                          error_message(exc))  # fmt: skip
            return False
        self.window.show_status(_tr("Saved as the template “{name}”: {path}").format(
            name=name, path=written))  # fmt: skip
        return True


def install_templates(window: QMainWindow) -> TemplatesController:
    return TemplatesController(window)
