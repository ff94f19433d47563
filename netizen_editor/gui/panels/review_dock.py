"""The Review dock: the current tab's review marks (from its snapshots) in the Review panel,
and what the user decides there applied to the tab's text, each decision one undo step.

A decision is made on the text as it is now: the mark is found again in the current text (the
snapshot may be a few keys old); if it is gone, nothing changes and the status bar says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QStackedWidget,
)

from netizen_editor.article.dates import newsroom_zone
from netizen_editor.errors import ArticleError
from netizen_editor.grammar.critic_write import attributed, comment, head, highlight
from netizen_editor.gui.dialogs.comment_dialog import write_comment
from netizen_editor.gui.editor.front_guard import allowed_here
from netizen_editor.gui.editor.positions import py_index, qt_position
from netizen_editor.gui.editor.undo_steps import close_undo_step
from netizen_editor.gui.panels.no_article import NoArticlePage
from netizen_editor.gui.panels.review_panel import (
    CHANGES,
    ReviewArea,
    ReviewPanel,
    thread_hint,
)
from netizen_editor.gui.view_menu import add_with_letters
from netizen_editor.settings import Settings
from netizen_editor.snapshot import Snapshot

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QTabWidget

    from netizen_editor.gui.window.actions import ActionRegistry
    from netizen_editor.gui.window.document_tab import DocumentTab
    from netizen_editor.review.marks import ReviewMark


class ReviewHost(Protocol):
    """What the dock reads of the window beside its QMainWindow parts."""

    settings: Settings
    tabs: QTabWidget

    def current_tab(self) -> DocumentTab | None: ...

    def all_tabs(self) -> list[DocumentTab]: ...

    def show_status(self, text: str) -> None: ...


#: how much of the words a reply answers its box shows
QUOTED_CHARS = 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewDock", text)


def marks_of(text: str, scan: object = None) -> list[ReviewMark]:
    """The review marks of ``text`` (none without a ``{``: a plain search, no scan)."""
    return read_marks(text, scan)[0]


def read_marks(text: str, scan: object = None) -> tuple[list[ReviewMark], str]:
    """(the review marks of ``text``, why none is read or ""): past the most a story may hold
    (``mark_cap.MAX_MARKS``) none, and the refusal, which the review check gives at its line:
    the panel reads no mark of millions on the window's thread."""
    if "{" not in text:
        return [], ""
    from netizen_editor.review.marks import review_marks  # the review core: not at start

    try:
        return review_marks(text, scan), ""  # type: ignore[arg-type]
    except ArticleError as exc:
        return [], exc.message


def find_again(
    mark: ReviewMark, marks: list[ReviewMark], old: list[ReviewMark]
) -> ReviewMark | None:
    """``mark`` (one of ``old``) among ``marks`` of the text as it is now: the same kind,
    texts and author, the same how-manieth of its like."""

    def key(m: ReviewMark) -> tuple:
        return (m.kind, m.text, m.new_text, m.author, m.comment)

    nth = sum(1 for m in old[: old.index(mark)] if key(m) == key(mark)) if mark in old else 0
    alike = [m for m in marks if key(m) == key(mark)]
    return alike[nth] if nth < len(alike) else None


class ReviewDock(QObject):
    #: a suggestion (or all) was accepted or rejected in this DocumentTab (the window keeps a
    #: version, reason ``review``)
    decision_made = Signal(object)
    #: a decision is about to be made in this DocumentTab: a story with a file and no id yet
    #: gets its id now (the window's), so its history keeps the decision; the decision is
    #: then one undo step with it
    deciding = Signal(object)

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.host = cast(ReviewHost, window)
        self.panel = ReviewPanel()
        self.dock = QDockWidget(_tr("Review"), window)
        self.dock.setObjectName("review_dock")
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        # in a scroll area: the dock shares the side with the details and the checks, and must
        # not make the window wider than a small screen allows (nor hide the buttons)
        area = ReviewArea(self.panel)
        # "No article is open" in the dock's middle (the window starts without one), or the panel
        self.pages = QStackedWidget()
        self.no_article = NoArticlePage()
        self.pages.addWidget(self.no_article)
        self.pages.addWidget(area)
        self._area = area
        self.dock.setWidget(self.pages)
        beside = window.findChild(QDockWidget, "checks_dock") or window.findChild(
            QDockWidget, "outline_dock"
        )
        if beside is not None:
            window.tabifyDockWidget(beside, self.dock)
        else:
            window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        view = window.findChild(QMenu, "menu_view")
        if view is not None:
            add_with_letters(view, self.dock)
        # (no Alt+letters on the buttons: the menu bar, the name bar, the Details labels and
        # the desk's buttons leave none of their texts' letters; Review › Accept / Reject
        # Suggestion have keys, which the buttons' tips tell: ``handlers``)
        self.panel.decided.connect(self.decide)
        self.panel.decided_all.connect(self.decide_all)
        self.panel.reply_requested.connect(self.reply)
        self.panel.resolve_requested.connect(self.resolve)
        self.panel.mark_chosen.connect(self._go_to_mark)
        self.panel.left.connect(self._go_to_mark)
        self.panel.place_requested.connect(self._show_place)
        self._tab: DocumentTab | None = None
        self.suggesting = False  # suggest mode, in every tab
        self.final_view = False  # the previews show the text as if all were accepted
        self.mark_display = "all"  # how the editors show review marks
        #: ask for a reply's and a new comment's text; tests replace them
        self.ask_reply = self._ask_reply
        self._answering: ReviewMark | None = None  # the mark a reply is asked for
        self._refusal = ""  # the last comment refused, while it may still be shown
        self.ask_comment = lambda: self._ask(_tr("Comment"), _tr("Your comment:"))
        self.host.tabs.currentChanged.connect(lambda _i: self._follow())
        self._follow()

    def show_dock(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def open_panel(self) -> None:
        """Review › Review Panel (Ctrl+Shift+R): the panel shown with the focus in its list, on
        the mark at or after the editor's cursor (else the first); the editor stays put."""
        self.show_dock()
        if self._tab is not None:
            marks, at = self._marks_and_cursor(self._tab)
            after = [n for n, m in enumerate(marks) if m.end >= at]
            self.panel.select_quietly(after[0] if after else 0)
        self.panel.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _marks_and_cursor(self, tab: DocumentTab) -> tuple[list[ReviewMark], int]:
        """The marks of the text as it is now (the list made again) and the editor's cursor as
        an index into that text."""
        self._refresh()
        return self.panel.marks(), py_index(tab.editor_text(), tab.editor.textCursor().position())

    def decide_here(self, accept: bool) -> None:
        """Review › Accept / Reject Suggestion: the mark selected in the list when it has the
        focus, else the suggestion at the editor's cursor."""
        tab = self._tab
        if tab is None:
            return
        if self.panel.list.hasFocus():
            here = [m for m in [self.panel.current_mark()] if m is not None]
        else:
            marks, at = self._marks_and_cursor(tab)
            here = [m for m in marks if m.start <= at <= m.end]
        mark = next((m for m in here if m.kind in CHANGES), None)
        if mark is not None:
            self.decide(mark, accept)
        elif here:  # a comment or a highlight: the buttons are off for it, and say why
            self.host.show_status(thread_hint())
        else:
            self.host.show_status(_tr("There is no suggestion at the cursor."))

    def step(self, by: int) -> None:
        """Review › Next / Previous Mark: from the list's current mark when it has the focus
        (the editor shows it), else from the editor's cursor (which goes there)."""
        tab = self._tab
        if tab is None:
            return
        if self.panel.list.hasFocus():
            row = self.panel.list.currentRow() + by
            if 0 <= row < self.panel.list.count():
                self.panel.list.setCurrentRow(row)
                return
        else:
            marks, at = self._marks_and_cursor(tab)
            rows = [n for n, m in enumerate(marks) if (m.start > at if by > 0 else m.start < at)]
            if rows:
                row = rows[0] if by > 0 else rows[-1]
                mark = marks[row]
                self.panel.select_quietly(row)
                tab.go_to_line(mark.line, mark.column, focus=False)
                return
        self.host.show_status(
            _tr("No more marks after this one.") if by > 0 else _tr("No marks before this one.")
        )

    def reveal(self, line: int, column: int = 1) -> None:
        """Show the Review panel and put the editor on the mark at ``line``, ``column``."""
        self.show_dock()
        self._go_to(line, column)

    def set_final_view(self, final: bool, tab: DocumentTab | None = None) -> None:
        """The preview of every tab (or of ``tab``) shows the text as if all were accepted,
        or the marks."""
        self.final_view = final
        for each in [tab] if tab is not None else self.host.all_tabs():
            each.revisions.set_mark_view("final" if final else "review")

    def handlers(self, registry: ActionRegistry) -> dict[str, Callable[[], object]]:
        """The Review menu's actions (the window connects them with its own)."""
        self._registry = registry
        self.panel.set_decide_tips(registry["accept_mark"].toolTip(),
                                   registry["reject_mark"].toolTip())  # fmt: skip

        def checked(key: str) -> bool:
            return registry[key].isChecked()

        return {
            "suggest_mode": lambda: self.set_suggesting(checked("suggest_mode")),
            "preview_final": lambda: self.set_final_view(checked("preview_final")),
            "marks_all": lambda: self.set_mark_display("all"),
            "marks_accepted": lambda: self.set_mark_display("accepted"),
            "marks_original": lambda: self.set_mark_display("original"),
            "review_panel": self.open_panel,
            "add_comment": self.add_comment,
            "accept_mark": lambda: self.decide_here(True),
            "reject_mark": lambda: self.decide_here(False),
            "next_mark": lambda: self.step(1),
            "previous_mark": lambda: self.step(-1),
        }

    def prepare(self, tab: DocumentTab) -> None:
        """A new tab follows the window's suggest mode and how marks are shown."""
        tab.editor.suggester.set_active(self.suggesting)
        tab.editor.suggester.refused.connect(self.host.show_status)
        tab.editor.suggester.noted.connect(self.host.show_status)
        tab.editor.highlighter.set_mark_display(self.mark_display)
        self.set_final_view(self.final_view, tab)

    def set_mark_display(self, display: str) -> None:
        """The editors show every mark (``all``) or read as ``accepted`` or ``original``."""
        self.mark_display = display
        for tab in self.host.all_tabs():
            tab.editor.highlighter.set_mark_display(display)

    def set_suggesting(self, on: bool) -> None:
        """Suggest mode on or off in every tab (the window's action; the status bar shows it)."""
        self.suggesting = on
        for tab in self.host.all_tabs():
            tab.editor.suggester.set_active(on)
        self._show_mode()
        if on:
            self.show_dock()

    def _show_mode(self) -> None:
        """The status bar's "Suggesting as …" while suggest mode is on and an article is open
        (with none, nothing is suggested; the mode comes back with the next one)."""
        status = getattr(self.window, "status", None)
        current = self.host.current_tab()
        if status is not None:
            suggester = current.editor.suggester if current is not None else None
            who = suggester.who() if suggester is not None else ""
            from_login = suggester is not None and not suggester.author.strip()
            status.set_suggesting(self.suggesting and current is not None, who, from_login)

    def new_story(self) -> None:
        """A new story (blank or from a template) is its author's own text, not suggestions on
        someone else's: suggest mode, when on, goes off, and the status bar says so."""
        if not self.suggesting:
            return
        registry = getattr(self, "_registry", None)
        if registry is not None:
            registry["suggest_mode"].setChecked(False)
        self.set_suggesting(False)
        self.host.show_status(
            _tr("Suggest mode is off: a new story is your own text (Ctrl+Shift+E turns it on).")
        )

    # -- following the current tab -------------------------------------------------------------
    def _follow(self) -> None:
        tab = self.host.current_tab()
        if tab is self._tab:
            return
        if self._tab is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # the tab may be gone
                self._tab.snapshot_ready.disconnect(self._snapshot)
                self._tab.name_changed.disconnect(self._follow_state)
        self._tab = tab
        self._follow_state()
        self.pages.setCurrentWidget(self.no_article if tab is None else self._area)
        self._show_mode()
        if tab is None:
            self.panel.set_marks([])
            return
        tab.snapshot_ready.connect(self._snapshot)
        tab.name_changed.connect(self._follow_state)  # (read-only: a lock taken or let go)
        snapshot = tab.snapshot()
        self.panel.set_marks(*read_marks(snapshot.text, snapshot.scan) if snapshot else ([],))

    def _follow_state(self) -> None:
        """The panel decides nothing in a story opened read-only."""
        self.panel.set_editable(self._tab is not None and not self._tab.read_only)

    def _snapshot(self, snapshot: Snapshot) -> None:
        self.panel.set_marks(*read_marks(snapshot.text, snapshot.scan))

    def _refresh(self) -> None:
        if self._tab is not None:
            self.panel.set_marks(*read_marks(self._tab.editor_text()))

    # -- decisions ------------------------------------------------------------------------------
    def _current(self, mark: ReviewMark) -> tuple[DocumentTab, str, ReviewMark] | None:
        tab = self._tab
        if tab is None or tab.read_only:
            return None
        text = tab.editor_text()
        found = find_again(mark, marks_of(text), self.panel.marks())
        if found is None:
            self.host.show_status(_tr("That mark is no longer in the text."))
            self._refresh()
            return None
        return tab, text, found

    def decide(self, mark: ReviewMark, accept: bool) -> None:
        """Accept or reject one suggestion (its attribution goes with it); a comment or a
        highlight is left to Resolve, whole with its replies."""
        if self._tab is None or self._tab.read_only or mark.kind not in CHANGES:
            return
        joined = self._with_id(self._tab)
        current = self._current(mark)
        if current is None:
            return
        tab, text, found = current
        self.decision_made.emit(tab)  # the text with the suggestion is kept as a version first
        from netizen_editor.review.resolve import resolved_span

        self._edit(tab, text, [resolved_span(text, found, accept)], join=joined)

    def decide_all(self, accept: bool) -> None:
        """Accept or reject every suggestion, as one undo step; comments and highlights stay
        with their replies (the discussion has Resolve; QA31: a reply just written went with
        Accept All). The status bar says how many. (``review --accept-all`` drops comments.)"""
        tab = self._tab
        if tab is None or tab.read_only:
            return
        from netizen_editor.gui.panels.review_panel import all_decided_text
        from netizen_editor.review.resolve import resolve_all, too_deep

        try:
            done = resolve_all(tab.editor_text(), accept, suggestions_only=True)  # as the CLI's
        except ArticleError as exc:  # more than a story may hold (mark_cap): nothing changes
            self.host.show_status(exc.message)
            return
        if done.left:  # nested deeper than the rounds go (QA32 #12): nothing changes
            self._go_to(done.line, 1)
            self.host.show_status(too_deep(tab.display_name(), done))
            return
        joined = bool(done.rounds) and self._with_id(tab)
        if joined:  # the id went into the front matter: the rounds are of the text with it
            done = resolve_all(tab.editor_text(), accept, suggestions_only=True)
        for round_, spans in enumerate(done.rounds):  # marks inside marks, level by level
            if not round_:
                self.decision_made.emit(tab)  # the text with the suggestions is kept first
            self._edit(tab, tab.editor_text(), spans, join=joined or bool(round_))  # one step
        kept = len(marks_of(tab.editor_text()))
        self.host.show_status(all_decided_text(accept, done.suggestions, kept))

    def _with_id(self, tab: DocumentTab) -> bool:
        """Before a decision in ``tab``: whether its story was given its id now (``deciding``)."""
        before = tab.editor_text()
        self.deciding.emit(tab)
        return tab.editor_text() != before

    def resolve(self, mark: ReviewMark) -> None:
        """The thread of ``mark`` resolved: a comment or a highlight that started it goes with
        its replies (a highlight's text stays, plain); under a suggestion, which is accepted or
        rejected instead, its replies go."""
        current = self._current(mark)
        if current is None:
            return
        tab, text, found = current
        from netizen_editor.review.marks import thread_span

        marks = marks_of(text)
        first, last = thread_span(marks, found)
        root, end = marks[first], marks[last - 1].end
        if root.kind not in ("comment", "highlight"):
            if last - first > 1:
                self._edit(tab, text, [(marks[first + 1].start, end, "")])
            return
        from netizen_editor.review.resolve import gone_span, replacement

        if root.kind == "highlight":
            self._edit(tab, text, [(root.start, end, replacement(text, root, True))])
        else:  # a comment on lines of its own goes with them (``gone_span``)
            self._edit(tab, text, [(*gone_span(text, root.start, end), "")])

    def add_comment(self) -> None:
        """A comment of the user's at the cursor, or on the selected words (highlighted); with
        the cursor inside a mark, right after the mark and the comments on it."""
        tab = self.host.current_tab()
        if tab is None or tab.read_only or not allowed_here(tab.editor, block=False):
            return  # (a comment among the front matter's fields would break them)
        if self._on_marks(tab):
            return
        answer = self.ask_comment()
        if not answer.strip():
            return
        cursor = tab.editor.textCursor()
        if not cursor.hasSelection():
            cursor.setPosition(self._comment_place(tab, cursor.position()))
        settings = self.host.settings
        now = dt.datetime.now(newsroom_zone(settings.timezone)).replace(second=0, microsecond=0)
        who = head(settings.default_author or tab.editor.suggester.who(), now)
        note = " ".join(answer.split())
        selected = cursor.selectedText().replace("\u2029", "\n")
        cursor.beginEditBlock()
        cursor.insertText(
            attributed(highlight(selected), who, note) if selected else comment(note, who)
        )
        cursor.endEditBlock()
        close_undo_step(cursor)  # words typed after it are their own undo step
        tab.editor.setTextCursor(cursor)
        self.show_dock()
        self._refresh()
        self._withdraw_refusal(tab)

    @staticmethod
    def _comment_place(tab: DocumentTab, position: int) -> int:
        """Where a comment asked for at the editor's ``position`` goes (``comment_place``)."""
        text = tab.editor_text()
        if "{" not in text:
            return position
        from netizen_editor.review.marks import comment_place

        return qt_position(text, comment_place(marks_of(text), py_index(text, position)))

    def _on_marks(self, tab: DocumentTab) -> bool:
        """Whether the selection holds review marks or a part of one: a highlight around them
        would turn their syntax into its text, one inside a mark would nest in it; the status
        bar says so. (A cursor without a selection is never refused: ``_comment_place``.)"""
        text = tab.editor_text()
        cursor = tab.editor.textCursor()
        if "{" not in text or not cursor.hasSelection():
            return False
        from netizen_editor.review.marks import touches_marks

        start = py_index(text, cursor.selectionStart())
        end = py_index(text, cursor.selectionEnd())
        if not touches_marks(marks_of(text), start, end):
            return False
        self._refusal = _tr(
            "The selection holds or lies inside a review mark: select text before, after or "
            "between the marks."
        )
        self.host.show_status(self._refusal)
        return True

    def _withdraw_refusal(self, tab: DocumentTab) -> None:
        """The user acted (a comment, a reply, a decision made): a refusal still shown, in
        the status bar or whole above the text, is about a selection gone by; it goes."""
        refusal, self._refusal = self._refusal, ""
        if not refusal:
            return
        bar = self.window.statusBar()
        if bar.currentMessage() == refusal:
            bar.clearMessage()
        if tab.info_bar.shown == refusal:
            tab.info_bar.hide()

    def reply(self, mark: ReviewMark) -> None:
        """A comment of the user's right after the mark's thread."""
        current = self._current(mark)
        if current is None:
            return
        tab, text, found = current
        self._answering = found
        try:
            answer = self.ask_reply()
        finally:
            self._answering = None
        if not answer.strip():
            return
        from netizen_editor.review.marks import thread_span

        marks = marks_of(text)
        end = marks[thread_span(marks, found)[1] - 1].end  # after the thread's last reply
        settings = self.host.settings
        now = dt.datetime.now(newsroom_zone(settings.timezone)).replace(second=0, microsecond=0)
        who = head(settings.default_author or tab.editor.suggester.who(), now)
        self._edit(tab, text, [(end, end, comment(" ".join(answer.split()), who))])

    def _edit(
        self, tab: DocumentTab, text: str, edits: list[tuple[int, int, str]], *, join: bool = False
    ) -> None:
        """Replace each (start, end) of ``text`` with its text in the editor, as one step (with
        ``join``: one step with the edit made just before)."""
        if not edits:
            return
        cursor = QTextCursor(tab.editor.document())
        # where the undo puts the cursor back: at the (last) mark decided, not the text's start
        cursor.setPosition(qt_position(text, max(edits)[0]))
        if join:
            cursor.joinPreviousEditBlock()
        else:
            cursor.beginEditBlock()
        for start, end, new in sorted(edits, reverse=True):
            cursor.setPosition(qt_position(text, start))
            cursor.setPosition(qt_position(text, end), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(new)
        cursor.endEditBlock()
        close_undo_step(cursor)
        editor_cursor = tab.editor.textCursor()
        editor_cursor.setPosition(cursor.position())
        tab.editor.setTextCursor(editor_cursor)
        self._refresh()
        self._withdraw_refusal(tab)

    def _ask_reply(self) -> str:
        """The reply, asked under what it answers: who wrote it and its words."""
        mark, label = self._answering, _tr("Your reply:")
        if mark is not None:
            said = " ".join((mark.comment or mark.text).split())
            said = said if len(said) <= QUOTED_CHARS else said[: QUOTED_CHARS - 1] + "…"
            label = _tr("Your reply to {who}, who wrote “{said}”:").format(
                who=mark.author or _tr("unknown"), said=said
            )
        return self._ask(_tr("Reply"), label)

    def _ask(self, title: str, label: str) -> str:
        return write_comment(self.window, title, label)

    def _go_to(self, line: int, column: int) -> None:
        tab = self._tab
        if tab is None:
            return
        tab.go_to_line(line, column)

    def _go_to_mark(self, mark: ReviewMark | None) -> None:
        """The editor gets the focus on ``mark`` (Enter, Escape in the list): where its cursor
        is when that is in the mark (the user's place kept), else at the mark's start."""
        tab = self._tab
        if tab is None:
            return
        if mark is not None:
            text = tab.editor_text()
            found = find_again(mark, marks_of(text), self.panel.marks()) or mark
            at = py_index(text, tab.editor.textCursor().position())
            if not found.start <= at <= found.end:
                tab.go_to_line(found.line, found.column)
                return
        tab.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_place(self, line: int, column: int) -> None:
        """A mark selected in the list: shown in the editor, the list keeps the focus."""
        if self._tab is not None:
            self._tab.go_to_line(line, column, focus=False)


def install_review_dock(window: QMainWindow) -> ReviewDock:
    return ReviewDock(window)
