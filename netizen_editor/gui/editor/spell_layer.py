"""Spelling underlines in the editor: typos in red waves, non-standard forms in blue dashes.

The layer paints on top of the Markdown highlighter (``MarkdownHighlighter.overlay``): when a
block (line) is highlighted its words are checked, from a cache keyed by the line's text.
Lines that are not on screen are queued and checked a few milliseconds at a time when the
event loop is idle, so a keystroke costs the check of its own line only. The word being typed
is underlined only once the cursor leaves it. The dictionaries load off the GUI thread; until
then (or when they are missing) the editor works without underlines and ``problem`` says why.

The context menu on a finding offers the suggestions (the standard form first for a
non-standard spelling), "Add to Dictionary" (personal list), "Add to Newsroom Dictionary"
(when the newsroom's list has a path) and "Ignore"; F7 (:meth:`go_to_next`) selects the next
finding.
"""

from __future__ import annotations

import contextlib
import re
import threading
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QMessageBox, QPlainTextEdit

from netizen_editor.gui.editor.highlighter import NORMAL, MarkdownHighlighter
from netizen_editor.settings import Settings
from netizen_editor.spelling import wordlists
from netizen_editor.spelling.check import (
    NON_STANDARD,
    SPELLING,
    Issue,
    line_issues,
    names_in,
    word_list_paths,
)
from netizen_editor.spelling.nonstandard import Table, TableError, load_table
from netizen_editor.spelling.speller import (
    DEFAULT_LANGUAGE,
    DictionaryError,
    Speller,
    article_language,
    shared_speller,
)
from netizen_editor.spelling.words import LINE_CACHE_SIZE, line_words
from netizen_editor.storage.atomic import SaveError

SLICE_S = 0.004  # idle work per turn of the event loop
RECHECK_MS = 25  # a typed line is checked this long after the last key
# Hunspell holds the GIL while it reads a dictionary (~0.3 s for en_US): the first load waits
# until the window and the preview have painted.
FIRST_LOAD_DELAY_MS = 1500
TYPO_COLOR = "#d93025"
NON_STANDARD_COLOR = "#1a73e8"
_LANG = re.compile(r"""^lang\s*:\s*["']?([\w-]*)""")
_FM_FENCE = re.compile(r"^\ufeff?---[ \t]*$")
_FM_CLOSE = re.compile(r"^(---|\.\.\.)[ \t]*$")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpellLayer", text)


def _qt(text: str, index: int) -> int:
    """Qt's UTF-16 position of Python index ``index`` in ``text``."""
    if not _ASTRAL.search(text, 0, index):
        return index
    return index + sum(1 for _ in _ASTRAL.finditer(text, 0, index))


def _underline(color: str, style: QTextCharFormat.UnderlineStyle) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(style)
    fmt.setUnderlineColor(QColor(color))
    return fmt


def _common_length(a: str, b: str, limit: int, part) -> int:
    """The longest ``n <= limit`` with ``part(a, n) == part(b, n)`` (string compares in C)."""
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if part(a, middle) == part(b, middle):
            low = middle
        else:
            high = middle - 1
    return low


def _shifted(issues: tuple[Issue, ...], old: str, new: str) -> tuple[Issue, ...]:
    """``issues`` of the line ``old`` moved to where their words are in ``new`` (one edit)."""
    size = min(len(old), len(new))
    head = _common_length(old, new, size, lambda t, n: t[:n])
    tail = _common_length(old, new, size - head, lambda t, n: t[len(t) - n :])
    delta = len(new) - len(old)
    moved = []
    for issue in issues:
        if issue.end < head:  # typing on at the end of a word changes it
            moved.append(issue)
        elif issue.start >= len(old) - tail:
            moved.append(replace(issue, start=issue.start + delta, end=issue.end + delta))
    return tuple(moved)


class SpellLayer(QObject):
    """Spell check of one editor; the editor creates it as ``editor.spell``."""

    ready = Signal()  # the dictionaries are loaded (or failed: see ``problem``)
    _load_done = Signal(object, object, str, int)  # speller, table, problem, load number

    def __init__(self, editor: QPlainTextEdit, highlighter: MarkdownHighlighter):
        super().__init__(editor)
        self.editor = editor
        self.highlighter = highlighter
        self.enabled = True
        self.speller: Speller | None = None
        self.table: Table | None = None
        self.problem = ""
        self.lang: str | None = DEFAULT_LANGUAGE
        self.newsroom_list = ""
        self._lists = word_list_paths("")
        self._loads = 0
        self._generation = -1
        self._cache: dict[str, tuple[Issue, ...]] = {}
        self._names: set[str] = set()
        self._ignored: set[str] = set()
        self._pending: set[int] = set()  # off-screen lines waiting for a check
        self._recheck: set[int] = set()  # lines typed in, painted with shifted underlines
        self._shown: dict[int, tuple[str, tuple[Issue, ...]]] = {}  # line → text, issues
        self._refresh_due = False
        self._held: tuple[int, int] | None = None  # (line, end) of the word at the cursor
        self._fm_lines = 0
        self._formats = {
            SPELLING: _underline(TYPO_COLOR, QTextCharFormat.UnderlineStyle.WaveUnderline),
            NON_STANDARD: _underline(
                NON_STANDARD_COLOR, QTextCharFormat.UnderlineStyle.DashUnderline
            ),
        }
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._work)
        # typed lines are checked once typing pauses, after the preview got the keystroke
        self._recheck_timer = QTimer(self, singleShot=True, interval=RECHECK_MS)
        self._recheck_timer.timeout.connect(self._work)
        self._load_done.connect(self._loaded)
        self._starter = QTimer(self, singleShot=True)
        self._starter.timeout.connect(lambda: None)
        self.highlighter.overlay = self._overlay
        editor.viewport().installEventFilter(self)
        editor.cursorPositionChanged.connect(self._cursor_moved)
        editor.document().contentsChange.connect(self._contents_changed)
        self._load()

    # -- settings and loading ----------------------------------------------------------------
    def set_settings(self, settings: Settings) -> None:
        lists = word_list_paths(settings.newsroom_wordlist)
        self.newsroom_list = settings.newsroom_wordlist.strip()
        if lists != self._lists:
            self._lists = lists
            self._load()
        self.set_enabled(settings.spell_check)

    def set_enabled(self, on: bool) -> None:
        if on != self.enabled:
            self.enabled = on
            self.refresh()

    def _load(self) -> None:
        self._loads += 1
        number = self._loads
        # choosing the lists is quick and done here, so the last settings win; loading the
        # dictionaries (~0.3 s) happens off the GUI thread
        speller = shared_speller(self._lists)

        def work() -> None:
            loaded: Speller | None = speller
            table = None
            problems = []
            try:
                speller.load()
                problems += speller.list_problems
            except DictionaryError as exc:
                loaded = None
                problems.append(str(exc))
            try:
                table = load_table()
            except TableError as exc:
                problems.append(str(exc))
            with contextlib.suppress(RuntimeError):  # the editor was closed meanwhile
                self._load_done.emit(loaded, table, "\n".join(problems), number)

        def start() -> None:
            threading.Thread(target=work, name="spelling-load", daemon=True).start()

        self._starter.timeout.disconnect()
        self._starter.timeout.connect(start)
        self._starter.start(0 if speller.loaded else FIRST_LOAD_DELAY_MS)

    def _loaded(self, speller: Speller | None, table: Table | None, problem: str, number: int):
        if number != self._loads:
            return  # a newer load (other word lists) is under way
        self.speller, self.table, self.problem = speller, table, problem
        self.refresh()
        self.ready.emit()

    def refresh(self) -> None:
        """Forget every answer and check again (visible lines now, the rest when idle)."""
        self._refresh_due = False
        self._cache.clear()
        self._pending.clear()
        self._shown.clear()
        self._names.clear()
        self._read_language()
        document = self.editor.document()
        quiet = document.blockSignals(True)
        try:
            self.highlighter.rehighlight()
        finally:
            document.blockSignals(quiet)

    def _rehighlight(self, block: QTextBlock) -> None:
        """Repaint one line's underlines. New formats make the document emit
        ``contentsChanged`` (so ``textChanged``): listeners would render the preview again
        for a change of underlines only, so the document stays quiet meanwhile."""
        document = self.editor.document()
        quiet = document.blockSignals(True)
        try:
            self.highlighter.rehighlightBlock(block)
        finally:
            document.blockSignals(quiet)

    @property
    def active(self) -> bool:
        return (
            self.enabled
            and self.lang is not None
            and (self.speller is not None or self.table is not None)
        )

    # -- checking ----------------------------------------------------------------------------
    def _issues(self, text: str) -> tuple[Issue, ...]:
        speller = self.speller
        if speller is not None and speller.generation != self._generation:
            self._generation = speller.generation
            self._cache.clear()
        issues = self._cache.get(text)
        if issues is None:
            if len(self._cache) > LINE_CACHE_SIZE:
                self._cache.clear()
            self._names |= names_in(line_words(text))
            lang = self.lang or DEFAULT_LANGUAGE
            issues = tuple(
                i
                for i in line_issues(0, text, speller, lang, self.table, self._names)
                if i.word not in self._ignored
            )
            self._cache[text] = issues
        return issues

    def _overlay(self, text: str) -> None:
        """Called by the highlighter after it highlighted a prose line."""
        if not self.active:
            return
        block = self.highlighter.currentBlock()
        number = block.blockNumber()
        if text not in self._cache:
            shown = self._shown.get(number)
            cursor_line = number == self.editor.textCursor().blockNumber()
            if shown is not None and shown[0] != text and cursor_line:
                # a keystroke: keep the line's underlines where they were, check it next turn
                self._recheck.add(number)
                self._recheck_timer.start()
                self._paint(block, text, _shifted(shown[1], shown[0], text))
                return
            if not self._urgent(block):
                self._pending.add(number)
                if not self._timer.isActive():
                    self._timer.start()
                return
        self._paint(block, text, self._issues(text))

    def _urgent(self, block: QTextBlock) -> bool:
        number = block.blockNumber()
        if number == self.editor.textCursor().blockNumber():
            return True
        first = self.editor.firstVisibleBlock().blockNumber()
        lines = self.editor.viewport().height() // max(1, self.editor.fontMetrics().height())
        return first - 2 <= number <= first + lines + 2

    def _paint(self, block: QTextBlock, text: str, issues: tuple[Issue, ...]) -> None:
        if len(self._shown) > 64:
            self._shown.clear()
        self._shown[block.blockNumber()] = (text, issues)
        cursor = self.editor.textCursor()
        at = cursor.positionInBlock() if cursor.block() == block else -1
        number = block.blockNumber()
        if self._held is not None and self._held[0] == number:
            self._held = None
        astral = _ASTRAL.search(text) is not None
        for issue in issues:
            start, end = issue.start, issue.end
            if astral:
                start, end = _qt(text, start), _qt(text, end)
            if end == at:  # being typed: underline once the cursor leaves the word
                self._held = (number, end)
                continue
            extra = self._formats[issue.kind]
            first = self.highlighter.format(start)
            if first == self.highlighter.format(end - 1):  # one style for the word: one call
                fmt = QTextCharFormat(first)
                fmt.merge(extra)
                self.highlighter.setFormat(start, end - start, fmt)
                continue
            for pos in range(start, end):  # **Kal**imt: keep each letter's style
                fmt = QTextCharFormat(self.highlighter.format(pos))
                fmt.merge(extra)
                self.highlighter.setFormat(pos, 1, fmt)

    def _work(self) -> None:
        """Check queued off-screen lines for a few milliseconds, then yield to the events."""
        deadline = time.perf_counter() + SLICE_S
        document = self.editor.document()
        while self._recheck and not self._recheck_timer.isActive():
            block = document.findBlockByNumber(self._recheck.pop())
            if block.isValid() and self.active:
                self._issues(block.text())
                self._rehighlight(block)
        while self._pending and time.perf_counter() < deadline:
            block = document.findBlockByNumber(self._pending.pop())
            if not block.isValid() or not self.active:
                continue
            text = block.text()
            if text not in self._cache and self._issues(text):
                self._rehighlight(block)
        if self._pending:
            self._timer.start()

    def busy(self) -> bool:
        """True while lines still wait to be checked."""
        return bool(self._pending or self._recheck or self._refresh_due)

    # -- the article's language ----------------------------------------------------------------
    def _read_language(self) -> None:
        """``lang`` from the front matter (only the first lines are read)."""
        block = self.editor.document().firstBlock()
        lang: object = None
        lines = 0
        if _FM_FENCE.match(block.text()):
            block = block.next()
            while block.isValid() and lines < 200:
                lines += 1
                if _FM_CLOSE.match(block.text()):
                    break
                m = _LANG.match(block.text())
                if m:
                    lang = m.group(1)
                block = block.next()
        self._fm_lines = lines + 1
        self.lang = article_language(lang)

    def _contents_changed(self, position: int, _removed: int, _added: int) -> None:
        block = self.editor.document().findBlock(position)
        if block.blockNumber() <= self._fm_lines:
            old = self.lang
            self._read_language()
            if self.lang != old:
                self._cache.clear()
                self._refresh_due = True
                QTimer.singleShot(0, self.refresh)

    # -- typing ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind == QEvent.Type.ContextMenu
            and watched is self.editor.viewport()
            and isinstance(event, QContextMenuEvent)
        ):
            menu = self.context_menu(self.editor.cursorForPosition(event.pos()))
            if menu is not None:
                menu.exec(event.globalPos())
                menu.deleteLater()
                return True
        return False

    def _cursor_moved(self) -> None:
        held = self._held
        if held is None:
            return
        cursor = self.editor.textCursor()
        if (cursor.blockNumber(), cursor.positionInBlock()) != held:
            self._held = None
            self._recheck.add(held[0])  # not in the key handler: once typing pauses
            self._recheck_timer.start()

    # -- findings ----------------------------------------------------------------------------
    def block_issues(self, block: QTextBlock) -> tuple[Issue, ...]:
        """The findings of a prose line (none in front matter or code)."""
        if not self.active or block.userState() != NORMAL:
            return ()
        previous = block.previous()
        if previous.isValid() and previous.userState() not in (-1, NORMAL):
            return ()
        return self._issues(block.text())

    def issue_at(self, cursor: QTextCursor) -> tuple[QTextBlock, Issue] | None:
        block = cursor.block()
        at = cursor.positionInBlock()
        text = block.text()
        for issue in self.block_issues(block):
            if _qt(text, issue.start) <= at <= _qt(text, issue.end):
                return block, issue
        return None

    def go_to_next(self) -> bool:
        """Select the next finding after the cursor (wrapping at the end); False if none."""
        document = self.editor.document()
        cursor = self.editor.textCursor()
        start = cursor.block()
        after = max(cursor.position(), cursor.selectionEnd())
        block = start
        for _ in range(document.blockCount() + 1):
            text = block.text()
            for issue in self.block_issues(block):
                begin = block.position() + _qt(text, issue.start)
                if begin >= after:
                    self._select(block, issue)
                    return True
            block = block.next()
            if not block.isValid():
                block, after = document.firstBlock(), -1
        return False

    def _select(self, block: QTextBlock, issue: Issue) -> None:
        text = block.text()
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + _qt(text, issue.start))
        cursor.setPosition(block.position() + _qt(text, issue.end), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    # -- the context menu --------------------------------------------------------------------
    def context_menu(self, cursor: QTextCursor) -> QMenu | None:
        """The editor's context menu with the finding under ``cursor`` first; None if none."""
        found = self.issue_at(cursor)
        if found is None:
            return None
        block, issue = found
        menu = self.editor.createStandardContextMenu()
        first = menu.actions()[0] if menu.actions() else None
        actions: list[QAction] = []
        if issue.kind == NON_STANDARD:
            suggestions: tuple[str, ...] = (issue.standard,)
        else:
            lang = self.lang or DEFAULT_LANGUAGE
            suggestions = self.speller.suggest(issue.word, lang) if self.speller else ()
        for word in suggestions:
            action = QAction(word, menu)
            action.setObjectName("spell_suggestion")
            if word == suggestions[0]:
                font = QFont(action.font())
                font.setBold(True)
                action.setFont(font)
            action.triggered.connect(lambda _c=False, w=word: self.replace(block, issue, w))
            actions.append(action)
        if not suggestions:
            none = QAction(_tr("No suggestions"), menu)
            none.setEnabled(False)
            actions.append(none)
        if issue.kind == SPELLING and self.speller is not None:
            personal = QAction(_tr("Add to Dictionary"), menu)
            personal.setObjectName("spell_add_personal")
            personal.triggered.connect(lambda: self.add_word(issue.word, newsroom=False))
            actions.append(personal)
            if self.newsroom_list:
                shared = QAction(_tr("Add to Newsroom Dictionary"), menu)
                shared.setObjectName("spell_add_newsroom")
                shared.triggered.connect(lambda: self.add_word(issue.word, newsroom=True))
                actions.append(shared)
        ignore = QAction(_tr("Ignore"), menu)
        ignore.setObjectName("spell_ignore")
        ignore.triggered.connect(lambda: self.ignore(issue.word))
        actions.append(ignore)
        separator = QAction(menu)
        separator.setSeparator(True)
        actions.append(separator)
        if first is None:
            menu.addActions(actions)
        else:
            menu.insertActions(first, actions)
        return menu

    def replace(self, block: QTextBlock, issue: Issue, word: str) -> None:
        """Put ``word`` in place of the finding, as one undo step."""
        text = block.text()
        if text[issue.start : issue.end] != issue.word:
            return  # the line changed meanwhile
        cursor = QTextCursor(block)
        cursor.beginEditBlock()
        cursor.setPosition(block.position() + _qt(text, issue.start))
        cursor.setPosition(block.position() + _qt(text, issue.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(word)
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)

    def add_word(self, word: str, newsroom: bool) -> None:
        if self.speller is None:
            return
        path = Path(self.newsroom_list).expanduser() if newsroom else wordlists.personal_list_path()
        try:
            self.speller.add_word(word, path)
        except (wordlists.WordListError, SaveError, OSError) as exc:
            QMessageBox.warning(self.editor, _tr("Word not added"), str(exc))
            return
        self._forget_word(word)

    def ignore(self, word: str) -> None:
        """Stop underlining ``word`` in this editor until it closes."""
        self._ignored.add(word)
        self._forget_word(word)

    def _forget_word(self, word: str) -> None:
        for text in [t for t in self._cache if word in t]:
            del self._cache[text]
        block = self.editor.document().firstBlock()
        while block.isValid():
            if word in block.text():
                self._rehighlight(block)
            block = block.next()

    def position_of(self, block: QTextBlock, issue: Issue) -> QPoint:
        """Viewport point of a finding's first letter (tests open the menu there)."""
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + _qt(block.text(), issue.start) + 1)
        return self.editor.cursorRect(cursor).center()
