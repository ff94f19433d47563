"""Runs the pre-publish checks off the GUI thread, a short pause after the last keystroke.

The newest revision wins: a result for an older text is dropped. One worker thread is enough
(the rules take ~20 ms for 20,000 words); a queued run replaces any run not yet started.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from netizen_editor.checks import run_checks
from netizen_editor.checks.context import context_for
from netizen_editor.errors import ArticleError
from netizen_editor.settings import Settings

CHECK_DELAY_MS = 600


class _Relay(QObject):
    done = Signal(int, object, object)  # revision, findings, article (None: front matter broken)


class _Job(QRunnable):
    def __init__(self, revision: int, text: str, path: Path | None, settings: Settings,
                 relay: _Relay, cancelled: threading.Event):  # fmt: skip
        super().__init__()
        self.revision, self.text, self.path, self.settings = revision, text, path, settings
        self.relay = relay
        self.cancelled = cancelled

    def run(self) -> None:
        if self.cancelled.is_set():
            return
        try:
            context = context_for(self.text, self.path, self.settings)
            findings = run_checks(context, stop=self.cancelled.is_set)
            article = context.article
        except ArticleError:
            findings, article = [], None  # the preview and the details panel say what is wrong
        except Exception:
            findings, article = [], None
        if not self.cancelled.is_set():
            self.relay.done.emit(self.revision, findings, article)


class ChecksRunner(QObject):
    """``schedule(text, path, settings)`` after each edit; ``finished(findings, article)``."""

    finished = Signal(object, object)

    def __init__(self, parent: QObject | None = None, delay_ms: int = CHECK_DELAY_MS):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._revision = 0
        self._pending: tuple[str, Path | None, Settings] | None = None
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._start)
        self._cancel: threading.Event | None = None  # the run under way's stop flag

    def schedule(self, text: str, path: Path | None, settings: Settings) -> None:
        self._revision += 1
        self._pending = (text, path, settings)
        self._timer.start()

    def run_now(self, text: str, path: Path | None, settings: Settings) -> None:
        self.schedule(text, path, settings)
        self._timer.stop()
        self._start()

    def cancel(self) -> None:
        """Forget what is queued; a run under way stops at its next rule, its result dropped."""
        self._revision += 1
        self._pending = None
        self._timer.stop()
        if self._cancel is not None:
            self._cancel.set()
            self._cancel = None

    def _start(self) -> None:
        if self._pending is None:
            return
        text, path, settings = self._pending
        self._pending = None
        if self._cancel is not None:
            self._cancel.set()  # a run not finished is stale now
        self._pool.clear()
        self._cancel = threading.Event()
        self._pool.start(_Job(self._revision, text, path, settings, self._relay, self._cancel))

    def _done(self, revision: int, findings: list, article: object) -> None:
        if revision == self._revision:
            self._cancel = None
            self.finished.emit(findings, article)

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)
