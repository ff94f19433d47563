"""The quiet bar above an article's editor: a message for a while ("reloaded because it changed
on disk"), a message with a button until it is closed or done (Follow, Save…), or one that
stays until it is closed or replaced (a story gone from under a read-only tab)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from netizen_editor.gui.contrast import ON_LIGHT_BAR
from netizen_editor.gui.plain_text import shown_plain
from netizen_editor.terminal import bidi_escaped

INFO_HIDE_MS = 12000
#: the info bar's text is this narrow at least (pixels); it wraps, and a word too long is cut
INFO_MIN_WIDTH = 120


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentTab", text)  # the tab's words, where it began


class InfoBar(QFrame):
    """A quiet message above the editor (e.g. "reloaded because it changed on disk")."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("info_bar")
        self.setStyleSheet(
            "#info_bar { background: #e8f0fe; border: 1px solid #b6ccf5; border-radius: 4px; }"
            f"#info_bar QLabel, #info_bar QToolButton {{ color: {ON_LIGHT_BAR}; }}"
        )
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # names files and colleagues
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(INFO_MIN_WIDTH)  # a long path in it never widens the window
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(_tr("Close"))
        close.clicked.connect(self.hide)
        self.action = QPushButton()
        self.action.setObjectName("info_action")
        self.action.clicked.connect(self._act)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        layout.addWidget(close)
        self._timer = QTimer(self, singleShot=True, interval=INFO_HIDE_MS)
        self._timer.timeout.connect(self.hide)
        self._do: Callable[[], object] | None = None
        self._text = ""  # as given: the label draws a planted name's bidi controls as escapes
        self.hide()

    def show_message(self, text: str, tip: str = "") -> None:
        """Show ``text`` for a while; ``tip``: its tooltip (the file it is about)."""
        self._show(text, tip, None, "")
        self._timer.start()

    def offer(self, text: str, label: str, do: Callable[[], object], tip: str = "") -> None:
        """Show ``text`` with a button ``label`` that does ``do``, until closed or done;
        ``tip``: its tooltip (the files it is about)."""
        self._timer.stop()
        self._show(text, tip, do, label)

    def keep(self, text: str, tip: str = "") -> None:
        """Show ``text`` until closed or replaced (a story gone from under a read-only tab: a
        notice gone after a while was missed by whoever looked away); ``tip``: its tooltip."""
        self._timer.stop()
        self._show(text, tip, None, "")

    @property
    def offering(self) -> bool:
        return not self.isHidden() and self._do is not None

    @property
    def shown(self) -> str:
        """The text shown now, as it was given ("" when hidden)."""
        return "" if self.isHidden() else self._text

    def _show(self, text: str, tip: str, do: Callable[[], object] | None, label: str) -> None:
        self._do = do
        self._text = text
        self.label.setText(bidi_escaped(text))  # a planted name's controls shown, not obeyed
        self.label.setToolTip(shown_plain(tip))
        self.action.setText(label)
        self.action.setVisible(do is not None)
        self.show()

    def _act(self) -> None:
        do, self._do = self._do, None
        self.hide()
        if do is not None:
            do()
