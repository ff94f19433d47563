"""``Revisions``: the tab's end of its article's render thread.

The tab hands it every text revision (``submit``, microseconds: the thread takes the newest
and drops the stale ones). What comes back goes to whoever listens: ``rendered`` (a page or a
patch) to the preview, ``snapshot_ready`` (the frozen snapshot of a revision, once the text
rests) to the tab, which passes it to its outline, status bar, metadata panel, checks dock
and export dialog. A new document (another path) is announced by ``switched`` with the first
job of it, so the preview drops results of the old one and opens the new one at its top.

Jobs are numbered (``job``): a text revision, new settings or a reload each make one. The
text's own revision number (``Document.revision``) travels with the job to its snapshot.
"""

from __future__ import annotations

import atexit
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

from netizen_editor.gui.revisions.worker import RevisionJob, RevisionWorker
from netizen_editor.settings import Settings

if TYPE_CHECKING:
    from netizen_editor.article.model import Article
    from netizen_editor.grammar.scan import ArticleScan
    from netizen_editor.publish.review_view import MarkView

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
        the page may show photos from, loads the page afresh)."""
        old = self._settings
        reload = settings.skin != old.skin or settings.images_folder != old.images_folder
        self._settings = settings
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

    def _snapshot(self, snapshot: object) -> None:
        if self._alive:
            self.snapshot_ready.emit(snapshot)


def _stop_worker(worker: RevisionWorker) -> None:
    """Stop the render thread, then remove its temp folder (it writes no page after)."""
    if shiboken6.isValid(worker):
        worker.stop()
    worker.remove_temp_dir()


def _stop_all_workers() -> None:
    for worker in list(_workers):
        _stop_worker(worker)


def _hook_quit() -> None:
    global _quit_hooked
    app = QCoreApplication.instance()
    if app is not None and not _quit_hooked:
        app.aboutToQuit.connect(_stop_all_workers)
        atexit.register(_stop_all_workers)  # also when the event loop never ran
        _quit_hooked = True
