"""Helpers for the preview's GUI tests: a real PreviewView, JavaScript in its isolated world,
a PNG next to an article, and a loopback HTTP server that counts what reaches it."""

from __future__ import annotations

import http.server
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# Chromium refuses to start its sandbox as root (as CI runs); set before QtWebEngine starts.
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from netizen_editor.gui.preview.preview_view import PreviewView
from netizen_editor.gui.preview.web_page import APP_WORLD
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT


def make_preview(qtbot: Any, settings: Settings | None = None, size=(1000, 800)) -> PreviewView:
    """A shown PreviewView; give it back with ``dispose``."""
    view = PreviewView()
    if settings is not None:
        view.revisions.set_settings(settings)
    view.confirm_open_link = lambda url: False  # never a modal question in a test
    view.open_url = lambda url: None
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def dispose(view: PreviewView) -> None:
    """Stop the render thread and delete the widget (and its page) now, not at exit: the
    shared profile must outlive every page."""
    view.shutdown()
    view.close()
    view.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def js(qtbot: Any, view: PreviewView, code: str) -> Any:
    """Run ``code`` in the preview's isolated world; JSON results come back decoded."""
    box: list[Any] = []
    view.page().runJavaScript(f"JSON.stringify(({code}) ?? null)", APP_WORLD, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT)
    return json.loads(box[0]) if isinstance(box[0], str) else box[0]


def show(qtbot: Any, view: PreviewView, text: str, path: Path | None = None) -> None:
    """Hand ``text`` to the preview and wait until its DOM shows it."""
    view.revisions.submit(text, path)
    wait_applied(qtbot, view)


def show_first(qtbot: Any, view: PreviewView, text: str, path: Path | None = None) -> None:
    """Open a document and wait until its page is painted."""
    with qtbot.waitSignal(view.painted, timeout=TIMEOUT):
        view.revisions.submit(text, path)
    wait_applied(qtbot, view)


def wait_applied(qtbot: Any, view: PreviewView) -> None:
    target = view.job
    qtbot.waitUntil(lambda: view.applied_job >= target, timeout=TIMEOUT)


def write_png(path: Path, width: int = 40, height: int = 30) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2575fc"))
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path), "PNG")
    return path


def element_center(qtbot: Any, view: PreviewView, selector: str) -> QPoint:
    """Where ``selector``'s first element is, in the web view's widget coordinates."""
    rect = js(
        qtbot,
        view,
        f"(() => {{ const r = document.querySelector({json.dumps(selector)})"
        ".getBoundingClientRect();"
        " return [r.left + r.width / 2, r.top + Math.min(r.height / 2, 8)]; })()",
    )
    zoom = view.page().zoomFactor()
    return QPoint(round(rect[0] * zoom), round(rect[1] * zoom))


def click(view: PreviewView, point: QPoint) -> None:
    target = view.web_view().focusProxy()
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def until_signal(qtbot: Any, signal: Any, action: Any, attempts: int = 5) -> list[Any]:
    """Do ``action`` (a user input) until ``signal`` comes; returns the signal's arguments.
    Chromium drops input that arrives before the page's first frame reached the screen,
    which on a loaded machine can be a while after the page reported that it painted."""
    for attempt in range(attempts):
        try:
            with qtbot.waitSignal(signal, timeout=TIMEOUT // attempts) as blocker:
                action()
        except qtbot.TimeoutError:
            if attempt == attempts - 1:
                raise
            continue
        return blocker.args
    raise AssertionError("unreachable")


def until_true(qtbot: Any, check: Any, action: Any, attempts: int = 5) -> None:
    """Do ``action`` (a user input) until ``check()`` holds, waiting for it after each try
    instead of looking at once: a click reaches the page later than the call returns, and
    a second click sent too early could undo what the first one did."""
    for attempt in range(attempts):
        action()
        try:
            qtbot.waitUntil(check, timeout=TIMEOUT // attempts)
        except qtbot.TimeoutError:
            if attempt == attempts - 1:
                raise
            continue
        return


def click_until(qtbot: Any, view: PreviewView, where: QPoint | str, signal: Any) -> list[Any]:
    """Click at a point, or on the element a selector names, until ``signal`` comes. A
    selector is looked up again before every click: the page's layout may still settle
    (fonts, blocked images) on a busy machine, moving the element."""
    if isinstance(where, QPoint):
        return until_signal(qtbot, signal, lambda: click(view, where))
    return until_signal(qtbot, signal, lambda: click(view, element_center(qtbot, view, where)))


def wheel_down(view: PreviewView, notches: int = 3) -> None:
    """A user's mouse wheel turning over the preview."""
    target = view.web_view().focusProxy()
    pos = QPointF(target.width() / 2, target.height() / 2)
    event = QWheelEvent(
        pos,
        target.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, -120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(target, event)


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str]

    def do_GET(self) -> None:
        self.hits.append(self.path)
        body = b"x"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def loopback_server() -> Iterator[tuple[str, list[str]]]:
    """An HTTP server on 127.0.0.1 that records every request path: (base URL, hits)."""
    hits: list[str] = []
    handler = type("Recorder", (_Recorder,), {"hits": hits})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1})
    thread.daemon = True
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
