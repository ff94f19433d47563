"""Find and replace under the editor, and the go-to-line helper.

Matching uses ``QRegularExpression`` on the document text, so match positions are the same
UTF-16 positions ``QTextCursor`` uses. Replace all is one undo step: one undo restores all;
over many matches it works a slice at a time (``replacing``), the window answering meanwhile.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRegularExpression,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QWidget,
)

from netizen_editor.gui.dialogs.placement import centre_on
from netizen_editor.gui.editor.markdown_editor import MarkdownEditor
from netizen_editor.gui.editor.replacing import ReplaceJob
from netizen_editor.gui.numbers import count_text
from netizen_editor.gui.plain_text import shown_plain
from netizen_editor.gui.uiloader import child, load_ui

RECOUNT_DELAY_MS = 150
MAX_MATCHES = 100_000
MAX_HIGHLIGHTS = 1_000
# from this many matches Replace All works over several turns of the event loop (fewer take
# a fifth of a second at most, and the caller gets the count at once)
SLICED_FROM = 3_000
#: the find and replace fields' least width: this many characters ("Bandar Antariksa" was
#: "dar Antariksa" in a field of 110 px), and the room of the clear button and the frame
FIELD_CHARACTERS = 18
FIELD_BUTTON = 30
_TEMPLATE = re.compile(r"\\\\|\\(\d)|\$(\d)")


class FindBar(QWidget):
    """Find / replace bar bound to one :class:`MarkdownEditor`."""

    def __init__(self, editor: MarkdownEditor, parent: QWidget | None = None):
        super().__init__(parent)
        load_ui("find_bar.ui", self)
        self.editor = editor
        self.find_edit = child(self, QLineEdit, "find_edit")
        self.replace_edit = child(self, QLineEdit, "replace_edit")
        self.case_box = child(self, QCheckBox, "case_box")
        self.word_box = child(self, QCheckBox, "word_box")
        self.regex_box = child(self, QCheckBox, "regex_box")
        self.count_label = child(self, QLabel, "count_label")
        self.count_label.installEventFilter(self)  # painted cut with "…" when it lacks room
        self.next_button = child(self, QToolButton, "next_button")
        self.previous_button = child(self, QToolButton, "previous_button")
        self.replace_button = child(self, QToolButton, "replace_button")
        self.replace_all_button = child(self, QToolButton, "replace_all_button")
        self.close_button = child(self, QToolButton, "close_button")
        # a search of two words and its replacement shown whole beside the clear button, in
        # the field's own font (the grid gives the replace field the same width)
        self.find_edit.setMinimumWidth(
            self.find_edit.fontMetrics().averageCharWidth() * FIELD_CHARACTERS + FIELD_BUTTON
        )
        # the bar takes the editor column's width and never widens it against the preview
        self.setSizePolicy(QSizePolicy.Policy.Ignored, self.sizePolicy().verticalPolicy())

        self._matches: list[tuple[int, int]] = []
        self._captures: list[list[str]] = []
        self._stale = True
        self._error = ""
        self._job: ReplaceJob | None = None  # a Replace All under way
        self._recount = QTimer(self, singleShot=True, interval=RECOUNT_DELAY_MS)
        self._recount.timeout.connect(self._refresh)

        self.find_edit.textEdited.connect(self._incremental)
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit.returnPressed.connect(self.replace)
        self.find_edit.installEventFilter(self)
        for box in (self.case_box, self.word_box, self.regex_box):
            box.toggled.connect(self._incremental)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)
        self._editor_escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), editor)
        self._editor_escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._editor_escape.setEnabled(False)  # Esc in the editor closes the bar while it shows
        self._editor_escape.activated.connect(self.close_bar)
        editor.document().contentsChanged.connect(self._document_changed)
        self._set_replace_visible(False)
        self.hide()

    # -- showing -----------------------------------------------------------------------------
    def show_find(self) -> None:
        self._set_replace_visible(False)
        self._open()

    def show_replace(self) -> None:
        self._set_replace_visible(True)
        self._open()

    def close_bar(self) -> None:
        self.hide()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open(self) -> None:
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.show()
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()
        self._refresh()

    def _set_replace_visible(self, visible: bool) -> None:
        for widget in (self.replace_edit, self.replace_button, self.replace_all_button):
            widget.setVisible(visible)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._editor_escape.setEnabled(False)
        self.editor.set_search_highlights([])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._editor_escape.setEnabled(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.count_label and event.type() == QEvent.Type.Paint:
            return paint_cut(self.count_label)
        if (
            watched is self.find_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.find_previous()
            return True
        return super().eventFilter(watched, event)

    # -- searching ---------------------------------------------------------------------------
    def match_count(self) -> int:
        self._ensure_fresh()
        return len(self._matches)

    def status_text(self) -> str:
        return self.count_label.text()

    def _pattern(self) -> QRegularExpression | None:
        text = self.find_edit.text()
        self._error = ""
        if not text:
            return None
        source = text if self.regex_box.isChecked() else QRegularExpression.escape(text)
        if self.word_box.isChecked():
            source = rf"(?<!\w)(?:{source})(?!\w)"
        options = (
            QRegularExpression.PatternOption.UseUnicodePropertiesOption
            | QRegularExpression.PatternOption.MultilineOption
        )
        if not self.case_box.isChecked():
            options |= QRegularExpression.PatternOption.CaseInsensitiveOption
        regex = QRegularExpression(source, options)
        if not regex.isValid():
            self._error = regex.errorString()
            return None
        return regex

    def _search(self, limit: int = MAX_MATCHES) -> None:
        """Find the matches (the first ``limit``: the rest stay to find, ``_stale``)."""
        self._matches, self._captures = [], []
        self._stale = limit < MAX_MATCHES
        regex = self._pattern()
        if regex is None:
            return
        for start, end, groups in self._found(regex, limit):
            self._matches.append((start, end))
            if groups is not None:
                self._captures.append(groups)

    def _found(
        self, regex: QRegularExpression, limit: int = MAX_MATCHES
    ) -> Iterator[tuple[int, int, list[str] | None]]:
        """(start, end, groups) of the first ``limit`` matches of ``regex`` in the text as it is
        now (groups with Regular expression on, else None); empty matches are left out."""
        keep_groups = self.regex_box.isChecked()
        found = regex.globalMatch(self.editor.text())
        count = 0
        while count < limit and found.hasNext():
            m = found.next()
            start, end = m.capturedStart(), m.capturedEnd()
            if start != end:
                count += 1
                if not keep_groups:
                    yield start, end, None
                    continue
                yield start, end, [m.captured(i) for i in range(regex.captureCount() + 1)]

    def _ensure_fresh(self) -> None:
        if self._stale:
            self._search()

    def _refresh(self) -> None:
        self._search()
        self._show_state()

    def _document_changed(self) -> None:
        self._stale = True
        if self.isVisible() and self._job is None:  # the job says how far it got
            self._recount.start()

    def _incremental(self, *_args: object) -> None:
        """Typing in the find field (or an option change) jumps to the nearest match."""
        self._search()
        start = self.editor.textCursor().selectionStart()
        index = next((i for i, (s, _e) in enumerate(self._matches) if s >= start), 0)
        if self._matches:
            self._select(index)
        self._show_state()

    def _current_index(self) -> int | None:
        cursor = self.editor.textCursor()
        if not cursor.hasSelection():
            return None
        span = (cursor.selectionStart(), cursor.selectionEnd())
        lo, hi = 0, len(self._matches)
        while lo < hi:  # matches are sorted: binary search for the selection
            mid = (lo + hi) // 2
            if self._matches[mid] < span:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self._matches) and self._matches[lo] == span:
            return lo
        return None

    def _show_state(self) -> None:
        if self._error:
            text = self.tr("Invalid regular expression: {0}").format(self._error)
        elif not self.find_edit.text():
            text = ""
        elif not self._matches:
            text = self.tr("{0} matches").format(0)
        else:
            current = self._current_index()
            if current is None:
                text = self.tr("{0} matches").format(len(self._matches))
            else:  # one wording: "2 of 5 matches"
                text = self.tr("{0} of {1} matches").format(current + 1, len(self._matches))
        self._say(text)
        self._set_error_look(bool(self._error or (self.find_edit.text() and not self._matches)))
        self._highlight()

    def _set_error_look(self, error: bool) -> None:
        palette = self.find_edit.palette()
        default = self.palette().color(QPalette.ColorRole.Base)
        palette.setColor(QPalette.ColorRole.Base, QColor("#fde8e7") if error else default)
        self.find_edit.setPalette(palette)

    def _highlight(self) -> None:
        if not self.isVisible():
            return
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#ffe08a"))
        selections = []
        document = self.editor.document()
        for start, end in self._matches[:MAX_HIGHLIGHTS]:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.editor.set_search_highlights(selections)

    # -- moving ------------------------------------------------------------------------------
    def find_next(self) -> bool:
        self._ensure_fresh()
        if not self._matches:
            self._show_state()
            return False
        position = self.editor.textCursor().selectionEnd()
        index = next((i for i, (s, _e) in enumerate(self._matches) if s >= position), 0)
        self._select(index)
        self._show_state()
        return True

    def find_previous(self) -> bool:
        self._ensure_fresh()
        if not self._matches:
            self._show_state()
            return False
        position = self.editor.textCursor().selectionStart()
        earlier = [i for i, (_s, e) in enumerate(self._matches) if e <= position]
        self._select(earlier[-1] if earlier else len(self._matches) - 1)
        self._show_state()
        return True

    def _select(self, index: int) -> None:
        start, end = self._matches[index]
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    # -- replacing ---------------------------------------------------------------------------
    def _replacement(self, index: int) -> str:
        groups = self._captures[index] if index < len(self._captures) else None
        return self._replacer()(groups)

    def _replacer(self) -> Callable[[list[str] | None], str]:
        """What a match (its groups) is replaced with: the Replace field's text; with Regular
        expression on, its \\1 and $1 are the match's groups."""
        template = self.replace_edit.text()
        if not self.regex_box.isChecked():
            return lambda _groups: template

        def replacement(groups: list[str] | None) -> str:
            if groups is None:
                return template
            captured = groups

            def expand(m: re.Match[str]) -> str:
                if m.group(0) == "\\\\":
                    return "\\"
                number = int(m.group(1) or m.group(2))
                return captured[number] if number < len(captured) else m.group(0)

            return _TEMPLATE.sub(expand, template)

        return replacement

    def replace(self) -> bool:
        """Replace the selected match and move to the next one."""
        if self.editor.isReadOnly():
            self._refused()
            return False
        self._ensure_fresh()
        index = self._current_index()
        if index is None:
            return self.find_next()
        cursor = self.editor.textCursor()
        cursor.insertText(self._replacement(index))
        self.editor.setTextCursor(cursor)
        self._search()
        return self.find_next()

    def replace_all(self) -> int | None:
        """Replace every match as one undo step; returns how many were replaced. From
        ``SLICED_FROM`` matches the search and the replacing go on over the next turns of the
        event loop (``replacing``; the editor is read-only meanwhile) and it returns None: the
        bar says how far it got, then the count."""
        if self.editor.isReadOnly():
            self._refused()
            return 0
        regex = self._pattern()
        replacement = self._replacer()
        found = (
            (start, end, replacement(groups))
            for start, end, groups in (self._found(regex) if regex is not None else ())
        )
        first = list(itertools.islice(found, SLICED_FROM))
        if not first:
            self._search()
            self._show_state()
            return 0
        # each highlight is a cursor Qt moves on every insertion: 1,000 of them, 100,000 times
        self.editor.set_search_highlights([])  # the new matches get theirs at the end
        if len(first) < SLICED_FROM:  # all of them
            job = ReplaceJob(self.editor, first)
            job.done.connect(self._replaced)
            job.finish()
            return job.total
        job = ReplaceJob(self.editor, itertools.chain(first, found))
        job.done.connect(self._replaced)
        self._job = job
        job.progressed.connect(lambda done: self._say(self._progress(done, job.total)))
        job.typed_meanwhile.connect(self._typed_meanwhile)
        self._say(self._progress(0, 1))
        job.start()
        return None

    @property
    def replacing(self) -> bool:
        """True while a Replace All is under way."""
        return self._job is not None

    def _progress(self, done: int, total: int) -> str:
        # the number first: a narrow bar cuts the label's end (``paint_cut``)
        return self.tr("{0}% replaced…").format(done * 100 // total)

    def _replaced(self, count: int, whole: bool) -> None:
        self._job = None
        self._search(MAX_HIGHLIGHTS)  # the new matches' highlights; the count when asked
        self._show_state()
        # the edit asked for a recount; it would say "0 matches" in red over the news
        self._recount.stop()
        self._set_error_look(False)
        # the bar short, its key word first: at 1366 px its count gets some 100 px ("30000 hasil
        # …" lost "diganti", "Ganti semua …" read as the button's label); the whole sentence in
        # its tooltip and in the status bar
        if whole:
            number = count_text(count)  # 30.000 / 30,000
            short = self.tr("Replaced: {0}").format(number)
            whole_text = self.tr("Replaced {0} matches").format(number)
        else:
            short = self.tr("Stopped")
            whole_text = self.tr("Replace All stopped: the text changed meanwhile")
        self._say(short, whole_text)
        self.editor.status_message.emit(whole_text)

    def _refused(self) -> None:
        """Replace in a read-only story (a colleague's, followed) did nothing without a word
        (QA30): the bar and the status bar say why."""
        whole = self.tr("This story is read-only here: nothing is replaced")
        self._say(self.tr("Read-only"), whole)
        self.editor.status_message.emit(whole)

    def _typed_meanwhile(self) -> None:
        """Keys typed into the editor while the Replace All keeps it read-only go nowhere: the
        status bar says why, once (the bar goes on with how far it got)."""
        self.editor.status_message.emit(self.tr("Wait: Replace All is under way"))

    def _say(self, text: str, whole: str = "") -> None:
        self.count_label.setText(text)
        # whole, when the label is painted cut
        self.count_label.setToolTip(shown_plain(whole or text))


# -- go to line -------------------------------------------------------------------------------
def go_to_line(editor: MarkdownEditor, line: int) -> int:
    """Move the editor to ``line`` (clamped to the document) and focus it; returns the line."""
    line = max(1, min(int(line), editor.document().blockCount()))
    editor.go_to_line(line)
    editor.setFocus(Qt.FocusReason.OtherFocusReason)
    return line


def ask_go_to_line(editor: MarkdownEditor, parent: QWidget | None = None) -> int | None:
    """Ask for a line number with a small dialog; None when cancelled."""
    last = editor.document().blockCount()
    current = editor.textCursor().blockNumber() + 1
    dialog = go_to_line_dialog(parent or editor, current, last)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return go_to_line(editor, dialog.intValue())


def go_to_line_dialog(parent: QWidget, current: int, last: int) -> QInputDialog:
    """The line number dialog, wide enough for its whole title, centred on the window."""
    dialog = QInputDialog(parent)
    title = QCoreApplication.translate("MarkdownEditor", "Go to Line")
    dialog.setWindowTitle(title)
    dialog.setLabelText(QCoreApplication.translate("MarkdownEditor", "Line (1–{0}):").format(last))
    dialog.setInputMode(QInputDialog.InputMode.IntInput)
    dialog.setIntRange(1, last)
    dialog.setIntValue(current)
    # window managers cut a title that is wider than the dialog (its layout sets the
    # dialog's own minimum, so the width goes onto the label)
    label = dialog.findChild(QLabel)
    if label is not None:
        label.setMinimumWidth(dialog.fontMetrics().horizontalAdvance(title) + 140)
    dialog.adjustSize()
    centre_on(dialog, parent.window())
    return dialog


def paint_cut(label: QLabel) -> bool:
    """Paint ``label``'s text cut with "…" when it is wider than the label (a count in a
    laptop's editor column: "2000 hasil diga" was cut mid-word); its text stays whole, and so
    does the width it asks the layout for. True: painted."""
    rect = label.contentsRect()
    metrics = label.fontMetrics()
    if metrics.horizontalAdvance(label.text()) <= rect.width():
        return False  # fits: QLabel paints it
    text = metrics.elidedText(label.text(), Qt.TextElideMode.ElideRight, rect.width())
    painter = QPainter(label)
    label.style().drawItemText(painter, rect, int(label.alignment()), label.palette(),
                               label.isEnabled(), text, label.foregroundRole())  # fmt: skip
    painter.end()
    return True
