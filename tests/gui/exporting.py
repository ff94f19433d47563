"""The export dialog's export run to its end in a test: it converts and writes off the window's
thread, so ``dialog.export()`` only starts it."""

from __future__ import annotations

from pathlib import Path

from tests.gui import TIMEOUT

#: ms an export may take in a test: a long story on a busy 2-core machine
EXPORT_TIMEOUT = 3 * TIMEOUT


def export_now(qtbot, dialog) -> list[Path]:
    """``dialog.export()`` and its end: the files written, [] when refused or failed."""
    with qtbot.waitSignal(dialog.ended, timeout=EXPORT_TIMEOUT) as ended:
        dialog.export()
    return ended.args[0]
