"""A hostile article in the preview: no script runs, nothing reaches the network, no link
navigates. Remote URLs point at a loopback server that counts every request it gets."""

from __future__ import annotations

import json
import os
import select
import socket
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEngineSettings

import netizen_editor.publish.body
from netizen_editor.publish import preview_patch
from tests.gui import TIMEOUT
from tests.gui.preview_fixtures import (
    click,
    click_until,
    dispose,
    element_center,
    js,
    loopback_server,
    make_preview,
    show,
    show_first,
)

PWNED = "document.documentElement.setAttribute('data-pwned', '1'); document.title = 'pwned'"


def hostile(remote: str) -> str:
    return f"""---
title: Berita Biasa
image: {remote}/featured.jpg
---
Paragraf pembuka yang biasa saja.

<script>{PWNED}; window.pwned = 1;</script>

<img src="nope.png" onerror="{PWNED}">

<p onclick="{PWNED}" id="clickme">Klik paragraf ini.</p>

<p><a id="jslink" href="javascript:{PWNED}">tautan javascript</a></p>

<p><a id="weblink" href="{remote}/article">tautan web</a></p>

![pixel]({remote}/pixel.gif?user=1)

<img src="{remote}/tracker.gif" width="1" height="1">

<iframe src="{remote}/frame.html"></iframe>

<iframe src="https://www.youtube.com/embed/xyz"></iframe>

<meta http-equiv="refresh" content="0; url={remote}/refresh">

<link rel="stylesheet" href="{remote}/style.css">

<style>@import url({remote}/import.css); body {{ background: url({remote}/bg.png); }}</style>

<div style="background-image: url({remote}/inline.png); height: 10px">gaya</div>

<object data="{remote}/object.swf"></object><embed src="{remote}/embed.swf">

<video src="{remote}/video.mp4" poster="{remote}/poster.jpg"></video>

Penutup.
"""


@pytest.fixture
def preview(qtbot):
    view = make_preview(qtbot)
    yield view
    dispose(view)


@pytest.fixture
def unsanitised(monkeypatch):
    """Switch the renderer's HTML cleaning off, so the hostile markup reaches the page and
    only the web engine's defences stand in its way."""
    monkeypatch.setattr(netizen_editor.publish.body, "clean_html", lambda html: html)


def assert_nothing_ran(qtbot, view) -> None:
    info = js(
        qtbot,
        view,
        "[document.documentElement.getAttribute('data-pwned'), document.title]",
    )
    assert info == [None, "Berita Biasa - Netizen.co.id"]


def load_hostile(qtbot, view, folder: Path, remote: str) -> None:
    path = folder / "hostile.md"
    show_first(qtbot, view, hostile(remote), path)
    # loadFinished comes after every subresource has loaded or failed
    qtbot.waitUntil(lambda: not view.page().isLoading(), timeout=TIMEOUT)


def test_page_javascript_is_off_and_ours_is_isolated(qtbot, preview):
    settings = preview.page().settings()
    assert not settings.testAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled)
    assert not settings.testAttribute(
        QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls
    )
    assert preview.page().profile().isOffTheRecord()
    show_first(qtbot, preview, "Isi.\n")
    main_world: list[object] = []
    preview.page().runJavaScript("typeof nz", 0, main_world.append)
    qtbot.waitUntil(lambda: bool(main_world), timeout=TIMEOUT)
    assert main_world[0] in (None, "")  # nothing runs in the page's own world
    assert js(qtbot, preview, "typeof nz") == "object"  # our world has the update script


def test_hostile_article_through_the_renderer(qtbot, preview, tmp_path):
    with loopback_server() as (remote, hits):
        load_hostile(qtbot, preview, tmp_path, remote)
        assert_nothing_ran(qtbot, preview)
        assert js(qtbot, preview, "document.querySelectorAll('script:not([type])').length") == 0
        assert hits == []


def test_hostile_markup_reaching_the_page_still_cannot_act(
    qtbot, preview, tmp_path, unsanitised, monkeypatch
):
    # the render leaves out the missing nope.png (photos.refused); the page gets it anyway
    monkeypatch.setattr(preview_patch, "refusals", lambda *args: {})
    with loopback_server() as (remote, hits):
        load_hostile(qtbot, preview, tmp_path, remote)
        present = js(
            qtbot,
            preview,
            "[!!document.querySelector('#nz-body script'), !!document.querySelector('[onerror]'),"
            " !!document.querySelector('meta[http-equiv]'), !!document.querySelector('#jslink')]",
        )
        assert present == [True, True, True, True]  # the markup is there...
        assert_nothing_ran(qtbot, preview)  # ...and none of it ran
        assert js(qtbot, preview, "typeof window.pwned") == "undefined"
        # the refresh was refused by the navigation filter
        qtbot.waitUntil(
            lambda: any("/refresh" in u for u in preview.page().refused), timeout=TIMEOUT
        )
        # ...and the refused navigation left the page at its desktop width (Chromium puts the
        # renderer back to 100 % after it, now and then; the clicks below would miss)
        layout_width: list[float] = []
        qtbot.waitUntil(
            lambda: (
                layout_width.append(js(qtbot, preview, "innerWidth")) or layout_width[-1] == 1280
            ),
            timeout=TIMEOUT,
        )

        # clicks: an inline handler and a javascript: link do nothing
        js(qtbot, preview, "window.__nzLoad = 'first'")
        assert click_until(qtbot, preview, "#clickme", preview.line_clicked)
        click(preview, element_center(qtbot, preview, "#jslink"))
        # hostile markup typed in later arrives by patch (our world inserts it): still inert
        later = hostile(remote).replace("Penutup.", f'<img src="x.png" onerror="{PWNED}">')
        show(qtbot, preview, later, tmp_path / "hostile.md")
        assert_nothing_ran(qtbot, preview)
        assert js(qtbot, preview, "window.__nzLoad") == "first"
        assert hits == []


def test_the_interceptor_alone_blocks_remote_requests(qtbot, preview, tmp_path, unsanitised):
    # take away Chromium's own local-to-remote block: the interceptor must stop everything
    preview.page().settings().setAttribute(
        QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, True
    )
    with loopback_server() as (remote, hits):
        load_hostile(qtbot, preview, tmp_path, remote)
        blocked = preview.page().interceptor.blocked
        names = ("featured.jpg", "pixel.gif", "tracker.gif", "style.css", "bg.png", "inline.png")
        for name in names:
            assert any(u.startswith(remote) and name in u for u in blocked), name
        # an embed is a card in the offline preview: its frame is never even asked for
        assert not any(u.startswith("https://www.youtube.com/") for u in blocked)
        assert js(qtbot, preview, "document.querySelectorAll('iframe').length") == 0
        assert hits == []
        assert_nothing_ran(qtbot, preview)


def test_a_link_click_asks_and_never_navigates(qtbot, preview, tmp_path):
    asked: list[QUrl] = []
    opened: list[QUrl] = []
    answer = [False]

    def confirm(url: QUrl) -> bool:
        asked.append(url)
        return answer[0]

    preview.confirm_open_link = confirm
    preview.open_url = opened.append
    with loopback_server() as (remote, hits):
        load_hostile(qtbot, preview, tmp_path, remote)
        js(qtbot, preview, "window.__nzLoad = 'first'")
        args = click_until(qtbot, preview, "#weblink", preview.link_activated)
        assert args[0].toString() == f"{remote}/article"
        assert [u.toString() for u in asked] == [f"{remote}/article"] and opened == []

        answer[0] = True
        click_until(qtbot, preview, "#weblink", preview.link_activated)
        assert [u.toString() for u in opened] == [f"{remote}/article"]
        # still the same page, never navigated, nothing fetched
        assert js(qtbot, preview, "window.__nzLoad") == "first"
        assert preview.page().url().toString() != f"{remote}/article"
        assert hits == []


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


CHILD = """
import sys
from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from netizen_editor.gui.preview.preview_view import PreviewView
view = PreviewView()
view.resize(600, 400)
view.show()
view.painted.connect(lambda: print("PAINTED", flush=True))
view.revisions.submit("---\\ntitle: Inspeksi\\n---\\nIsi.\\n", None)
# quit when the test closes our stdin
notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
notifier.activated.connect(app.quit)
app.exec()
view.shutdown()
"""


def _read_line(stream, deadline: float) -> str:
    """A line from the child's output, or "" when none came before the deadline."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        return ""
    ready, _, _ = select.select([stream], [], [], remaining)
    return stream.readline() if ready else ""


@pytest.mark.slow
def test_remote_debugging_still_works(tmp_path):
    port = _free_port()
    env = dict(os.environ, QTWEBENGINE_REMOTE_DEBUGGING=f"127.0.0.1:{port}")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(CHILD)],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert child.stdout is not None
        deadline = time.monotonic() + 60
        line = "-"
        while line and "PAINTED" not in line:
            line = _read_line(child.stdout, deadline)
        assert "PAINTED" in line
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as reply:
            pages = json.load(reply)
        assert any(p.get("title") == "Inspeksi - Netizen.co.id" for p in pages)
    finally:
        if child.stdin:
            child.stdin.close()
        try:
            child.wait(15)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait(5)


def test_an_address_with_a_nul_is_blocked_not_an_error(qtbot, tmp_path):
    # '%00' decodes to a NUL, which os.path.realpath refuses with ValueError: inside
    # interceptRequest an exception would leave the request unblocked
    from netizen_editor.gui.preview.web_page import PreviewInterceptor

    interceptor = PreviewInterceptor()
    interceptor.set_roots([tmp_path])
    assert interceptor.allows(QUrl((tmp_path / "foto.jpg").as_uri()))
    assert not interceptor.allows(QUrl(tmp_path.as_uri() + "/a%00_files/x.jpg"))
    assert not interceptor.allows(QUrl(tmp_path.as_uri() + "/h%00.mp4"))
