"""One open article: the editor beside its live preview, and its :class:`Document`.

The tab is the mediator between its own editor, preview, find bar, metadata panel and outline
(they never talk to each other directly). The window shows the tab's metadata panel and outline
in its side docks and listens to the tab's signals.

The file state lives in ``tab.document`` (no Qt); the tab only reads it, and tells it about
edits. The tab owns the article's revision pipeline (``tab.revisions``, one render thread):
each text revision is scanned and parsed once there into a frozen
:class:`~netizen_editor.snapshot.Snapshot`; the preview shows what the thread renders, and the
tab hands the snapshot of the current revision to its title, outline, status bar counts and
metadata panel, and emits it as ``snapshot_ready`` for the window's views (the checks dock,
the export dialog).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from netizen_editor.document import Document, to_editor_text
from netizen_editor.editing.long_lines import LONG_LINE
from netizen_editor.editing.textstats import TextStats
from netizen_editor.errors import name_unsaved
from netizen_editor.gui import collector
from netizen_editor.gui.editor.long_lines import fit_wrapping
from netizen_editor.gui.editor.markdown_editor import MarkdownEditor
from netizen_editor.gui.editor.positions import qt_position
from netizen_editor.gui.panels.outline_panel import OutlineView
from netizen_editor.gui.preview.preview_view import PreviewView
from netizen_editor.gui.revisions.pipeline import Revisions
from netizen_editor.gui.window.clean_text import CleanText
from netizen_editor.gui.window.info_bar import InfoBar
from netizen_editor.gui.window.line_breaks import LineBreakOffer
from netizen_editor.gui.window.long_open import LongOpen, first_look, is_long
from netizen_editor.gui.window.name_letters import details_texts
from netizen_editor.gui.window.too_big import TooBigNote
from netizen_editor.settings import Settings
from netizen_editor.snapshot import Snapshot, take_snapshot
from netizen_editor.templates.placeholders import PLACEHOLDER
from netizen_editor.terminal import terminal_safe
from netizen_editor.text_ends import common_ends

if TYPE_CHECKING:
    from collections.abc import Callable

    from netizen_editor.gui.editor.find_bar import FindBar
    from netizen_editor.gui.panels.metadata_panel import MetadataPanel

SYNC_QUIET_MS = 250
#: opened before the window's first frame: the text up to this many characters past the cursor
#: is highlighted for that frame (a tall screen of wrapped prose), the rest just after it
FIRST_SCREEN_CHARS = 12_000
#: ...and a tab whose editor never paints (behind another tab) finishes opening this late
FINISH_OPENING_MS = 600


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentTab", text)


class DocumentTab(QWidget):
    dirty_changed = Signal(bool)
    name_changed = Signal()  # file name or article title changed
    text_edited = Signal()  # the text changed (by the user, a panel or a restore)
    stats_changed = Signal(object)  # TextStats
    cursor_moved = Signal(int, int)  # line, column
    problem_changed = Signal(str)  # the preview's complaint about the text, "" when none
    open_requested = Signal(Path)  # a .md file was dropped on the editor
    splitter_moved = Signal(list)
    status_written = Signal(str)  # the details panel wrote a status the user chose
    closing = Signal()  # the tab closes for good (its article's lock goes: ``locking``)
    #: Snapshot of the current text revision (article or error, title, headings, counts,
    #: findings), once per revision after the text rests; stale ones are never emitted
    snapshot_ready = Signal(object)

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = Document()  # replaced by open_document
        self.problem = ""  # the preview's current complaint about the text
        # a story from a template: the folder it is for, where its first Save As starts
        self.new_story_folder: Path | None = None
        #: the status the desk last set on this story while it was open here (``desk_status``),
        #: until a save wrote the text or the user chose a status in the details panel
        self.desk_status: str | None = None
        self.status_written.connect(lambda _status: setattr(self, "desk_status", None))
        self._settings = settings
        self._snapshot: Snapshot | None = None
        self._parsed: Snapshot | None = None  # parsed here, for the render thread to reuse
        self._title = ""
        self._stats: TextStats | None = None  # not counted yet
        self._loading = False
        self._long_open: LongOpen | None = None  # a long text going in (``open_document``)
        self._looking = False  # ...and its first look being made (``_looked``)
        self._preview_stale = True
        self._sync_from = ""
        #: opened before the window's first frame, title, outline and fields not shown yet
        self.opening = False

        self.editor = MarkdownEditor()
        self.editor.setObjectName("editor")
        self.editor.article_file = lambda: self.document.path  # the Document owns the path
        self.revisions = Revisions(settings, self)
        self.preview = PreviewView(self.revisions)
        self.preview.setObjectName("preview")
        self._find_bar: FindBar | None = None  # made when first wanted: not in the first frame
        # the details panel (its form, its modules: ~20 ms) is made when first wanted: by the
        # first look at the text, after the window's first frame; the window shows the slot
        self.metadata_slot = QWidget()
        self.metadata_slot.setObjectName("metadata_slot")
        slot_layout = QVBoxLayout(self.metadata_slot)
        slot_layout.setContentsMargins(0, 0, 0, 0)
        self._metadata_panel: MetadataPanel | None = None
        self._status_guard: Callable[[str], bool] | None = None
        self.outline = OutlineView()
        self.info_bar = InfoBar()
        self.too_big = TooBigNote(self.info_bar)
        self.line_breaks = LineBreakOffer(self)
        self.clean_text = CleanText(self.editor)  # an Undo back to it: not modified

        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(2)
        column_layout.addWidget(self.info_bar)
        column_layout.addWidget(self.editor, 1)
        self._column_layout = column_layout
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("editor_preview_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(column)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 45)
        self.splitter.setStretchFactor(1, 55)
        self.splitter.setSizes([4500, 5500])  # in proportion, until the window sets its own
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._push = QTimer(self, singleShot=True, interval=0)
        self._push.timeout.connect(self._submit)
        self._sync_quiet = QTimer(self, singleShot=True, interval=SYNC_QUIET_MS)
        self._sync_quiet.timeout.connect(lambda: setattr(self, "_sync_from", ""))

        document = self.editor.document()
        document.modificationChanged.connect(self._modification_changed)
        document.contentsChange.connect(self._contents_changed)
        self.editor.textChanged.connect(self._text_changed)
        self.editor.cursor_position_changed.connect(self.cursor_moved)
        self.editor.top_line_changed.connect(self._editor_scrolled)
        self.editor.open_file_requested.connect(self.open_requested)
        self.preview.scrolled_to_line.connect(self._preview_scrolled)
        self.preview.line_clicked.connect(self._preview_clicked)
        self.preview.error_changed.connect(self._problem)
        self.revisions.snapshot_ready.connect(self._on_snapshot)
        self.outline.heading_activated.connect(self.go_to_line)
        self.outline.heading_shown.connect(lambda line: self.go_to_line(line, focus=False))
        self.splitter.splitterMoved.connect(lambda *_: self.splitter_moved.emit(self.sizes()))
        self.apply_settings(settings)

    # -- the document ------------------------------------------------------------------------
    @property
    def doc_id(self) -> str:
        return self.document.doc_id

    @property
    def path(self) -> Path | None:
        return self.document.path

    @property
    def read_only(self) -> bool:
        return self.document.read_only

    def open_document(
        self,
        document: Document,
        text: str,
        *,
        modified: bool = False,
        cursor: int | None = None,
        first_frame: bool = False,
    ) -> None:
        """Show ``text`` (as read from disk or a journal) as the text of ``document``.

        ``first_frame``: the window is not shown yet (the start). The frame then shows the text,
        highlighted as far as a screen goes; its title, outline, fields and the rest of the
        highlighting (YAML, a parse: ~50 ms for 5,000 words) follow just after the editor's
        first paint (``finish_opening``). A long text (``long_open``) goes in over the next
        turns of the event loop, the editor read-only meanwhile (``_opened``)."""
        self.document = document
        text = to_editor_text(text)
        fit_wrapping(self.editor, text)  # a megabyte without a space must not hold it
        self._loading = True
        if is_long(text):
            done = partial(self._opened, text, modified, cursor)
            self._long_open = LongOpen(self.editor, self.info_bar, text, done, self.read_only)
            self._long_open.start()  # the rest on the next turns
            self.document_changed()  # read-only meanwhile
            return
        if first_frame:
            self.editor.highlighter.hold_beyond((cursor or 0) + FIRST_SCREEN_CHARS)
        try:
            self.editor.setPlainText(text)
        finally:
            self._loading = False
        self.line_breaks.look(text)
        self._text_in(modified, cursor)
        if first_frame:
            self.opening = True
            self.editor.first_painted.connect(self.finish_opening)
            QTimer.singleShot(FINISH_OPENING_MS, self, self.finish_opening)
        else:
            self._look_now()
        self.document_changed()
        if modified:
            self.text_edited.emit()

    def _opened(self, text: str, modified: bool, cursor: int | None, changed: bool) -> None:
        """A long text is all in (``changed``: and changed from elsewhere meanwhile): the rest
        of ``open_document``, its first look made on a thread (``_looked``)."""
        self._long_open, self._loading = None, False
        self.editor.spell.set_enabled(self._settings.spell_check)
        self.document.note_edit()  # one new revision, as ``setPlainText`` makes
        self._looking = True  # the render thread waits for it: it reuses its parse
        first_look(self, "_looked", self.document.revision,
                   self.editor_text() if changed else text, self.base_path(),
                   self._settings)  # fmt: skip
        modified = modified or changed
        self._text_in(modified, cursor)
        self.document_changed()
        if modified:
            self.text_edited.emit()

    def _looked(self, snapshot: Snapshot | None, long: bool) -> None:
        self._looking = False
        if long:  # the offer to break them
            self.line_breaks.look(self.editor_text())
        if snapshot is not None and snapshot.revision == self.document.revision:
            self._parsed = snapshot
            self._on_snapshot(snapshot)
        self._push.start()

    def _text_in(self, modified: bool, cursor: int | None) -> None:
        self.set_dirty(modified)
        if cursor is not None:
            self.set_cursor(cursor)
        else:
            self.editor.moveCursor(QTextCursor.MoveOperation.Start)

    @property
    def loading(self) -> bool:
        """Whether a long text is still going into the editor (``open_document``)."""
        return self._long_open is not None

    def finish_opening(self) -> None:
        """What ``open_document(first_frame=True)`` left for after the first frame."""
        if not self.opening:
            return
        self.opening = False
        self.editor.highlighter.release()
        current = self._snapshot
        if current is None or current.revision != self.document.revision:
            self._look_now()  # unless the render thread's snapshot came first

    def set_read_only(self, read_only: bool) -> None:
        self.document.set_read_only(read_only)
        self.document_changed()

    def document_changed(self) -> None:
        """The document's path or state changed (opened, saved as, ...): follow it."""
        self.editor.setReadOnly(self.document.read_only or self.loading)
        if self._metadata_panel is not None:
            self._metadata_panel.setEnabled(not self.document.read_only)
        self._push.start()
        self.name_changed.emit()

    # -- text --------------------------------------------------------------------------------
    def replace_text(self, text: str, *, modified: bool = True) -> None:
        """Replace the text in one undoable step (reload, a backup, a recovered draft): only
        the stretch that differs (``common_ends``), so the cursor, the selection and the view
        stay on the same text (put back at the same offset, they moved by the length a status
        set above them changed by)."""
        old, new = self.editor_text(), to_editor_text(text)
        head, tail = common_ends(old, new)
        end, inserted = len(old) - tail, new[head : len(new) - tail]
        bar = self.editor.verticalScrollBar()
        top, view = self.editor.firstVisibleBlock().position(), bar.value()
        cursor = QTextCursor(self.editor.document())  # the user's cursor moves with the text
        cursor.beginEditBlock()
        cursor.setPosition(qt_position(old, head))
        cursor.setPosition(qt_position(old, end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(inserted)
        cursor.endEditBlock()
        if qt_position(old, end) <= top:  # above the view: its lines came or went
            view += inserted.count("\n") - old.count("\n", head, end)
        bar.setValue(view)  # Qt lays out the changed line anew and may move the view a line
        self.document.note_text(text)
        # the page stays where the editor's view is, not at the end the change reached
        self.preview.reveal_line(None)
        self.preview.scroll_to_line(self.editor.firstVisibleBlock().blockNumber() + 1)
        self.set_dirty(modified)
        self._look_now()

    def set_cursor(self, position: int) -> None:
        cursor = self.editor.textCursor()
        limit = max(0, self.editor.document().characterCount() - 1)
        cursor.setPosition(max(0, min(position, limit)))
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    def editor_text(self) -> str:
        """The text as typed (keeps non-breaking spaces, unlike ``toPlainText``); all of a
        long text being opened (the rest goes in first: a save never writes half of it)."""
        if self._long_open is not None:
            self._long_open.finish()
        return self.editor.document().toRawText().replace("\u2029", "\n")

    def disk_text(self) -> str:
        """The text as it will be written: with the file's own line ends."""
        return self.document.disk_text(self.editor_text())

    def cursor_position(self) -> int:
        return self.editor.textCursor().position()

    def is_dirty(self) -> bool:
        return self.document.dirty

    def set_dirty(self, dirty: bool) -> None:
        """Mark the text saved or not. The Document owns the flag; Qt's modified flag is
        kept in step (an undo back to the saved text clears it, and tells the Document)."""
        self.document.set_dirty(dirty)
        self.editor.document().setModified(dirty)
        self.clean_text.forget() if dirty else self.clean_text.take()

    def base_path(self) -> Path | None:
        """Where relative image links are resolved: the file, or the original of a copy."""
        return self.document.base_path

    # -- names -------------------------------------------------------------------------------
    def display_name(self) -> str:
        if self.document.path is not None:  # a planted name's controls (U+202E, a line break)
            return terminal_safe(self.document.path.name)  # shown, not obeyed: as the desk's
        return self.document.untitled_name or _tr("Untitled")

    def window_name(self) -> str:
        return self.read_only_mark(terminal_safe(self._title) or self.display_name())

    def story_title(self) -> str:
        """The article's title (front matter, else its first heading); "" before any."""
        return self._title

    def tab_label(self, folder: str = "") -> str:
        """The file's name, with ``folder`` when another open tab has the same name."""
        name = self.display_name()
        if self.document.path is None and self._title and not self.document.untitled_name:
            title = terminal_safe(self._title)
            name = title if len(title) <= 28 else title[:27].rstrip() + "…"
        if folder:
            name = _tr("{name} — {folder}").format(name=name, folder=folder)
        return self.read_only_mark(name)

    def read_only_mark(self, name: str) -> str:
        """A file open read-only (a colleague has it) says so in its tab and the title."""
        if self.document.read_only and self.document.path is not None:
            return _tr("{name} (read-only)").format(name=name)
        return name

    def stats(self) -> TextStats | None:
        """The counts of the last snapshot shown; None before the first (while opening)."""
        return self._stats

    def save_state(self) -> str:
        """saved, unsaved, untitled or read_only (for the status bar)."""
        return self.document.save_state()

    # -- snapshots ---------------------------------------------------------------------------
    def snapshot(self) -> Snapshot | None:
        """The last snapshot shown (of the current revision when the text has rested)."""
        return self._snapshot

    def current_snapshot(self) -> Snapshot:
        """The snapshot of the text as it is now, for a user's action (save as, export,
        close): the render thread's when it has caught up, else one made here and shown."""
        snapshot = self._snapshot
        if (
            snapshot is None
            or snapshot.revision != self.document.revision
            or snapshot.path != self.base_path()
        ):
            previous = self._snapshot.scan if self._snapshot is not None else None
            snapshot = take_snapshot(self.document.revision, self.editor_text(),
                                     self.base_path(), self._settings,
                                     previous=previous)  # fmt: skip
            self._on_snapshot(snapshot)
        return snapshot

    def _look_now(self) -> None:
        """A whole new text (opened, reloaded): show its title, outline and fields at once.
        The render thread reuses this parse and adds the check findings."""
        snapshot = take_snapshot(self.document.revision, self.editor_text(), self.base_path(),
                                 self._settings, checks=False)  # fmt: skip
        self._parsed = snapshot
        self._on_snapshot(snapshot)

    # -- view --------------------------------------------------------------------------------
    def apply_settings(self, settings: Settings) -> None:
        self._settings = settings
        self.revisions.set_settings(settings)
        self.editor.set_editor_font(settings.editor_font, settings.editor_font_size)
        self.editor.spell.set_settings(settings)
        self.editor.suggester.author = settings.default_author  # who suggests, and when
        self.editor.suggester.zone = settings.timezone
        self.editor.set_photo_settings(settings)

    def set_preview_visible(self, visible: bool) -> None:
        self.preview.setVisible(visible)
        if visible and self._preview_stale:
            self._push.start()

    def set_preview_width(self, mode: str) -> None:
        self.preview.set_width_mode("mobile" if mode == "mobile" else "desktop")

    def sizes(self) -> list[int]:
        return self.splitter.sizes()

    def set_sizes(self, sizes: list[int]) -> None:
        if len(sizes) == 2 and all(s >= 0 for s in sizes) and sum(sizes) > 0:
            self.splitter.setSizes(sizes)

    def go_to_line(self, line: int, column: int = 1, length: int = 0, focus: bool = True) -> None:
        """Jump the editor (to ``column`` of the line, 1-based, selecting ``length`` characters
        from there, the cursor at their start) and the preview to ``line`` (1-based), and give
        the editor focus (unless not ``focus``: a list showing where its rows are)."""
        self._sync_from = "outline"
        self._sync_quiet.start()
        self.editor.go_to_line(line)
        if column > 1 or length > 0:
            cursor = self.editor.textCursor()
            text, base = cursor.block().text(), cursor.block().position()
            first = min(column - 1, len(text))
            cursor.setPosition(base + qt_position(text, min(first + length, len(text))))
            cursor.setPosition(base + qt_position(text, first), QTextCursor.MoveMode.KeepAnchor)
            self.editor.setTextCursor(cursor)
            self.editor.ensureCursorVisible()
        self.preview.scroll_to_line(line)
        if focus:
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def find_bar(self) -> FindBar:
        """The find and replace bar under the editor, made the first time it is wanted."""
        if self._find_bar is None:
            from netizen_editor.gui.editor.find_bar import FindBar

            self._find_bar = FindBar(self.editor)
            self._column_layout.addWidget(self._find_bar)
        return self._find_bar

    @property
    def metadata_panel(self) -> MetadataPanel:
        """The article's details panel (in ``metadata_slot``), made the first time it is
        wanted."""
        if self._metadata_panel is None:
            from netizen_editor.gui.panels.metadata_panel import MetadataPanel

            panel = MetadataPanel(self.editor)
            panel.letters_given = lambda: details_texts(panel.window())  # Alt+S: Sunting
            panel.status_guard = self._status_guard
            panel.status_written.connect(self.status_written)
            panel.setEnabled(not self.document.read_only)
            self._metadata_panel = panel
            layout = self.metadata_slot.layout()
            assert layout is not None
            layout.addWidget(panel)
            panel.show()  # now, not on the next turn of the event loop
            if self._snapshot is not None:
                panel.show_snapshot(self._snapshot)
        return self._metadata_panel

    @property
    def has_metadata_panel(self) -> bool:
        return self._metadata_panel is not None

    def set_status_guard(self, guard: Callable[[str], bool] | None) -> None:
        """Asked before the panel writes a status (see ``MetadataPanel.status_guard``)."""
        self._status_guard = guard
        if self._metadata_panel is not None:
            self._metadata_panel.status_guard = guard

    def show_info(self, text: str, tip: str = "") -> None:
        self.info_bar.show_message(text, tip)

    def shutdown(self) -> None:
        """The tab is closing for good: stop the preview and drop the side widgets."""
        self.closing.emit()
        if self._long_open is not None:
            self._long_open.abandon()
            self._long_open = None
        self._push.stop()
        self.revisions.shutdown()
        self.preview.shutdown()
        self.metadata_slot.deleteLater()
        self.outline.deleteLater()

    # -- internals ---------------------------------------------------------------------------
    def _contents_changed(self, position: int, removed: int, added: int) -> None:
        if not self._loading and (removed or added):
            collector.note_activity()
            self.text_edited.emit()
            document = self.editor.document()
            block = document.findBlock(position + added)
            if document.findBlock(position) != block:  # lines apart (a Replace All): the cursor's
                block = self.editor.textCursor().block()
            self.preview.reveal_line(block.blockNumber() + 1)  # the typing stays in view
            if added > 1 and block.length() > LONG_LINE:  # a paste made a line too long
                self.line_breaks.look(self.editor_text())

    def _text_changed(self) -> None:
        if self.loading:
            return  # one revision once it is all in (``_opened``)
        self.document.note_edit()
        self._push.start()

    def _modification_changed(self, modified: bool) -> None:
        if self.loading:
            return  # ``_opened`` sets it
        self.document.set_dirty(modified)
        self.dirty_changed.emit(modified)

    def _submit(self) -> None:
        if self.loading or self._looking:
            return  # half a text, or the first look to come (``_opened``)
        hidden = self.preview.isHidden()
        self._preview_stale = hidden
        parsed, self._parsed = self._parsed, None
        revision = self.document.revision
        if parsed is not None and parsed.revision != revision:
            parsed = None
        raw = self.editor.document().toRawText()  # the thread makes its separators line ends
        self.revisions.submit(raw, self.base_path(), revision=revision,
                              render=not hidden,
                              article=parsed.article if parsed is not None else None,
                              scan=parsed.scan if parsed is not None else None)  # fmt: skip

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        """Show a snapshot of the current revision; older ones are already out of date."""
        if snapshot.revision != self.document.revision:
            return
        self._snapshot = snapshot
        if snapshot.scan is not None:  # the revision's one scan
            self.editor.spell.use_snapshot(snapshot.scan, snapshot.article)
        if snapshot.checked:  # the house style's fixes, in the editor's menu and dashes
            self.editor.spell.style.use_findings(snapshot.findings, self.base_path())
        if snapshot.stats != self._stats:
            self._stats = snapshot.stats
            self.stats_changed.emit(self._stats)
        self.outline.set_headings(list(snapshot.headings))
        self.too_big.look(snapshot)
        if self._metadata_panel is not None:
            self._metadata_panel.show_snapshot(snapshot)
        else:
            self.metadata_panel  # noqa: B018 - made now, showing this snapshot
        # a broken front matter keeps the last good title while the YAML is being typed
        title = PLACEHOLDER.sub(r"\g<text>", snapshot.title)  # a template's hint, not "[…]()"
        if snapshot.article is not None and title != self._title:
            self._title = title
            self.name_changed.emit()
        self.snapshot_ready.emit(snapshot)

    def _problem(self, text: str) -> None:
        if self.document.path is None:  # "<text>:3: …" names the article as its tab does
            text = name_unsaved(text, self.tab_label())
        self.problem = text
        self.problem_changed.emit(text)

    def _editor_scrolled(self, line: int) -> None:
        if self._sync_from in ("preview", "outline"):
            return
        self._sync_from = "editor"
        self._sync_quiet.start()
        if self.preview.isVisible():
            self.preview.scroll_to_line(line)

    def _preview_scrolled(self, line: int) -> None:
        if self._sync_from in ("editor", "outline"):
            return
        self._sync_from = "preview"
        self._sync_quiet.start()
        self.editor.scroll_to_line(line)

    def _preview_clicked(self, line: int) -> None:
        self._sync_from = "preview"
        self._sync_quiet.start()
        self.editor.go_to_line(line)
        self.editor.setFocus(Qt.FocusReason.MouseFocusReason)
