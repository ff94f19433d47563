"""The end of the user's session (a Windows logoff or shutdown): the window lets go of what it
holds without asking anything.

Windows never sends SIGTERM (``termination``). It asks every program whether the session may
end (WM_QUERYENDSESSION: Qt's ``commitDataRequest``), then ends it (WM_ENDSESSION: Qt emits
``aboutToQuit`` there, before the process is stopped). Nobody may be there to answer a question,
and the shutdown would not wait for one, so:

- at ``commitDataRequest`` the latest text of every story is journaled and the session (the
  stories open) written. Another program may still cancel the logoff, so the locks stay;
- at ``aboutToQuit`` (the session ends, or the app quits) the story locks and the journal's own
  lock go, as a normal close lets them go, so colleagues see the stories free at once instead of
  after the five minutes a stale lock takes. The journal entries of unsaved stories stay: the
  next start offers them, as after a crash. The close that Qt's quit then asks of the window
  goes through without a question.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from netizen_editor.gui.window.file_controller import FileController
    from netizen_editor.gui.window.journal_keeper import JournalKeeper


class EndingWindow(Protocol):
    """What the session's end needs of the main window."""

    @property
    def keeper(self) -> JournalKeeper: ...
    @property
    def files(self) -> FileController: ...

    def save_session(self) -> None: ...
    def installEventFilter(self, watcher: QObject) -> None: ...


class SessionEnd(QObject):
    """Connected to the application's ``commitDataRequest`` and ``aboutToQuit``; a child of the
    window, so the connections end with it."""

    def __init__(self, window: EndingWindow, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window
        self.ended = False

    def commit(self, _manager: object = None) -> None:
        """The session may end: keep everything that can be kept without a question."""
        with contextlib.suppress(Exception):  # the next step runs whatever this one met
            self.window.save_session()
        with contextlib.suppress(Exception):
            self.window.keeper.flush()

    def end(self) -> None:
        """The session ends (or the app quits): the locks go, the unsaved text stays."""
        if not self.ended:
            self.ended = True
            self.window.installEventFilter(self)
        self.commit()
        locks = self.window.files.locks
        if locks is not None:
            with contextlib.suppress(Exception):  # the journal's lock still goes
                locks.release_all()
        journal = self.window.keeper.journal
        if journal is not None:
            with contextlib.suppress(OSError):
                journal.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.ended and event.type() == QEvent.Type.Close:
            event.accept()  # the window closes without asking: its text is journaled
            return True
        return False


def end_with_session(app: QGuiApplication, window: EndingWindow) -> SessionEnd:
    """Let go of the window's locks and journal when the session ends, without a question."""
    ending = SessionEnd(window, parent=cast(QObject, window))
    app.commitDataRequest.connect(ending.commit)
    app.aboutToQuit.connect(ending.end)
    return ending
