"""Photos in the skin, on the real window's preview: a portrait phone photo is capped in height
on a desktop page, and a click on it shows the whole image over the page (another closes it)."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from tests.gui import TIMEOUT
from tests.gui.preview_fixtures import click, element_center, js, until_true, write_png

ARTICLE = """\
---
title: Banjir Rob
---
JAKARTA, Netizen.co.id - Banjir rob menggenangi permukiman warga.

![Warga mengungsi](foto/tegak.png "Warga mengungsi. Foto: Andi")

Petugas membuka dapur umum.
"""
IMG = "#nz-body figure img"


def test_a_portrait_photo_is_capped_and_opens_whole_on_click(make_window, qtbot, tmp_path):
    write_png(tmp_path / "foto" / "tegak.png", 900, 1600)  # a phone photo held upright
    article = tmp_path / "banjir.md"
    article.write_text(ARTICLE, encoding="utf-8")
    window = make_window([article])
    window.resize(1500, 950)
    tab = window.current_tab()
    view = tab.preview
    qtbot.waitUntil(
        lambda: js(qtbot, view, f"document.querySelector('{IMG}')?.naturalHeight || 0") == 1600,
        timeout=TIMEOUT,
    )
    shown = js(qtbot, view, f"document.querySelector('{IMG}').getBoundingClientRect().height")
    width = js(qtbot, view, "document.documentElement.clientWidth")
    assert width > 600  # the desktop page
    assert 300 < shown <= 600  # capped (it would be the column's width x 16/9 otherwise)

    figure = "document.querySelector('#nz-body figure')"
    opened = f"{figure}.classList.contains('nz-full')"
    # Chromium drops input before its first frame is on screen: click until it opens
    until_true(
        qtbot,
        lambda: js(qtbot, view, opened),
        lambda: click(view, element_center(qtbot, view, IMG)),
    )
    assert js(qtbot, view, f"getComputedStyle({figure}).position") == "fixed"
    click(view, QPoint(5, 5))  # anywhere on the shown image's backdrop
    qtbot.waitUntil(lambda: not js(qtbot, view, opened), timeout=TIMEOUT)


def test_the_exported_page_opens_a_photo_whole_on_click_too(qtbot, tmp_path):
    """The page export carries the same behaviour for its readers (a small inline script; the
    page is self-contained), checked in a browser engine with the page's JavaScript on."""
    import json

    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage

    from netizen_editor.article.model import Article
    from netizen_editor.export import export_article
    from netizen_editor.settings import Settings

    write_png(tmp_path / "foto" / "tegak.png", 900, 1600)
    source = tmp_path / "banjir.md"
    source.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "banjir.html"
    export_article(Article.parse(ARTICLE, source), out, "page", Settings())
    page = QWebEnginePage()
    with qtbot.waitSignal(page.loadFinished, timeout=TIMEOUT):
        page.load(QUrl.fromLocalFile(str(out)))

    def run(code: str):
        box: list = []
        page.runJavaScript(f"JSON.stringify(({code}) ?? null)", 0, box.append)
        qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT)
        return json.loads(box[0])

    figure = "document.querySelector('.post-body figure')"
    assert run(f"{figure}.classList.contains('nz-full')") is False
    run("document.querySelector('.post-body figure img').click() || true")
    assert run(f"{figure}.classList.contains('nz-full')") is True
    assert run(f"getComputedStyle({figure}).position") == "fixed"
    run(f"{figure}.click() || true")  # a click on the backdrop closes it
    assert run(f"{figure}.classList.contains('nz-full')") is False
    page.deleteLater()
