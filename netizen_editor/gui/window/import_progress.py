"""An import on a thread of its own, the window waiting under a modal "Importing…" note: a
document at the limits takes seconds (a Word file with three phone photos ~5 s), and on the
window's thread the window froze that long, unpainted. The import is core Python that touches
no widget; the note is application-modal, so nothing can be typed, closed or imported again
meanwhile, and the caller gets the result (or the import's error) as if it had run there."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from netizen_editor.gui.editor.off_thread import run_off_thread

T = TypeVar("T")


class _Waiter(QObject):
    """Ends the wait once the thread's result is back on the window's thread."""

    def __init__(self, loop: QEventLoop):
        super().__init__()
        self.loop = loop

    def finished(self) -> None:
        self.loop.quit()


def run_with_progress(parent: QWidget, title: str, label: str, work: Callable[[], T]) -> T:
    """``work()`` on a thread, under a modal busy note (``title``, ``label``) on ``parent``;
    its result, or its exception raised here."""
    note = QProgressDialog(label, "", 0, 0, parent)  # 0, 0: busy, no percentage
    note.setWindowTitle(title)
    note.setCancelButton(None)  # an import is not stopped half-way (it writes files)
    note.setWindowModality(Qt.WindowModality.ApplicationModal)
    note.setMinimumDuration(0)
    results: list[T] = []
    errors: list[BaseException] = []
    done = threading.Event()

    def job() -> tuple[()]:
        try:
            results.append(work())
        except BaseException as exc:  # raised again on the window's thread
            errors.append(exc)
        finally:
            done.set()
        return ()

    loop = QEventLoop()
    waiter = _Waiter(loop)
    run_off_thread(waiter, "finished", job, "import")
    note.show()
    try:
        if not done.is_set():
            loop.exec()
        done.wait()  # the wait ended early (the application quits): the import still ends
    finally:
        note.close()
        note.deleteLater()
    if errors:
        raise errors[0]
    return results[0]
