"""File › Import… and documents dropped on (or opened in) the window: a press release in Word,
LibreOffice, PDF, a web page or plain text becomes an article in a new tab.

The article is saved at once, where the user says: a save dialog opens on ``NAME.md`` beside
the document, or in the desk when one is open (the current story's folder when it is in a
desk, else the desk's top), and File › Import… then starts in the folder the desk's last
import came from (kept with the desk's view in the session: ``gui/desk/view_memory``). An
untitled tab would have nowhere to keep the document's pictures and its plain text
(``NAME_files/``: the editor asks to save first before it stores any picture, and the
press-release check reads ``source_file`` relative to the article), and a journalist expects
the rewrite next to the release they were sent, or in the desk they write for. Saved into a
desk's folder, it takes the folder's label as New Story does (``daerah/``: ``Daerah``, when the
desk's stories carry that label). The dialog has a check box to accept the document's tracked
changes instead of keeping them as suggestions.
The import runs on a thread of its own under a modal "Importing…" note (``import_progress``):
a document at the limits takes seconds. Its Cancel leaves the window as it was, nothing written
(the status bar says so). What the import left out (macros, embedded objects, linked pictures)
is said in a message after the tab opens.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QMessageBox,
    QWidget,
)

from netizen_editor.gui.plain_text import shown_plain
from netizen_editor.gui.window.import_progress import run_with_progress
from netizen_editor.importing import DOCUMENT_SUFFIXES as DOCUMENT_SUFFIXES
from netizen_editor.settings import Settings

if TYPE_CHECKING:
    from collections.abc import Callable

    from netizen_editor.gui.window.document_tab import DocumentTab


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportController", text)


class Opener(Protocol):
    importer: object

    def open_path(self, path: Path | str) -> DocumentTab | None: ...


class ImportHost(Protocol):
    settings: Settings
    files: Opener

    def show_status(self, text: str) -> None: ...


def documents_filter() -> str:
    return _tr("Documents (*.docx *.odt *.pdf *.html *.htm *.txt);;All files (*)")


def ask_document(parent: QWidget, folder: str) -> Path | None:
    """The document to import (a file dialog)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent, _tr("Import a Document"), folder, documents_filter()
    )
    return Path(name) if name else None


def ask_output(parent: QWidget, suggested: Path, tracked: bool) -> tuple[Path, bool] | None:
    """Where the article goes and whether to accept the tracked changes (a save dialog with a
    check box when the document can have them); None when cancelled."""
    dialog = QFileDialog(parent, _tr("Save the Imported Article As"), str(suggested.parent))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(_tr("Markdown articles (*.md)"))
    dialog.setDefaultSuffix("md")
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)  # an import never replaces one
    dialog.selectFile(suggested.name)
    accept = QCheckBox(_tr("Accept all tracked changes (no suggestions in the article)"))
    if tracked:
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # to hold the check box
        layout = dialog.layout()
        if isinstance(layout, QGridLayout):
            layout.addWidget(accept, layout.rowCount(), 0, 1, -1)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0]), accept.isChecked()


class ImportController(QObject):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {"import": self.import_dialog}

    def _host(self) -> ImportHost:
        return self.window  # type: ignore[return-value]

    def import_dialog(self) -> DocumentTab | None:
        from netizen_editor.gui.desk.view_memory import import_folder

        session = getattr(self.window, "session", None)
        place = self._desk_place()
        kept = import_folder(session.desk_views, place[0]) if session and place else ""
        folder = kept or getattr(session, "open_folder", "") or str(Path.home())
        path = ask_document(self.window, folder)
        return self.import_file(path) if path is not None else None

    def _cannot_import(self, path: Path, why: str) -> None:
        QMessageBox.critical(
            self.window,
            _tr("Cannot Import the Document"),
            shown_plain(_tr("“{name}” cannot be imported.").format(name=path.name) + f"\n\n{why}"),
        )

    def _desk_place(self) -> tuple[Path, Path] | None:
        """(the desk, the folder an import is offered to be saved in): the current story's
        desk and folder when it is in a desk (the one shown or one opened before), else the
        desk shown and its top folder; None when there is no desk."""
        from netizen_editor.desk.desk_folder import desk_folder_of

        session = getattr(self.window, "session", None)
        if session is None:
            return None
        current = getattr(self.window, "current_tab", lambda: None)()
        story = getattr(current, "path", None)
        if story is not None:
            desk = desk_folder_of(Path(story), [session.desk, *session.desk_views])
            if desk is not None:
                return desk, Path(story).parent
        if session.desk and os.path.isdir(session.desk):
            return Path(session.desk), Path(session.desk)
        return None

    def import_file(self, path: Path) -> DocumentTab | None:
        """Import ``path``: ask where, write the article, open it in a tab."""
        from netizen_editor.errors import NetizenError
        from netizen_editor.importing.cancel import Cancel
        from netizen_editor.importing.importer import default_output, import_document, size_refusal
        from netizen_editor.storage.atomic import SaveError
        from netizen_editor.storage.copy_names import free_path
        from netizen_editor.storage.output_folder import check_output_folder
        from netizen_editor.timebudget import Stopped

        host = self._host()
        path = Path(path).expanduser().absolute()
        refused = size_refusal(path)  # said before "where to?", never after it
        if refused is not None:
            self._cannot_import(path, refused.message)
            return None
        place = self._desk_place()
        offered = default_output(path)
        if place is not None and os.path.realpath(place[1]) != os.path.realpath(path.parent):
            offered = place[1] / path.with_suffix(".md").name  # into the desk
        suggested = free_path(offered)  # a second import: NAME-2.md
        while True:  # an import never replaces a file: it may be a colleague's story
            chosen = ask_output(self.window, suggested, path.suffix.lower() in (".docx", ".odt"))
            if chosen is None:
                return None
            out, accept = chosen
            if out.suffix == "":
                out = out.with_suffix(".md")
            try:  # never into a folder that is a link (but the document's own)
                check_output_folder(out, beside=path)
            except SaveError as exc:
                QMessageBox.warning(self.window, _tr("Choose Another Name"),
                                    shown_plain(exc.message))  # fmt: skip
                suggested = out
                continue
            if not os.path.lexists(out):
                break
            QMessageBox.warning(
                self.window,
                _tr("Choose Another Name"),
                shown_plain(_tr("“{name}” already exists: an import never replaces a file (it "
                                "may be a colleague's story). Choose another name.")
                            .format(name=out.name)),
            )  # fmt: skip
            suggested = free_path(out)
        desk = getattr(self.window, "desk", None)
        known = desk.labels() if desk is not None else []  # what the folder may stand for
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)  # the note's Cancel works
        cancel = Cancel()
        try:
            done = run_with_progress(
                self.window,
                _tr("Importing a Document"),
                _tr("Importing “{name}”…").format(name=path.name),
                lambda: import_document(
                    path,
                    out,
                    host.settings,
                    accept_changes=accept,
                    cancel=cancel,
                    desk_labels=known,
                ),
                cancel,
                _tr("Cancel"),
                _tr("Saving the article “{name}”…").format(name=out.name),
            )
        except Stopped:
            QApplication.restoreOverrideCursor()
            host.show_status(_tr("Import of {name} cancelled: nothing was written")
                             .format(name=path.name))  # fmt: skip
            return None
        except NetizenError as exc:
            QApplication.restoreOverrideCursor()
            self._cannot_import(path, exc.message)
            return None
        except BaseException:
            QApplication.restoreOverrideCursor()
            raise
        QApplication.restoreOverrideCursor()
        if place is not None:
            self._keep_import_folder(place[0], path.parent)
        tab = host.files.open_path(done.out)
        summary = _tr(
            "{name} imported: {suggestions} suggestion(s), {comments} comment(s), {images} image(s)"
        ).format(name=path.name, suggestions=done.suggestions, comments=done.comments,
                 images=done.images)  # fmt: skip
        host.show_status(summary)
        if done.warnings:
            QMessageBox.information(
                self.window,
                _tr("Imported, with Warnings"),
                shown_plain(summary + "\n\n" + "\n".join(f"• {w}" for w in done.warnings)),
            )
        return tab

    def _keep_import_folder(self, desk: Path, folder: Path) -> None:
        """The desk's next import starts in ``folder`` (kept in the session)."""
        from netizen_editor.gui.desk.view_memory import keep_import_folder

        session = getattr(self.window, "session", None)
        if session is not None:
            keep_import_folder(session.desk_views, desk, folder)
            save = getattr(self.window, "save_session_soon", None)
            if save is not None:
                save()


def install_importer(window: QWidget) -> ImportController:
    """The window's importer; documents opened or dropped in the window come here."""
    controller = ImportController(window)
    files: Opener = window.files  # type: ignore[attr-defined]
    files.importer = controller
    return controller
