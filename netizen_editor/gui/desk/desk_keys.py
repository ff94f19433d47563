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
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

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


class DeskKeys(QObject):
    """Watches ``desk`` and its widgets: a key of ``keys`` pressed anywhere in it runs its
    function. The widget with the keyboard never sees it (a list's Ctrl+3 was its search for
    "3"), and its ShortcutOverride is accepted, so that the window's own Ctrl+N and Ctrl+F wait
    while the keyboard is in the desk."""

    def __init__(self, desk: QWidget, keys: list[tuple[Key, Callable[[], object]]]):
        super().__init__(desk)
        self.keys = keys
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        action = self._action(event) if isinstance(event, QKeyEvent) else None
        if action is None:
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress:
            action()
        return True
