"""The preview at start-up: the window's first frame does not wait for QtWebEngine.

The web view (Chromium's browser context, the slowest part of the start) is made only once
the preview has painted its first (grey) frame; an article handed in before that is still
shown as soon as the view exists, and nothing it rendered meanwhile is lost.
"""

from __future__ import annotations

from typing import Any

from netizen_editor.gui.preview.preview_view import PreviewView
from tests.gui import TIMEOUT
from tests.gui.preview_fixtures import dispose, js

ARTICLE = """---
title: Banjir di Kota Tua
---
Netizen.co.id - Hujan deras sejak pagi membuat **Kota Tua** tergenang.
"""


def test_first_frame_comes_before_the_web_view_and_the_article_still_shows(qtbot: Any) -> None:
    preview = PreviewView()
    preview.confirm_open_link = lambda url: False
    preview.resize(900, 700)
    try:
        preview.revisions.submit(ARTICLE, None)  # as the window does, before it is shown
        preview.show()
        assert preview._view is None  # nothing of Chromium yet: the frame is drawn first
        with qtbot.waitSignal(preview.painted, timeout=TIMEOUT):
            qtbot.waitExposed(preview)
        assert preview.web_view().isVisible()
        title = js(qtbot, preview, "document.querySelector('h1.post-title').textContent.trim()")
        assert title == "Banjir di Kota Tua"
        # typing after the start goes on patching the same page
        with qtbot.waitSignal(preview.patch_applied, timeout=TIMEOUT):
            preview.revisions.submit(ARTICLE.replace("tergenang", "tergenang air"), None)
        assert js(qtbot, preview, "document.body.textContent.includes('tergenang air')")
    finally:
        dispose(preview)


def test_a_preview_never_shown_still_renders_when_its_page_is_asked_for(qtbot: Any) -> None:
    preview = PreviewView()
    try:
        page = preview.page()  # made at once: no frame to wait for
        assert page is preview.web_view().page()
        with qtbot.waitSignal(preview.patch_applied, timeout=TIMEOUT):
            preview.revisions.submit(ARTICLE, None)
        title = js(qtbot, preview, "document.querySelector('h1.post-title').textContent.trim()")
        assert title == "Banjir di Kota Tua"
    finally:
        dispose(preview)
