"""Context menus from the keyboard: the Menu key and Shift+F10 open the menu a right click
opens, for the place the keyboard is at (the text cursor, the current row), shown there.

Qt sends a Menu key's context menu event to the widget (not to a scroll area's viewport,
where a right click's goes) and does nothing for Shift+F10 on Linux and Windows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit


def shift_f10(event: QKeyEvent) -> bool:
    """Shift+F10, the other key for a context menu."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() == Qt.Key.Key_F10 and mods == Qt.KeyboardModifier.ShiftModifier


def keyboard_menu(event: QEvent) -> bool:
    """A context menu event the keyboard sent (the Menu key), not a right click."""
    return isinstance(event, QContextMenuEvent) and event.reason() != QContextMenuEvent.Reason.Mouse


class EditorMenu(QObject):
    """``editor``'s context menu, the same from the mouse and the keyboard. ``menu_at`` gives
    the menu of the word at a cursor (None where it has none of its own: Qt's standard menu
    then). A right click asks for the word pressed; the Menu key and Shift+F10 for the word at
    the text cursor, and the menu opens just under it."""

    def __init__(
        self, editor: QPlainTextEdit, menu_at: Callable[[QTextCursor], QMenu | None]
    ) -> None:
        super().__init__(editor)
        self.editor = editor
        self.menu_at = menu_at
        self._viewport = editor.viewport()  # compared, not asked: it may be going away
        editor.installEventFilter(self)
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._viewport:
            if kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
                menu = self.menu_at(self.editor.cursorForPosition(event.pos()))
                if menu is not None:
                    self._show(menu, event.globalPos())
                    return True
        elif watched is self.editor:
            if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and shift_f10(event):
                self.open_at_cursor()
                return True
            if kind == QEvent.Type.ContextMenu and keyboard_menu(event):
                self.open_at_cursor()
                return True
        return False

    def open_at_cursor(self) -> None:
        """The menu of the word at the text cursor, under the cursor."""
        editor = self.editor
        editor.ensureCursorVisible()
        menu = self.menu_at(editor.textCursor()) or editor.createStandardContextMenu()
        first = next((a for a in menu.actions() if a.isEnabled() and not a.isSeparator()), None)
        # opened from the keyboard, the first choice (the best spelling) is one Enter away
        self._show(menu, editor.viewport().mapToGlobal(editor.cursorRect().bottomLeft()), first)

    def _show(self, menu: QMenu, point: QPoint, active: QAction | None = None) -> None:
        if active is not None:
            menu.aboutToShow.connect(lambda: menu.setActiveAction(active))
        menu.exec(point)
        menu.deleteLater()
