"""An import on a thread of its own, the window waiting under a modal "Importing…" note: a
document at the limits takes seconds (a Word file with three phone photos ~5 s), and on the
window's thread the window froze that long, unpainted. The import is core Python that touches
no widget; the note is application-modal, so nothing can be typed, closed or imported again
meanwhile, and the caller gets the result (or the import's error) as if it had run there.

The note's Cancel (or Escape, or closing it) stops the wait at once and raises ``Stopped``: the
window is as it was. The thread cannot be killed: it stops at the import's next step having
written nothing, and its result is thrown away (``importing.cancel``). Once the import writes
the article the Cancel is refused: the note says the article is being saved and the import
ends as usual a moment later."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from netizen_editor.gui.editor.off_thread import run_off_thread
from netizen_editor.importing.cancel import Cancel
from netizen_editor.timebudget import Stopped

T = TypeVar("T")


class _Waiter(QObject):
    """Ends the wait once the thread's result is back on the window's thread."""

    def __init__(self, loop: QEventLoop):
        super().__init__()
        self.loop = loop

    def finished(self) -> None:
        self.loop.quit()


class _Note(QProgressDialog):
    """The busy note. Its Cancel button, Escape and closing it all ask to cancel
    (``cancel_asked``); the note stays until the caller closes it (QProgressDialog hides
    itself on Cancel, which would leave a wait without a note when the cancel is refused)."""

    cancel_asked = Signal()

    def __init__(self, label: str, cancel_text: str, parent: QWidget):
        super().__init__(label, "", 0, 0, parent)  # 0, 0: busy, no percentage
        self.button: QPushButton | None = None
        if cancel_text:
            self.button = QPushButton(cancel_text, self)
            self.setCancelButton(self.button)
            self.canceled.disconnect(self.cancel)
            self.canceled.connect(self.cancel_asked)
        else:
            self.setCancelButton(None)

    def reject(self) -> None:  # Escape
        self.cancel_asked.emit()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):  # the note's Cancel, never a shortcut of the window behind (a find bar's Escape)
            event.accept()
            return True
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.cancel_asked.emit()


def run_with_progress(
    parent: QWidget,
    title: str,
    label: str,
    work: Callable[[], T],
    cancel: Cancel | None = None,
    cancel_text: str = "",
    saving: str = "",
) -> T:
    """``work()`` on a thread, under a modal busy note (``title``, ``label``) on ``parent``;
    its result, or its exception raised here. With ``cancel`` (the one ``work`` looks at) the
    note has a Cancel button (``cancel_text``): ``Stopped`` is raised at once when the cancel
    is taken; a refused one (``work`` is writing) leaves the note saying ``saving``."""
    note = _Note(label, cancel_text if cancel is not None else "", parent)
    note.setWindowTitle(title)
    note.setWindowModality(Qt.WindowModality.ApplicationModal)
    note.setMinimumDuration(0)
    results: list[T] = []
    errors: list[BaseException] = []
    done = threading.Event()
    cancelled = False

    def job() -> tuple[()]:
        try:
            results.append(work())
        except BaseException as exc:  # raised again on the window's thread
            errors.append(exc)
        finally:
            done.set()
        return ()

    def ask_cancel() -> None:
        nonlocal cancelled
        if cancel is None or cancelled:
            return
        if cancel.cancel():
            cancelled = True
            loop.quit()  # its result, if it ever comes, is thrown away
        else:
            note.setLabelText(saving or note.labelText())
            note.resize(note.sizeHint().expandedTo(note.size()))  # the longer text whole
            if note.button is not None:
                note.button.setEnabled(False)

    loop = QEventLoop()
    waiter = _Waiter(loop)
    note.cancel_asked.connect(ask_cancel)
    run_off_thread(waiter, "finished", job, "import")
    note.show()
    try:
        if not done.is_set():
            loop.exec()
        if not cancelled:
            done.wait()  # the wait ended early (the application quits): the import still ends
    finally:
        note.cancel_asked.disconnect(ask_cancel)
        note.hide()
        note.deleteLater()
    if cancelled:
        raise Stopped
    if errors:
        raise errors[0]
    return results[0]
