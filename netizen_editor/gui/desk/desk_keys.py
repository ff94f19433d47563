"""The desk's keys. Its buttons act on the selected story, and an Alt+letter cannot reach them
all: the window's menus and the Article Details beside the desk take most letters, and in
Indonesian "Siap Terbit", "Di-spike" and "Berita Baru" have none left. So each button has a
key of its own, shown in its tooltip and in the story's menu, that works wherever the keyboard
is in the desk (its table, search box, filters, buttons):

- Ctrl+1 … Ctrl+4: the status buttons from left to right, the way a story goes (to the
  editor, ready, published, spiked), the same in every language;
- F2: rename or move the story, as in a file manager;
- Ctrl+N: a new story of the desk, as a mail program's Ctrl+N makes what the folder shown
  holds; Ctrl+F: the desk's search box. Outside the desk both are the window's (New, Find).

No key of a window's action is taken but those two, and no Alt+letter at all.

Tab goes from the search box through the filters and the table to the buttons, and from the
last one round to the search box again (Shift+Tab the other way): on, it went into the
preview, whose page kept the keyboard and showed no focus. Escape goes back to the article.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

#: the status buttons' keys, left to right
STATUS_KEYS = {"review": "Ctrl+1", "ready": "Ctrl+2", "published": "Ctrl+3", "spiked": "Ctrl+4"}
RENAME_KEY = "F2"
NEW_KEY = "Ctrl+N"
#: the keys that are the window's outside the desk and the desk's in it
SHADOWED = (NEW_KEY, QKeySequence.StandardKey.Find)

Key = str | QKeySequence.StandardKey


def key_text(key: Key) -> str:
    """The key as the system writes it ("Ctrl+2"; "⌘2" on macOS)."""
    sequence = QKeySequence(key)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def with_key(tip: str, key: Key) -> str:
    """A button's tooltip with its key: "Status: ready (the web editor's turn) — Ctrl+2"."""
    return f"{tip} — {key_text(key)}"


def show_key(action: QAction, key: Key) -> None:
    """The key beside ``action`` in a popup menu (it works there too, while the menu is open)."""
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)


def tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab goes through ``widgets`` in this order (Qt passes over one hidden or disabled)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def _stop(widget: QWidget) -> bool:
    """Whether Tab may stop at ``widget`` (as Qt tests it: not one whose focus goes elsewhere)."""
    tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    return tab and widget.focusProxy() is None and widget.isVisible() and widget.isEnabled()


def tab_stops(desk: QWidget) -> list[QWidget]:
    """The desk's Tab stops in Tab's order (its widgets follow it in the window's chain)."""
    found: list[QWidget] = []
    widget = desk.nextInFocusChain()
    while widget is not None and desk.isAncestorOf(widget):
        if _stop(widget):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


class DeskKeys(QObject):
    """Watches ``desk`` and its widgets: a key of the status buttons (``statuses``), ``rename``
    and ``new`` clicks it (nothing when it is disabled) and Find calls ``find``, wherever the
    keyboard is in the desk; each button's tooltip says its key. The widget with the keyboard
    never sees the key (a list's Ctrl+3 was its search for "3"), and its ShortcutOverride is
    accepted, so that the window's own Ctrl+N and Ctrl+F wait while the keyboard is here.
    Tab goes round the desk's stops; Escape, when no widget of the desk wants it, calls
    ``leave``."""

    def __init__(
        self,
        desk: QWidget,
        statuses: Mapping[str, QAbstractButton],
        rename: QAbstractButton,
        new: QAbstractButton,
        find: Callable[[], object],
        leave: Callable[[], object],
    ):
        super().__init__(desk)
        self.desk, self.leave = desk, leave
        buttons = [(STATUS_KEYS[s], b) for s, b in statuses.items()]
        buttons += [(RENAME_KEY, rename), (NEW_KEY, new)]
        for key, button in buttons:
            button.setToolTip(with_key(button.toolTip(), key))
        self.keys: list[tuple[Key, Callable[[], object]]] = [(k, b.click) for k, b in buttons]
        self.keys.append((QKeySequence.StandardKey.Find, find))
        for widget in (desk, *desk.findChildren(QWidget)):
            widget.installEventFilter(self)

    def _action(self, event: QKeyEvent) -> Callable[[], object] | None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier  # Ctrl and keypad 2
        pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))
        for key, action in self.keys:
            if isinstance(key, QKeySequence.StandardKey):
                if event.matches(key):
                    return action
            elif pressed == QKeySequence(key):
                return action
        return None

    def _round(self, watched: QObject, event: QKeyEvent) -> bool:
        """Tab on the desk's last stop (Shift+Tab on its first) goes to its other end."""
        key, shift = event.key(), event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) or (event.modifiers() and not shift):
            return False  # Ctrl+Tab is the window's
        forward = key == Qt.Key.Key_Tab and not shift
        stops = tab_stops(self.desk)
        if not stops or watched is not QApplication.focusWidget():
            return False
        end, other = (stops[-1], stops[0]) if forward else (stops[0], stops[-1])
        if watched is not end:
            return False  # Qt's own step, within the desk
        reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        other.setFocus(reason)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        action = self._action(event)
        if action is not None:
            event.accept()
            if kind == QEvent.Type.KeyPress:
                action()
            return True
        if kind != QEvent.Type.KeyPress:
            return False
        if self._round(watched, event):
            return True
        escape = event.key() == Qt.Key.Key_Escape and not event.modifiers()
        if escape and watched is self.desk:  # no widget of the desk took it
            self.leave()
            return True
        return False
