"""The preview follows the photos its article names (``preview.image_watch``): a photo saved
into the article's folder after the render shows without a keystroke, one that goes leaves,
one rewritten shows its new pixels; other files in the folder render nothing, and a hidden
preview watches nothing until it is shown again."""

from __future__ import annotations

from netizen_editor.gui.preview.image_watch import SETTLE_MS
from tests.gui import TIMEOUT
from tests.gui.preview_fixtures import dispose, js, make_preview, show_first, write_png

ARTICLE = """\
---
title: Banjir Rob
image: utama.jpg
---
JAKARTA, Netizen.co.id - Banjir rob menggenangi permukiman warga.

![Tanggul](foto.jpg "Tanggul laut yang jebol. Foto: Budi")
"""

BODY = "Array.from(document.querySelectorAll('#nz-body img')).map(i => i.getAttribute('src'))"
WIDTHS = "Array.from(document.querySelectorAll('#nz-body img')).map(i => i.naturalWidth)"
FEATURED = "document.querySelectorAll('figure.featured-image img').length"
#: the notes shown where a refused photo would be (publish.refused_view): the files they name
NOTES = (
    "Array.from(document.querySelectorAll('.nz-refused-photo'))"
    ".map(n => n.textContent.split(' ')[3])"
)


def open_article(qtbot, tmp_path):
    article = tmp_path / "banjir.md"
    article.write_text(ARTICLE, encoding="utf-8")
    view = make_preview(qtbot)
    show_first(qtbot, view, ARTICLE, article)
    assert js(qtbot, view, BODY) == []  # foto.jpg is not there yet
    return article, view


def shows(qtbot, view, code, expected) -> None:
    qtbot.waitUntil(lambda: js(qtbot, view, code) == expected, timeout=TIMEOUT)


def test_a_photo_saved_into_the_folder_shows_without_typing(qtbot, tmp_path):
    _article, view = open_article(qtbot, tmp_path)
    try:
        assert js(qtbot, view, NOTES) == ["utama.jpg", "foto.jpg"]  # where they will be
        write_png(tmp_path / "foto.jpg", 160, 90)  # the journalist saves the photo
        shows(qtbot, view, BODY, ["foto.jpg"])
        shows(qtbot, view, WIDTHS, [160])
        assert js(qtbot, view, NOTES) == ["utama.jpg"]  # its note made way for it
        write_png(tmp_path / "utama.jpg", 320, 180)  # the featured photo too
        shows(qtbot, view, FEATURED, 1)
        assert js(qtbot, view, NOTES) == []

        write_png(tmp_path / "foto.jpg", 80, 45)  # edited in place: its new pixels show
        shows(qtbot, view, WIDTHS, [80])
        (tmp_path / "foto.jpg").unlink()  # and gone again
        shows(qtbot, view, BODY, [])
        assert js(qtbot, view, NOTES) == ["foto.jpg"]
    finally:
        dispose(view)


def test_other_files_in_the_folder_render_nothing(qtbot, tmp_path):
    article, view = open_article(qtbot, tmp_path)
    try:
        assert str(tmp_path) in view.images.watched()
        job = view.job
        write_png(tmp_path / "lain.jpg")  # a photo the article does not name
        article.with_name("catatan.txt").write_text("catatan", encoding="utf-8")
        qtbot.wait(SETTLE_MS * 3)
        assert view.job == job
        write_png(tmp_path / "foto.jpg")
        qtbot.waitUntil(lambda: view.job == job + 1, timeout=TIMEOUT)
        qtbot.wait(SETTLE_MS * 3)
        assert view.job == job + 1  # one render for the photo
    finally:
        dispose(view)


def test_a_hidden_preview_watches_nothing_and_looks_again_when_shown(qtbot, tmp_path):
    _article, view = open_article(qtbot, tmp_path)
    try:
        view.hide()
        assert view.images.watched() == []
        job = view.job
        write_png(tmp_path / "foto.jpg", 160, 90)
        qtbot.wait(SETTLE_MS * 3)
        assert view.job == job
        view.show()
        shows(qtbot, view, BODY, ["foto.jpg"])
        assert str(tmp_path / "foto.jpg") in view.images.watched()
    finally:
        dispose(view)


def test_a_photo_in_a_folder_made_afterwards_shows(qtbot, tmp_path):
    article = tmp_path / "banjir.md"
    text = ARTICLE.replace("](foto.jpg", "](banjir_files/foto.jpg")
    article.write_text(text, encoding="utf-8")
    view = make_preview(qtbot)
    try:
        show_first(qtbot, view, text, article)
        assert view.images.watched() == [str(tmp_path)]  # banjir_files/ is not there yet
        write_png(tmp_path / "banjir_files" / "foto.jpg", 160, 90)
        shows(qtbot, view, BODY, ["banjir_files/foto.jpg"])
    finally:
        dispose(view)


def test_a_file_that_is_not_an_image_is_left_out_until_a_photo_takes_its_place(qtbot, tmp_path):
    (tmp_path / "foto.jpg").write_text("Catatan liputan, bukan foto.\n", encoding="utf-8")
    _article, view = open_article(qtbot, tmp_path)  # left out, as the exports leave it out
    try:
        write_png(tmp_path / "foto.jpg", 160, 90)
        shows(qtbot, view, BODY, ["foto.jpg"])
        shows(qtbot, view, WIDTHS, [160])
    finally:
        dispose(view)
