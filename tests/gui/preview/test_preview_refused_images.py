"""The live preview leaves out the body images the exports leave out (photos.refused): a photo
that is not there (with its caption), one outside the article's folder, and one inside a
sentence; the found photo stays, and the exported page shows the same figures."""

from __future__ import annotations

import re

from netizen_editor.article.model import Article
from netizen_editor.export import export_article
from netizen_editor.settings import Settings
from tests.gui.preview_fixtures import (
    click_until,
    dispose,
    js,
    make_preview,
    show,
    show_first,
    write_png,
)

ARTICLE = """\
---
title: Banjir Rob
---
JAKARTA, Netizen.co.id - Banjir rob menggenangi permukiman warga.

![Tanggul](foto/ada.png "Tanggul laut yang jebol. Foto: Budi")

![Posko](foto/hilang.png "Posko pengungsian di masjid. Foto: Andi")

![Arsip](../arsip/luar.png "Banjir tahun lalu. Foto: Sari")

Petugas membuka dapur umum ![ikon](foto/ikon-hilang.png) di balai warga.
"""

IMAGES = "Array.from(document.querySelectorAll('#nz-body img')).map(i => i.getAttribute('src'))"
CAPTIONS = "Array.from(document.querySelectorAll('#nz-body figcaption')).map(c => c.textContent)"
TEXT = "document.querySelector('#nz-body').textContent"


def write_article(tmp_path):
    folder = tmp_path / "desk"
    write_png(folder / "foto" / "ada.png", 160, 90)
    write_png(tmp_path / "arsip" / "luar.png", 160, 90)  # there, but outside the folder
    article = folder / "banjir.md"
    article.write_text(ARTICLE, encoding="utf-8")
    return article


def exported_captions(article, out) -> list[str]:
    export_article(Article.parse(ARTICLE, article), out, "page", Settings())
    page = out.read_text(encoding="utf-8")
    return re.findall(r"<figcaption>(.*?)</figcaption>", page, re.S)


def test_the_preview_leaves_out_the_images_the_export_leaves_out(qtbot, tmp_path):
    article = write_article(tmp_path)
    view = make_preview(qtbot)
    try:
        show_first(qtbot, view, ARTICLE, article)
        assert js(qtbot, view, IMAGES) == ["foto/ada.png"]
        captions = js(qtbot, view, CAPTIONS)
        assert len(captions) == 1 and "Tanggul laut" in captions[0]
        text = js(qtbot, view, TEXT)
        assert "Posko pengungsian" not in text  # the missing photo's caption went with it
        assert "Banjir tahun lalu" not in text
        assert "Petugas membuka dapur umum" in text and "di balai warga" in text
        exported = exported_captions(article, tmp_path / "banjir.html")
        assert len(exported) == 1 and "Tanggul laut" in exported[0]

        # the missing photo is saved into the folder: the next render shows it
        write_png(article.parent / "foto" / "hilang.png", 160, 90)
        show(qtbot, view, ARTICLE + "\nTambahan.\n", article)
        qtbot.waitUntil(lambda: len(js(qtbot, view, CAPTIONS)) == 2)
        assert js(qtbot, view, IMAGES) == ["foto/ada.png", "foto/hilang.png"]
    finally:
        dispose(view)


def test_an_untitled_article_keeps_its_images_as_written(qtbot):
    view = make_preview(qtbot)
    try:
        show_first(qtbot, view, ARTICLE, None)
        assert len(js(qtbot, view, IMAGES)) == 4
        assert "Posko pengungsian" in js(qtbot, view, TEXT)
    finally:
        dispose(view)


FEATURED = "Array.from(document.querySelectorAll('figure.featured-image img')).map(i => i.src)"
FEATURED_ARTICLE = """\
---
title: Banjir Rob
image: {image}
image_caption: Tanggul laut yang jebol.
---
JAKARTA, Netizen.co.id - Banjir rob menggenangi permukiman warga.
"""


def test_a_featured_photo_the_export_leaves_out_is_not_in_the_preview(qtbot, tmp_path):
    """A featured photo that is not there (or lies outside the folder) is left out of the
    page's header as every export leaves it out; a found one is shown."""
    article = write_article(tmp_path)
    for image, shown in [("foto/utama-hilang.png", 0), ("../arsip/luar.png", 0),
                         ("foto/ada.png", 1)]:  # fmt: skip
        text = FEATURED_ARTICLE.format(image=image)
        view = make_preview(qtbot)
        try:
            show_first(qtbot, view, text, article)
            assert len(js(qtbot, view, FEATURED)) == shown, image
            page = tmp_path / "utama.html"
            export_article(Article.parse(text, article), page, "page", Settings())
            exported = page.read_text(encoding="utf-8")
            assert ('class="featured-image"' in exported) == bool(shown), image
        finally:
            dispose(view)


def test_a_click_on_a_missing_photos_note_goes_to_its_line(qtbot, tmp_path):
    article = write_article(tmp_path)
    view = make_preview(qtbot)
    try:
        show_first(qtbot, view, ARTICLE, article)
        notes = "Array.from(document.querySelectorAll('#nz-body > .nz-refused-photo'))"
        assert js(qtbot, view, notes + ".map(n => n.dataset.line)") == ["8", "10"]
        assert "hilang.png" in js(qtbot, view, notes + "[0].textContent")
        where = "#nz-body > .nz-refused-photo"  # the first: foto/hilang.png, line 8
        assert click_until(qtbot, view, where, view.line_clicked) == [8]
    finally:
        dispose(view)
