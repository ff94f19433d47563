"""Show a folder in the file manager, and say when nothing showed it.

``QDesktopServices.openUrl`` answers whether a program was started. On Linux that program is
``xdg-open``, which starts whether or not a file manager is there and only then finds none
("no method available", exit status 3): openUrl said yes and nothing was shown (QA33 #6). There
``xdg-open`` is run here instead, without waiting for it (the window goes on at once; it may run
for as long as the file manager it hands the folder to), and its exit status is the answer, by
signal. On other systems (Windows, macOS) the system opens the folder itself and openUrl's
answer holds.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QProcess, QUrl
from PySide6.QtGui import QDesktopServices

#: the program that opens a folder on Linux
XDG_OPEN = "xdg-open"

#: the programs started and not yet finished: a QProcess deleted kills what it runs
_running: set[QProcess] = set()


def opener() -> str | None:
    """The ``xdg-open`` to run, on Linux (None elsewhere, or when there is none: Qt's way)."""
    return shutil.which(XDG_OPEN) if sys.platform.startswith("linux") else None


def show_folder(folder: Path, owner: QObject, unshown: Callable[[], None]) -> None:
    """Show ``folder``; ``unshown`` is called, while ``owner`` lives, when nothing showed it (at
    once, or when ``xdg-open`` ends with an error or cannot start)."""
    program = opener()
    if program is None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            unshown()
        return
    process = QProcess()
    process.setProgram(program)
    process.setArguments([os.path.abspath(folder)])  # a path: never read as an option or a URL
    # its messages on the app's stderr as before; no pipe left to the file manager it starts
    process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedChannels)
    process.setStandardInputFile(QProcess.nullDevice())

    def ended(failed: bool) -> None:
        if process not in _running:
            return  # (a program that cannot start: errorOccurred, then no finished)
        _running.discard(process)
        process.deleteLater()
        if failed and shiboken6.isValid(owner):
            unshown()

    process.finished.connect(
        lambda code, status: ended(code != 0 or status != QProcess.ExitStatus.NormalExit)
    )
    process.errorOccurred.connect(
        lambda error: ended(True) if error == QProcess.ProcessError.FailedToStart else None
    )
    _running.add(process)
    process.start()
