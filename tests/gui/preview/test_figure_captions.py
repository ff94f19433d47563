"""A photo's caption sits under the photo, no wider than it, on a desktop page: under a narrow
portrait photo (centred and capped at 600 px tall) it is not spread across the column from its
left edge; under a landscape photo it spans the column as before. Measured in a browser engine,
in the live preview and in the exported page (they share the skin)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QUrl
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication

from netizen_editor.article.model import Article
from netizen_editor.export import export_article
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT
from tests.gui.preview_fixtures import dispose, js, make_preview, show_first, write_png

ARTICLE = """\
---
title: Banjir Rob
image: foto/utama.png
image_caption: Warga mengungsi ke posko di masjid dekat tanggul laut yang jebol di Muara Baru
image_credit: Andi
---
JAKARTA, Netizen.co.id - Banjir rob menggenangi permukiman warga.

![Warga mengungsi](foto/tegak.png "Warga mengungsi ke posko di masjid dekat tanggul laut \
yang jebol di Muara Baru, Jakarta Utara. Foto: Andi")

Petugas membuka dapur umum.

![Tanggul](foto/datar.png "Tanggul laut yang jebol. Foto: Budi")
"""

# per figure: the photo's and the caption's boxes and the column's content box, in CSS px
BOXES = """Array.from(document.querySelectorAll('figure')).map(f => {
  const i = f.querySelector('img'), c = f.querySelector('figcaption').getBoundingClientRect();
  const col = f.closest('.post-body') || f.parentElement, b = col.getBoundingClientRect();
  const r = i.getBoundingClientRect(), pad = parseFloat(getComputedStyle(col).paddingLeft);
  return {natural: i.naturalHeight, left: r.left, right: r.right, bottom: r.bottom,
          capLeft: c.left, capRight: c.right, capTop: c.top,
          colLeft: b.left + pad, colRight: b.right - pad};
})"""


def under(box: dict) -> None:
    """The caption is under the photo, within its width and centred with it."""
    assert box["capTop"] >= box["bottom"] - 1, box
    assert box["capLeft"] >= box["left"] - 1 and box["capRight"] <= box["right"] + 1, box
    assert abs(box["capLeft"] + box["capRight"] - box["left"] - box["right"]) < 2, box


def write_photos(folder: Path) -> Path:
    write_png(folder / "foto" / "utama.png", 900, 1600)  # a featured photo held upright
    write_png(folder / "foto" / "tegak.png", 900, 1600)
    write_png(folder / "foto" / "datar.png", 1600, 900)
    article = folder / "banjir.md"
    article.write_text(ARTICLE, encoding="utf-8")
    return article


def check(boxes: list[dict]) -> None:
    assert len(boxes) == 3, boxes  # the featured photo and the two in the body
    *portraits, landscape = boxes
    for box in portraits:
        assert box["natural"] == 1600  # loaded
        # capped in height, so narrower than the column, and centred in it
        assert box["right"] - box["left"] < (box["colRight"] - box["colLeft"]) * 0.6, box
        assert abs(box["left"] + box["right"] - box["colLeft"] - box["colRight"]) < 2, box
        under(box)
    # a landscape photo fills the column and its caption spans it, as before
    for edge in ("left", "right"):
        column = landscape["col" + edge.title()]
        assert abs(landscape[edge] - column) < 1, landscape
        assert abs(landscape["cap" + edge.title()] - column) < 1, landscape
    under(landscape)


def loaded(qtbot, run) -> None:
    qtbot.waitUntil(
        lambda: run("Array.from(document.images).every(i => i.complete && i.naturalWidth)"),
        timeout=TIMEOUT,
    )


def test_the_preview_puts_a_caption_under_its_photo(qtbot, tmp_path):
    article = write_photos(tmp_path)
    view = make_preview(qtbot, size=(1400, 900))
    try:
        show_first(qtbot, view, ARTICLE, article)
        loaded(qtbot, lambda code: js(qtbot, view, code))
        assert js(qtbot, view, "document.documentElement.clientWidth") > 600  # the desktop page
        check(js(qtbot, view, BOXES))
    finally:
        dispose(view)


@pytest.mark.parametrize("skin", ["gradient", "plain"])
def test_the_exported_page_puts_a_caption_under_its_photo(qtbot, tmp_path, skin):
    import json

    article = write_photos(tmp_path)
    out = tmp_path / "banjir.html"
    export_article(Article.parse(ARTICLE, article), out, "page", Settings(skin=skin))
    view = QWebEngineView()
    view.resize(1400, 900)
    view.show()
    try:
        with qtbot.waitSignal(view.loadFinished, timeout=TIMEOUT):
            view.load(QUrl.fromLocalFile(str(out)))

        def run(code: str):
            box: list = []
            view.page().runJavaScript(f"JSON.stringify(({code}) ?? null)", 0, box.append)
            qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT)
            return json.loads(box[0])

        loaded(qtbot, run)
        boxes = run(BOXES)
        if skin == "plain":  # its page shows no featured photo, and keeps photos to the left
            assert len(boxes) == 2, boxes
            for box in boxes:
                under(box)
            return
        check(boxes)
    finally:
        view.close()
        view.deleteLater()  # now, not at exit: the default profile must outlive its pages
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
