"""Export the article as an article page, a Blogger post or a Blogger import file, and show
where the files went.

The dialog parses nothing: it exports the article of the tab's current snapshot (or names the
snapshot's front matter error with its file and line)."""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from netizen_editor.article.model import spiked_warning
from netizen_editor.errors import ArticleError, NetizenError, name_unsaved, plain_reason
from netizen_editor.export import get_exporter, write_export
from netizen_editor.gui.dialogs.checks_gate import add_checks_warning
from netizen_editor.gui.dialogs.show_folder import show_folder
from netizen_editor.gui.uiloader import child, load_ui
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import Settings
from netizen_editor.snapshot import Snapshot
from netizen_editor.storage.atomic import SaveError, make_folder
from netizen_editor.storage.portable_names import portable_stem
from netizen_editor.terminal import bidi_escaped, terminal_safe


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def default_output(article_path: Path | None, title_slug: str, folder: str, fmt: str) -> Path:
    """``NAME.html``, ``NAME.blogger.html`` or ``NAME.xml``: each format its own name, so
    exports of one article into one folder never replace each other."""
    base = Path(folder) if folder else (article_path.parent if article_path else Path.home())
    stem = article_path.stem if article_path else (portable_stem(title_slug) or "artikel")
    return base / f"{stem}{get_exporter(fmt).suffix}"


def add_spiked_note(dialog: QDialog, snapshot: Snapshot) -> QLabel | None:
    """A line at the top of ``dialog`` when the story is spiked (withdrawn by the desk): its
    export is written, as asked, but the journalist reads before pressing Export that it is
    not for publishing (the same words as the export's warning). None for any other story."""
    warning = spiked_warning(snapshot.article) if snapshot.article is not None else None
    if warning is None:
        return None
    text = warning.message
    note = QLabel(text[:1].upper() + text[1:] + ".")
    note.setObjectName("spiked_note")
    note.setWordWrap(True)
    note.setStyleSheet(
        "#spiked_note { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px; "
        "color: #8a5a00; padding: 6px; }"
    )
    layout = dialog.layout()
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(0, note)
    return note


class ExportDialog(QDialog):
    exported = Signal(list)  # the files written

    def __init__(
        self,
        snapshot: Snapshot,
        article_path: Path | None,
        settings: Settings,
        *,
        folder: str = "",
        fmt: str = "page",
        name: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        load_ui("export_dialog.ui", self)
        self.snapshot = snapshot
        self.article_path = article_path
        #: what the tab calls an article with no file: its warnings name it so, not "<text>"
        self.name = name
        self.settings = settings
        self.folder = folder
        self.written: list[Path] = []
        self._exported = ""  # the result label's text after the last export
        self.format_page = child(self, QRadioButton, "format_page")
        self.format_blogger = child(self, QRadioButton, "format_blogger")
        self.format_atom = child(self, QRadioButton, "format_atom")
        self._format_buttons = {
            "page": self.format_page,
            "blogger": self.format_blogger,
            "atom": self.format_atom,
        }
        self.output_edit = child(self, QLineEdit, "output_edit")
        self.browse_button = child(self, QPushButton, "browse_button")
        self.result_label = child(self, QLabel, "result_label")
        self.warnings_list = child(self, QListWidget, "warnings_list")
        self.warnings_list.setWordWrap(True)  # a warning is read whole, never scrolled sideways
        self.warnings_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.open_folder_button = child(self, QPushButton, "open_folder_button")
        self.export_button = child(self, QPushButton, "export_button")
        self.close_button = child(self, QPushButton, "close_button")
        self.result_label.setOpenExternalLinks(True)
        self.warnings_list.hide()
        self._slug = snapshot.slug
        self.set_format(fmt)
        self._auto_output = str(self._default_output())
        self._output = ""  # the path the field shows (as ``show_output`` writes it)
        self.show_output(self._auto_output)
        for button in self._format_buttons.values():
            button.toggled.connect(self._format_changed)
        self.browse_button.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.accept)
        self.open_folder_button.clicked.connect(self._open_folder)
        # the article's error-level findings, with "back" and "export anyway"
        self.checks_warning = add_checks_warning(self, snapshot, settings, self.export_button)
        self.spiked_note = add_spiked_note(self, snapshot)  # above the errors: it comes first

    def format(self) -> str:
        return next((f for f, b in self._format_buttons.items() if b.isChecked()), "page")

    def set_format(self, fmt: str) -> None:
        self._format_buttons.get(fmt, self.format_page).setChecked(True)

    def _default_output(self) -> Path:
        return default_output(self.article_path, self._slug, self.folder, self.format())

    def show_output(self, path: str) -> None:
        """The field shows ``path`` with a planted name's controls as escapes, as the tab does
        (a U+202E made "laporan<U+202E>gpj.exe.html" read "laporanlmth.exe.jpg"); exporting
        what it shows, unedited, writes to ``path`` itself."""
        self._output = path
        self.output_edit.setText(terminal_safe(path))

    def output_text(self) -> str:
        """Where the export goes: the path the field was given while it shows it unedited, else
        the text typed in it."""
        typed = self.output_edit.text()
        return self._output if typed == terminal_safe(self._output) else typed

    def _format_changed(self) -> None:
        if self.output_text() == self._auto_output:  # not edited by hand: follow the format
            self._auto_output = str(self._default_output())
            self.show_output(self._auto_output)

    def ask_output_path(self, current: Path) -> Path | None:
        kinds = (
            _tr("Atom files (*.xml);;All files (*)")
            if self.format() == "atom"
            else _tr("HTML files (*.html *.htm);;All files (*)")
        )
        name, _filter = QFileDialog.getSaveFileName(self, _tr("Export To"), str(current), kinds)
        return Path(name) if name else None

    def _browse(self) -> None:
        chosen = self.ask_output_path(Path(self.output_text() or self._default_output()))
        if chosen is not None:
            self.show_output(str(chosen))

    def export(self) -> list[Path]:
        """Run the export; the files written (empty on failure, with the reason shown)."""
        self.warnings_list.clear()
        self.warnings_list.hide()
        raw = self.output_text().strip()
        if not raw:
            return self._fail(_tr("Choose where to save the export."))
        out = Path(raw).expanduser()
        if raw.endswith(("/", os.sep)) or (out.is_dir() and not out.is_symlink()):
            try:
                make_folder(out)  # "keluar/": a folder, made if missing (never through a link)
            except SaveError as exc:
                return self._fail(exc.message)
            out = out / self._default_output().name  # the format's own name in it
        elif not out.suffix:
            out = out.with_suffix(get_exporter(self.format()).suffix)
        if self.article_path is not None and out.absolute() == self.article_path.absolute():
            return self._fail(
                _tr("The export would overwrite the article itself; choose another name.")
            )
        try:
            if self.snapshot.article is None:
                raise self.snapshot.error or ArticleError("the article was not read")
            article = self.snapshot.article
            exporter = get_exporter(self.format())
            result = exporter.export(article, self.settings, BodyRenderer(), out)
        except NetizenError as exc:  # the article, or its skin
            return self._fail(_tr("The article cannot be exported: {problem}").format(
                problem=exc.located()))  # fmt: skip
        try:
            written = write_export(result, out, [self.article_path] if self.article_path else [])
        except SaveError as exc:
            return self._fail(exc.message)
        except NetizenError as exc:  # a device, a read-only file, the article itself
            return self._fail(exc.located())
        except OSError as exc:
            return self._fail(f"{out}: {plain_reason(exc)}")
        self.written = written
        self.folder = str(out.parent)
        links = "<br>".join(
            f'<a href="{QUrl.fromLocalFile(str(p)).toString()}">'
            f"{html.escape(terminal_safe(str(p)))}</a>"  # a planted name's controls shown
            for p in written
        )
        note = "<br>" + html.escape(result.note) if result.note else ""  # a draft in Blogger
        self._exported = (
            "<b>" + html.escape(_tr("Exported.")) + "</b> " + html.escape(_tr("Files written:"))
            + "<br>" + links + note
        )  # fmt: skip
        self.result_label.setText(self._exported)
        self.result_label.setStyleSheet("color: #1b5e20;")
        if result.warnings:
            self.warnings_list.addItems(  # a planted photo's name's controls shown, not obeyed
                [bidi_escaped(name_unsaved(w, self.name) if self.name else w)
                 for w in result.warnings]
            )  # fmt: skip
            self.warnings_list.show()
        self.open_folder_button.setEnabled(True)
        self.exported.emit(written)
        return written

    def _fail(self, message: str) -> list[Path]:
        self.result_label.setStyleSheet("color: #b3261e;")
        self.result_label.setText(html.escape(bidi_escaped(message)))  # it may name the file
        return []

    def _open_folder(self) -> None:
        if not self.written:
            return
        # the folder of the page or post body (the first written), not of its last photo
        folder = self.written[0].parent
        self.result_label.setText(self._exported)  # a line said at a click before goes
        show_folder(folder, self, lambda: self._unshown(folder))

    def _unshown(self, folder: Path) -> None:
        """Nothing showed ``folder`` (no file manager on this computer, QA31 F12; on Linux
        xdg-open's error, QA33 #6): said under the files written, with the folder's path to go
        there by hand (the label is selectable)."""
        unopened = _tr("No program could show the folder; it is: {folder}")
        said = html.escape(unopened.format(folder=terminal_safe(str(folder))))  # as the links
        self.result_label.setText(
            f'{self._exported}<br><span style="color: #b3261e;">{said}</span>'
        )
