"""The Markdown editor: highlighting, formatting actions, list continuation, paste and drop.

The text logic lives in :mod:`netizen_editor.editing.formatting` (pure functions); this widget turns
their small edits into one undoable ``QTextCursor`` edit each. Key handling touches only the
current line, so a keystroke costs the same in a short note and in a 20,000-word article.

Images pasted or dropped go through the photo pipeline in Qt's thread pool (see
:mod:`netizen_editor.gui.editor.image_import`); their links are inserted where the paste or drop
happened when the web copies are stored, and :attr:`status_message` says what was done.
Images pasted into an untitled article cannot be stored yet (there is no ``<article>_files``
folder): the editor keeps them, emits :attr:`needs_save_for_image`, and inserts them when the
window calls :meth:`insert_pending_images` after saving. When nothing listens to that signal
it tells the user to save first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import SIGNAL, QEvent, QMimeData, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextCursor,
    QTextFormat,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QTextEdit, QWidget

from netizen_editor.editing import formatting
from netizen_editor.editing.formatting import (
    Edit,
    LineEdit,
    continue_block,
    continue_yaml,
    indent_lines,
    is_list_item,
    next_placeholder,
)
from netizen_editor.gui.editor.end_key import end_of_logical_line
from netizen_editor.gui.editor.front_guard import allowed_here, move_to_body
from netizen_editor.gui.editor.highlighter import MarkdownHighlighter
from netizen_editor.gui.editor.long_lines import fit_wrapping
from netizen_editor.gui.editor.positions import ASTRAL, py_index, qt_position
from netizen_editor.gui.editor.spell_layer import SpellLayer
from netizen_editor.gui.editor.suggesting import Suggester
from netizen_editor.gui.editor.undo_steps import step_cursor
from netizen_editor.gui.mnemonics import menu_key
from netizen_editor.photos.options import PhotoOptions
from netizen_editor.settings import Settings

if TYPE_CHECKING:
    from types import ModuleType

    from netizen_editor.gui.editor.image_import import ImportItem, PhotoJob
    from netizen_editor.gui.editor.paste_in_place import Placed

MIN_FONT_SIZE = 6
MAX_FONT_SIZE = 72
TEMPLATE_KINDS = ("link", "baca_juga", "image")  # inserted with fields that Tab walks through
_IMAGE_MD = re.compile(r"!\[[^\]]*\]\([^)]*\)")


# -- Python index <-> Qt position (Qt counts UTF-16 units: an emoji is two) ------------------
def _images() -> ModuleType:
    """The paste/drop helpers and the photo pipeline (``image_import``): not at start."""
    from netizen_editor.gui.editor import image_import

    return image_import


QT_TEXT_EDIT_FORMAT = "application/vnd.oasis.opendocument.text"


class MarkdownEditor(QPlainTextEdit):
    """A plain text editor for Markdown articles."""

    top_line_changed = Signal(int)  # 1-based first visible line
    cursor_position_changed = Signal(int, int)  # 1-based line, column
    open_file_requested = Signal(object)  # Path of a dropped article file
    needs_save_for_image = Signal()  # an image was pasted/dropped into an untitled article
    status_message = Signal(str)  # what was done, for the window's status bar
    images_inserted = Signal(list)  # the Markdown links inserted after an image import
    #: the editor's first frame is on screen (emitted once, just after that paint)
    first_painted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        #: where the article's file is (None while untitled): its tab's Document says
        self.article_file: Callable[[], Path | None] = lambda: None
        self._family = ""
        self._size = 12
        self._zoom = 0
        self._top_line = 1
        self._search_selections: list[QTextEdit.ExtraSelection] = []
        self._template: QTextCursor | None = None  # the last inserted link/"Baca juga" template
        self._pending_images: list[ImportItem] = []
        self._photo_jobs: dict[int, tuple[PhotoJob, QTextCursor | Placed]] = {}
        self.photo_options = PhotoOptions()
        self.keep_original_photos = False
        self._line_color = QColor()
        self.painted_once = False

        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTabChangesFocus(False)
        self.highlighter = MarkdownHighlighter(self.document(), self.palette())
        self.suggester = Suggester(self)  # suggest mode (off): keys become review marks
        self.spell = SpellLayer(
            self, self.highlighter
        )  # underlines typos and non-standard spellings
        self._update_line_color()
        defaults = Settings()
        self.set_editor_font(defaults.editor_font, defaults.editor_font_size)
        self.cursorPositionChanged.connect(self._cursor_moved)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._cursor_moved()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.painted_once:
            self.painted_once = True
            QTimer.singleShot(0, self, self.first_painted.emit)  # once this frame is out
        painter = QPainter(self.viewport())
        try:
            area = event.rect()
            offset = self.contentOffset()
            block = self.firstVisibleBlock()
            while block.isValid():
                geometry = self.blockBoundingGeometry(block).translated(offset)
                if geometry.top() > area.bottom():
                    break
                if block.isVisible() and geometry.bottom() >= area.top():
                    self.spell.paint(painter, block, geometry.topLeft())
                block = block.next()
        finally:
            painter.end()

    # -- the article's file ------------------------------------------------------------------
    @property
    def article_path(self) -> Path | None:
        """The article's file (None while untitled); pasted images go next to it. Asked of
        ``article_file``: the tab points it at its Document, which owns the path."""
        return self.article_file()

    def text(self) -> str:
        """The exact text (``toPlainText`` would turn no-break spaces into spaces)."""
        return self.document().toRawText().replace("\u2029", "\n")

    # -- navigation --------------------------------------------------------------------------
    def top_line(self) -> int:
        return self.firstVisibleBlock().blockNumber() + 1

    def scroll_to_line(self, line: int) -> None:
        """Scroll so that ``line`` is the first visible line; the cursor stays where it is."""
        block = self.document().findBlockByNumber(self._clamp_line(line) - 1)
        self.verticalScrollBar().setValue(block.firstLineNumber())

    def go_to_line(self, line: int) -> None:
        """Put the cursor at the start of ``line`` and show it a little below the top."""
        line = self._clamp_line(line)
        cursor = QTextCursor(self.document().findBlockByNumber(line - 1))
        self.setTextCursor(cursor)
        self.scroll_to_line(max(1, line - 3))
        self.ensureCursorVisible()

    def _clamp_line(self, line: int) -> int:
        return max(1, min(int(line), self.document().blockCount()))

    def _scrolled(self, _value: int) -> None:
        line = self.top_line()
        if line != self._top_line:
            self._top_line = line
            self.top_line_changed.emit(line)

    def _cursor_moved(self) -> None:
        cursor = self.textCursor()
        self._refresh_extra_selections()
        self.cursor_position_changed.emit(cursor.blockNumber() + 1, cursor.positionInBlock() + 1)

    # -- look --------------------------------------------------------------------------------
    def set_editor_font(self, family: str, size: int) -> None:
        self._family = family
        self._size = max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, int(size)))
        self._zoom = 0
        self._apply_font()

    def zoom_in(self) -> None:
        self._set_zoom(self._zoom + 1)

    def zoom_out(self) -> None:
        self._set_zoom(self._zoom - 1)

    def zoom_reset(self) -> None:
        self._set_zoom(0)

    def font_size(self) -> int:
        """The point size in use (the settings' size plus the zoom)."""
        return self._size + self._zoom

    def _set_zoom(self, zoom: int) -> None:
        zoom = max(MIN_FONT_SIZE - self._size, min(MAX_FONT_SIZE - self._size, zoom))
        if zoom != self._zoom:
            self._zoom = zoom
            self._apply_font()

    def _apply_font(self) -> None:
        font = QFont(self._family)
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        font.setPointSize(self.font_size())
        self.setFont(font)
        self.setTabStopDistance(4 * self.fontMetrics().horizontalAdvance(" "))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.highlighter.set_palette(self.palette())
            self._update_line_color()
            self._refresh_extra_selections()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    def _update_line_color(self) -> None:
        base = self.palette().color(QPalette.ColorRole.Base)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        mix = 0.08 if base.lightness() >= 128 else 0.18
        self._line_color = QColor(
            round(base.red() * (1 - mix) + accent.red() * mix),
            round(base.green() * (1 - mix) + accent.green() * mix),
            round(base.blue() * (1 - mix) + accent.blue() * mix),
        )

    def set_search_highlights(self, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Highlights of the find bar's matches, drawn along with the current line."""
        self._search_selections = list(selections)
        self._refresh_extra_selections()

    def _refresh_extra_selections(self) -> None:
        line = QTextEdit.ExtraSelection()
        line.format.setBackground(self._line_color)
        line.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        line.cursor = self.textCursor()
        line.cursor.clearSelection()
        self.setExtraSelections([line, *self._search_selections])

    # -- edits -------------------------------------------------------------------------------
    def apply_text_edit(
        self,
        edit: Edit,
        text: str | None = None,
        *,
        join_previous: bool = False,
        select: bool = True,
    ) -> None:
        """Apply ``edit`` (Python indices into ``text``) as one undo step.

        ``select`` puts the cursor/selection where the edit says; otherwise the user's cursor
        stays on the same text. ``join_previous`` merges the step with the previous one.
        """
        text = self.text() if text is None else text
        cursor = step_cursor(self)
        if join_previous:
            cursor.joinPreviousEditBlock()
        else:
            cursor.beginEditBlock()
        cursor.setPosition(qt_position(text, edit.start))
        cursor.setPosition(qt_position(text, edit.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(edit.replacement)
        cursor.endEditBlock()
        if select:
            new_text = edit.apply(text) if ASTRAL.search(text + edit.replacement) else text
            chosen = QTextCursor(self.document())
            chosen.setPosition(qt_position(new_text, edit.sel_start))
            chosen.setPosition(qt_position(new_text, edit.sel_end), QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(chosen)
            self.ensureCursorVisible()

    def apply_format(self, kind: str) -> None:
        """Run a formatting action (see :data:`netizen_editor.editing.formatting.FORMAT_KINDS`)."""
        if self.isReadOnly() or not allowed_here(self, kind in formatting.BLOCK_KINDS):
            return
        text = self.text()
        cursor = self.textCursor()
        start = py_index(text, cursor.selectionStart())
        end = py_index(text, cursor.selectionEnd())
        edit = formatting.apply_format(
            text,
            start,
            end,
            kind,
            path_placeholder=self.tr("image.jpg"),
            caption_placeholder=self.tr("Caption (Foto: credit)"),
            title=self.tr("Title"),
        )
        self.apply_text_edit(edit, text)
        if kind in TEMPLATE_KINDS:  # Tab walks through its fields (text, address, caption)
            new_text = edit.apply(text)
            span = QTextCursor(self.document())
            span.setPosition(qt_position(new_text, edit.start))
            end = qt_position(new_text, edit.start + len(edit.replacement))
            span.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self._template = span

    def _next_placeholder(self) -> bool:
        """Tab inside a just inserted link, image or "Baca juga" template: select its next
        field, or after the last one leave the template; False when not in one."""
        span, self._template = self._template, None
        cursor = self.textCursor()
        if span is None or not (
            span.selectionStart() <= cursor.selectionStart()
            and cursor.selectionEnd() <= span.selectionEnd()
        ):
            return False
        snippet = span.selectedText().replace("\u2029", "\n")
        base = span.selectionStart()
        found = next_placeholder(snippet, py_index(snippet, cursor.selectionStart() - base))
        chosen = QTextCursor(self.document())
        if found is None:
            chosen.setPosition(base + qt_position(snippet, len(snippet.rstrip("\n"))))
        else:
            self._template = span
            chosen.setPosition(base + qt_position(snippet, found[0]))
            chosen.setPosition(
                base + qt_position(snippet, found[1]), QTextCursor.MoveMode.KeepAnchor
            )
        self.setTextCursor(chosen)
        return True

    # -- keys --------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if menu_key(event):  # an Alt+letter no menu took (Qt types it): not typed either
            return event.ignore()
        if self.suggester.key(event):  # suggest mode: the key made (or was refused) a mark
            return
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods == Qt.KeyboardModifier.NoModifier
        if key == Qt.Key.Key_End and end_of_logical_line(self, mods):
            return  # pressed again at a wrapped line's shown end: the line's real end
        if not self.isReadOnly():
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if plain and self._continue_block():
                    return
                if mods & Qt.KeyboardModifier.ShiftModifier:
                    # Qt would insert U+2028, which is not a line break in a Markdown file
                    self.textCursor().insertText("\n")
                    self.ensureCursorVisible()
                    return
            elif key == Qt.Key.Key_Tab and plain:
                if self._next_placeholder() or self._indent(outdent=False):
                    return
            elif key == Qt.Key.Key_Backtab:
                self._indent(outdent=True)
                return
        super().keyPressEvent(event)

    def _continue_block(self) -> bool:
        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        block = cursor.block()
        if MarkdownHighlighter.is_code_state(block.userState()):
            return False
        line = block.text()
        col = py_index(line, cursor.positionInBlock())
        edit: LineEdit | None
        if MarkdownHighlighter.in_front_matter(block):
            edit = continue_yaml(line, col)  # YAML: indentation kept, no Markdown markers
        else:
            edit = continue_block(line, col)
        if edit is None:
            return False
        new_line = line[: edit.start] + edit.replacement + line[edit.end :]
        base = block.position()
        change = step_cursor(self)
        change.beginEditBlock()
        change.setPosition(base + qt_position(line, edit.start))
        change.setPosition(base + qt_position(line, edit.end), QTextCursor.MoveMode.KeepAnchor)
        change.insertText(edit.replacement)
        change.endEditBlock()
        change.setPosition(base + qt_position(new_line, edit.cursor))
        self.setTextCursor(change)
        self.ensureCursorVisible()
        return True

    def _indent(self, outdent: bool) -> bool:
        """Tab / Shift+Tab on list items and selected lines; False lets Tab insert a tab."""
        cursor = self.textCursor()
        old_position, had_selection = cursor.position(), cursor.hasSelection()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        if last.blockNumber() > first.blockNumber() and cursor.selectionEnd() == last.position():
            last = last.previous()
        several = last.blockNumber() > first.blockNumber()
        if not outdent and not several and not is_list_item(first.text()):
            return False
        blocks = [first]
        while blocks[-1].blockNumber() < last.blockNumber():
            blocks.append(blocks[-1].next())
        text = "\n".join(b.text() for b in blocks)
        edit = indent_lines(text, 0, len(text), outdent=outdent)
        if edit.replacement == text:
            return True
        start = first.position()
        end = start + qt_position(text, len(text))
        change = step_cursor(self)
        change.beginEditBlock()
        change.setPosition(start)
        change.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        change.insertText(edit.replacement)
        change.endEditBlock()
        if several or had_selection:
            change.setPosition(start)
            change.setPosition(
                start + qt_position(edit.replacement, len(edit.replacement)),
                QTextCursor.MoveMode.KeepAnchor,
            )
        else:
            shift = len(edit.replacement) - len(text)
            change.setPosition(max(start, old_position + shift))
        self.setTextCursor(change)
        return True

    # -- clipboard ---------------------------------------------------------------------------
    def cut(self) -> None:
        if not self.suggester.cut():  # in suggest mode the cut text is suggested for deletion
            super().cut()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasImage() or source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste: image files and bitmaps → stored and linked; rich HTML → Markdown; text."""
        images = _images().image_files(_images().local_files(source))
        if images:
            self._insert_images([_images().ImportItem(path=p) for p in images])
            return
        # Qt's own text edits (this editor too) offer HTML of the plain text beside an ODF
        # copy: that HTML is not rich text, and converting it would escape the Markdown.
        from_qt_text_edit = source.hasFormat(QT_TEXT_EDIT_FORMAT)
        html = source.html() if source.hasHtml() and not from_qt_text_edit else ""
        from netizen_editor.gui.editor.html_paste import paste, pasted  # as documents import

        storing = [item for job, _ in self._photo_jobs.values() for item in job.items]
        markdown, carried, problems = pasted(self, html, self.article_path, self.text,
                                             self.photo_options, storing)  # fmt: skip
        bitmap = _images().mime_image(source)
        pictures = [bitmap] if bitmap is not None else carried
        if pictures and not _IMAGE_MD.sub("", markdown).strip():
            # "Copy image" in a browser also offers <img>; word processors that offer a
            # picture of copied text also offer the text, which wins above
            self._insert_images(pictures, problems)
            return
        if markdown.strip():  # with a file, each picture's link where it was; else after saving
            self._insert_images(carried, problems, paste(self, markdown, carried, self._paste))
            return
        _images().say_not_added(self, problems)
        urls = "\n".join(url.toString() for url in source.urls())
        text = source.text() if source.hasText() else urls
        if text:
            self._paste(text)

    def _paste(self, text: str) -> None:  # at the cursor (a suggestion in suggest mode)
        fit_wrapping(self, text)
        if not self.suggester.insert(text):
            self.textCursor().insertText(text)
        self.ensureCursorVisible()

    def has_pending_images(self) -> bool:
        return bool(self._pending_images)

    def insert_pending_images(self) -> bool:
        """Insert the images kept back while the article was untitled (call after saving)."""
        if not self._pending_images or self.article_path is None:
            return False
        pending, self._pending_images = self._pending_images, []
        self._insert_images(pending)
        return True

    def discard_pending_images(self) -> None:
        self._pending_images = []

    def set_photo_settings(self, settings: Settings) -> None:
        self.photo_options = PhotoOptions.from_settings(settings)
        self.keep_original_photos = settings.photo_keep_original

    def import_images(self, items: list[ImportItem]) -> None:
        """Bring images in at the cursor (pasted, dropped or chosen in the insert dialog)."""
        self._insert_images(items)

    def _insert_images(self, items: list[ImportItem], problems: list[str] | None = None,
                       placed: Placed | None = None) -> None:  # fmt: skip
        items = placed.items if placed is not None else items  # their links are in the text
        if self.isReadOnly() or not items:  # a paste's pictures left out: said all the same
            _images().say_not_added(self, problems or [])
            return
        if placed is None:
            move_to_body(self)  # a photo is a block of its own: never among the front matter
        article = self.article_path
        if article is None:
            self._pending_images = items
            _images().say_not_added(self, problems or [])
            if self.receivers(SIGNAL("needs_save_for_image()")) > 0:
                self.needs_save_for_image.emit()
            else:
                QMessageBox.information(self, self.tr("Save the article first"),
                                        self.tr("Save the article first so pasted images have "
                                                "a folder."))  # fmt: skip
            return
        job = _images().PhotoJob(
            items, article, self.photo_options, self.keep_original_photos, self.text(), problems
        )
        job_id = id(job)
        self._photo_jobs[job_id] = (job, placed or QTextCursor(self.textCursor()))
        job.setAutoDelete(False)  # kept until its result is back on the GUI thread
        job.signals.finished.connect(lambda outcomes, j=job_id: self._images_ready(j, outcomes))
        self.status_message.emit(self.tr("Preparing the image for the web…"))
        QThreadPool.globalInstance().start(job)

    def photo_jobs_running(self) -> int:
        return len(self._photo_jobs)

    def _images_ready(self, job_id: int, outcomes: list) -> None:
        if not shiboken6.isValid(self):  # the tab was closed while the job ran
            return
        job, cursor = self._photo_jobs.pop(job_id, (None, None))
        if job is None or cursor is None:
            return
        links, problems, done = [], list(job.problems), []
        for item, outcome in outcomes:
            if isinstance(outcome, str):
                problems.append(outcome)
                continue
            links.append(_images().image_markdown(outcome.relative, item))
            done.append(outcome.message)
        if isinstance(cursor, QTextCursor):
            _images().insert_links(self, cursor, links)
        elif not self.isReadOnly():  # its links in the text (or its Redo step) set right
            done, problems = cursor.settle(outcomes, problems)
        if done:
            self.status_message.emit("; ".join(done))
        self.images_inserted.emit(links)
        _images().say_not_added(self, problems)

    # -- drag and drop -----------------------------------------------------------------------
    @staticmethod
    def _dropped(source: QMimeData) -> tuple[list[Path], list[Path]]:
        files = _images().local_files(source)
        return _images().article_files(files), _images().image_files(files)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        articles, images = self._dropped(event.mimeData())
        if articles or images:
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        articles, images = self._dropped(event.mimeData())
        super().dragMoveEvent(event)  # draws the drop caret
        if articles or images:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """A dropped ``.md`` file opens; dropped images are stored and linked where dropped."""
        articles, images = self._dropped(event.mimeData())
        if not articles and not images:
            super().dropEvent(event)
            return
        super().dragLeaveEvent(QDragLeaveEvent())  # hide the drop caret
        for path in articles:
            self.open_file_requested.emit(path)
        if images and not self.isReadOnly():
            self.setTextCursor(self.cursorForPosition(event.position().toPoint()))
            self._insert_images([_images().ImportItem(path=p) for p in images])
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        event.acceptProposedAction()
