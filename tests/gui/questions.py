"""Answers to the window's questions in GUI tests: the next message box or input dialog
answered as the journalist would, or every question box noted and cancelled."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget


def answer_input(qtbot, text: str | None) -> list[str]:
    """Answer the next QInputDialog (or the desk's Published question, which asks its address
    as one does) with ``text`` (None: cancel); the labels it showed."""
    from netizen_editor.gui.desk.questions import PublishedDialog

    labels: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QInputDialog | PublishedDialog):
            QTimer.singleShot(20, answer)
            return
        labels.append(box.labelText())
        if text is None:
            box.reject()
        else:
            box.setTextValue(text)
            box.accept()

    QTimer.singleShot(0, answer)
    return labels


def answer_box(qtbot, how: str) -> list[dict]:
    """Answer the next QMessageBox: ``how`` a key ("enter", "escape", pressed where the box's
    focus is) or a button's text; what it showed (texts, buttons, the default one)."""
    seen: list[dict] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        default = box.defaultButton()
        seen.append({"name": box.objectName(), "title": box.windowTitle(), "text": box.text(),
                     "info": box.informativeText(), "buttons": [b.text() for b in box.buttons()],
                     "default": default.text() if default else None})  # fmt: skip
        if how in ("enter", "escape"):
            key = Qt.Key.Key_Return if how == "enter" else Qt.Key.Key_Escape
            qtbot.keyClick(box.focusWidget() or box, key)
        else:
            next(b for b in box.buttons() if b.text() == how).click()

    QTimer.singleShot(0, answer)
    return seen


def note_boxes(parent: QWidget) -> tuple[list[str], QTimer]:
    """Every question box shown while the returned timer runs is noted (its text, in the
    list) and cancelled; stop the timer when done."""
    boxes: list[str] = []

    def watch() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            boxes.append(box.text())
            box.reject()

    watcher = QTimer(parent)
    watcher.timeout.connect(watch)
    watcher.start(10)
    return boxes, watcher
