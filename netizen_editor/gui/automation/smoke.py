"""The start-up smoke check the packaging tests run against the frozen app.

With ``NETIZEN_EDITOR_SMOKE=1`` in the environment, the app waits until the current tab's live
preview has painted its first page, reads the page's ``h1.post-title`` and then

- prints ``SMOKE OK title="<title>" first_paint_s=<seconds since the process started>
  pyside_start=<what of gui/pyside_start is in effect: stub+noscan>`` and quits with status 0,
  or
- prints ``SMOKE FAIL <reason>`` and quits with status 1: an empty title, or nothing painted
  within ``NETIZEN_EDITOR_SMOKE_TIMEOUT`` seconds (default 60).

``NETIZEN_EDITOR_SMOKE_HOLD`` (seconds) keeps the app open that long after ``SMOKE OK``, so
a benchmark can measure the running app with its article painted.

Without the variable, :func:`maybe_install` does nothing. It proves what unit tests cannot:
that a bundle carries everything the window needs (Qt plugins, QtWebEngineProcess and its
resources, the skins, the sample article) and that Chromium renders in it.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from typing import Any

from netizen_editor.gui import pyside_start

ENV = "NETIZEN_EDITOR_SMOKE"
TIMEOUT_ENV = "NETIZEN_EDITOR_SMOKE_TIMEOUT"
HOLD_ENV = "NETIZEN_EDITOR_SMOKE_HOLD"
DEFAULT_TIMEOUT_S = 60.0
POLL_MS = 100
TITLE_SCRIPT = (
    "(function(){var h=document.querySelector('h1.post-title');"
    "return h ? h.textContent.trim() : null;})()"
)

_installed: list[Any] = []  # keeps the checker alive for the life of the app


def enabled() -> bool:
    return os.environ.get(ENV, "") == "1"


def maybe_install(app: Any, window: Any) -> None:
    """Start the smoke check when ``NETIZEN_EDITOR_SMOKE=1``; call once the window is shown."""
    if not enabled() or any(check.window is window for check in _installed):
        return
    try:
        timeout = float(os.environ.get(TIMEOUT_ENV, "") or DEFAULT_TIMEOUT_S)
    except ValueError:
        timeout = DEFAULT_TIMEOUT_S
    _installed.append(_SmokeCheck(app, window, timeout))


def process_age_s() -> float | None:
    """Seconds since this process started (as the OS counts it), or None when unknown."""
    try:
        if sys.platform.startswith("linux"):
            return _linux_process_age()
        if sys.platform == "win32":
            return _windows_process_age()
    except (OSError, ValueError, AttributeError):
        pass
    try:
        import psutil  # a test dependency; absent from the bundle

        return time.time() - psutil.Process().create_time()
    except Exception:
        return None


def _linux_process_age() -> float:
    with open("/proc/self/stat", encoding="ascii") as f:
        stat = f.read()
    fields = stat[stat.rindex(")") + 2 :].split()
    start_ticks = int(fields[19])  # field 22 of the whole line: starttime, in clock ticks
    with open("/proc/uptime", encoding="ascii") as f:
        uptime = float(f.read().split()[0])
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


def _windows_process_age() -> float:
    from netizen_editor.storage.process_times import process_start, windows_now

    if sys.platform != "win32":
        raise OSError("GetProcessTimes is Windows only")
    started = process_start(os.getpid())  # 100 ns since 1601, as windows_now
    if started is None:
        raise OSError("GetProcessTimes failed")
    return (windows_now() - started) / 1e7


def _emit(line: str) -> None:
    stream = sys.stdout if sys.stdout is not None else sys.__stdout__
    if stream is None:  # a windowed Windows build has no console
        return
    try:
        stream.write(line + "\n")
        stream.flush()
    except (OSError, ValueError):
        pass


class _SmokeCheck:
    """Finds the preview, waits for ``painted``, checks the title, reports and quits."""

    def __init__(self, app: Any, window: Any, timeout_s: float):
        from PySide6.QtCore import QTimer

        self.app = app
        self.window = window
        self.preview: Any = None
        self.done = False
        self.painted_age: float | None = None
        self.timeout_s = timeout_s

        self.poll = QTimer()
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._poll)
        self.poll.start()
        self.deadline = QTimer()
        self.deadline.setSingleShot(True)
        self.deadline.timeout.connect(self._timed_out)
        self.deadline.start(int(timeout_s * 1000))
        # The last resort when the GUI thread itself hangs and no timer can fire.
        self.watchdog = threading.Timer(timeout_s + 15, self._hung)
        self.watchdog.daemon = True
        self.watchdog.start()
        self._poll()

    # -- finding the preview ------------------------------------------------------------------
    def _find_preview(self) -> Any:
        from netizen_editor.gui.preview.preview_view import PreviewView

        tab = None
        current_tab = getattr(self.window, "current_tab", None)
        if callable(current_tab):
            try:
                tab = current_tab()
            except Exception:
                tab = None
        preview = getattr(tab, "preview", None) if tab is not None else None
        if isinstance(preview, PreviewView):
            return preview
        return self.window.findChild(PreviewView)

    def _poll(self) -> None:
        """Until the window has a preview (a tab may be created after the window is shown)."""
        if self.done or self.preview is not None:
            self.poll.stop()
            return
        self.preview = self._find_preview()
        if self.preview is not None:
            # Strict on purpose: only a `painted` counts. It cannot have come already, since it
            # arrives through the event loop, which starts after maybe_install.
            self.preview.painted.connect(self._on_painted)
            self.poll.stop()

    def _on_painted(self) -> None:
        if self.done or self.painted_age is not None:
            return
        self.painted_age = process_age_s()
        self._check_title()

    # -- the check ----------------------------------------------------------------------------
    def _check_title(self) -> None:
        from netizen_editor.gui.preview.web_page import APP_WORLD

        page = self.preview.page() if callable(getattr(self.preview, "page", None)) else None
        if page is None:
            page = self.preview.web_view().page()
        page.runJavaScript(TITLE_SCRIPT, APP_WORLD, self._on_title)

    def _on_title(self, title: object) -> None:
        if self.done:
            return
        age = self.painted_age if self.painted_age is not None else process_age_s()
        if isinstance(title, str) and title.strip():
            shown = "?" if age is None else f"{age:.3f}"
            self._finish(
                0,
                f"SMOKE OK title={json.dumps(title.strip(), ensure_ascii=False)} "
                f"first_paint_s={shown} pyside_start={pyside_start.in_effect()}",
            )
        else:
            self._finish(1, f"SMOKE FAIL the preview painted no h1.post-title (got {title!r})")

    def _timed_out(self) -> None:
        if self.done:
            return
        where = "no preview found" if self.preview is None else "the preview never painted"
        if self.painted_age is not None:
            where = "the title could not be read"
        self._finish(1, f"SMOKE FAIL timeout after {self.timeout_s:g} s: {where}")

    def _hung(self) -> None:
        if self.done:
            return
        self.done = True
        _emit(f"SMOKE FAIL the GUI thread hung for {self.timeout_s + 15:g} s")
        os._exit(1)

    def _finish(self, code: int, line: str) -> None:
        self.done = True
        self.poll.stop()
        self.deadline.stop()
        self.watchdog.cancel()
        _emit(line)
        hold = os.environ.get(HOLD_ENV, "")
        if code == 0 and hold:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(int(float(hold) * 1000), lambda: self._quit(code))
            return
        self._quit(code)

    def _quit(self, code: int) -> None:
        if code == 0:
            # A normal close: the session is saved and the previews shut down cleanly.
            # A window that refuses to close (it should not, nothing was typed) is left.
            try:
                self.window.close()
            except Exception as exc:
                _emit(f"SMOKE NOTE closing the window failed: {exc!r}")
        self.app.exit(code)
