"""A request to end the app from outside (SIGTERM: a logout, a shutdown, ``kill``).

It ends as a crash would — unsaved text stays in the recovery journal and is offered at the
next start; no question is asked, since nobody may be there to answer — but first the story
locks go, so colleagues on the shared drive see the stories free at once instead of after the
five minutes a stale lock takes.
"""

from __future__ import annotations

import contextlib
import os
import signal
from typing import Any

from PySide6.QtCore import QObject, QTimer

#: the exit status of a process ended by SIGTERM (128 + 15), as a shell reports it
TERMINATED = 128 + 15
#: how often the event loop hands control to Python, which runs signal handlers only then
WAKE_MS = 500


def end_on_terminate(window: Any) -> QObject | None:
    """Release the window's story locks and end the process on SIGTERM; the timer that lets
    Python see the signal (None where there is no SIGTERM to handle)."""
    if not hasattr(signal, "SIGTERM"):
        return None

    def terminate(_signum: int, _frame: object) -> None:
        files = getattr(window, "files", None)
        locks = getattr(files, "locks", None)
        with contextlib.suppress(Exception):  # the locks go if they can; the end comes anyway
            if locks is not None:
                locks.release_all()
        os._exit(TERMINATED)  # as a crash: the journal keeps unsaved text for recovery

    signal.signal(signal.SIGTERM, terminate)
    timer = QTimer(window)
    timer.setObjectName("terminate_wake")
    timer.timeout.connect(lambda: None)  # the event loop returns to Python, which runs handlers
    timer.start(WAKE_MS)
    return timer
