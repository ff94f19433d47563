"""The render thread of an article's revisions (owned by the tab's :class:`Revisions`):
editor text in; out, a page to load or a patch to apply for the preview, and the snapshot of
the text (``netizen_editor.snapshot``) that every view reads. Each revision is scanned once
(``grammar.scan.scan_article``, from the last revision's scan): the preview's chunks and the
snapshot's outline, counts and checks all read that one scan.

The GUI thread only drops the newest text into a one-slot mailbox (``submit``, microseconds);
texts that arrive while a render runs replace each other, so only the latest is rendered and
the stale ones are never computed. Each result carries the sequence number of the text it
shows. Patches are computed against the last state this thread handed out, so the view must
apply every result in order (it does; queued signals keep the order).

Once no newer text has come for ``SNAPSHOT_DELAY``, the thread makes the snapshot of the last
text it rendered from the article that render parsed (title, headings, counts, check findings:
no second parse) and sends it by ``snapshot_ready``; texts replaced by newer ones get none. A job
with ``render=False`` (the preview is hidden) parses for the snapshot and renders nothing.
"""

from __future__ import annotations

import html as html_lib
import logging
import os
import shutil
import stat
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QThread, QUrl, Signal

from netizen_editor.article.model import Article
from netizen_editor.errors import ArticleError
from netizen_editor.grammar.scan import ArticleScan
from netizen_editor.photos.address import image_roots
from netizen_editor.settings import Settings
from netizen_editor.snapshot import Snapshot, take_snapshot
from netizen_editor.storage.atomic import atomic_write_text
from netizen_editor.timebudget import Stopped

if TYPE_CHECKING:
    from netizen_editor.publish.preview_patch import PreviewRenderer, PreviewState
    from netizen_editor.publish.review_view import MarkView

log = logging.getLogger(__name__)

#: QWebEnginePage.setHtml puts the page into a percent-encoded data: URL, which Chromium
#: refuses past 2 MiB; bigger pages are loaded from a file in the preview's temp folder.
DATA_URL_LIMIT = 2 * 1024 * 1024 - 4096
#: the start of the preview's temp folder's name; the rest is random (``tempfile.mkdtemp``)
TEMP_PREFIX = "netizen-preview-"
_UNRESERVED = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"

#: how often (seconds) Python lets another thread take the interpreter; the default 5 ms
#: would let a render hold up a keystroke on the GUI thread for that long
SWITCH_INTERVAL = 0.0005
#: after a render that took T, the next one starts no sooner than REST_FACTOR * T later (at
#: most MAX_REST seconds): no delay while typing at a human pace, a duty cycle in a burst
REST_FACTOR = 1.5
MAX_REST = 0.030
#: the snapshot of a text is made once no newer text came for this long (seconds), so that
#: typing only ever waits for renders: at a steady 4 keys a second or more none is made (its
#: checks take ~50 ms of the interpreter at 20,000 words, and a key pressed meanwhile waits)
SNAPSHOT_DELAY = 0.25


#: what QTextDocument.toRawText puts between lines; a job's text may come with it
PARAGRAPH_SEPARATOR = "\u2029"


@dataclass(slots=True)
class RevisionJob:
    seq: int
    text: str
    path: Path | None
    settings: Settings
    reload: bool = False
    revision: int = 0  # the text revision the snapshot carries
    render: bool = True  # False: only the snapshot (the preview is hidden)
    article: Article | None = None  # the text already parsed (on the GUI thread, at open)
    scan: ArticleScan | None = None  # ...and scanned
    mark_view: MarkView = "review"  # how the preview shows review marks


@dataclass(slots=True)
class PageResult:
    """Load this page (``html`` via setHtml, or ``file``) as page load ``generation``."""

    seq: int
    generation: int
    base_dir: Path | None
    html: str = ""
    file: Path | None = None
    error: str = ""
    # the folders the article's images may come from (photos.address.image_roots)
    image_roots: tuple[Path, ...] = ()
    images: frozenset[Path] = frozenset()  # the files its images name (photos.named)


@dataclass(slots=True)
class PatchResult:
    """Run ``script`` (None: nothing changed) in the page of load ``generation``."""

    seq: int
    generation: int
    script: str | None
    error: str = ""
    images: frozenset[Path] = frozenset()  # the files its images name (photos.named)


@dataclass(slots=True)
class ErrorResult:
    """The text at ``seq`` cannot be rendered; the page keeps the last good render."""

    seq: int
    error: str


def data_url_size(page: bytes) -> int:
    """Length of the percent-encoded data: URL that setHtml would make of ``page``."""
    reserved = len(page.translate(None, _UNRESERVED))
    return len(page) + 2 * reserved + 64


def folder_url(folder: Path) -> QUrl:
    """The address of ``folder`` that a page's relative images resolve against. Never from a
    resolved path: on Windows ``resolve()`` turns a mapped drive into its UNC name."""
    return QUrl.fromLocalFile(os.path.join(os.path.abspath(folder), ""))


def with_base(page: str, base_dir: Path | None) -> str:
    """The page with a ``<base>`` so that a copy loaded from elsewhere finds relative images
    (the same base as a page loaded in place: :func:`folder_url`)."""
    if base_dir is None:
        return page
    address = folder_url(base_dir).toString(QUrl.ComponentFormattingOption.FullyEncoded)
    href = html_lib.escape(address, quote=True)
    return page.replace("<head>", f'<head>\n<base href="{href}">', 1)


def error_text(exc: ArticleError) -> str:
    return str(exc)


def _uid() -> int:
    getuid = getattr(os, "getuid", None)  # Windows has none (and st_uid is 0 there)
    return getuid() if getuid is not None else 0


@dataclass
class _Shown:
    """What this thread last handed to the view."""

    generation: int = 0
    state: PreviewState | None = None


class RevisionWorker(QThread):
    """Renders in its own thread with its own ``PreviewRenderer``; results come by ``done``.

    A page too big for a data: URL is written to the worker's private temp folder, made by
    ``tempfile.mkdtemp`` when the first such page comes (mode 0700, a random name another
    local user cannot plant a link at beforehand) and removed by :meth:`remove_temp_dir` (by the
    thread itself as it ends after :meth:`stop`)."""

    done = Signal(object)  # PageResult | PatchResult | ErrorResult
    snapshot_ready = Signal(int, object)  # the job's number, Snapshot of its text revision

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("netizen-revisions")
        self._temp_dir: Path | None = None  # made for the first page too big for a data: URL
        self._cond = threading.Condition()
        self._pending: RevisionJob | None = None
        self._stopping = False
        # made in the render thread: the renderer's modules (Markdown, Jinja2, the skins) are
        # imported there, not on the GUI thread before the window's first frame
        self._renderer: PreviewRenderer | None = None
        self._shown = _Shown()
        self._owed_reload = False  # a document switch arrived while rendering was off
        #: the scan of the last text this thread took: the next one rescans only the edit
        self._scan: ArticleScan | None = None
        self._article: Article | None = None  # the last parse, for the snapshot
        self._error: ArticleError | None = None
        self.renders = 0  # how many texts were rendered (tests check the coalescing)

    # -- GUI thread ---------------------------------------------------------------------------
    def submit(self, job: RevisionJob) -> None:
        with self._cond:
            if self._pending is not None and self._pending.reload:
                job = replace(job, reload=True)
            self._pending = job
            self._cond.notify()

    def stop(self, timeout_ms: int = 0) -> bool:
        """Ask the thread to end (a render or a snapshot under way gives up between two
        chunks or two check rules) and wait at most ``timeout_ms``: whether it has ended.
        A thread still running must be kept until it has (``finished``): Qt aborts the
        whole app when a running QThread is destroyed."""
        with self._cond:
            self._stopping = True
            self._cond.notify()
        return self.wait(timeout_ms) if self.isRunning() else True

    def stopping(self) -> bool:
        """Whether the thread was asked to end (asked by long work as it goes)."""
        return self._stopping

    @property
    def temp_dir(self) -> Path | None:
        """The private folder of the pages loaded from a file (None until one was needed)."""
        return self._temp_dir

    def remove_temp_dir(self) -> None:
        """Remove the temp folder and its pages (once the thread has ended)."""
        folder, self._temp_dir = self._temp_dir, None
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)

    # -- render thread ------------------------------------------------------------------------
    @property
    def renderer(self) -> PreviewRenderer:
        """The render thread's renderer, made when the thread starts (see :meth:`run`)."""
        assert self._renderer is not None, "the renderer is made by run()"
        return self._renderer

    def run(self) -> None:
        try:
            self._run()
        except Stopped:
            pass  # asked to end in the middle of a render
        finally:
            if self._stopping:  # no page is written after this: the pages' folder goes
                self.remove_temp_dir()

    def _run(self) -> None:
        with self._cond:  # nothing before the first text: the window's first frame comes first
            while self._pending is None and not self._stopping:
                self._cond.wait()
            if self._stopping:
                return
        if sys.getswitchinterval() > SWITCH_INTERVAL:
            sys.setswitchinterval(SWITCH_INTERVAL)
        if self._renderer is None:
            from netizen_editor.publish.preview_patch import PreviewRenderer

            self._renderer = PreviewRenderer(stop=self.stopping)
        finished = 0.0  # when the last render ended
        cost = 0.0  # how long it took
        owed: RevisionJob | None = None  # rendered, its snapshot not made yet
        while True:
            with self._cond:
                while self._pending is None and not self._stopping:
                    if owed is None:
                        self._cond.wait()
                    elif (wait := finished + SNAPSHOT_DELAY - time.monotonic()) > 0:
                        self._cond.wait(wait)
                    else:
                        break  # the text has rested: the snapshot's turn
                if self._stopping:
                    return
                job = self._pending
                if job is not None:
                    # Keys coming faster than renders: rest a little between renders so the
                    # GUI thread keeps the interpreter and a core to itself, and let keys
                    # coalesce.
                    deadline = finished + min(MAX_REST, cost * REST_FACTOR)
                    while not self._stopping and (rest := deadline - time.monotonic()) > 0:
                        self._cond.wait(rest)
                    if self._stopping:
                        return
                    job, self._pending = self._pending, None
            if job is None:
                assert owed is not None
                job, owed = owed, None
                snapshot = self._snapshot(job)
                if snapshot is not None:
                    self.snapshot_ready.emit(job.seq, snapshot)
                continue
            start = time.monotonic()
            if PARAGRAPH_SEPARATOR in job.text:  # the editor's raw text: here, not on the GUI
                job.text = job.text.replace(PARAGRAPH_SEPARATOR, "\n")  # thread (~1 ms at 100k)
            self._article, self._error = None, None
            try:
                result = self._render(job) if job.render else self._parse_only(job)
            except Stopped:
                raise
            except Exception as exc:  # a bug must not kill the preview: report it, keep the page
                log.exception("the preview could not render revision %s", job.seq)
                message = QCoreApplication.translate(
                    "PreviewView", "The preview could not be updated: {0}"
                ).format(f"{type(exc).__name__}: {exc}")
                result = ErrorResult(job.seq, message)
            finished = time.monotonic()
            cost = finished - start
            self.done.emit(result)
            owed = job

    def _stale(self) -> bool:
        """Whether the snapshot under way is no longer wanted: a newer text came, or the
        thread is ending."""
        return self._pending is not None or self._stopping

    def _private_folder(self) -> Path:
        """The temp folder, made now (mode 0700, a random name) if there is none or it is no
        longer our real folder (a temp cleaner removed it, a link took its name)."""
        folder = self._temp_dir
        if folder is not None:
            try:
                st = os.lstat(folder)
                if stat.S_ISDIR(st.st_mode) and st.st_uid == _uid():
                    return folder
            except OSError:
                pass
        folder = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX))
        self._temp_dir = folder
        return folder

    def _scan_of(self, job: RevisionJob) -> ArticleScan:
        """The revision's one scan (from the last revision's: only the edit is rescanned)."""
        from netizen_editor.grammar.block_count import MAX_BLOCKS
        from netizen_editor.grammar.scan import scan_article

        previous = job.scan if job.scan is not None and job.scan.text == job.text else self._scan
        self._scan = scan_article(job.text, previous, most=MAX_BLOCKS)  # as the snapshot's
        return self._scan

    def _parse_only(self, job: RevisionJob) -> ErrorResult:
        """No preview wanted: parse for the snapshot; the result only carries the error."""
        self._owed_reload = self._owed_reload or job.reload
        self._scan_of(job)
        try:
            self._article = self.renderer.parse(job.text, job.path, job.article)
        except ArticleError as exc:
            self._error = exc
            return ErrorResult(job.seq, error_text(exc))
        return ErrorResult(job.seq, "")

    def _snapshot(self, job: RevisionJob) -> Snapshot | None:
        if self._article is None and self._error is None:
            return None  # the render failed on a bug: no parse to show
        article = self._article

        def body_html() -> str:
            assert article is not None
            return self.renderer.export_body(article, job.settings)

        try:
            snapshot = take_snapshot(job.revision, job.text, job.path, job.settings,
                                     article=article, error=self._error,
                                     body_html=body_html, previous=self._scan,
                                     stop=self._stale)  # fmt: skip
            self._scan = snapshot.scan
            return snapshot
        except Stopped:
            return None  # a newer text came (its own snapshot follows), or the thread ends
        except Exception:
            log.exception("no snapshot of revision %s", job.revision)
            return None

    def _render(self, job: RevisionJob) -> PageResult | PatchResult | ErrorResult:
        from netizen_editor.publish.preview_patch import diff_states, fallback_article

        assert self._renderer is not None  # made by run()
        self.renders += 1
        shown = self._shown
        first = job.reload or self._owed_reload or shown.state is None
        self._owed_reload = False
        error = ""
        scan = self._scan_of(job)
        try:
            article = self._renderer.parse(job.text, job.path, job.article)
            self._article = article
        except ArticleError as exc:
            self._error = exc
            if not first:
                return ErrorResult(job.seq, error_text(exc))
            # nothing shown yet for this document: show the body alone, and say what is wrong
            article = fallback_article(job.text, job.path)
            error = error_text(exc)
        # the article's body is the scan's (both split the front matter the grammar's way)
        blocks = scan.blocks if scan.body == article.body else None
        self._renderer.mark_view = job.mark_view
        state = self._renderer.state(article, job.settings, blocks)
        error = error or state.problem
        if first or state.chrome != shown.state.chrome:  # type: ignore[union-attr]
            return self._page(job, article, state, error)
        patch = diff_states(shown.state, state)  # type: ignore[arg-type]
        shown.state = state
        script = None if patch.empty else patch.script(job.seq)
        return PatchResult(job.seq, shown.generation, script, error, state.images)

    def _page(
        self, job: RevisionJob, article: Article, state: PreviewState, error: str
    ) -> PageResult:
        generation = self._shown.generation + 1
        base_dir = job.path.parent if job.path is not None else None
        page = self.renderer.page(state, article, job.settings, generation)
        roots = tuple(image_roots(job.path, job.settings.images_folder))
        result = PageResult(job.seq, generation, base_dir, error=error, image_roots=roots,
                            images=state.images)  # fmt: skip
        if data_url_size(page.encode("utf-8")) <= DATA_URL_LIMIT:
            result.html = page
        else:
            folder = self._private_folder()
            target = folder / f"page-{generation}.html"
            # never through a link: not at the page's name, nor in place of the folder itself
            atomic_write_text(target, with_base(page, base_dir), below=folder.parent)
            (folder / f"page-{generation - 2}.html").unlink(missing_ok=True)
            result.file = target
        # only now is this what the view will show; a failure above left the old page valid
        self._shown.generation = generation
        self._shown.state = state
        return result
