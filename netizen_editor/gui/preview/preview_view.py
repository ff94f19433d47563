"""The live preview: the article in the site's skin, patched as the journalist types.

The preview is one consumer of its article's :class:`~netizen_editor.gui.revisions.pipeline.
Revisions` (the tab's render thread): the first render of a document arrives as a whole page,
every later one as a patch (``preview_patch``) that the page's own script applies in an
isolated world: the changed body chunks, line shifts, header, footer, stylesheet, title. No
reload, so the scroll position and everything else on the page stay.

Loading: ``setHtml`` with the article's folder as base URL (relative images work); a page too
big for setHtml's data: URL is written to a private temp folder with a ``<base>`` pointing at
the article's folder and loaded from there. Safety: see ``preview_web``.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, cast

import shiboken6
from PySide6.QtCore import (
    QChildEvent,
    QEvent,
    QObject,
    QPoint,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QHideEvent,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QMenu, QMessageBox, QWidget

from netizen_editor.gui.plain_text import shown_plain
from netizen_editor.gui.preview.bridge import PreviewBridge
from netizen_editor.gui.preview.image_watch import ImageWatch
from netizen_editor.gui.revisions.pipeline import Revisions
from netizen_editor.gui.revisions.worker import (
    ErrorResult,
    PageResult,
    PatchResult,
    folder_url,
)
from netizen_editor.paths import resource_path

if TYPE_CHECKING:  # QtWebEngine is loaded when the first view is made, after the first frame
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from netizen_editor.gui.preview.web_page import PreviewPage

WidthMode = Literal["desktop", "mobile"]


ZoomMode = Literal["fit", "actual"]  # fit the 1280 px page into the pane, or 100 %
ZOOM_STEP = 1.1  # one Ctrl+wheel notch
MIN_SCALE, MAX_SCALE = 0.5, 3.0
DESKTOP_WIDTH = 1280
MOBILE_WIDTH = 375
MINIMUM_WIDTH = 240  # px the preview keeps in a splitter
PREFERRED_WIDTH = 720
WEB_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
#: loaded when the view is made: the page's renderer process starts before the article comes
BLANK_PAGE = "<!doctype html><title></title>"
_QWIDGETSIZE_MAX = (1 << 24) - 1


class PreviewView(QWidget):
    """The preview panel. Signals carry 1-based source lines of the editor text."""

    line_clicked = Signal(int)  # the user clicked a block: its source line
    scrolled_to_line = Signal(int)  # the user scrolled the preview: the top visible line
    painted = Signal()  # a page load of the current document is on screen
    error_changed = Signal(str)  # why the text cannot be shown ("" when it can)
    link_activated = Signal(QUrl)  # the user clicked a link (the preview never follows it)
    patch_applied = Signal(int)  # the DOM now shows what this job rendered
    zoom_changed = Signal(str, float)  # the reading zoom: mode ("fit" / "actual"), scale

    def __init__(self, revisions: Revisions | None = None, parent: QWidget | None = None):
        """Shows what ``revisions`` (its tab's) renders; a preview on its own (tests,
        benchmarks) makes and owns its own."""
        super().__init__(parent)
        self._owns_revisions = revisions is None
        self.revisions = revisions if revisions is not None else Revisions(parent=self)
        self._document_load_pending = False
        self._min_seq = 0  # results older than the last document switch are dropped
        self._generation = 0  # the page load shown (or being loaded)
        self._load_seq = 0
        self._ready = False
        self._painted_generation = 0
        self._queue: list[PatchResult] = []
        self._error = ""
        self._top_line = 1
        self._restore_line: int | None = None
        self._reported_line: int | None = None
        self._scroll_target: int | None = None
        self._width_mode: WidthMode = "desktop"
        self._zoom_mode: ZoomMode = "fit"
        self._zoom_scale = 1.0  # Ctrl+wheel on top of the mode
        self._reveal: tuple[int, int] | None = None  # (source line, from revision)
        self._alive = True
        #: the last job whose render is in the DOM
        self.applied_job = 0
        #: asks whether to open a clicked link in the browser; tests replace it
        self.confirm_open_link: Callable[[QUrl], bool] = self._ask_open_link
        #: opens a link outside the app; tests replace it
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl

        # The web view (QtWebEngine's browser context: 0.1-0.3 s for the first one) is made
        # after the window's first frame, so the editor shows before Chromium starts; anything
        # that needs it earlier (page(), a result while hidden) makes it at once.
        self._view: QWebEngineView | None = None
        self._world = 0  # the page script's isolated world, known once QtWebEngine is loaded
        self._page: PreviewPage | None = None
        self._early_results: list[PageResult | PatchResult | ErrorResult] = []

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._layout = layout
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#d9dae0"))
        self.setPalette(palette)
        self._bridge = PreviewBridge(self)
        self._bridge.ready.connect(self._on_ready)
        self._bridge.painted.connect(self._on_painted)
        self._bridge.clicked.connect(self.line_clicked)
        self._bridge.scrolled.connect(self._on_scrolled)

        self.revisions.rendered.connect(self._on_result)
        self.revisions.switched.connect(self._on_switched)
        #: the photos the article names: one that appears, changes or goes renders again
        self.images = ImageWatch(self)
        self.images.changed.connect(self._images_changed)

    # -- the API the main window uses -----------------------------------------------------

    def scroll_to_line(self, line: int) -> None:
        """Scroll so that source ``line`` is at the top (the editor's top line)."""
        line = max(1, int(line))
        if line == self._reported_line:
            return  # the editor follows the preview: do not echo its own position back
        self._reported_line = None
        self._top_line = line
        if self._scroll_target is None:
            QTimer.singleShot(0, self, self._flush_scroll)
        self._scroll_target = line

    def set_width_mode(self, mode: WidthMode) -> None:
        """``desktop``: a 1280 px layout scaled to fit; ``mobile``: a 375 px column."""
        if mode not in ("desktop", "mobile"):
            raise ValueError(f"unknown width mode {mode!r}")
        self._width_mode = mode
        self._apply_width()

    def width_mode(self) -> WidthMode:
        return self._width_mode

    def set_zoom(self, mode: ZoomMode, scale: float = 1.0) -> None:
        """``fit``: the desktop page scaled into the pane; ``actual``: 100 % (the site's own
        narrower layout); ``scale`` is the Ctrl+wheel zoom on top."""
        if mode not in ("fit", "actual"):
            raise ValueError(f"unknown zoom mode {mode!r}")
        scale = max(MIN_SCALE, min(MAX_SCALE, float(scale)))
        changed = (mode, scale) != (self._zoom_mode, self._zoom_scale)
        self._zoom_mode, self._zoom_scale = mode, scale
        self._apply_width()
        if changed:
            self.zoom_changed.emit(mode, scale)

    def zoom(self) -> tuple[ZoomMode, float]:
        return self._zoom_mode, self._zoom_scale

    def zoom_by(self, steps: int) -> None:
        self.set_zoom(self._zoom_mode, round(self._zoom_scale * ZOOM_STEP**steps, 3))

    def reveal_line(self, line: int | None) -> None:
        """Keep source ``line`` (being edited) in view once the edit reaches the page; at the
        end of the article the page scrolls to its end. None: no line (the last one asked
        for is forgotten)."""
        self._reveal = None if line is None else (max(1, int(line)), self.revisions.job + 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ChildAdded and watched is self._view:
            widget = cast(QChildEvent, event).child()
            if isinstance(widget, QWidget):
                widget.installEventFilter(self)
        elif (
            kind == QEvent.Type.Wheel
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            delta = event.angleDelta().y()
            if delta:  # one step per notch (120); a touchpad's small deltas make one step
                self.zoom_by(round(delta / 120) or (1 if delta > 0 else -1))
            return True
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        """Load the page afresh (keeps the scroll position); patches are the normal way."""
        self.revisions.reload()

    def shutdown(self) -> None:
        """Show nothing more (a preview that owns its revisions stops their thread)."""
        if not self._alive:
            return
        self._alive = False
        self.images.set_active(False)
        if self._owns_revisions:
            self.revisions.shutdown()

    # -- for tests and benchmarks ---------------------------------------------------------
    @property
    def job(self) -> int:
        """The last job handed to the render thread; ``patch_applied`` reports jobs."""
        return self.revisions.job

    @property
    def error(self) -> str:
        return self._error

    def web_view(self) -> QWebEngineView:
        return self._ensure_view()[0]

    def page(self) -> PreviewPage:
        return self._ensure_view()[1]

    def is_ready(self) -> bool:
        return self._ready

    # -- the web view, made after the first frame -----------------------------------------
    def _ensure_view(self, blank: bool = False) -> tuple[QWebEngineView, PreviewPage]:
        """The view and its page, made now if need be; ``blank``: made after the first frame
        with nothing to show yet (then an empty page starts Chromium's renderer)."""
        if self._view is None or self._page is None:
            from PySide6.QtWebChannel import QWebChannel
            from PySide6.QtWebEngineWidgets import QWebEngineView

            from netizen_editor.gui.preview.web_page import (
                APP_WORLD,
                PreviewPage,
                make_script,
                preview_profile,
            )

            view = QWebEngineView(self)
            page = PreviewPage(preview_profile(), view)
            page.setBackgroundColor(QColor("white"))
            page.scripts().insert(make_script())
            channel = QWebChannel(page)
            channel.registerObject("nzBridge", self._bridge)
            page.setWebChannel(channel, APP_WORLD)
            view.setPage(page)
            view.installEventFilter(self)  # Ctrl+wheel reaches the view's child widget
            for widget in view.findChildren(QWidget):
                widget.installEventFilter(self)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(self._context_menu)
            page.link_clicked.connect(self._on_link)
            page.loadFinished.connect(self._on_load_finished)
            self._view, self._page, self._channel = view, page, channel
            self._world = int(APP_WORLD)
            self._layout.addWidget(view)
            self._apply_width(force=True)
            early, self._early_results = self._early_results, []
            if blank and not early and self.isVisible():
                # nothing to show yet: an empty page at once, so Chromium starts the page's
                # renderer process while the render thread makes the article's page (~0.15 s
                # sooner to the first preview); a hidden preview starts none
                page.expect_load()
                blank_base = QUrl.fromLocalFile(str(resource_path("preview")) + os.sep)
                page.setHtml(BLANK_PAGE, blank_base)
            for result in early:
                self._on_result(result)
        return self._view, self._page

    def _make_view_soon(self) -> None:
        if self._view is None:
            QTimer.singleShot(0, self, self._make_view_now)

    def _make_view_now(self) -> None:
        if self._view is None and self._alive and shiboken6.isValid(self):
            self._ensure_view(blank=True)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._make_view_soon()  # this paint is part of the window's first frame

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.images.set_active(self._alive)
        if self._view is None:  # should no paint come (an obscured window), do not wait long
            QTimer.singleShot(300, self, self._make_view_now)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.images.set_active(False)  # a hidden preview watches no folder

    # -- results from the render thread ---------------------------------------------------
    def _on_result(self, result: PageResult | PatchResult | ErrorResult) -> None:
        if not self._alive or result.seq < self._min_seq:
            return
        if not isinstance(result, ErrorResult):
            self.images.follow(result.images)
        if self._view is None:
            if self.isVisible():  # shown, first frame not drawn yet: the view comes after it
                self._early_results.append(result)
                return
            self._ensure_view()
        self._set_error(result.error)
        if isinstance(result, PageResult):
            self._load(result)
        elif isinstance(result, PatchResult):
            if result.generation != self._generation:
                return
            if self._ready:
                self._apply(result)
            else:
                self._queue.append(result)

    def _images_changed(self, in_place: bool) -> None:
        """A photo the article names appeared, went or (``in_place``) changed its bytes."""
        if self._alive:
            self.revisions.reload() if in_place else self.revisions.refresh()

    def _on_switched(self, job: int) -> None:
        """Another document from ``job`` on: it opens at its top, older results are dropped."""
        self._document_load_pending = True
        self._min_seq = job
        self._top_line = 1
        self._restore_line = None
        self._reported_line = None

    def _set_error(self, error: str) -> None:
        if error != self._error:
            self._error = error
            self.error_changed.emit(error)

    def _load(self, result: PageResult) -> None:
        _view, page = self._ensure_view()
        if self._document_load_pending:
            self._document_load_pending = False  # a new document opens at the top...
        elif self._restore_line is None:
            self._restore_line = self._top_line  # ...the same one where it was
        self._generation = result.generation
        self._load_seq = result.seq
        self._ready = False
        self._queue.clear()
        roots = [resource_path()]
        if result.file is not None:  # the page's own file, in the worker's private folder
            roots.append(result.file.parent)
        roots += result.image_roots  # the article's images: the exports' folders, no others
        page.interceptor.set_roots(roots)
        base_dir = result.base_dir if result.base_dir is not None else resource_path("preview")
        page.expect_load()
        if result.file is not None:
            page.load(QUrl.fromLocalFile(str(result.file)))
        else:
            page.setHtml(result.html, folder_url(base_dir))

    def _apply(self, result: PatchResult) -> None:
        if result.script is None:
            self._mark_applied(result.seq)
            return
        seq = result.seq
        this = weakref.ref(self)

        def done(_value: object) -> None:
            view = this()
            if view is not None and shiboken6.isValid(view) and view._alive:
                view._mark_applied(seq)

        self.page().runJavaScript(result.script, self._world, done)

    def _mark_applied(self, seq: int) -> None:
        self.applied_job = max(self.applied_job, seq)
        if self._reveal is not None and self._ready and self.applied_job >= self._reveal[1]:
            line, self._reveal = self._reveal[0], None
            self.page().runJavaScript(f"nz.revealLine({line})", self._world)
        self.patch_applied.emit(seq)

    # -- messages from the page script ----------------------------------------------------
    def _on_ready(self, generation: int) -> None:
        if generation != self._generation or self._ready:
            return
        self._ready = True
        view, _page = self._ensure_view()
        proxy = view.focusProxy()  # the widget Chromium draws in, made with the page
        if proxy is not None:
            proxy.installEventFilter(self)
        self._apply_width(force=True)
        self._mark_applied(self._load_seq)
        queue, self._queue = self._queue, []
        for result in queue:
            self._apply(result)
        line = self._scroll_target or self._restore_line
        self._restore_line = None
        if line and line > 1:
            self._scroll_target = line
            self._flush_scroll()

    def _on_load_finished(self, ok: bool) -> None:
        if not ok:
            # A main-frame navigation that the page refused (a meta refresh in pasted HTML)
            # puts the renderer back to 100 % while the page still reports our zoom: apply it
            # again, through a different value, or Chromium takes it for no change.
            self._apply_width(nudge=True)

    def _on_painted(self, generation: int) -> None:
        if generation == self._generation and generation != self._painted_generation:
            self._painted_generation = generation
            self.painted.emit()

    def _on_scrolled(self, line: int) -> None:
        self._reported_line = line
        self._top_line = line
        self.scrolled_to_line.emit(line)

    def _flush_scroll(self) -> None:
        line, self._scroll_target = self._scroll_target, None
        if line is None or not self._alive:
            return
        if not self._ready:
            self._restore_line = line
            return
        self.page().runJavaScript(f"nz.scrollToLine({int(line)})", self._world)

    # -- links ----------------------------------------------------------------------------
    def _on_link(self, url: QUrl) -> None:
        self.link_activated.emit(url)
        if url.scheme().lower() in WEB_LINK_SCHEMES and self.confirm_open_link(url):
            self.open_url(url)

    def _ask_open_link(self, url: QUrl) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Open link"),
            # the address decoded, its bidi controls as escapes: "…/laporan%E2%80%AEgpj.exe"
            # read "…/laporanexe.jpg" in the question that decides whether it is opened
            shown_plain(
                self.tr("Open this link in your browser?") + "\n\n" + url.toDisplayString()
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _context_menu(self, pos: QPoint) -> None:
        from PySide6.QtWebEngineCore import QWebEnginePage

        view, page = self._ensure_view()
        menu = QMenu(self)
        menu.addAction(page.action(QWebEnginePage.WebAction.Copy))
        menu.addAction(page.action(QWebEnginePage.WebAction.SelectAll))
        menu.exec(view.mapToGlobal(pos))
        menu.deleteLater()

    # -- width ----------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(PREFERRED_WIDTH, 600)

    def minimumSizeHint(self) -> QSize:
        # a splitter never squeezes the page below a readable column (QWebEngineView itself
        # asks for nothing, and a 0 px preview lays the whole article out at 0.25 zoom)
        return QSize(MINIMUM_WIDTH, 120)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_width()

    def _apply_width(self, force: bool = False, nudge: bool = False) -> None:
        if self._view is None or self._page is None:
            return  # applied when the view is made
        available = max(1, self.width())
        if self._width_mode == "desktop":
            self._view.setMinimumWidth(0)
            self._view.setMaximumWidth(_QWIDGETSIZE_MAX)
            self._layout.setAlignment(self._view, Qt.AlignmentFlag(0))
            zoom = available / DESKTOP_WIDTH if self._zoom_mode == "fit" else 1.0
        else:
            width = min(MOBILE_WIDTH, available)
            self._view.setFixedWidth(width)
            self._layout.setAlignment(self._view, Qt.AlignmentFlag.AlignHCenter)
            zoom = width / MOBILE_WIDTH
        zoom = max(0.25, min(5.0, zoom * self._zoom_scale))
        if nudge:
            self._page.setZoomFactor(zoom * 1.05 if zoom < 4.5 else zoom / 1.05)
        if force or nudge or abs(self._page.zoomFactor() - zoom) > 1e-4:
            self._page.setZoomFactor(zoom)
