"""The Review panel: every suggestion and comment of the article in order, who and when, with
Accept / Reject per suggestion, Accept all / Reject all (the suggestions: comments and
highlights stay, with their replies, as a word processor keeps them), and Reply / Resolve for
comments and highlights, which Accept and Reject leave alone (their tips say Resolve). By
keyboard: Tab goes from the list to the buttons; Enter on a mark goes there in the editor,
Escape goes back to the editor at the current mark.

The panel only shows marks and says what the user asked for (signals); the review dock
(``review_dock``) applies it to the tab's text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from netizen_editor.gui.panels.place_rows import PlaceRows
from netizen_editor.terminal import bidi_escaped

if TYPE_CHECKING:
    from netizen_editor.review.marks import ReviewMark

MARK_ROLE = Qt.ItemDataRole.UserRole + 1
#: how much of a mark's text an item shows
SHOWN_CHARS = 160
#: pixels a reply stands in from the mark it answers (every line of it, wrapped too)
REPLY_INDENT = 22
#: lines of marks the list always has room for (two marks, each a heading, its text and a
#: comment); past that it scrolls, and the buttons below it stay whole
MIN_LINES = 6
CHANGES = frozenset({"insert", "delete", "substitute"})
COLOURS = {"insert": "#137333", "delete": "#b3261e", "substitute": "#9a5b00",
           "highlight": "#8a6d00", "comment": "#3c4a8a"}  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewPanel", text)


def thread_hint() -> str:
    """Why Accept and Reject do nothing to a comment or a highlight, and what does (QA33 #8:
    they took a highlight's question and left its answer alone, without a word)."""
    return _tr(
        "Accept and Reject decide suggestions; a comment or a highlight stays until Resolve "
        "removes it with its replies."
    )


def kind_name(kind: str) -> str:
    return {
        "insert": _tr("Addition"),
        "delete": _tr("Deletion"),
        "substitute": _tr("Substitution"),
        "highlight": _tr("Highlight"),
        "comment": _tr("Comment"),
    }.get(kind, kind)


def summary_text(changes: int, comments: int) -> str:
    """ "1 suggestion, 2 comments": English has a form for one (Indonesian says both alike)."""
    suggestions = _tr("{n} suggestion") if changes == 1 else _tr("{n} suggestions")
    remarks = _tr("{n} comment") if comments == 1 else _tr("{n} comments")
    return suggestions.format(n=changes) + ", " + remarks.format(n=comments)


def all_decided_text(accept: bool, decided: int, kept: int) -> str:
    """What Accept All / Reject All did, for the status bar: "3 suggestions accepted; 2 comments
    stay." (the comments, highlights and replies left for Resolve)."""
    if accept:
        done = _tr("{n} suggestion accepted") if decided == 1 else _tr("{n} suggestions accepted")
    else:
        done = _tr("{n} suggestion rejected") if decided == 1 else _tr("{n} suggestions rejected")
    text = done.format(n=decided)
    if kept:
        stay = _tr("{n} comment stays") if kept == 1 else _tr("{n} comments stay")
        text += "; " + stay.format(n=kept)
    return text + "."


def _short(text: str) -> str:
    text = " ".join(bidi_escaped(text).split())  # the text after a mark's control reads on
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def item_text(mark: ReviewMark, *, reply: bool = False) -> str:
    """``Addition · Rina · 6 Des 10.30`` over the text the mark holds; a reply indented under
    the mark it answers, without the line (its thread's)."""
    who = bidi_escaped(mark.author or "") or _tr("unknown")  # a planted name passes for none
    when = mark.time.strftime("%d/%m %H.%M") if mark.time is not None else ""
    kind = (
        QCoreApplication.translate("ReviewPanel", "Reply", "an answer")
        if reply
        else kind_name(mark.kind)
    )
    head = " · ".join(p for p in (kind, who, when) if p)
    if mark.kind == "substitute":
        body = f"{_short(mark.text)} → {_short(mark.new_text)}"
    else:
        body = _short(mark.text)
    if mark.comment:
        body += f"\n↳ {_short(mark.comment)}"  # (an emoji is a box where fonts lack it)
    if reply:
        return f"↪ {head}\n{body}"
    return f"{head}  ({_tr('line')} {mark.line})\n{body}"


class ReviewPanel(QWidget):
    """The list of marks and the buttons that act on them."""

    decided = Signal(object, bool)  # ReviewMark, accept (True) or reject (False)
    decided_all = Signal(bool)  # accept all (True) or reject all
    reply_requested = Signal(object)  # the comment (ReviewMark) to answer
    resolve_requested = Signal(object)  # the comment to remove with its replies
    #: go to a mark (ReviewMark) and write there (Enter, a double click, Ctrl+click)
    mark_chosen = Signal(object)
    #: Escape in the list: back to the editor, at the current mark (a ReviewMark, or None)
    left = Signal(object)
    #: show where a mark is, the focus staying in the list (arrows, a click): line, column
    place_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("review_panel")
        self.summary = QLabel()
        self.summary.setObjectName("review_summary")
        self.summary.setWordWrap(True)  # why no mark is listed takes a sentence (set_marks)
        self.list = QListWidget()
        self.list.setObjectName("review_list")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        # as short as its lines, however many marks: its hint (256x192) made the panel taller
        # than a short dock, so the dock scrolled the buttons away (QA37 #5: at 1366x768 only
        # the top edge of Accept and Reject showed); it takes the height the panel has left
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.list.setMinimumHeight(
            MIN_LINES * self.list.fontMetrics().lineSpacing() + 2 * self.list.frameWidth()
        )
        self.accept_button = QPushButton(_tr("Accept"))
        self.reject_button = QPushButton(_tr("Reject"))
        self.reply_button = QPushButton(_tr("Reply"))
        self.resolve_button = QPushButton(_tr("Resolve"))
        self.accept_all_button = QPushButton(_tr("Accept All"))
        self.reject_all_button = QPushButton(_tr("Reject All"))
        # all the suggestions, not the discussion: a reply just written is not lost with them
        self.accept_all_button.setToolTip(_tr("Accept every suggestion; comments stay"))
        self.reject_all_button.setToolTip(_tr("Reject every suggestion; comments stay"))
        for name, button in (
            ("accept", self.accept_button), ("reject", self.reject_button),
            ("reply", self.reply_button), ("resolve", self.resolve_button),
            ("accept_all", self.accept_all_button), ("reject_all", self.reject_all_button),
        ):  # fmt: skip
            button.setObjectName(f"review_{name}")
        # two buttons a row: four in one were cut at a narrow dock (and longer in Indonesian)
        rows = QGridLayout()
        for at, button in enumerate((self.accept_button, self.reject_button,
                                     self.reply_button, self.resolve_button,
                                     self.accept_all_button, self.reject_all_button)):  # fmt: skip
            rows.addWidget(button, at // 2, at % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(rows)
        self.accept_button.clicked.connect(lambda: self._decide(True))
        self.reject_button.clicked.connect(lambda: self._decide(False))
        self.accept_all_button.clicked.connect(lambda: self.decided_all.emit(True))
        self.reject_all_button.clicked.connect(lambda: self.decided_all.emit(False))
        self.reply_button.clicked.connect(lambda: self._with_comment(reply=True))
        self.resolve_button.clicked.connect(lambda: self._with_comment(reply=False))
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.itemClicked.connect(self._clicked)
        self.rows = PlaceRows(self.list)  # selected: shown; Enter, a double click: gone to
        self.rows.shown.connect(self._show)
        self.rows.chosen.connect(self._choose)
        self._buttons = (self.accept_button, self.reject_button, self.reply_button,
                         self.resolve_button, self.accept_all_button,
                         self.reject_all_button)  # fmt: skip
        before: QWidget = self.list  # Tab: the list, then the buttons as they are laid out
        for button in self._buttons:
            QWidget.setTabOrder(before, button)
            before = button
        self.list.installEventFilter(self)  # Escape: back to the editor
        self._editable = True
        self._tips = ("", "")  # Accept's and Reject's on a suggestion (``set_decide_tips``)
        self._suggestions = 0  # of the marks listed: what Accept All / Reject All decide
        self.list.setIconSize(QSize(REPLY_INDENT, 1))
        self._indent = QPixmap(REPLY_INDENT, 1)
        self._indent.fill(Qt.GlobalColor.transparent)
        self.set_marks([])

    def set_marks(self, marks: list[ReviewMark], why: str = "") -> None:
        """Show ``marks`` (in the text's order); the selection stays on the same place.
        ``why``: why the text's marks are not listed (said in place of the summary)."""
        with self.rows.quiet():  # the text changed: the editor stays where the user is
            self._fill(marks, why)

    def _fill(self, marks: list[ReviewMark], why: str = "") -> None:
        row = self.list.currentRow()
        changes = self._suggestions = sum(1 for m in marks if m.kind in CHANGES)
        self.list.clear()
        from netizen_editor.review.marks import reply_flags

        for mark, reply in zip(marks, reply_flags(marks), strict=True):
            item = QListWidgetItem(item_text(mark, reply=reply))
            if reply:  # an empty picture as wide as the indent, beside all of its lines
                item.setData(Qt.ItemDataRole.DecorationRole, self._indent)
            item.setData(MARK_ROLE, mark)
            item.setForeground(QColor(COLOURS.get(mark.kind, "#202124")))
            self.list.addItem(item)
        if marks:
            self.list.setCurrentRow(min(max(row, 0), len(marks) - 1))
        comments = len(marks) - changes
        self.summary.setText(
            why
            or (summary_text(changes, comments) if marks else _tr("No suggestions or comments."))
        )
        self._update_buttons()

    def marks(self) -> list[ReviewMark]:
        return [self.list.item(i).data(MARK_ROLE) for i in range(self.list.count())]

    def current_mark(self) -> ReviewMark | None:
        item = self.list.currentItem()
        return item.data(MARK_ROLE) if item is not None else None

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def select_quietly(self, row: int) -> None:
        """Make ``row`` the current, selected one without showing it (the editor stays)."""
        if 0 <= row < self.list.count():
            with self.rows.quiet():
                self.list.setCurrentRow(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            if event.type() == QEvent.Type.KeyPress:
                self.left.emit(self.current_mark())
            elif event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # no window key takes Escape from the list
            return True
        return super().eventFilter(watched, event)

    def set_editable(self, editable: bool) -> None:
        """Whether the marks can be decided (not in a story opened read-only)."""
        self._editable = editable
        self._update_buttons()

    def _update_buttons(self) -> None:
        focused = QApplication.focusWidget()
        mark = self.current_mark() if self._editable else None
        decidable = mark is not None and mark.kind in CHANGES
        thread = mark is not None and not decidable  # a comment or a highlight: Resolve
        for button, tip in ((self.accept_button, self._tips[0]),
                            (self.reject_button, self._tips[1])):  # fmt: skip
            button.setEnabled(decidable)
            button.setToolTip(thread_hint() if thread else tip)  # (shown on a button off too)
        self.reply_button.setEnabled(mark is not None)  # a suggestion is answered too
        self.resolve_button.setEnabled(mark is not None and mark.kind in ("comment", "highlight"))
        self.accept_all_button.setEnabled(self._editable and self._suggestions > 0)
        self.reject_all_button.setEnabled(self._editable and self._suggestions > 0)
        if focused in self._buttons and not focused.isEnabled():
            # a button that was just used and is now off: Qt would hand the focus to the next
            # one (Accept All after Resolve, so a Space decided every mark); the list has it
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_decide_tips(self, accept: str, reject: str) -> None:
        """The tips of Accept and Reject on a suggestion (the Review menu's, with their keys)."""
        self._tips = (accept, reject)
        self._update_buttons()

    def _decide(self, accept: bool) -> None:
        mark = self.current_mark()
        if mark is not None and mark.kind in CHANGES:
            self.decided.emit(mark, accept)

    def _with_comment(self, *, reply: bool) -> None:
        mark = self.current_mark()
        if mark is not None:
            (self.reply_requested if reply else self.resolve_requested).emit(mark)

    def _clicked(self, item: QListWidgetItem) -> None:
        if QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier:
            self._choose(self.list.indexFromItem(item))

    def _choose(self, index: QModelIndex) -> None:
        mark = index.data(MARK_ROLE)
        if mark is not None:
            self.mark_chosen.emit(mark)

    def _show(self, index: QModelIndex) -> None:
        mark = index.data(MARK_ROLE)
        if mark is not None:
            self.place_requested.emit(mark.line, mark.column)


class ReviewArea(QScrollArea):
    """The panel in a scroll area that is never shorter than the panel's least height (its
    summary, ``MIN_LINES`` of marks and the buttons): the docks above leave it that room, and
    a dock dragged short stops there, so no button is scrolled out of sight. It scrolls where
    the window is too small for that, and sideways in a dock narrower than the buttons."""

    def __init__(self, panel: ReviewPanel) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(panel)

    def minimumSizeHint(self) -> QSize:
        least = super().minimumSizeHint()
        panel = self.widget()
        if panel is None:
            return least
        return QSize(least.width(), panel.minimumSizeHint().height() + 2 * self.frameWidth())
