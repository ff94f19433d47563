"""The status bar's permanent fields: suggest mode, counts, cursor position, saved state,
preview problems. Their signs are in every font (✓ ● ✎ ⚠); read-only's padlock is our icon
(an emoji needs an emoji font, which many machines lack: they drew an empty box).

A problem can be as long as a message may be: its field is drawn cut short with "…" (the whole
text in its tooltip) and never asks for more width, so no message widens the window. It is a
normal field of the bar: a passing message (showMessage) covers it, and it comes back when the
message goes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from netizen_editor.editing.textstats import TextStats
from netizen_editor.gui.numbers import count_text
from netizen_editor.gui.plain_text import shown_plain
from netizen_editor.gui.window.actions import icon
from netizen_editor.terminal import bidi_escaped


def _tr(text: str) -> str:
    return QCoreApplication.translate("Status", text)


#: pixels the status bar keeps between a passing message and its fields
MESSAGE_MARGIN = 16
#: a message too long for the bar is shown whole above the text up to this many characters (a
#: sentence or three; a longer one, a whole list, would push the text down the screen)
MESSAGE_WHOLE_AT_MOST = 600


class MessagePlace(Protocol):
    """Where a message too long for the bar goes (a story's info bar: it wraps)."""

    @property
    def shown(self) -> str: ...
    def show_message(self, text: str, tip: str = "") -> None: ...
    def hide(self) -> None: ...


#: the width an elided field asks for at least: none, so that showing it never makes the
#: window wider (it stretches into the room the bar has, which is most of it)
MIN_ELIDED_WIDTH = 0


class ElidedLabel(QLabel):
    """A one-line label that draws its text cut short with "…" when it does not fit; its
    ``text()`` stays whole, and it asks for no more than ``MIN_ELIDED_WIDTH``."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), MIN_ELIDED_WIDTH), hint.height())

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()  # the bar's stretch gives it the room there is

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text().replace("\n", " "), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter = QPainter(self)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self.style().drawItemText(painter, rect, int(align), self.palette(), self.isEnabled(),
                                  shown, QPalette.ColorRole.WindowText)  # fmt: skip
        painter.end()

    def is_elided(self) -> bool:
        """Whether the text is drawn cut short (it is wider than the field)."""
        width = self.fontMetrics().horizontalAdvance(self.text().replace("\n", " "))
        return width > self.contentsRect().width()


class ShrinkingLabel(ElidedLabel):
    """An elided label that takes its whole width when the bar has room, and gives it up (to
    its ``shortest`` text) before the fields beside it do: "Suggesting as" and a long name
    made the bar, and so the window, wider than the room it had, and the checks' counts at
    its right end went off the screen (QA34 F4). It also gives way to a passing message that
    needs its room (``give_way``): the message was cut by "Suggesting as NAME" (QA37 #19)."""

    def __init__(self, shortest: str) -> None:
        super().__init__()
        self._shortest = shortest
        self._giving_way = False

    def give_way(self, on: bool) -> None:
        """Asks for no more than its shortest text (``on``), or for its whole text again."""
        if on != self._giving_way:
            self._giving_way = on
            self.updateGeometry()

    def whole_width(self) -> int:
        """The width its whole text takes (what it asks for when not giving way)."""
        return QLabel.sizeHint(self).width()

    def minimumSizeHint(self) -> QSize:
        self.ensurePolished()  # a style sheet's bold font is in the metrics once polished
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._shortest + "…")
        return QSize(width + margins.left() + margins.right(), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        if self._giving_way:
            return self.minimumSizeHint()
        return QLabel.sizeHint(self)  # the whole text when there is room


class _RelayoutWatch(QObject):
    """Calls ``then`` when ``bar`` is about to lay its fields out anew (one of them asks for
    another width) or is resized."""

    def __init__(self, bar: QStatusBar, then: Callable[[], None]) -> None:
        super().__init__(bar)
        self._then = then
        bar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self._then()
        return False


class StatusFields:
    """Adds and updates the fields; the window tells it what to show."""

    def __init__(self, bar: QStatusBar):
        self._bar = bar
        self._said = ""  # the last message ``say`` showed in a story's info bar
        self.problem = ElidedLabel()
        self.problem.setObjectName("status_problem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        self.stats = QLabel()
        self.stats.setObjectName("status_stats")
        self.position = QLabel()
        self.position.setObjectName("status_position")
        self.saved = QLabel()
        self.saved.setObjectName("status_saved")
        self.saved_icon = QLabel()  # the padlock beside "Read-only"
        self.saved_icon.setObjectName("status_saved_icon")
        side = max(12, self.saved.fontMetrics().height() - 2)
        self.saved_icon.setPixmap(icon("netizen-lock").pixmap(side, side))
        self.saved_icon.setContentsMargins(8, 0, 0, 0)
        self.saved_icon.hide()
        self.suggesting = ShrinkingLabel(shortest="✎ " + _tr("Suggesting"))
        self.suggesting.setText("✎ " + _tr("Suggesting"))
        self.suggesting.setObjectName("status_suggesting")
        self.suggesting.setToolTip(
            _tr("Suggest mode: what you type and delete becomes a suggestion")
        )
        self.suggesting.setStyleSheet("color: #137333; font-weight: bold;")
        self.suggesting.hide()
        for label in (self.suggesting, self.stats, self.position, self.saved):
            label.setContentsMargins(8, 0, 8, 0)
        bar.addWidget(self.problem, 1)
        bar.messageChanged.connect(self._message_changed)
        bar.addPermanentWidget(self.suggesting)
        bar.addPermanentWidget(self.stats)
        bar.addPermanentWidget(self.position)
        bar.addPermanentWidget(self.saved_icon)
        bar.addPermanentWidget(self.saved)
        self._relayout = _RelayoutWatch(bar, self._make_room)

    def say(self, message: str, timeout_ms: int, long_place: MessagePlace | None = None,
            *, whole: bool = True, above: str = "") -> None:  # fmt: skip
        """``message`` in the bar for a while; one too long for the room the bar's fields leave
        it is shown whole in ``long_place`` as well (the story's info bar, where it wraps: a
        refusal that says what is wrong and where was cut off at 1366x768), unless that shows
        something else (a notice about the story, a choice) or the message is routine (not
        ``whole``: "Saved banjir.md" at every Ctrl+S opened the bar over the text while
        suggest mode's name took the bar's room); a message shown whole there before goes when
        a new one comes. The bidi controls of a name in it are shown as escapes, not obeyed
        ("Saved laporan<U+202E>gpj.exe.md" read "laporannapmisret dm.exe.jpg"). With
        ``above``, ``message`` is ``above`` said short, and ``above`` goes above the text
        whole (a restore's sentence was cut in the bar at 1366 px; QA33 #3); the bar says
        ``above`` itself when a notice or a choice is there."""
        free = long_place is not None and long_place.shown in ("", self._said)
        if above and not free:
            message, above = above, ""  # no room above the text: the bar says it all
        message = bidi_escaped(message)
        self._bar.showMessage(message, timeout_ms)
        if long_place is None or not free:
            return  # never over a notice or an offer
        if above or (whole and len(message) <= MESSAGE_WHOLE_AT_MOST and not self.fits(message)):
            self._said = bidi_escaped(above) if above else message
            long_place.show_message(self._said)
        elif long_place.shown:  # the last message shown whole there is over ("Saved" came)
            long_place.hide()

    def fits(self, message: str) -> bool:
        """Whether ``message`` fits beside the bar's fields, suggest mode's name cut to its
        shortest (it gives way to a message that needs its room)."""
        return self._fits(message, whole_name=False)

    def _fits(self, message: str, *, whole_name: bool) -> bool:
        """``fits``; ``whole_name``: beside the fields as they ask to be laid out, suggest
        mode's name whole (whether the message needs the name's room)."""
        bar = self._bar
        fields = bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        taken = 0
        for field in fields:
            if not field.isVisible() or field is self.problem:
                continue
            if field is self.suggesting:
                name = self.suggesting
                taken += name.whole_width() if whole_name else name.minimumSizeHint().width()
            else:
                taken += field.sizeHint().width() if whole_name else field.width()
        return bar.fontMetrics().horizontalAdvance(message) <= bar.width() - taken - MESSAGE_MARGIN

    def _make_room(self) -> None:
        """Suggest mode's name gives way to its shortest ("✎ Suggesting…") while the passing
        message needs its room, and is whole again after: the message is read first ("Details
        change directly…" was cut by "Suggesting as NAME", QA37 #19). Asked again whenever
        the bar lays its fields out anew ("Saved" became "Unsaved changes" under a message)."""
        message = self._bar.currentMessage()
        self.suggesting.give_way(bool(message) and not self._fits(message, whole_name=True))

    def set_stats(self, stats: TextStats | None) -> None:
        if stats is None:
            self.stats.clear()
            return
        minutes = (
            _tr("%n min read").replace("%n", str(stats.reading_minutes))
            if stats.reading_minutes
            else _tr("< 1 min read")
        )
        words = _tr("{n} word") if stats.words == 1 else _tr("{n} words")
        chars = _tr("{n} character") if stats.characters == 1 else _tr("{n} characters")
        words = words.format(n=count_text(stats.words))  # 1.200 in Indonesian, 1,200 in English
        chars = chars.format(n=count_text(stats.characters))
        self.stats.setText(f"{words} · {chars} · {minutes}")

    def set_position(self, line: int, column: int) -> None:
        self.position.setText(_tr("Ln {line}, Col {column}").format(line=line, column=column))

    def set_saved(self, state: str) -> None:
        """``state``: saved, unsaved, untitled, read_only or empty."""
        texts = {
            "saved": ("✓ " + _tr("Saved"), "#2e7d32"),
            "unsaved": ("● " + _tr("Unsaved changes"), "#b26a00"),
            "untitled": ("● " + _tr("Not saved yet"), "#b26a00"),
            "read_only": (_tr("Read-only"), "#555555"),
        }
        text, colour = texts.get(state, ("", "#000000"))
        locked = state == "read_only"
        self.saved_icon.setVisible(locked)
        self.saved.setContentsMargins(2 if locked else 8, 0, 8, 0)  # the text beside its icon
        self.saved.setText(text)
        self.saved.setStyleSheet(f"color: {colour};")

    def set_suggesting(self, on: bool, who: str = "", from_login: bool = False) -> None:
        """Suggest mode shown on or off, with the name the suggestions are signed with (the
        login name when Settings has none: the tip says where to set it)."""
        self.suggesting.setVisible(on)
        if not who:
            return
        self.suggesting.setText("✎ " + _tr("Suggesting as {name}").format(name=who))
        tip = _tr("Suggest mode: what you type and delete becomes a suggestion signed {name}")
        if from_login:
            tip += " — " + _tr("your login name; set yours in Edit › Settings… (Default author)")
        self.suggesting.setToolTip(shown_plain(tip.format(name=who)))

    def set_problem(self, text: str) -> None:
        """Shows ``text`` (or nothing); while a passing message is up it waits under it: both
        were drawn over each other at the bar's left."""
        self.problem.setText(("⚠ " + text) if text else "")
        self.problem.setToolTip(shown_plain(text))
        self.problem.setVisible(bool(text) and not self._bar.currentMessage())

    def _message_changed(self, message: str) -> None:
        self._make_room()
        if not message:  # the message went: the problem shows again, if there is one
            self.problem.setVisible(bool(self.problem.text()))
