"""Spelling underlines in the editor: typos in red waves, non-standard forms in blue dashes.

The editor paints the underlines after its text (:meth:`SpellLayer.paint`, drawn by
:mod:`netizen_editor.gui.editor.underlines`), for the lines on screen only; a line's findings
come from a cache keyed by its text, so a line is checked when it is first painted. A
keystroke does not check its line: the Markdown highlighter tells the layer
(``MarkdownHighlighter.overlay``), which moves the line's underlines with the text and
checks the line once typing pauses. The word being typed is underlined only once the cursor
leaves it. The values of the front matter's ``title``, ``summary`` and ``image_caption`` are
underlined where the check rules find their words (``spelling.front``; the front matter's few
lines are read again after an edit in them). The dictionaries load off the GUI thread; until
then (or when they are missing) the editor works without underlines and ``problem`` says why.

The context menu on a finding offers the suggestions (the standard form first for a
non-standard spelling), "Add to Dictionary" (personal list), "Add to Newsroom Dictionary"
(when the newsroom's list has a path) and "Ignore"; F7 (:meth:`go_to_next`) selects the next
finding.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QPointF, QTimer, Signal
from PySide6.QtGui import QPainter, QTextBlock, QTextCursor
from PySide6.QtWidgets import QMenu, QMessageBox, QPlainTextEdit

from netizen_editor.grammar.scan import ArticleScan
from netizen_editor.gui.editor import underlines
from netizen_editor.gui.editor.highlighter import MarkdownHighlighter
from netizen_editor.gui.editor.off_thread import run_off_thread
from netizen_editor.gui.editor.positions import ASTRAL, qt_position
from netizen_editor.gui.editor.prose_reader import ProseReader
from netizen_editor.gui.editor.spell_front import SpelledFront
from netizen_editor.gui.editor.spell_menu import spelling_menu
from netizen_editor.gui.editor.style_fixes import StyleFixes
from netizen_editor.gui.editor.undo_steps import step_cursor
from netizen_editor.gui.menu_keys import EditorMenu
from netizen_editor.gui.plain_text import shown_plain
from netizen_editor.settings import Settings
from netizen_editor.spelling import wordlists
from netizen_editor.spelling.check import (
    NON_STANDARD,
    SPELLING,
    TYPED_LINE_MAX,
    Issue,
    line_issues,
    names_in,
    word_list_paths,
)
from netizen_editor.spelling.nonstandard import Table, TableError, load_table
from netizen_editor.spelling.shift import shifted
from netizen_editor.spelling.speller import (
    DEFAULT_LANGUAGE,
    DictionaryError,
    Speller,
    article_language,
    shared_loaded,
    shared_speller,
)
from netizen_editor.spelling.words import LINE_CACHE_SIZE, line_words
from netizen_editor.storage.atomic import SaveError

#: one load of the word lists at a time (see ``SpellLayer._load``)
_LOADING = threading.Lock()
SHOWN_LINES = 512  # lines whose last underlines are remembered (a few screens)
RECHECK_MS = 60  # a typed line is checked this long after the last key (after the preview got it)
# Hunspell holds the GIL while it reads a dictionary (~0.3 s for en_US): the first load waits
# until the window and the preview have painted.
FIRST_LOAD_DELAY_MS = 1500
TYPO_COLOR = "#d93025"
NON_STANDARD_COLOR = "#1a73e8"
#: characters that, typed anywhere in a line, can change which lines are prose (a fence, a
#: raw HTML tag, a table's bar, a review mark that runs on over other lines)
_STRUCTURAL = re.compile(r"[`~<>{}|]")
#: an edit this close to a line's start can change what the line is (a heading, a list, a
#: quote, a fence, indented code)
LINE_START = 4

if TYPE_CHECKING:
    from netizen_editor.article.model import Article


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpellLayer", text)


class SpellLayer(QObject):
    """Spell check of one editor; the editor creates it as ``editor.spell``."""

    ready = Signal()  # the dictionaries are loaded (or failed: see ``problem``)

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
        self._newest = [0]  # the newest load's number, as the loading thread reads it
        self._generation = -1
        self._cache: dict[str, tuple[Issue, ...]] = {}
        self._names: set[str] = set()
        self._ignored: set[str] = set()
        self._recheck: set[int] = set()  # lines typed in, painted with shifted underlines
        self._shown: dict[int, tuple[str, tuple[Issue, ...]]] = {}  # line → text, issues
        self._refresh_due = False
        self._held: tuple[int, int] | None = None  # (line, position) of the cursor typing
        self._front = SpelledFront()
        # the grammar's prose lines of the text as it is (scanned again, incrementally, when a
        # line is painted after an edit): the same lines the spelling rules read
        self.prose = ProseReader(editor.document(), lambda: editor.viewport().update(), self)
        highlighter.mark_ends.follow(self.prose, editor)  # and where review marks run over lines
        #: (Qt's document revision, language) the last snapshot's article gave
        self._exact_lang: tuple[int, str | None] | None = None
        self._styles = {
            SPELLING: (underlines.WAVE, TYPO_COLOR),
            NON_STANDARD: (underlines.DASH, NON_STANDARD_COLOR),
        }
        # line → the words (and rules) its last paint underlined
        self.painted: dict[int, tuple[tuple[str, str], ...]] = {}
        # typed lines are checked once typing pauses, after the preview got the keystroke
        self._recheck_timer = QTimer(self, singleShot=True, interval=RECHECK_MS)
        self._recheck_timer.timeout.connect(self._work)
        self._starter = QTimer(self, singleShot=True)
        self._starter.timeout.connect(lambda: None)
        self.highlighter.overlay = self._overlay
        self.style = StyleFixes(editor)  # the house style's replaced words, from the checks
        self.menu = EditorMenu(editor, self.context_menu)  # a right click, the Menu key
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
        lists, newest = self._lists, self._newest
        newest[0] = number

        def work() -> tuple:
            # the word lists (a newsroom's of 50,000 entries takes ~0.3 s) and the dictionaries
            # (~0.3 s) are read off the window's thread, one load at a time, and only by the
            # newest load: the last settings win
            with _LOADING:
                if newest[0] != number:
                    return None, None, "", number  # dropped by ``_loaded``
                speller = shared_speller(lists)
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
            return loaded, table, "\n".join(problems), number

        def start() -> None:
            run_off_thread(self, "_loaded", work, "spelling-load")

        self._starter.timeout.disconnect()
        self._starter.timeout.connect(start)
        self._starter.start(0 if shared_loaded() else FIRST_LOAD_DELAY_MS)

    def _loaded(self, speller: Speller | None, table: Table | None, problem: str, number: int):
        if number != self._loads:
            return  # a newer load (other word lists) is under way
        self.speller, self.table, self.problem = speller, table, problem
        self.refresh()
        self.ready.emit()

    def refresh(self) -> None:
        """Forget every answer and check again (each line when it is next painted)."""
        self._refresh_due = False
        self._cache.clear()
        self._shown.clear()
        self._names.clear()
        self.painted.clear()
        self._read_language()
        self.editor.viewport().update()

    def _repaint(self, block: QTextBlock, spans: Iterable[tuple[int, int, str]] = ()) -> None:
        """Paint one line again (if it is on screen): only the rows of ``spans`` when given
        (a long paragraph takes milliseconds to paint whole)."""
        editor = self.editor  # the editor made the layer: its protected methods are open
        rect = editor.blockBoundingGeometry(block).translated(editor.contentOffset())
        layout = block.layout()
        rows = {layout.lineForTextPosition(start).lineNumber() for start, _e, _k in spans}
        if not rows:
            editor.viewport().update(rect.toAlignedRect())
            return
        for row in rows:
            line = layout.lineAt(row)
            strip = line.rect().translated(rect.topLeft() + layout.position())
            editor.viewport().update(
                strip.adjusted(0, 0, 0, 2 * underlines.WAVE_HEIGHT + 2).toAlignedRect()
            )

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
        if issues is None and len(text) <= TYPED_LINE_MAX:
            if len(self._cache) > LINE_CACHE_SIZE:
                self._cache.clear()
            names = names_in(line_words(text)) - self._names
            self._names |= names
            if names and self._front.named(names):
                self.editor.viewport().update()  # a title's typo is a name this line uses
            lang = self.lang or DEFAULT_LANGUAGE
            issues = tuple(
                i
                for i in line_issues(0, text, speller, lang, self.table, self._names)
                if i.word not in self._ignored
            )
            self._cache[text] = issues
        return issues or ()

    def _overlay(self, text: str) -> None:
        """Called by the highlighter after it highlighted a prose line: a keystroke on the
        cursor's line keeps that line's underlines on their words and checks it next turn."""
        if not self.active or len(text) > TYPED_LINE_MAX:
            return
        number = self.highlighter.currentBlock().blockNumber()
        cursor = self.editor.textCursor()
        if cursor.blockNumber() != number:
            return
        self._held = (number, cursor.positionInBlock())
        shown = self._shown.get(number)
        if text not in self._cache and shown is not None and shown[0] != text:
            self._remember(number, text, shifted(shown[1], shown[0], text))
            self._recheck.add(number)
            self._recheck_timer.start()

    def _remember(self, number: int, text: str, issues: tuple[Issue, ...]) -> None:
        # more than a screenful of lines, so a paint never empties it under the typed line
        if len(self._shown) > SHOWN_LINES:
            self._shown.clear()
        self._shown[number] = (text, issues)

    def use_snapshot(self, scan: ArticleScan, article: Article | None) -> None:
        """The scan and the article of the text shown now (its tab's snapshot): the prose lines,
        language and front matter values, never scanned or parsed here (broken: the language
        stays)."""
        document = self.editor.document()
        self.prose.use(scan)
        if self._front.use(article):  # the values as YAML reads them: their lines again
            self.editor.viewport().update()
        if article is not None:
            lang = article_language(article.meta.get("lang"))
            self._exact_lang = (document.revision(), lang)
            if lang != self.lang:
                self.lang = lang
                self._cache.clear()
                self._refresh_due = True
                QTimer.singleShot(0, self.refresh)

    def _prose(self, block: QTextBlock, exact: bool = False) -> bool:
        """True for a line the grammar reads as prose (not front matter, code, raw HTML or an
        HTML comment block): the scan's, as the outline and the checks read it (``prose``;
        not yet known in a long text's first moments: False). The highlighter cannot look
        ahead (a fence never closed colours the rest as code)."""
        lines = self.prose.current(exact)
        return lines is not None and lines.is_prose(block.blockNumber() + 1)

    def _text(self, block: QTextBlock, exact: bool = False) -> str:
        """``block``'s line as the word finder reads it (review marks from other lines out)."""
        lines = self.prose.current(exact)
        return block.text() if lines is None else lines.read(block.blockNumber() + 1, block.text())

    def underlines(self, block: QTextBlock) -> list[tuple[int, int, str]]:
        """(start, end, rule) of each underline on ``block``, in Qt's positions within it:
        what :meth:`paint` draws. The line is checked now if it was not yet."""
        if not self.active:
            return []
        number = block.blockNumber()
        if not self._prose(block):
            return self._spans(
                number, block.text(), self._unstyled(block, self._front_issues(block))
            )
        text = self._text(block)
        issues = self._cache.get(text)
        if issues is None:
            shown = self._shown.get(number)
            if number in self._recheck and shown is not None and shown[0] == text:
                issues = shown[1]  # typed in: the underlines moved with the text until checked
            else:
                issues = self._issues(text)
        self._remember(number, text, issues)
        return self._spans(number, text, self._unstyled(block, issues))

    def _unstyled(self, block: QTextBlock, issues: tuple[Issue, ...]) -> tuple[Issue, ...]:
        """``issues`` without the non-standard forms the house style names at the same place:
        its dashes and its menu entry stand for both (F7 still stops there)."""
        return tuple(
            issue for issue in issues
            if issue.kind != NON_STANDARD or not self.style.names(block, issue.start, issue.end)
        )  # fmt: skip

    def _spans(
        self, number: int, text: str, issues: tuple[Issue, ...]
    ) -> list[tuple[int, int, str]]:
        held = self._held[1] if self._held is not None and self._held[0] == number else -1
        astral = ASTRAL.search(text) is not None
        spans = []
        for issue in issues:
            start, end = issue.start, issue.end
            if astral:
                start, end = qt_position(text, start), qt_position(text, end)
            if end != held:  # the word being typed is underlined once the cursor leaves it
                spans.append((start, end, issue.kind))
        return spans

    def paint(self, painter: QPainter, block: QTextBlock, origin: QPointF) -> None:
        """Draw ``block``'s underlines; the editor calls it for each line it paints, with
        the point where it drew the line's layout. The house style's are drawn with spell
        check off too: they are the checks' findings, not spelling."""
        if block.length() > TYPED_LINE_MAX:  # not read as typed: nothing to draw
            return
        self.style.paint(painter, block, origin)
        spans = self.underlines(block)
        text = block.text()
        units = text.encode("utf-16-le") if ASTRAL.search(text) else None
        words = []
        for start, end, kind in spans:
            if units is None:
                words.append((text[start:end], kind))
            else:
                words.append((units[2 * start : 2 * end].decode("utf-16-le"), kind))
        self.painted[block.blockNumber()] = tuple(words)
        if spans:
            underlines.draw(painter, block, origin, [(s, e, *self._styles[k]) for s, e, k in spans])

    def _work(self) -> None:
        """Check the lines typed in, once typing paused."""
        document = self.editor.document()
        if self.prose.revision != document.revision():
            self.prose.current()  # read again if the edit can have made lines code or prose
            self.editor.viewport().update()
        while self._recheck:
            number = self._recheck.pop()
            block = document.findBlockByNumber(number)
            if not block.isValid() or not self.active:
                continue
            if not self._prose(block):  # the edit made it code (a fence typed above...)
                self._repaint(block)
                continue
            text = self._text(block)
            shown = self._shown.get(number)
            before = self._spans(number, text, shown[1]) if shown and shown[0] == text else None
            issues = self._issues(text)
            self._remember(number, text, issues)
            if before is None:
                self._repaint(block)
                continue
            changed = set(before) ^ set(self._spans(number, text, issues))
            if changed:  # most keys change only the word being typed, which is not drawn
                self._repaint(block, changed)

    def busy(self) -> bool:
        """True while typed lines still wait to be checked."""
        return bool(self._recheck or self._refresh_due or self.prose.pending)

    # -- the article's language ----------------------------------------------------------------
    def _read_language(self) -> None:
        """``lang`` from the front matter, read as the article model and the checks read it
        (``SpelledFront.read``: its first lines)."""
        written = self._front.read(self.editor.document())
        exact = self._exact_lang
        if exact is not None and exact[0] == self.editor.document().revision():
            self.lang = exact[1]  # the revision's article, as the checks read it (YAML)
        else:  # typed just now: the one-line reading until the revision's snapshot comes
            self.lang = article_language(written)

    def _contents_changed(self, position: int, removed: int, added: int) -> None:
        block = self.editor.document().findBlock(position)
        prose = self.prose
        if not prose.structural:
            text = block.text()
            column = position - block.position()
            prose.structural = (
                position + max(removed, added) > block.position() + len(text)  # several lines
                or not text.strip()
                or text[0] in " \t"
                or column < LINE_START
                or (added > 0 and _STRUCTURAL.search(text, column, column + added) is not None)
                or (removed > 0 and _STRUCTURAL.search(text) is not None)
                or (prose.lines is not None and prose.lines.marked(block.blockNumber() + 1))
            )
            if not prose.structural:
                self._recheck_timer.start()  # read the prose lines again once typing pauses
        if block.blockNumber() <= self._front.lines:
            cursor = self.editor.textCursor()
            if cursor.position() == position + added and cursor.block() == block:
                self._held = (block.blockNumber(), cursor.positionInBlock())  # typing a value
            old = self.lang
            self._read_language()
            if self.lang != old:
                self._cache.clear()
                self._refresh_due = True
                QTimer.singleShot(0, self.refresh)

    # -- typing ------------------------------------------------------------------------------
    def _cursor_moved(self) -> None:
        held = self._held
        if held is None:
            return
        cursor = self.editor.textCursor()
        if (cursor.blockNumber(), cursor.positionInBlock()) != held:
            self._held = None
            block = self.editor.document().findBlockByNumber(held[0])
            if block.isValid():
                self._repaint(block)  # the word left behind gets its underline

    # -- findings ----------------------------------------------------------------------------
    def block_issues(self, block: QTextBlock) -> tuple[Issue, ...]:
        """The findings of a prose line or a front matter value's line (none in code): the
        exact ones, for a user's question (F7, the menu)."""
        if not self.active:
            return ()
        if not self._prose(block, exact=True):
            return self._front_issues(block)
        return self._issues(self._text(block, exact=True))

    def _front_issues(self, block: QTextBlock) -> tuple[Issue, ...]:
        """The findings on ``block`` of the front matter's spelled values (``SpelledFront``)."""
        lang, number = self.lang or DEFAULT_LANGUAGE, block.blockNumber()
        found = self._front.issues(number, self.speller, lang, self.table, self._names)
        return tuple(issue for issue in found if issue.word not in self._ignored)

    def issue_at(self, cursor: QTextCursor) -> tuple[QTextBlock, Issue] | None:
        block = cursor.block()
        at = cursor.positionInBlock()
        text = block.text()
        for issue in self._unstyled(block, self.block_issues(block)):
            if qt_position(text, issue.start) <= at <= qt_position(text, issue.end):
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
                begin = block.position() + qt_position(text, issue.start)
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
        cursor.setPosition(block.position() + qt_position(text, issue.start))
        cursor.setPosition(
            block.position() + qt_position(text, issue.end), QTextCursor.MoveMode.KeepAnchor
        )
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    # -- the context menu --------------------------------------------------------------------
    def context_menu(self, cursor: QTextCursor) -> QMenu | None:
        """The editor's context menu with the finding under ``cursor`` first (a house-style
        fix before the spelling); None if none."""
        return self.style.menu(cursor, spelling_menu(self, cursor))

    def replace(self, block: QTextBlock, issue: Issue, word: str) -> None:
        """Put ``word`` in place of the finding, as one undo step."""
        text = block.text()
        if text[issue.start : issue.end] != issue.word:
            return  # the line changed meanwhile
        cursor = step_cursor(self.editor)
        cursor.beginEditBlock()  # Ctrl+Z puts the cursor back where the user had it
        cursor.setPosition(block.position() + qt_position(text, issue.start))
        cursor.setPosition(
            block.position() + qt_position(text, issue.end), QTextCursor.MoveMode.KeepAnchor
        )
        cursor.insertText(word)
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)

    def add_word(self, word: str, newsroom: bool) -> bool:
        """Add ``word`` to the journalist's list (or the newsroom's); whether it went in (a
        list that cannot be written is said in a message)."""
        if self.speller is None:
            return False
        path = Path(self.newsroom_list).expanduser() if newsroom else wordlists.personal_list_path()
        try:
            # on the window's thread: a lock another app (or a planted file) keeps is waited
            # for a moment only, then "being changed by ..." says who holds the list
            self.speller.add_word(word, path, wait=wordlists.WINDOW_LOCK_WAIT_S)
        except (wordlists.WordListError, SaveError, OSError) as exc:
            QMessageBox.warning(self.editor, _tr("Word not added"), shown_plain(str(exc)))
            return False
        self._forget_word(word)
        return True

    def ignore(self, word: str) -> None:
        """Stop underlining ``word`` in this editor until it closes."""
        self._ignored.add(word)
        self._forget_word(word)

    def _forget_word(self, word: str) -> None:
        for text in [t for t in self._cache if word in t]:
            del self._cache[text]
        self._shown.clear()
        self.editor.viewport().update()

    def position_of(self, block: QTextBlock, issue: Issue) -> QPoint:
        """Viewport point of a finding's first letter (tests open the menu there)."""
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + qt_position(block.text(), issue.start) + 1)
        return self.editor.cursorRect(cursor).center()
