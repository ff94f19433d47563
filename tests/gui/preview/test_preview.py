"""The live preview in a real QWebEngineView (headless): one page load, then patches."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest

from netizen_editor.gui.revisions import worker as preview_worker
from netizen_editor.i18n import tr
from netizen_editor.publish import preview_patch
from netizen_editor.publish.mdext.budget import TOO_DEEP
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT
from tests.gui.preview_fixtures import (
    click_until,
    dispose,
    js,
    make_preview,
    show,
    show_first,
    until_signal,
    wheel_down,
    write_png,
)

ARTICLE = """---
title: Banjir Rendam Jakarta
author: Tim Redaksi
labels: [Nasional]
---
Hujan deras sejak pagi membuat banyak jalan tergenang.

## Dampak

Warga mengungsi ke masjid terdekat.

[[ad]]

Petugas membuka pintu air Manggarai.
"""


def long_article(paragraphs: int = 120) -> str:
    body = "\n\n".join(
        f"Paragraf {i}: " + " ".join(["warga menunggu kepastian anggaran daerah"] * 12)
        for i in range(1, paragraphs + 1)
    )
    return f"---\ntitle: Panjang\n---\n{body}\n"


def tag_nodes(qtbot, view) -> int:
    """Give every top-level body node an id (an expando, visible only in our world)."""
    return js(
        qtbot,
        view,
        "(() => { let i = 0; for (const n of document.getElementById('nz-body').children)"
        " n.__nzId = ++i; window.__nzLoad = 'first'; return i; })()",
    )


def untouched(qtbot, view) -> list[int]:
    return js(
        qtbot,
        view,
        "Array.from(document.getElementById('nz-body').children).map(n => n.__nzId || 0)",
    )


@pytest.fixture
def preview(qtbot):
    view = make_preview(qtbot)
    yield view
    dispose(view)


def test_first_document_paints_the_skinned_page(qtbot, preview):
    show_first(qtbot, preview, ARTICLE)
    info = js(
        qtbot,
        preview,
        "({title: document.title, h1: document.querySelector('.post-title').textContent,"
        " lines: Array.from(document.querySelectorAll('#nz-body > *'))"
        ".map(e => e.getAttribute('data-line')),"
        " ads: Array.from(document.querySelectorAll('.ad-placeholder')).map(e => e.textContent),"
        " dateline: document.querySelector('#nz-body .dateline').textContent})",
    )
    assert info["title"] == "Banjir Rendam Jakarta - Netizen.co.id"
    assert info["h1"] == "Banjir Rendam Jakarta"
    assert info["lines"] == ["6", "8", "10", "12", "14"]
    assert info["ads"] == ["Responsive Ad", "In-article Ad", "Responsive Ad"]
    assert info["dateline"] == "Netizen.co.id"
    assert preview.error == ""


def test_typing_patches_one_block_without_reload(qtbot, preview):
    show_first(qtbot, preview, long_article(60))
    assert tag_nodes(qtbot, preview) == 60
    js(qtbot, preview, "window.scrollTo(0, 1500)")
    y = js(qtbot, preview, "window.scrollY")
    assert y > 1000
    loads = []
    preview.page().loadStarted.connect(lambda: loads.append(1))

    text = long_article(60).replace("Paragraf 30:", "Paragraf 30: kata-baru")
    show(qtbot, preview, text)

    ids = untouched(qtbot, preview)
    changed = [i for i, node_id in enumerate(ids) if node_id != i + 1]
    assert changed == [29]  # only the 30th paragraph was rebuilt
    state = js(
        qtbot,
        preview,
        "[window.__nzLoad, window.scrollY,"
        " document.getElementById('nz-body').children[29].textContent]",
    )
    assert state[0] == "first"  # same document: our world's globals survived
    assert state[1] == y  # the scroll position stayed
    assert state[2].startswith("Paragraf 30: kata-baru")
    assert loads == []


def test_inserted_lines_shift_data_line_without_rebuilding(qtbot, preview):
    text = long_article(20)
    show_first(qtbot, preview, text)
    tag_nodes(qtbot, preview)
    lines = "Array.from(document.querySelectorAll('#nz-body > p')).map(p => +p.dataset.line)"
    before = js(qtbot, preview, lines)
    show(qtbot, preview, text.replace("title: Panjang\n", "title: Panjang\nauthor: A\neditor: B\n"))
    after = js(qtbot, preview, lines)
    assert after == [line + 2 for line in before]
    assert untouched(qtbot, preview) == list(range(1, 21))  # no paragraph was rebuilt


def test_title_edit_patches_the_header(qtbot, preview):
    show_first(qtbot, preview, ARTICLE)
    tag_nodes(qtbot, preview)
    show(qtbot, preview, ARTICLE.replace("title: Banjir Rendam", "title: Banjir Besar Rendam"))
    info = js(
        qtbot,
        preview,
        "[document.title, document.querySelector('#nz-header .post-title').textContent,"
        " window.__nzLoad]",
    )
    assert info == [
        "Banjir Besar Rendam Jakarta - Netizen.co.id",
        "Banjir Besar Rendam Jakarta",
        "first",
    ]
    assert untouched(qtbot, preview) == [1, 2, 3, 4, 5]


def test_gradient_setting_patches_the_css(qtbot, preview):
    show_first(qtbot, preview, ARTICLE)
    tag_nodes(qtbot, preview)
    preview.revisions.set_settings(Settings(gradient_start="#123456"))
    qtbot.waitUntil(lambda: preview.applied_job >= preview.job, timeout=TIMEOUT)
    info = js(
        qtbot,
        preview,
        "[getComputedStyle(document.documentElement).getPropertyValue('--grad-start').trim(),"
        " window.__nzLoad]",
    )
    assert info == ["#123456", "first"]


def test_another_skin_reloads_the_page_and_keeps_the_text(qtbot, preview):
    show_first(qtbot, preview, ARTICLE)
    tag_nodes(qtbot, preview)
    with qtbot.waitSignal(preview.painted, timeout=TIMEOUT):
        preview.revisions.set_settings(Settings(skin="plain"))
    info = js(
        qtbot,
        preview,
        "[window.__nzLoad || null, document.body.textContent.includes('Manggarai')]",
    )
    assert info == [None, True]


def test_desktop_and_mobile_widths(qtbot, preview):
    show_first(qtbot, preview, ARTICLE)
    assert abs(js(qtbot, preview, "window.innerWidth") - 1280) <= 2
    assert preview.page().zoomFactor() == pytest.approx(1000 / 1280, rel=0.01)

    preview.set_width_mode("mobile")
    qtbot.waitUntil(lambda: js(qtbot, preview, "window.innerWidth") == 375, timeout=TIMEOUT)
    web = preview.web_view()
    assert web.width() == 375
    assert abs(web.x() - (preview.width() - 375) / 2) <= 1  # centred

    def desktop_layout() -> bool:
        return abs(js(qtbot, preview, "window.innerWidth") - 1280) <= 2

    preview.set_width_mode("desktop")
    qtbot.waitUntil(desktop_layout, timeout=TIMEOUT)
    preview.resize(640, 800)
    qtbot.waitUntil(lambda: abs(preview.page().zoomFactor() - 0.5) < 0.01, timeout=TIMEOUT)
    qtbot.waitUntil(desktop_layout, timeout=TIMEOUT)


def test_editor_scroll_moves_the_preview_without_echo(qtbot, preview):
    show_first(qtbot, preview, long_article())
    echoes: list[int] = []
    preview.scrolled_to_line.connect(echoes.append)
    line = js(qtbot, preview, "+document.querySelectorAll('#nz-body > p')[50].dataset.line")
    preview.scroll_to_line(line)
    qtbot.waitUntil(lambda: js(qtbot, preview, "nz.topLine()") == line, timeout=TIMEOUT)
    top = js(
        qtbot,
        preview,
        "document.querySelectorAll('#nz-body > p')[50].getBoundingClientRect().top",
    )
    assert abs(top) <= 2  # the block of that line is at the top of the viewport

    # the user scrolls afterwards: the first report is that scroll, not an echo of ours
    until_signal(qtbot, preview.scrolled_to_line, lambda: wheel_down(preview))
    assert echoes[0] > line


def test_user_scroll_reports_the_top_line(qtbot, preview):
    show_first(qtbot, preview, long_article())
    reports: list[int] = []
    preview.scrolled_to_line.connect(reports.append)
    until_signal(qtbot, preview.scrolled_to_line, lambda: wheel_down(preview, notches=10))
    # the wheel may scroll over several frames: wait for the last report of where it stopped
    qtbot.waitUntil(lambda: js(qtbot, preview, "nz.topLine()") == reports[-1], timeout=TIMEOUT)
    assert reports[-1] > 4  # below the first paragraph (line 4)
    assert js(qtbot, preview, "window.scrollY") > 0
    # the editor following the preview does not bounce back into the preview
    y = js(qtbot, preview, "window.scrollY")
    preview.scroll_to_line(reports[-1])
    js(qtbot, preview, "1")  # lets a (wrongly) scheduled scroll reach the page first
    assert js(qtbot, preview, "window.scrollY") == y


def test_click_on_a_block_reports_its_line(qtbot, preview):
    show_first(qtbot, preview, ARTICLE)
    assert click_until(qtbot, preview, "#nz-body > h2", preview.line_clicked) == [8]


def test_broken_yaml_keeps_the_last_render_and_reports(qtbot, preview):
    show_first(qtbot, preview, ARTICLE)
    tag_nodes(qtbot, preview)
    broken = ARTICLE.replace("labels: [Nasional]", "labels: [Nasional").replace(
        "Petugas", "RUSAK Petugas"
    )
    with qtbot.waitSignal(preview.error_changed, timeout=TIMEOUT) as blocker:
        preview.revisions.submit(broken, None)
    assert "YAML" in blocker.args[0] and preview.error == blocker.args[0]
    info = js(qtbot, preview, "[window.__nzLoad, document.body.textContent.includes('RUSAK')]")
    assert info == ["first", False]  # the last good render is still shown

    with qtbot.waitSignal(preview.error_changed, timeout=TIMEOUT) as blocker:
        preview.revisions.submit(ARTICLE.replace("Petugas", "BAIK Petugas"), None)
    assert blocker.args == [""]
    qtbot.waitUntil(lambda: preview.applied_job >= preview.job, timeout=TIMEOUT)
    assert js(qtbot, preview, "document.body.textContent.includes('BAIK')") is True


def test_broken_yaml_on_open_shows_the_body(qtbot, preview):
    with qtbot.waitSignal(preview.error_changed, timeout=TIMEOUT):
        show_first(qtbot, preview, "---\ntitle: [rusak\n---\nIsi berita tetap tampil.\n")
    assert "YAML" in preview.error
    body = js(qtbot, preview, "document.getElementById('nz-body').textContent")
    assert "Isi berita tetap tampil." in body


def test_a_block_nested_too_deeply_shows_as_source_and_the_rest_renders(qtbot, preview):
    deep = "- " * 3000 + "x"
    with qtbot.waitSignal(preview.error_changed, timeout=TIMEOUT):
        show_first(qtbot, preview, f"Pembuka.\n\n{deep}\n\nPenutup.\n")
    assert "line 3" in preview.error or ":3:" in preview.error
    assert tr(TOO_DEEP) in preview.error  # in the window's language
    body = js(qtbot, preview, "document.getElementById('nz-body').textContent")
    assert "Pembuka." in body and "Penutup." in body and "- - - -" in body
    # taking the levels out renders the block and clears the message
    with qtbot.waitSignal(preview.error_changed, timeout=TIMEOUT):
        show(qtbot, preview, "Pembuka.\n\n- x\n\nPenutup.\n")
    assert preview.error == ""


def test_local_images_load_and_outside_files_do_not(qtbot, preview, tmp_path: Path, monkeypatch):
    # the render leaves out an outside image (test_preview_refused_images); take that away:
    # the page's interceptor alone must still block it
    monkeypatch.setattr(preview_patch, "refusals", lambda *args: {})
    folder = tmp_path / "artikel"
    write_png(folder / "foto.png")
    write_png(folder / "gambar" / "peta.png")
    write_png(tmp_path / "rahasia.png")
    article = folder / "banjir.md"
    text = ARTICLE + "\n![Foto](foto.png)\n\n![Peta](gambar/peta.png)\n\n![X](../rahasia.png)\n"
    article.write_text(text, encoding="utf-8")
    show_first(qtbot, preview, text, article)

    def widths():
        return js(
            qtbot,
            preview,
            "Array.from(document.querySelectorAll('#nz-body img'))"
            ".map(i => [i.complete, i.naturalWidth])",
        )

    qtbot.waitUntil(lambda: all(done for done, _ in widths()), timeout=TIMEOUT)
    assert [w for _, w in widths()] == [40, 40, 0]
    assert any(u.endswith("/rahasia.png") for u in preview.page().interceptor.blocked)


def test_big_page_loads_from_a_file_with_the_article_base(qtbot, preview, tmp_path, monkeypatch):
    monkeypatch.setattr(preview_worker, "DATA_URL_LIMIT", 1000)
    write_png(tmp_path / "foto.png")
    text = ARTICLE + "\n![Foto](foto.png)\n"
    show_first(qtbot, preview, text, tmp_path / "a.md")
    assert preview.page().url().scheme() == "file"
    assert preview.page().url().fileName().startswith("page-")
    qtbot.waitUntil(
        lambda: js(qtbot, preview, "document.querySelector('#nz-body img').naturalWidth") == 40,
        timeout=TIMEOUT,
    )
    show(qtbot, preview, text.replace("Petugas", "Para petugas"), tmp_path / "a.md")
    assert js(qtbot, preview, "document.body.textContent.includes('Para petugas')")


def test_another_document_loads_a_new_page_at_the_top(qtbot, preview, tmp_path):
    show_first(qtbot, preview, long_article(), tmp_path / "satu.md")
    js(qtbot, preview, "(window.__nzLoad = 'first', window.scrollTo(0, 2000), 1)")
    with qtbot.waitSignal(preview.painted, timeout=TIMEOUT):
        preview.revisions.submit(ARTICLE, tmp_path / "dua.md")
    info = js(qtbot, preview, "[window.__nzLoad || null, window.scrollY, document.title]")
    assert info == [None, 0, "Banjir Rendam Jakarta - Netizen.co.id"]


def test_keystrokes_are_cheap_and_coalesced(qtbot, preview):
    text = long_article(400)
    show_first(qtbot, preview, text)
    renders_before = preview.revisions.worker.renders
    times = []
    for i in range(200):
        start = time.perf_counter()
        preview.revisions.submit(text + f"\nketik {i}\n", None)
        times.append(time.perf_counter() - start)
    qtbot.waitUntil(lambda: preview.applied_job >= preview.job, timeout=TIMEOUT)
    assert statistics.median(times) < 0.001
    assert (
        preview.revisions.worker.renders - renders_before < 200
    )  # stale texts were never rendered
    assert js(qtbot, preview, "document.body.textContent.includes('ketik 199')") is True
    assert js(qtbot, preview, "document.body.textContent.includes('ketik 198')") is False


def test_a_renderer_failure_is_reported_and_the_page_kept(qtbot, preview, monkeypatch):
    show_first(qtbot, preview, ARTICLE)
    tag_nodes(qtbot, preview)

    def broken(self, article, settings, scan=None):
        raise RuntimeError("renderer bug")

    from netizen_editor.publish.preview_patch import PreviewRenderer

    monkeypatch.setattr(PreviewRenderer, "state", broken)
    with qtbot.waitSignal(preview.error_changed, timeout=TIMEOUT) as blocker:
        preview.revisions.submit(ARTICLE.replace("Petugas", "Para petugas"), None)
    assert "renderer bug" in blocker.args[0]
    assert js(qtbot, preview, "window.__nzLoad") == "first"
    monkeypatch.undo()
    with qtbot.waitSignal(preview.error_changed, timeout=TIMEOUT) as blocker:
        show(qtbot, preview, ARTICLE.replace("Petugas", "Para petugas"))
    assert blocker.args == [""]
    assert js(qtbot, preview, "document.body.textContent.includes('Para petugas')") is True


def test_a_skin_reload_keeps_the_scroll_position(qtbot, preview):
    show_first(qtbot, preview, long_article())
    line = js(qtbot, preview, "+document.querySelectorAll('#nz-body > p')[40].dataset.line")
    preview.scroll_to_line(line)
    qtbot.waitUntil(lambda: js(qtbot, preview, "nz.topLine()") == line, timeout=TIMEOUT)
    with qtbot.waitSignal(preview.painted, timeout=TIMEOUT):
        preview.revisions.set_settings(Settings(skin="plain"))
    qtbot.waitUntil(lambda: js(qtbot, preview, "nz.topLine()") == line, timeout=TIMEOUT)


def test_scroll_requested_before_the_page_is_ready_is_applied(qtbot, preview):
    text = long_article()
    with qtbot.waitSignal(preview.painted, timeout=TIMEOUT):
        preview.revisions.submit(text, None)
        preview.scroll_to_line(60)
    qtbot.waitUntil(lambda: js(qtbot, preview, "nz.topLine()") == 60, timeout=TIMEOUT)
