"""The article's front matter as a form, bound to the editor's text.

The panel and the front matter in the text are one. A field the user edits rewrites only
that key's line(s) through :func:`netizen_editor.article.frontmatter.field_edit` as one undo step
(consecutive edits of the same field join that step, as typing in the editor does). Edits in
the text reach the fields after a short pause; a field that has focus is left alone until the
user leaves it. The panel never writes on its own, so an article whose panel was not touched
is saved byte for byte as it was opened.

In the window the panel parses nothing: its tab hands it each snapshot of the text
(:meth:`MetadataPanel.show_snapshot`), whose article or front matter error it shows. A panel
used on its own (no snapshots) reads the front matter block itself after a short pause.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from netizen_editor.article.frontmatter import field_edit
from netizen_editor.article.model import (
    STATUSES,
    Article,
    front_matter_warning,
    readable_article,
    slugify,
)
from netizen_editor.checks.house_style import DEFAULTS as HOUSE_STYLE_DEFAULTS
from netizen_editor.errors import ArticleError
from netizen_editor.grammar.frontmatter import split_front_matter
from netizen_editor.gui.editor.markdown_editor import MarkdownEditor
from netizen_editor.gui.editor.positions import qt_position
from netizen_editor.gui.editor.style_fixes import COLOR as WARNING_COLOR
from netizen_editor.gui.panels.date_tab import leave_on_tab
from netizen_editor.gui.panels.details_scroll import FieldsScroll
from netizen_editor.gui.panels.title_run import TitleRun
from netizen_editor.gui.uiloader import child, load_ui
from netizen_editor.snapshot import Snapshot

#: the summary's longest length, as the house-style check counts it (120–156 characters)
SUMMARY_LIMIT: int = HOUSE_STYLE_DEFAULTS["summary"]["max_chars"]
SUMMARY_SHORTEST: int = HOUSE_STYLE_DEFAULTS["summary"]["min_chars"]
#: lines the summary box shows: a summary at the limit fits at the dock's width
SUMMARY_LINES = 5
REFRESH_DELAY_MS = 150
MAX_FRONT_MATTER_LINES = 2000
#: the date field's "no date": shown blank (its special text), never written
NO_DATE = QDateTime(QDate(100, 1, 1), QTime(0, 0))

# line edits: widget name -> front matter key
LINE_FIELDS = {
    "title_edit": "title",
    "author_edit": "author",
    "editor_edit": "editor",
    "slug_edit": "slug",
    "dateline_edit": "dateline",
    "image_edit": "image",
    "caption_edit": "image_caption",
    "credit_edit": "image_credit",
}


class MetadataPanel(QWidget):
    """Title, summary, author, … of the article shown in ``editor``."""

    #: the user chose a status and it was written into the text (the window keeps a version)
    status_written = Signal(str)

    def __init__(self, editor: MarkdownEditor | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        load_ui("metadata_panel.ui", self)
        # asked before a status is written (the checks dock asks before "ready" with errors)
        self.status_guard: Callable[[str], bool] | None = None
        #: the labels' texts with their Alt+letters by object name (``name_letters.details_texts``,
        #: asked when the panel is first shown: then it is in the window)
        self.letters_given: Callable[[], dict[str, str]] | None = None
        self.error_label = child(self, QLabel, "error_label")
        self.fields_widget = child(self, QWidget, "fields_widget")
        self.line_edits = {key: child(self, QLineEdit, name) for name, key in LINE_FIELDS.items()}
        self.title_edit = self.line_edits["title"]
        self.slug_edit = self.line_edits["slug"]
        self.image_edit = self.line_edits["image"]
        self.summary_edit = child(self, QPlainTextEdit, "summary_edit")
        self.summary_count = child(self, QLabel, "summary_count")
        self.summary_hint = child(self, QLabel, "summary_hint")
        self.labels_edit = child(self, QLineEdit, "labels_edit")
        self.date_check = child(self, QCheckBox, "date_check")
        self.date_edit = child(self, QDateTimeEdit, "date_edit")
        self.image_button = child(self, QToolButton, "image_button")
        self.status_combo = child(self, QComboBox, "status_combo")

        self._editor: MarkdownEditor | None = None
        self._updating = False  # the fields are being filled from the text
        self._writing = False  # the text is being changed from a field
        self._front_matter: str | None = None  # the text of the front matter last shown
        self._front_matter_end = 0
        self._meta: dict[str, Any] = {}  # the front matter last shown
        self._snapshot: Snapshot | None = None  # the last snapshot handed in (window mode)
        self._error = ""
        self._slug_manual = False
        self._joinable: tuple[str, int] | None = None  # (field, undo steps) after our last edit
        self._title_run = TitleRun()  # the slug back with the headline after an Undo in its field
        self._focus_pending = False
        self._date_tz: dt.tzinfo | None = None
        self._date_only = False
        self._placeholders: dict[str, str] = {}  # a disabled field's, by its object name
        self._clear_buttons: set[str] = set()  # the disabled fields that had a clear button
        self.fields_scroll = FieldsScroll.around(self.fields_widget)
        self.date_edit.setMinimumDateTime(NO_DATE)
        self.date_edit.setSpecialValueText(" ")  # no date: blank, not Qt's 2000-01-01
        self.date_edit.setDateTime(NO_DATE)
        leave_on_tab(self.date_edit)

        self.status_combo.addItem(self.tr("—"), "")
        names = (self.tr("Draft"), self.tr("Review"), self.tr("Ready"), self.tr("Published"),
                 self.tr("Spiked"))  # fmt: skip
        for value, text in zip(STATUSES, names, strict=True):
            self.status_combo.addItem(text, value)
        self.error_label.hide()
        self.summary_hint.hide()
        hint = self.tr("Summary is longer than {0} characters: search engines will cut it off")
        self.summary_hint.setText(hint.format(SUMMARY_LIMIT))
        tip = self.tr("Characters in the summary: the house style asks for {0} to {1}")
        self.summary_count.setToolTip(tip.format(SUMMARY_SHORTEST, SUMMARY_LIMIT))
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh)

        for key, edit in self.line_edits.items():
            if key == "title":
                edit.textEdited.connect(self._title_edited)
            elif key == "slug":
                edit.textEdited.connect(self._slug_edited)
            else:
                edit.textEdited.connect(lambda text, key=key: self._write(key, text.strip()))
        self.labels_edit.textEdited.connect(
            lambda text: self._write("labels", [p.strip() for p in text.split(",") if p.strip()])
        )
        self.summary_edit.textChanged.connect(self._summary_changed)
        summary = self.summary_edit
        lines = summary.fontMetrics().lineSpacing() * SUMMARY_LINES
        chrome = 2 * (summary.document().documentMargin() + summary.frameWidth()) + 4
        summary.setFixedHeight(int(lines + chrome))  # +4: the last line whole, not scrolled to
        self.date_check.clicked.connect(self._date_checked)
        self.date_edit.dateTimeChanged.connect(self._date_edited)
        self.status_combo.activated.connect(self._status_chosen)
        self.image_button.clicked.connect(self.choose_image)
        for widget in self._field_widgets():
            widget.installEventFilter(self)
        if editor is not None:
            self.set_editor(editor)

    def _status_chosen(self, index: int) -> None:
        value = self.status_combo.itemData(index) or None
        meta = self._text_meta()
        status = _text(meta.get("status")).strip().lower()
        guard = self.status_guard
        spiking = value == "spiked" and status != "spiked"
        running = status == "spiked" and value in ("ready", "published")  # a spiked story run
        if (
            (spiking and not self._confirm_spike(meta))
            or (running and not self._confirm_spike(meta, value))
            or (value and guard is not None and not guard(value))
        ):  # not confirmed: the combo shows the text's status again
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))
            return
        if self._write("status", value):
            self.status_written.emit(value or "")

    def _text_meta(self) -> dict[str, Any]:
        """The front matter last shown, as the text has it ({} when it cannot be read)."""
        try:
            return Article.parse(self._front_matter).meta if self._front_matter else {}
        except ArticleError:
            return {}

    def _confirm_spike(self, meta: dict[str, Any], running: str | None = None) -> bool:
        """The desk's question before a story is spiked (``running``: before a spiked one is
        set to that status), naming it by its title (else its file's name); not asked when the
        status cannot be written anyway."""
        editor = self._editor
        if editor is None or editor.isReadOnly() or self._error:
            return True
        from netizen_editor.gui.dialogs.status_questions import confirm_spike, confirm_spiked_story

        path = editor.article_path
        story = _text(meta.get("title")).strip() or (path.name if path else self.tr("Untitled"))
        if running:
            return confirm_spiked_story(self.window(), story, running)
        return confirm_spike(self.window(), story, _text(meta.get("status")))

    # -- binding -----------------------------------------------------------------------------
    @property
    def editor(self) -> MarkdownEditor | None:
        return self._editor

    def set_editor(self, editor: MarkdownEditor | None) -> None:
        """Show (and edit) the front matter of ``editor``'s text."""
        if self._editor is not None:
            self._editor.document().contentsChange.disconnect(self._contents_changed)
            self._editor.document().undoCommandAdded.disconnect(self._undo_added)
        self._editor = editor
        self._front_matter = None
        if editor is not None:
            editor.document().contentsChange.connect(self._contents_changed)
            editor.document().undoCommandAdded.connect(self._undo_added)
        self.refresh_from_text()

    def error(self) -> str:
        return self._error

    def _field_widgets(self) -> list[QWidget]:
        return [
            *self.line_edits.values(),
            self.summary_edit,
            self.labels_edit,
            self.date_check,
            self.date_edit,
            self.status_combo,
        ]

    # -- text → fields -----------------------------------------------------------------------
    def _contents_changed(self, position: int, _removed: int, _added: int) -> None:
        if self._writing or self._snapshot is not None:
            return  # snapshots bring the text's changes
        if self._front_matter is None or self._error or position <= self._front_matter_end:
            self._refresh_timer.start()

    def _undo_added(self) -> None:
        if not self._writing:
            self._joinable = None  # the user edited the text: start a new undo step

    def _read_front_matter(self) -> tuple[str, int]:
        """The front matter block (with fences and final newline) and its end position."""
        if self._editor is None:
            return "", 0
        text = self._editor.text()
        front_matter, _body, _line = split_front_matter(text)
        return front_matter, qt_position(text, len(front_matter))

    def showEvent(self, event: QShowEvent) -> None:
        """First shown (in the window): the labels' Alt+letters apart from the window's."""
        given = self.letters_given
        if given is not None and isinstance(self.window(), QMainWindow):  # not while on its own
            self.letters_given = None
            texts = given()
            for label in self.findChildren(QLabel):
                if label.buddy() is not None and label.objectName() in texts:
                    label.setText(texts[label.objectName()])
        super().showEvent(event)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Show the front matter of a snapshot of the editor's text (the window's way)."""
        self._snapshot = snapshot
        self._refresh_timer.stop()
        article = snapshot.article
        if article is not None:
            front_matter = article.front_matter
        else:
            front_matter = split_front_matter(snapshot.text)[0]
        self._front_matter_end = qt_position(snapshot.text, len(front_matter))
        readable = snapshot.readable  # with an error: the fields that could still be read
        self._show(front_matter, readable.meta if readable is not None else None, snapshot.error)

    def _head_text(self) -> str:
        """The first lines of the text, enough to tell whether it meant to have front matter."""
        if self._editor is None:
            return ""
        block, lines = self._editor.document().firstBlock(), list[str]()
        while block.isValid() and len(lines) < MAX_FRONT_MATTER_LINES:
            lines.append(block.text())
            block = block.next()
        return "\n".join(lines) + "\n"

    def refresh_from_text(self) -> None:
        """Fill the fields from the front matter now (normally done after a short pause)."""
        self._refresh_timer.stop()
        front_matter, end = self._read_front_matter()
        self._front_matter_end = end
        try:
            meta = Article.parse(front_matter).meta if front_matter else {}
        except ArticleError as exc:
            readable = readable_article(front_matter)
            self._show(front_matter, readable.meta if readable is not None else None, exc)
            return
        self._show(front_matter, meta, None)

    def _refresh(self) -> None:
        if self._snapshot is not None:
            self.show_snapshot(self._snapshot)
        else:
            self.refresh_from_text()

    def _show(
        self, front_matter: str, meta: dict[str, Any] | None, error: ArticleError | None
    ) -> None:
        """Show ``meta`` (with an ``error``: what could be read, in fields that stay off;
        None: the YAML is broken, the fields keep what they showed)."""
        same = front_matter and front_matter == self._front_matter  # "" may hide a warning
        if same and not self._focus_pending and not self._error:
            return
        self._front_matter = front_matter
        self._focus_pending = False
        if error is not None or meta is None:
            self._show_error(error)
            if meta is not None:
                self._show_meta(meta)
            return
        warning = None if front_matter else front_matter_warning(self._head_text())
        if warning is not None:  # the fields stay off: a second block is never written
            self._show_error(warning)
            return
        self._show_error(None)
        self._show_meta(meta)

    def _show_meta(self, meta: dict[str, Any]) -> None:
        self._meta = meta
        self._updating = True
        try:
            self._fill(meta)
        finally:
            self._updating = False

    def _show_error(self, exc: ArticleError | None) -> None:
        if exc is None:
            message = ""
        elif exc.line is not None:
            message = self.tr("Front matter, line {0}: {1}").format(exc.line, exc.message)
        else:
            message = self.tr("Front matter: {0}").format(exc.message)
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.fields_widget.setEnabled(not message)
        self._error = message

    def _fill(self, meta: dict[str, Any]) -> None:
        article = Article(meta=meta)
        for key, edit in self.line_edits.items():
            self._set_text(edit, _text(meta.get(key)))
        if not self.summary_edit.hasFocus():
            if self.summary_edit.toPlainText() != _text(meta.get("summary")):
                self.summary_edit.setPlainText(_text(meta.get("summary")))
        else:
            self._focus_pending = True
        self._update_summary_count()
        self._set_text(self.labels_edit, ", ".join(article.labels))
        self._fill_date(article.date)
        status = _text(meta.get("status")).strip().lower()
        if not self.status_combo.hasFocus():
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))
        if not self.slug_edit.hasFocus():
            slug = _text(meta.get("slug")).strip()
            self._slug_manual = bool(slug) and slug != slugify(_text(meta.get("title")))

    def _set_text(self, edit: QLineEdit, text: str) -> None:
        if edit.hasFocus():
            if edit.text() != text:
                self._focus_pending = True
            return
        if edit.text() != text:
            edit.setText(text)
            edit.setCursorPosition(0)

    def _fill_date(self, value: dt.datetime | dt.date | None) -> None:
        if self.date_edit.hasFocus() or self.date_check.hasFocus():
            self._focus_pending = True
            return
        self.date_check.setChecked(value is not None)
        self.date_edit.setEnabled(value is not None)
        if value is None:
            self._blank_date()
            return
        if isinstance(value, dt.datetime):
            self._date_only = False
            self._date_tz = value.tzinfo
            qdate = QDateTime(
                QDate(value.year, value.month, value.day),
                QTime(value.hour, value.minute, value.second),
            )
        else:
            self._date_only = True
            self._date_tz = None
            qdate = QDateTime(QDate(value.year, value.month, value.day), QTime(0, 0))
        if self.date_edit.dateTime() != qdate:
            self.date_edit.setDateTime(qdate)

    # -- fields → text -----------------------------------------------------------------------
    def _write(self, key: str, value: Any, *, join: bool = False) -> bool:
        """Set ``key`` in the editor's front matter as one undo step; False if unchanged."""
        editor = self._editor
        if self._updating or editor is None or editor.isReadOnly() or self._error:
            return False
        front_matter, _end = self._read_front_matter()
        first = editor.document().firstBlock().text()
        text = front_matter or ("\ufeff" if first.startswith("\ufeff") else "")
        edit = field_edit(text, key, value)
        if edit is None:
            return False
        document = editor.document()
        join = join or (
            self._joinable is not None
            and self._joinable == (key, document.availableUndoSteps())
            and document.availableRedoSteps() == 0
        )
        self._writing = True
        try:
            editor.apply_text_edit(edit, text, join_previous=join, select=False)
        finally:
            self._writing = False
        self._joinable = (key, document.availableUndoSteps())
        self._front_matter, self._front_matter_end = self._read_front_matter()
        suggester = getattr(editor, "suggester", None)  # suggest mode: told it is no suggestion
        if suggester is not None:
            suggester.front_matter_edited()
        return True

    def _title_edited(self, text: str) -> None:
        title, editor = text.strip(), self._editor
        steps = editor.document().availableUndoSteps() if editor is not None else -1
        slug = self._title_run.slug_for(title, self._meta, self._joinable == ("title", steps))
        wrote = self._write("title", title)
        if not self._slug_manual and self._editor is not None:
            self.slug_edit.setText(slug)
            if self._write("slug", slug, join=wrote):
                self._joinable = ("title", self._editor.document().availableUndoSteps())

    def _slug_edited(self, text: str) -> None:
        slug = text.strip()
        self._slug_manual = bool(slug)  # clearing the slug lets it follow the title again
        self._write("slug", slug)

    def _summary_changed(self) -> None:
        self._update_summary_count()
        if not self._updating:
            self._write("summary", self.summary_edit.toPlainText().strip())

    def _update_summary_count(self) -> None:
        count = len(self.summary_edit.toPlainText().strip())
        self.summary_count.setText(f"{count} / {SUMMARY_LIMIT}")
        too_long = count > SUMMARY_LIMIT
        self.summary_hint.setVisible(too_long)
        if too_long:
            look = "color: #b3261e; font-weight: bold;"
        elif 0 < count < SUMMARY_SHORTEST:  # the check warns: amber, as its warnings are
            look = f"color: {WARNING_COLOR};"
        else:
            look = ""
        self.summary_count.setStyleSheet(look)

    def _blank_date(self) -> None:
        self._updating = True
        try:
            self.date_edit.setDateTime(NO_DATE)
        finally:
            self._updating = False

    def _date_checked(self, checked: bool) -> None:
        self.date_edit.setEnabled(checked)
        if not checked:
            self._blank_date()
            self._write("date", None)
            return
        blank = self.date_edit.dateTime() <= NO_DATE
        if self._editor is not None and (blank or not self._has_date_in_text()):
            now = dt.datetime.now().astimezone().replace(second=0, microsecond=0)
            self._date_tz, self._date_only = now.tzinfo, False
            self._updating = True
            self.date_edit.setDateTime(
                QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
            )
            self._updating = False
        self._write("date", self.date_value())

    def _has_date_in_text(self) -> bool:
        return self._meta.get("date") not in (None, "")

    def _date_edited(self, _value: QDateTime) -> None:
        if not self._updating and self.date_check.isChecked():
            self._write("date", self.date_value())

    def date_value(self) -> dt.datetime | dt.date:
        """The date in the date field, with the time zone the article's date had."""
        value = self.date_edit.dateTime()
        date, time = value.date(), value.time()
        if self._date_only and time.hour() == 0 and time.minute() == 0:
            return dt.date(date.year(), date.month(), date.day())
        return dt.datetime(
            date.year(),
            date.month(),
            date.day(),
            time.hour(),
            time.minute(),
            time.second(),
            tzinfo=self._date_tz,
        )

    # -- featured image ----------------------------------------------------------------------
    def choose_image(self) -> None:
        from netizen_editor.gui.editor.image_import import IMAGE_SUFFIXES  # not at start

        article = self._editor.article_path if self._editor is not None else None
        start = str(article.parent) if article is not None else ""
        patterns = " ".join(f"*{suffix}" for suffix in sorted(IMAGE_SUFFIXES))
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Featured Image"), start, self.tr("Images ({0})").format(patterns)
        )
        if path:
            self.set_image_path(Path(path))

    def set_image_path(self, path: Path) -> None:
        """Use ``path`` as the featured image, as Insert › Image… would: linked where it is
        inside the article's folder, else its web copy stored in the article's files folder
        (off the GUI thread); the field gets the path relative to the article."""
        from netizen_editor.gui.panels.featured_image import bring_in_featured  # not at start

        if self._editor is not None:
            bring_in_featured(self._editor, path, self._set_image)

    def _set_image(self, value: str) -> None:
        self.image_edit.setText(value)
        self._write("image", value)

    # -- focus -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _window_key(event):
            return True  # Ctrl+E exports (a line edit on Linux would take it as End)
        if event.type() == QEvent.Type.EnabledChange and isinstance(
            watched, QLineEdit | QPlainTextEdit
        ):
            self._placeholder_follows(watched)
            if isinstance(watched, QLineEdit):
                self._clear_button_follows(watched)
        elif event.type() == QEvent.Type.FocusOut:
            self._joinable = None  # leaving a field ends its undo step
            if self._focus_pending:
                self._refresh_timer.start()
        return super().eventFilter(watched, event)

    def _placeholder_follows(self, field: QLineEdit | QPlainTextEdit) -> None:
        """A disabled field (a read-only story, one that cannot be read) shows no placeholder:
        styles draw it as dark as a value, so "JAKARTA" looked like the story's dateline
        among the greyed values. Enabled again, the field has it back."""
        name = field.objectName()
        if field.isEnabled():
            kept = self._placeholders.pop(name, None)
            if kept is not None and not field.placeholderText():
                field.setPlaceholderText(kept)
        elif field.placeholderText():
            self._placeholders[name] = field.placeholderText()
            field.setPlaceholderText("")

    def _clear_button_follows(self, field: QLineEdit) -> None:
        """A disabled field has no clear button (ⓧ): it could not clear anything. Enabled
        again, the field has it back."""
        name = field.objectName()
        if field.isEnabled():
            if name in self._clear_buttons:
                self._clear_buttons.discard(name)
                field.setClearButtonEnabled(True)
        elif field.isClearButtonEnabled():
            self._clear_buttons.add(name)
            field.setClearButtonEnabled(False)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


#: keys the window's actions have that a field would take for its own (Qt's X11 line edits
#: read Ctrl+E as End): left to the window
WINDOW_KEYS = (QKeySequence("Ctrl+E"),)


def _window_key(event: QEvent) -> bool:
    if not isinstance(event, QKeyEvent):
        return False
    pressed = QKeySequence(event.keyCombination())
    return any(pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in WINDOW_KEYS)
