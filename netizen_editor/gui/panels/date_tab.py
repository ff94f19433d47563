"""Tab leaves a date field: Qt's QDateTimeEdit walks its sections with Tab (year, month, day,
hour, minute), so a journalist tabbing from the author to the labels pressed Tab five times in
the date. The sections are still reached with the arrow keys (Left, Right) and a click."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


class _LeaveOnTab(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Backtab or (
            key == Qt.Key.Key_Tab and mods & Qt.KeyboardModifier.ShiftModifier
        ):
            return _move(watched, forward=False)
        if key == Qt.Key.Key_Tab and not mods & ~Qt.KeyboardModifier.ShiftModifier:
            return _move(watched, forward=True)
        return False


def _move(widget: QWidget, *, forward: bool) -> bool:
    """Focus the next (previous) widget in the focus chain that takes Tab focus."""
    step = widget.nextInFocusChain if forward else widget.previousInFocusChain
    candidate, seen = step(), 0
    while candidate is not None and candidate is not widget and seen < 10_000:
        inner = candidate.focusProxy() or candidate
        if (
            candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and candidate.isVisible()
            and candidate.isEnabled()
            and not widget.isAncestorOf(candidate)  # the field's own line edit
        ):
            inner.setFocus(
                Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            )
            return True
        step = candidate.nextInFocusChain if forward else candidate.previousInFocusChain
        candidate, seen = step(), seen + 1
    return False


def leave_on_tab(field: QWidget) -> None:
    """Make Tab and Shift+Tab leave ``field`` (a QDateTimeEdit) for the next or previous field."""
    keeper = _LeaveOnTab(field)
    field.installEventFilter(keeper)
