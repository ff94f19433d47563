"""Suggest mode in the editor: keys, pastes and cuts become review marks (``editing.suggest``).

The editor asks :meth:`Suggester.key` before handling a key and :meth:`Suggester.insert`
before inserting pasted text; each returns True when it made the edit (or refused it, with a
message by ``refused``). Each suggestion is one undo step. The front matter and fenced code are
edited as usual: marks never sit there (a change of the headline is a comment, or the version
history's). A change of the front matter (in the editor or the Article Details panel, which
calls :meth:`Suggester.front_matter_edited`) is told once, by ``noted``, so nobody takes it for
a suggestion.
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor

from netizen_editor.article.dates import newsroom_zone
from netizen_editor.editing.suggest import Edit, Refusal, delete_text, replace_text, type_text
from netizen_editor.grammar.critic_write import OPENINGS, author_name
from netizen_editor.grammar.inline import CRITIC_CLOSING, CRITIC_CLOSINGS, critic_marks
from netizen_editor.gui.editor.highlighter import MarkdownHighlighter
from netizen_editor.gui.editor.positions import py_index

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit

#: how far around the cursor the marks are read first (characters each side, whole lines)...
NEAR = 1_500
#: ...and when a mark may begin before that (a closing after the cursor that closes nothing
#: read): a mark longer than this that the cursor sits in the middle of is not seen
CONTEXT = 20_000
#: the characters the marks' delimiters are made of: a key that types one, or a Backspace that
#: joins two, may make a delimiter in one's own suggestion (``editing.suggest`` keeps it neutral)
DELIMITER_CHARS = frozenset("{}+-~=<>")


def _edits(event: QKeyEvent) -> bool:
    """Whether the key changes the text: typed text, a line break, Backspace, Delete, Cut,
    Paste."""
    if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Return,
                       Qt.Key.Key_Enter):  # fmt: skip
        return True
    if event.matches(QKeySequence.StandardKey.Cut) or event.matches(QKeySequence.StandardKey.Paste):
        return True
    control = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    return bool(event.text()) and event.text().isprintable() and not event.modifiers() & control


def _qt_length(text: str) -> int:
    """Length of ``text`` in QTextCursor positions (UTF-16 units)."""
    return len(text.encode("utf-16-le")) // 2


class Suggester(QObject):
    """The suggest mode of one editor: off until :meth:`set_active`."""

    active_changed = Signal(bool)
    refused = Signal(str)  # why an edit was not made (someone else's suggestion)
    noted = Signal(str)  # an edit made as a plain edit in suggest mode (the front matter)

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self.editor = editor
        self.active = False
        #: who is suggesting (the settings' author; the login name when it is empty)
        self.author = ""
        self.zone = "WIB"
        #: (document revision, cursor position, where the suggestion's text starts) after
        #: an edit that left the cursor at the end of one's own addition: the next keys go on
        #: typing in it without reading the marks again
        self._last: tuple[int, int, int] | None = None
        #: the time a suggestion is stamped with (tests set a fixed one)
        self.now: Callable[[], dt.datetime] = self._now
        #: whether a plain edit of the front matter was told since suggest mode went on
        self._front_matter_told = False

    def set_active(self, active: bool) -> None:
        if active != self.active:
            self.active = active
            self._front_matter_told = False
            self.active_changed.emit(active)

    def front_matter_edited(self) -> None:
        """The front matter was changed as a plain edit (it holds no marks): said the first
        time after suggest mode went on; a reporter learns of it only by comparing versions."""
        if not self.active or self._front_matter_told:
            return
        self._front_matter_told = True
        # short enough for the status bar beside suggest mode's name at 1366 px, in Indonesian
        # too (the longer sentence was cut there)
        self.noted.emit(
            self.tr("Details change directly, not as suggestions: add a comment for the author.")
        )

    def who(self) -> str:
        return self.author.strip() or getpass.getuser()

    def _now(self) -> dt.datetime:
        return dt.datetime.now(newsroom_zone(self.zone)).replace(second=0, microsecond=0)

    # -- what the editor asks --------------------------------------------------------------
    def key(self, event: QKeyEvent) -> bool:
        """Handle ``event`` as a suggestion; False: the editor handles it as usual."""
        if not self.active or self.editor.isReadOnly():
            return False
        if self._plain_here():
            if self._in_front_matter() and _edits(event):
                self.front_matter_edited()
            return False
        cursor = self.editor.textCursor()
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Cut):
            return self.cut()
        going_on = self._going_on(cursor)
        if (
            going_on
            and key == Qt.Key.Key_Backspace
            and cursor.position() > going_on + 1
            and not self._joins_delimiter(cursor)
        ):
            cursor.deletePreviousChar()  # one's own suggested text, typed just now (the last
            # of it goes with its mark, below)
            self._remember(cursor, going_on)
            return True
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            backward = key == Qt.Key.Key_Backspace
            if cursor.hasSelection():
                return self._delete(cursor.selectionStart(), cursor.selectionEnd(), backward)
            probe = QTextCursor(cursor)
            words = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if backward:
                probe.movePosition(QTextCursor.MoveOperation.PreviousWord if words else
                                   QTextCursor.MoveOperation.PreviousCharacter,
                                   QTextCursor.MoveMode.KeepAnchor)  # fmt: skip
            else:
                probe.movePosition(QTextCursor.MoveOperation.NextWord if words else
                                   QTextCursor.MoveOperation.NextCharacter,
                                   QTextCursor.MoveMode.KeepAnchor)  # fmt: skip
            return self._delete(probe.selectionStart(), probe.selectionEnd(), backward)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self._line_break(cursor, going_on)
        text = event.text()
        mods = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if text and text.isprintable() and mods == Qt.KeyboardModifier.NoModifier:
            if going_on and DELIMITER_CHARS.isdisjoint(text):
                # typing on in the suggestion it just made: no need to read the marks
                cursor.joinPreviousEditBlock()  # the suggestion and its words: one undo step
                cursor.insertText(text)
                cursor.endEditBlock()
                self._remember(cursor, going_on)
                return True
            return self.insert(text)
        return False

    def _line_break(self, cursor: QTextCursor, going_on: int) -> bool:
        """Enter in suggest mode: a line break is not a suggestion (a suggestion that runs over
        paragraphs would show as typed in the preview). At the end of the suggestion just typed
        the break goes after it (its attribution), and what is typed next is a new one."""
        if cursor.hasSelection():
            return self.insert("\n")  # the selection is suggested for deletion... as typed over
        if going_on:
            block_text = cursor.block().text()
            column = cursor.positionInBlock()
            closing = block_text.find(CRITIC_CLOSINGS[OPENINGS["insert"]], column)
            if closing == column:  # right before the closing: step over the mark
                end = block_text.find(CRITIC_CLOSINGS[OPENINGS["comment"]], closing)
                cursor.setPosition(
                    cursor.block().position() + (end + 3 if end >= 0 else closing + 3)
                )
        self._last = None
        cursor.insertText("\n")
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        return True

    def _going_on(self, cursor: QTextCursor) -> int:
        """Where the text of the suggestion the cursor was left in starts, when nothing else
        has happened since (no other edit, the cursor not moved, no selection); else 0."""
        last = self._last
        if (
            last is None
            or cursor.hasSelection()
            or last[0] != self.editor.document().revision()
            or last[1] != cursor.position()
        ):
            return 0
        return last[2]

    def _joins_delimiter(self, cursor: QTextCursor) -> bool:
        """Whether Backspace at ``cursor`` may join the characters around the one it takes
        into a delimiter of the marks (then the marks are read: see ``editing.suggest``)."""
        line = cursor.block().text()
        at = py_index(line, cursor.positionInBlock())
        if at == 0:
            return True  # it takes the line break: read the marks
        before = line[at - 2] if at >= 2 else ""
        return before in DELIMITER_CHARS and line[at : at + 1] in DELIMITER_CHARS

    def _remember(self, cursor: QTextCursor, text_start: int) -> None:
        self._last = (self.editor.document().revision(), cursor.position(), text_start)

    def cut(self) -> bool:
        """Cut in suggest mode: the selection is copied and suggested for deletion."""
        if not self.active or self.editor.isReadOnly() or self._plain_edit():
            return False
        cursor = self.editor.textCursor()
        if cursor.hasSelection():
            self.editor.copy()
            self._delete(cursor.selectionStart(), cursor.selectionEnd(), True)
        return True

    def insert(self, text: str) -> bool:
        """``text`` typed or pasted at the cursor (over the selection) as a suggestion."""
        if not self.active or self.editor.isReadOnly() or self._plain_edit():
            return False
        cursor = self.editor.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        window, base = self._window(start, end)
        a, b = self._index(window, base, start), self._index(window, base, end)
        if a == b:
            answer = type_text(window, a, text, self.who(), self.now())
        else:
            answer = replace_text(window, a, b, text, self.who(), self.now())
        return self._apply(window, base, answer)

    def replace(self, start: int, end: int, text: str) -> bool:
        """The document's ``start``..``end`` (on one line) replaced with ``text`` as a
        suggestion, as selecting it and typing ``text`` over it (deleting it, when ``text`` is
        empty) would make it (File › History's paragraph restore); a refusal is told by
        ``refused``. False when edits there are plain (the front matter, code) or suggest mode
        is off: the caller edits."""
        if not self.active or self.editor.isReadOnly():
            return False
        cursor = self.editor.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        if self._plain_here():
            return False
        self._last = None
        return self.insert(text) if text else self._delete(start, end, True)

    # -- the edit ------------------------------------------------------------------------------
    def _delete(self, start: int, end: int, backward: bool) -> bool:
        if start == end:
            return True  # nothing to delete (the start or end of the text)
        window, base = self._window(start, end)
        a, b = self._index(window, base, start), self._index(window, base, end)
        answer = delete_text(window, a, b, self.who(), self.now(), backward=backward)
        return answer is None or self._apply(window, base, answer)

    def _apply(self, window: str, base: int, answer: Edit | Refusal) -> bool:
        if isinstance(answer, Refusal):
            self.refused.emit(self._refusal(answer))
            return True
        document = self.editor.document()
        change = QTextCursor(document)
        change.setPosition(base + _qt_length(window[: answer.start]))
        change.setPosition(base + _qt_length(window[: answer.end]), QTextCursor.MoveMode.KeepAnchor)
        change.beginEditBlock()
        change.insertText(answer.insert)
        change.endEditBlock()
        new = window[: answer.start] + answer.insert + window[answer.end :]
        cursor = self.editor.textCursor()
        cursor.setPosition(base + _qt_length(new[: answer.cursor]))
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        self._last = None
        if answer.within is not None:  # left in one's own suggestion: the next keys go on in it
            self._remember(cursor, base + _qt_length(new[: answer.within]))
        return True

    def _refusal(self, refusal: Refusal) -> str:
        """Why an edit was not made: someone else's suggestion is theirs; one's own is named as
        one's own (told "this is Budi Santoso's suggestion" of his own, a user took it for a
        colleague's)."""
        if refusal.author != author_name(self.who()):
            return self.tr(
                "Not changed: this is {0}'s suggestion; accept or reject it first."
            ).format(refusal.author)
        return self.tr(
            "Not changed: these are the marks of your own suggestion; type in its text, or "
            "reject it to take it back."
        )

    def _window(self, start: int, end: int) -> tuple[str, int]:
        """The text around ``start``..``end`` (whole lines, ``NEAR`` characters each side, or
        ``CONTEXT`` when a mark may have begun before that) and the position it starts at."""
        window, base = self._lines_around(start, end, NEAR)
        marks = critic_marks(window)
        for closing in CRITIC_CLOSING.finditer(window, max(0, start - base)):
            if not any(m.start < closing.start() < m.end for m in marks):
                return self._lines_around(start, end, CONTEXT)  # it closes a mark begun above
        return window, base

    def _lines_around(self, start: int, end: int, reach: int) -> tuple[str, int]:
        # the blocks' texts, not a cursor's selection: moving a cursor lays out the block it
        # lands in, and the block just edited has to be laid out again
        document = self.editor.document()
        block = document.findBlock(max(0, start - reach))
        base = block.position()
        stop = min(document.characterCount() - 1, end + reach)
        lines = [block.text()]
        while block.position() + block.length() <= stop:
            block = block.next()
            if not block.isValid():
                break
            lines.append(block.text())
        return "\n".join(lines), base

    @staticmethod
    def _index(window: str, base: int, position: int) -> int:
        """The index in ``window`` of document position ``position``."""
        offset = position - base
        if window.isascii():
            return offset
        index = 0
        seen = 0
        for char in window:
            if seen >= offset:
                break
            seen += 2 if ord(char) > 0xFFFF else 1
            index += 1
        return index

    def _plain_edit(self) -> bool:
        """``_plain_here``, and a paste or cut there in the front matter is told."""
        if not self._plain_here():
            return False
        if self._in_front_matter():
            self.front_matter_edited()
        return True

    def _in_front_matter(self) -> bool:
        return MarkdownHighlighter.in_front_matter(self.editor.textCursor().block())

    def _plain_here(self) -> bool:
        """The cursor is in the front matter or in code: edits there are plain edits."""
        block = self.editor.textCursor().block()
        return MarkdownHighlighter.in_front_matter(block) or MarkdownHighlighter.is_code_state(
            block.userState()
        )
