"""``Revisions``: the tab's end of its article's render thread.

The tab hands it every text revision (``submit``, microseconds: the thread takes the newest
and drops the stale ones). What comes back goes to whoever listens: ``rendered`` (a page or a
patch) to the preview, ``snapshot_ready`` (the frozen snapshot of a revision, once the text
rests) to the tab, which passes it to its outline, status bar, metadata panel, checks dock
and export dialog. A new document (another path) is announced by ``switched`` with the first
job of it, so the preview drops results of the old one and opens the new one at its top.

Jobs are numbered (``job``): a text revision, new settings or a reload each make one. The
text's own revision number (``Document.revision``) travels with the job to its snapshot.

A closed tab's thread is asked to end and kept until it has (Qt aborts the app when a running
QThread is destroyed); the app's end waits for them all, for a bounded time.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import sys
import time
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from netizen_editor.gui.revisions.worker import RevisionJob, RevisionWorker
from netizen_editor.settings import Settings

if TYPE_CHECKING:
    from netizen_editor.article.model import Article
    from netizen_editor.grammar.scan import ArticleScan
    from netizen_editor.publish.review_view import MarkView

log = logging.getLogger(__name__)

#: how long closing a tab waits for its render thread to end (a busy one gives up between two
#: chunks or two check rules: milliseconds); one still running is kept until it has ended
CLOSE_WAIT_MS = 500
#: how long (seconds) the app's end waits for all render threads in all
QUIT_WAIT = 10.0

_workers: weakref.WeakSet[RevisionWorker] = weakref.WeakSet()
_quit_hooked = False


class Revisions(QObject):
    """One article's revisions: its render thread, the job numbers, the last text, path and
    settings it was given."""

    rendered = Signal(object)  # PageResult | PatchResult | ErrorResult, for the preview
    switched = Signal(int)  # another document from this job on
    snapshot_ready = Signal(object)  # Snapshot of a text revision, once the text rests

    def __init__(self, settings: Settings | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._settings = settings if settings is not None else Settings()
        self._job = 0
        self._text = ""
        self._text_revision = 0
        self._path: Path | None = None
        self._has_document = False
        self._render = True  # the preview shows the renders (False: it is hidden)
        self._mark_view: MarkView = "review"
        self._alive = True
        self._settings_job = 0  # the first job made with the settings given last
        self.worker = RevisionWorker()  # its private temp folder: see RevisionWorker
        self.worker.done.connect(self._rendered)
        self.worker.snapshot_ready.connect(self._snapshot)
        _workers.add(self.worker)
        _hook_quit()
        self.destroyed.connect(lambda *_, w=self.worker: _stop_worker(w))
        self.worker.start()

    @property
    def job(self) -> int:
        """The number of the last job handed to the thread (results carry it as ``seq``)."""
        return self._job

    @property
    def settings(self) -> Settings:
        return self._settings

    def submit(
        self,
        text: str,
        path: Path | None,
        *,
        revision: int | None = None,
        render: bool = True,
        article: Article | None = None,
        scan: ArticleScan | None = None,
    ) -> None:
        """Hand the whole text of revision ``revision`` to the thread; returns at once (the
        editor's raw text will do: the thread makes its paragraph separators line ends).

        ``render=False`` (the preview is hidden): only the snapshot is made. ``article`` and
        ``scan``: the text already parsed and scanned, when the caller has them."""
        if path is not None and not isinstance(path, Path):
            path = Path(path)
        self._job += 1
        self._text_revision = revision if revision is not None else self._job
        new_document = not self._has_document or path != self._path
        if new_document:
            self._path = path
            self._has_document = True
            self.switched.emit(self._job)
        self._text = text
        self._render = render
        self.worker.submit(RevisionJob(self._job, text, path, self._settings, new_document,
                                       self._text_revision, render, article, scan,
                                       self._mark_view))  # fmt: skip

    def set_settings(self, settings: Settings) -> None:
        """New settings: the text is rendered again (another skin, or another images folder
        the page may show photos from, loads the page afresh) and checked again, off the
        window's thread. The snapshots of the jobs before (made with the settings replaced:
        another house style, other thresholds) are dropped, even one already on its way."""
        old = self._settings
        reload = settings.skin != old.skin or settings.images_folder != old.images_folder
        self._settings = settings
        self._settings_job = self._job + 1
        self._again(reload)

    def set_mark_view(self, view: MarkView) -> None:
        """How the preview shows review marks: ``review`` or ``final`` (all accepted)."""
        if view != self._mark_view:
            self._mark_view = view
            self._again(False)

    def refresh(self) -> None:
        """Render the text again (a patch): a file its images name appeared or went."""
        self._again(False)

    def reload(self) -> None:
        """Render the text again as a whole page (the preview keeps its scroll position)."""
        self._again(True)

    def _again(self, reload: bool) -> None:
        if self._has_document:
            self._job += 1
            job = RevisionJob(self._job, self._text, self._path, self._settings, reload,
                              self._text_revision, self._render,
                              mark_view=self._mark_view)  # fmt: skip
            self.worker.submit(job)

    def shutdown(self) -> None:
        """Stop the thread and remove its temp folder; nothing more comes."""
        if self._alive:
            self._alive = False
            _stop_worker(self.worker)

    def _rendered(self, result: object) -> None:
        if self._alive:
            self.rendered.emit(result)

    def _snapshot(self, job: int, snapshot: object) -> None:
        if self._alive and job >= self._settings_job:
            self.snapshot_ready.emit(snapshot)


def _stop_worker(worker: RevisionWorker, wait_ms: int = CLOSE_WAIT_MS) -> bool:
    """Ask the render thread to end, wait ``wait_ms`` at most, and keep it until it has if it
    still runs; its temp folder goes once it has ended (it writes no page after): whether it
    has ended."""
    if shiboken6.isValid(worker) and not worker.stop(wait_ms):
        _ending().keep(worker)  # the thread removes its folder itself as it ends
        return False
    worker.remove_temp_dir()
    return True


class _Ending(QObject):
    """The render threads asked to end that have not ended yet. Qt aborts the whole app when
    a running QThread is destroyed, as one would be when its closed tab lets go of it: each is
    kept here until it has ended (``finished``, taken on the GUI thread)."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: set[RevisionWorker] = set()

    def keep(self, worker: RevisionWorker) -> None:
        if worker not in self.threads:
            self.threads.add(worker)
            worker.finished.connect(self._ended)

    @Slot()
    def _ended(self) -> None:
        worker = self.sender()
        if isinstance(worker, RevisionWorker):  # its temp folder went as it ended
            self.threads.discard(worker)


_ending_threads: _Ending | None = None


def _ending() -> _Ending:
    global _ending_threads
    if _ending_threads is None:
        _ending_threads = _Ending()
    return _ending_threads


def end_render_threads(seconds: float | None = None) -> bool:
    """Ask every render thread to end and wait for them, ``seconds`` (:data:`QUIT_WAIT`) at
    most in all: whether all have ended (at the app's end; see :func:`leave_if_running`)."""
    deadline = time.monotonic() + (QUIT_WAIT if seconds is None else seconds)
    ended = True
    for worker in list(_workers):
        left = max(0, round((deadline - time.monotonic()) * 1000))
        ended = _stop_worker(worker, left) and ended
    return ended


def leave_if_running(code: int) -> None:
    """At the process's end: when a render thread still runs after :data:`QUIT_WAIT`, end the
    process now with ``code`` (the session and the journal were written as the window closed):
    the other way out is Qt's abort as the thread's object is destroyed, a crash report."""
    if end_render_threads():
        return
    log.error("a render thread did not end within %s s; leaving without it", QUIT_WAIT)
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)


def _hook_quit() -> None:
    global _quit_hooked
    app = QCoreApplication.instance()
    if app is not None and not _quit_hooked:
        app.aboutToQuit.connect(end_render_threads)
        atexit.register(leave_if_running, 1)  # also when the event loop never ran
        _quit_hooked = True
