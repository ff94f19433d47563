"""Export the article as an article page, a Blogger post or a Blogger import file, and show
where the files went.

The dialog parses nothing: it exports the article of the tab's current snapshot (or names the
snapshot's front matter error with its file and line). The conversion and the writing run off
the window's thread (``export_run``), the dialog saying "Exporting…" meanwhile."""

from __future__ import annotations

import errno
import html
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from netizen_editor.article.model import spiked_warning
from netizen_editor.errors import NetizenError, name_unsaved, plain_reason
from netizen_editor.export import get_exporter
from netizen_editor.gui.dialogs.checks_gate import add_checks_warning
from netizen_editor.gui.dialogs.export_run import (
    ExportJob,
    ExportOutcome,
    convert,
    files_of,
    write,
)
from netizen_editor.gui.dialogs.export_targets import (
    file_stamp,
    first_missing,
    follow_format,
    format_noun,
    misnamed,
    own_export,
    remember_written,
    to_ask,
)
from netizen_editor.gui.dialogs.show_folder import show_folder
from netizen_editor.gui.editor.off_thread import run_off_thread
from netizen_editor.gui.numbers import count_text
from netizen_editor.gui.plain_text import plain_box
from netizen_editor.gui.uiloader import child, load_ui
from netizen_editor.settings import Settings
from netizen_editor.snapshot import Snapshot
from netizen_editor.storage.atomic import SaveError, save_error
from netizen_editor.storage.output_folder import check_output_folder
from netizen_editor.storage.portable_names import portable_stem
from netizen_editor.terminal import bidi_escaped, terminal_safe

log = logging.getLogger(__name__)

#: at the app's end, how long (seconds) an export still running may finish writing its files
#: (bounded by its own budgets long before)
QUIT_WAIT_S = 30.0
#: the files written that the dialog names, the page or post first (its photos after): the
#: rest are counted (40 photos made the dialog 796 px high, its buttons under a laptop's screen)
FILES_SHOWN = 6


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
    ended = Signal(list)  # an export ended: the files written, empty when it wrote none

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
        self.running = False  # an export is under way (off the window's thread)
        self._shown = False  # the dialog was shown as the export started
        self._inputs_enabled: list[bool] = []  # the export's inputs, as they were before it
        self._delete_on_close = False  # the dialog deletes itself once closed, as asked
        self._quit_wait: Callable[[], bool] = lambda: True  # the app's end waits for it
        #: the story's tab is still open (``tab_closed``): the window's part of an export (the
        #: version kept, the status bar) is of an open tab only
        self.tab_open = True
        self._failure = ""  # why the last export wrote nothing (the result label says it)
        #: other exports' failures said here (``add_note``): their dialogs were closed
        self.notes: QLabel | None = None
        self.format_page = child(self, QRadioButton, "format_page")
        self.format_blogger = child(self, QRadioButton, "format_blogger")
        self.format_atom = child(self, QRadioButton, "format_atom")
        self.format_group = child(self, QGroupBox, "format_group")
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
        #: a file chosen with Browse…, whose replacing its dialog asked, as it was then (a
        #: colleague's page written there since was replaced unasked)
        self._browsed: tuple[str, tuple[int, int, int] | None] | None = None
        #: whose exports these are: the story's file, or the untitled tab's name
        self._story = str(article_path.absolute()) if article_path is not None else name
        self._working = threading.Event()  # the export's thread is done (set: none runs)
        self._working.set()
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

    def tab_closed(self) -> None:
        """The tab whose story this exports closed: connected to its ``closing`` as a method of
        the dialog, so the connection goes when the dialog does (a function connected there
        stayed for the tab's life, one more at each export)."""
        self.tab_open = False

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
        """The name follows the format, typed or browsed too, as long as it is a format's
        (``rilis.html`` → ``rilis.blogger.html`` → ``rilis.xml``, in the folder chosen): it
        stayed, and each export replaced the one before (QA37 #1)."""
        text = self.output_text()
        if text == self._auto_output:  # not edited by hand
            self._auto_output = str(self._default_output())
            self.show_output(self._auto_output)
            return
        followed = follow_format(text, self.format())
        if followed is not None:
            self.show_output(followed)

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
            # the file dialog asked before choosing a file that is there: not asked again
            there = chosen.is_file() and not chosen.is_symlink()
            self._browsed = (str(chosen.absolute()), file_stamp(chosen)) if there else None

    def confirm_replace(self, files: list[Path], own: str | None) -> bool:
        """Replace ``files``, which are there (the export's own file first when it is one),
        in one question? ``own``: the format this story's export wrote to the first, when it
        did and nobody changed it since (tests replace this)."""
        out = files[0]
        if len(files) > 1:
            return self._ask(
                _tr("Replace File?"), *_many_said(files), _tr("&Replace"), agree_on_enter=False
            )
        if own is None:
            info = _tr("Replace it with this export? What it holds now is lost.")
        else:
            info = _tr(
                "It holds {other} exported from Netizen Editor. Replace it with {this}? What "
                "it holds now is lost."
            ).format(other=format_noun(own), this=format_noun(self.format()))
        said = _tr("“{file}” is already in {folder}.").format(file=out.name, folder=out.parent)
        # Enter keeps the file: it may be a colleague's
        return self._ask(_tr("Replace File?"), said, info, _tr("&Replace"), agree_on_enter=False)

    def confirm_make_folder(self, folder: Path) -> bool:
        """Make ``folder``, which is not there, to export into it? (tests replace this)"""
        said = _tr("The folder {folder} does not exist.").format(folder=folder)
        info = _tr("Create it and export into it?")
        return self._ask(_tr("Create Folder?"), said, info, _tr("C&reate Folder"))

    def _ask(
        self, title: str, text: str, info: str, yes: str, *, agree_on_enter: bool = True
    ) -> bool:
        """The user's answer to a question of the export: ``yes``, or Cancel (Escape)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setInformativeText(info)
        plain_box(box)  # a planted file's name shown as it is, not as rich text
        agreed = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(_tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(agreed if agree_on_enter else cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is agreed

    def export(self) -> bool:
        """Start the export; False when it does not start: one is running, or it is refused
        at once (no path, the article itself, a folder that cannot be made; the reason
        shown). The conversion and the writing run off the window's thread, the dialog saying
        so meanwhile; their result is shown when they are done, and ``ended`` gives the files
        written (empty on failure or refusal), ``exported`` too when there are any."""
        if self.running:
            return False  # one export at a time (its button is off meanwhile)
        self.warnings_list.clear()
        self.warnings_list.hide()
        self.result_label.clear()  # the last export's line is not left beside a question
        target = self._target()
        if target is None:
            self.ended.emit([])
            return False
        out, make_below = target
        job = ExportJob.taken(self.snapshot, self.settings, self.format(), out, self.article_path,
                              make_below)  # fmt: skip
        self._start(job)
        return True

    def _target(self) -> tuple[Path, Path | None] | None:
        """The file the export goes to, and the folder in which the missing folders on the
        way to it are made (None: it is there); None when it is refused (said in the
        dialog)."""
        raw = self.output_text().strip()
        if not raw:
            self._fail(_tr("Choose where to save the export."))
            return None
        out = Path(raw).expanduser()
        into_folder = raw.endswith(("/", os.sep))  # "keluar/": a folder, made if missing
        if into_folder or (out.is_dir() and not out.is_symlink()):
            out = out / self._default_output().name  # the format's own name in it
        elif not out.suffix:
            out = out.with_suffix(get_exporter(self.format()).suffix)
        problem = misnamed(out, self.format())  # Atom XML into NAME.html (QA37 #1)
        if problem is not None:
            self._fail(problem)
            return None
        if self.article_path is not None and out.absolute() == self.article_path.absolute():
            self._fail(_tr("The export would overwrite the article itself; choose another name."))
            return None
        missing = first_missing(out.parent)
        try:
            # the folder named never a link (the article's own may be: it was opened there),
            # nor the one a missing folder would be made in
            check_output_folder(out, beside=self.article_path)
            if missing is not None:
                check_output_folder(missing, beside=self.article_path)
        except SaveError as exc:
            self._fail(exc.message)
            return None
        if missing is not None and not into_folder and not self.confirm_make_folder(out.parent):
            self._fail(save_error(out, FileNotFoundError(errno.ENOENT, "")).message)
            return None
        return out, (missing.parent if missing is not None else None)

    def _start(self, job: ExportJob) -> None:
        self.running = True
        self._shown = self.isVisible()
        self._inputs_enabled = [w.isEnabled() for w in self._inputs()]
        for widget in self._inputs():  # what the export was asked with stays as it is
            widget.setEnabled(False)
        self.result_label.setStyleSheet("")
        self.result_label.setText(html.escape(_tr("Exporting…")))
        # Closing the dialog meanwhile lets the export end and write its files: its thread
        # cannot be stopped between two files without leaving a page without its photos, and
        # the journalist who closed the dialog still gets what the window does with an export
        # (its "Exported to …", the version kept). So the dialog is not deleted before the
        # result is in (nothing is shown into a deleted dialog); a failure shows it again, or
        # is said in the Export dialog opened meanwhile (``_said_in_another``).
        self._delete_on_close = self.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self._quit_wait = lambda: self._working.wait(QUIT_WAIT_S)
        app = QCoreApplication.instance()
        if app is not None:  # the app's end waits for the files, as the desk's for its poll
            app.aboutToQuit.connect(self._quit_wait)
        self._run("_converted", lambda: (convert(job), job))

    def _run(self, method: str, work: Callable[[], tuple]) -> None:
        """``work`` on the export's thread, then ``method`` with its result here."""
        done = self._working = threading.Event()

        def run() -> tuple:
            try:
                return work()
            finally:
                done.set()

        run_off_thread(self, method, run, "export")

    def _converted(self, outcome: ExportOutcome, job: ExportJob) -> None:
        """The article converted, back on the window's thread: the files it writes that are
        there and not this story's own export unchanged are asked about, all in one question,
        before any is written. Only the page or post itself was asked about: a Blogger post
        replaced a colleague's ``NAME.blogger.post.txt`` and photos unasked (RV4 #3)."""
        result, out = outcome.result, job.out
        if result is None:
            self._ended(outcome, out)
            return
        asked = to_ask(files_of(result, out), job.fmt, self._story)
        own = own_export(out, self._story)
        # Browse…'s file dialog asked about the file as it was then: not asked again while it is
        browsed = self._browsed == (str(out.absolute()), file_stamp(out))
        if asked[:1] == [out] and own is None and browsed:
            asked = asked[1:]
        if asked and not self.confirm_replace(asked, own if asked[0] == out else None):
            kept = _tr("Not exported: “{file}” was left as it is.").format(file=asked[0].name)
            if len(asked) > 1:
                kept = _tr("Not exported: the {count} files were left as they are.").format(
                    count=count_text(len(asked))
                )
            self._ended(ExportOutcome(result, problem=SaveError(out, kept)), out)
            return
        self._run("_ended", lambda: (write(job, result), out))

    def _inputs(self) -> list[QWidget]:
        return [self.export_button, self.format_group, self.output_edit, self.browse_button]

    def _ended(self, outcome: ExportOutcome, out: Path) -> None:
        """The export's result, back on the window's thread."""
        self.running = False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.disconnect(self._quit_wait)
        for widget, enabled in zip(self._inputs(), self._inputs_enabled, strict=True):
            widget.setEnabled(enabled)
        closed = self._shown and not self.isVisible()
        written = self._show_outcome(outcome, out)
        if written:
            self.exported.emit(written)
        elif closed and not self._said_in_another(out):
            self.open()  # the failure is said, not left in a closed dialog
        self.ended.emit(written)
        if self._delete_on_close:
            if self.isVisible():
                self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            else:
                self.deleteLater()  # closed while the export ran

    def _said_in_another(self, out: Path) -> bool:
        """This export's failure (its dialog closed while it ran) said in the Export dialog the
        user opened meanwhile; False when the window shows none. Shown again, this dialog was a
        second Export dialog beside that one, the failure in one and the new export in the
        other."""
        window = self.parentWidget()
        others = [] if window is None else [
            d for d in window.findChildren(ExportDialog) if d is not self and d.isVisible()
        ]  # fmt: skip
        if not others:
            return False
        failed = _tr("The export to {file} failed after its dialog was closed: {problem}")
        others[-1].add_note(failed.format(file=out.name, problem=self._failure))
        return True

    def add_note(self, text: str) -> None:
        """``text`` (another export's failure) on a line of its own at the top, in red, for as
        long as the dialog is open: a line the dialog's own export does not replace."""
        if self.notes is None:
            self.notes = QLabel()
            self.notes.setObjectName("other_exports")
            self.notes.setWordWrap(True)
            self.notes.setTextFormat(Qt.TextFormat.PlainText)
            self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.notes.setStyleSheet("#other_exports { color: #b3261e; }")
            layout = self.layout()
            if isinstance(layout, QVBoxLayout):
                layout.insertWidget(0, self.notes)
        shown = self.notes.text()
        self.notes.setText((shown + "\n" if shown else "") + bidi_escaped(text))

    def _show_outcome(self, outcome: ExportOutcome, out: Path) -> list[Path]:
        """Show the files written, or why there are none; the files."""
        exc, result = outcome.problem, outcome.result
        if exc is not None or result is None:
            if outcome.unexpected:
                log.error("the export to %s failed", out, exc_info=exc)
            self._fail(_problem(exc, converting=result is None, out=out))
            return []
        written = outcome.written
        self.written = written
        remember_written(written, self.format(), self._story)  # exported again: unasked
        self.folder = str(out.parent)
        links = "<br>".join(
            f'<a href="{QUrl.fromLocalFile(str(p)).toString()}">'
            f"{html.escape(terminal_safe(str(p)))}</a>"  # a planted name's controls shown
            for p in written[:FILES_SHOWN]
        )
        if len(written) > FILES_SHOWN:  # a post of 40 photos took the buttons off the screen
            more = _tr("… and {count} more files (Show in Folder)")
            links += "<br>" + html.escape(more.format(count=count_text(len(written) - FILES_SHOWN)))
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
        return written

    def _fail(self, message: str) -> None:
        self._failure = message
        self.result_label.setStyleSheet("color: #b3261e;")
        self.result_label.setText(html.escape(bidi_escaped(message)))  # it may name the file

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


def _many_said(files: list[Path]) -> tuple[str, str]:
    """The question about replacing ``files`` (more than one): the files named, the first
    few (40 photos would take the buttons off the screen), under the folder they are in."""
    folder = Path(os.path.commonpath([f.parent for f in files]))
    said = _tr("{count} files this export writes are already in {folder}:").format(
        count=count_text(len(files)), folder=folder
    )
    names = [str(f.relative_to(folder)) for f in files[:FILES_SHOWN]]
    if len(files) > FILES_SHOWN:
        names.append(_tr("… and {count} more").format(count=count_text(len(files) - FILES_SHOWN)))
    info = _tr("Replace them with this export? What they hold now is lost.")
    return said + "\n" + "\n".join(names), info


def _problem(exc: Exception | None, *, converting: bool, out: Path) -> str:
    """Why an export wrote nothing: ``exc`` raised ``converting`` the article, or writing
    ``out`` and its side files."""
    if converting:  # the article, or its skin (or an error no export should have)
        reason = exc.located() if isinstance(exc, NetizenError) else str(exc)
        return _tr("The article cannot be exported: {problem}").format(problem=reason)
    if isinstance(exc, SaveError):
        return exc.message
    if isinstance(exc, NetizenError):  # a device, a read-only file, the article itself
        return exc.located()
    return f"{out}: {plain_reason(exc) if exc is not None else ''}"
