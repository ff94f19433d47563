"""The preview's web engine parts: a locked-down page, its request interceptor and profile.

Safety, in layers:

- JavaScript is off for page content (``JavascriptEnabled`` = False). The app's own script is a
  ``QWebEngineScript`` in ``ApplicationWorld``, an isolated world: Chromium runs isolated-world
  scripts whatever the main world's setting (like an extension's content scripts), and
  ``runJavaScript(..., ApplicationWorld)`` reaches it. Inline handlers (``onerror=``) and
  ``javascript:`` URLs belong to the main world, so they never run, even in HTML that the app
  script inserts.
- ``LocalContentCanAccessRemoteUrls`` is off, so Chromium itself refuses remote subresources
  of the (local) preview page.
- ``PreviewInterceptor`` blocks every request that is not ``data:``, ``blob:``, ``about:`` or a
  ``file:`` inside the allowed folders (the article's folder, the app's resources, the
  preview's own temp folder): http, https, ws, wss, ftp and anything else. A ``file:`` of
  another computer (``file://server/...``, a share) only when a folder is on that computer.
- ``PreviewPage.acceptNavigationRequest`` lets the main frame navigate only when the app loads
  a page; a link click is handed to the view (which asks before opening the system browser),
  and redirects, reloads, history moves and ``<meta http-equiv=refresh>`` are refused.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QObject, QTimer, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)

from netizen_editor.paths import resource_path

APP_WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld
LOCAL_SCHEMES = frozenset({"data", "blob", "about"})
BLOCKED_LOG_SIZE = 500

_profile: QWebEngineProfile | None = None
_script_source: str | None = None


def preview_profile() -> QWebEngineProfile:
    """The off-the-record profile that all previews share, made on first use."""
    global _profile
    if _profile is None or not shiboken6.isValid(_profile):
        app = QCoreApplication.instance()
        profile = QWebEngineProfile(app)  # no storage name: off the record, nothing on disk
        profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        profile.setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
        )
        profile.setSpellCheckEnabled(False)
        _profile = profile
    return _profile


def preview_script_source() -> str:
    """qwebchannel.js followed by resources/preview/preview.js."""
    global _script_source
    if _script_source is None:
        channel = QFile(":/qtwebchannel/qwebchannel.js")
        if not channel.open(QIODevice.OpenModeFlag.ReadOnly):
            raise RuntimeError("Qt's qwebchannel.js is missing from the Qt resources")
        try:
            channel_js = bytes(channel.readAll().data()).decode("utf-8")
        finally:
            channel.close()
        own = resource_path("preview", "preview.js").read_text(encoding="utf-8")
        _script_source = channel_js + "\n" + own
    return _script_source


def _real(path: Path | str) -> str:
    return os.path.normcase(os.path.realpath(path))


class PreviewInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request but local data and files inside the allowed folders.

    ``blocked`` keeps the last blocked URLs (strings), for tests and diagnostics.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._roots: tuple[str, ...] = ()
        self._hosts: frozenset[str] = frozenset()
        self.blocked: list[str] = []

    def set_roots(self, roots: Iterable[Path]) -> None:
        roots = list(roots)
        self._roots = tuple(dict.fromkeys(_real(r) for r in roots))
        # a story opened from \\server\share (or a mapped drive, which realpath turns into
        # one) has file://server/... photos: that server is allowed, as the folder's host
        named = [str(r) for r in roots] + list(self._roots)
        self._hosts = frozenset(QUrl.fromLocalFile(r).host() for r in named) - {""}

    def roots(self) -> tuple[str, ...]:
        return self._roots

    def allows(self, url: QUrl) -> bool:
        scheme = url.scheme().lower()
        if scheme in LOCAL_SCHEMES:
            return True
        if scheme != "file":
            return False
        # another computer's file is never looked at (realpath would connect to it, and
        # Windows would hand it the user's credentials) unless a root is on that computer
        if url.host() not in ("", "localhost") and url.host() not in self._hosts:
            return False
        try:
            path = _real(url.toLocalFile())
        except ValueError:  # a NUL in the address (%00): no file, and never let through
            return False
        return any(
            path == root or path.startswith(root.rstrip(os.sep) + os.sep) for root in self._roots
        )

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if self.allows(url):
            return
        info.block(True)
        self.blocked.append(url.toString())
        if len(self.blocked) > BLOCKED_LOG_SIZE:
            del self.blocked[: len(self.blocked) - BLOCKED_LOG_SIZE]


class PreviewPage(QWebEnginePage):
    """A page that runs no page script and never navigates unless the app loads it."""

    #: a link the user clicked (the navigation itself was refused)
    link_clicked = Signal(QUrl)

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None):
        super().__init__(profile, parent)
        self._expect_load = False
        self.refused: list[str] = []  # main-frame navigations refused (not link clicks)
        self.interceptor = PreviewInterceptor(self)
        self.setUrlRequestInterceptor(self.interceptor)
        harden(self.settings())

    def expect_load(self) -> None:
        """The next main-frame navigation is the app's own page load: let it through."""
        self._expect_load = True

    def acceptNavigationRequest(
        self, url: QUrl | str, type: QWebEnginePage.NavigationType, isMainFrame: bool
    ) -> bool:
        url = QUrl(url)
        link = type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked
        if isMainFrame and self._expect_load and not link:
            self._expect_load = False
            return True
        if link:
            # never navigate; let the view ask, after this call has returned
            clicked = QUrl(url)
            QTimer.singleShot(0, self, lambda: self.link_clicked.emit(clicked))
            return False
        if not isMainFrame:
            return True  # frames may load; the interceptor decides what they can reach
        self.refused.append(url.toString())
        return False

    def javaScriptConsoleMessage(self, level, message: str, line: int, source: str) -> None:
        if os.environ.get("NETIZEN_PREVIEW_DEBUG"):
            print(f"preview js [{source}:{line}] {message}")


def harden(settings: QWebEngineSettings) -> None:
    attr = QWebEngineSettings.WebAttribute
    values = {
        "JavascriptEnabled": False,
        "JavascriptCanOpenWindows": False,
        "JavascriptCanAccessClipboard": False,
        "JavascriptCanPaste": False,
        "LocalContentCanAccessRemoteUrls": False,
        "LocalContentCanAccessFileUrls": True,
        "LocalStorageEnabled": False,
        "PluginsEnabled": False,
        "HyperlinkAuditingEnabled": False,
        "DnsPrefetchEnabled": False,
        "NavigateOnDropEnabled": False,
        "AutoLoadIconsForPage": False,
        "ErrorPageEnabled": False,
        "FullScreenSupportEnabled": False,
        "ScreenCaptureEnabled": False,
        "PdfViewerEnabled": False,
        "WebGLEnabled": False,
        "ScrollAnimatorEnabled": False,
        "AllowWindowActivationFromJavaScript": False,
        "AutoLoadImages": True,
    }
    for name, on in values.items():
        attribute = getattr(attr, name, None)
        if attribute is not None:
            settings.setAttribute(attribute, on)


def make_script() -> QWebEngineScript:
    script = QWebEngineScript()
    script.setName("netizen-preview")
    script.setWorldId(APP_WORLD)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
    script.setRunsOnSubFrames(False)
    script.setSourceCode(preview_script_source())
    return script
