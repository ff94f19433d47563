"""Rich text pasted with a picture carried in it (a web page's or a mail's
``<img src="data:image/jpeg;base64,…">``): the text becomes Markdown and the picture is
stored as a pasted picture is, linked where it was (it was dropped without a word, as a saved
page's was on import: QA30 #2; then put after the paste: QA33 #7, see
``test_paste_pictures_in_place``); one that is no picture is said."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

from tests.gui import TIMEOUT
from tests.importing.test_data_pictures import carried

TEXT = "<p>Petani memulai <b>panen raya</b>.</p>"


def html_mime(html: str) -> QMimeData:
    mime = QMimeData()
    mime.setHtml(html)
    mime.setText("Petani memulai panen raya.")
    return mime


def test_a_pasted_picture_carried_in_the_html_is_stored_where_it_was(editor, qtbot, article_file):
    editor.article_file = lambda: article_file
    with qtbot.waitSignal(editor.images_inserted, timeout=TIMEOUT) as done:
        editor.insertFromMimeData(html_mime(TEXT + carried() + carried()))
    assert done.args[0] == ["![foto kegiatan](uji-coba_files/foto-1.jpg)"]  # stored once
    link = "![foto kegiatan](uji-coba_files/foto-1.jpg)"  # each use links the one file
    assert editor.text() == f"Petani memulai **panen raya**.\n\n{link}{link}"
    assert (article_file.parent / "uji-coba_files" / "foto-1.jpg").is_file()


def test_a_pasted_data_address_that_is_no_picture_is_said(editor, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr("netizen_editor.gui.editor.html_paste.QMessageBox.warning",
                        lambda parent, title, text: shown.append(text))  # fmt: skip
    editor.insertFromMimeData(html_mime(TEXT + carried(kind="text/html", alt="x")))
    assert editor.text() == "Petani memulai **panen raya**."
    assert shown == ["gambar tidak disertakan: gambar laman “x”: alamat data:-nya berisi "
                     "text/html, bukan gambar"]  # the core's words, in Indonesian  # fmt: skip


def test_a_lazy_page_s_photo_pastes_as_its_web_link_not_the_spacer(
    editor, article_file, monkeypatch
):
    # QA32 #1: the 1x1 placeholder was stored as the photo
    from tests.importing.test_data_picture_tags import SPACER

    shown: list[str] = []
    monkeypatch.setattr("netizen_editor.gui.editor.html_paste.QMessageBox.warning",
                        lambda parent, title, text: shown.append(text))  # fmt: skip
    editor.article_file = lambda: article_file
    editor.insertFromMimeData(html_mime(
        f'{TEXT}<img alt="Petani di sawah" src="{SPACER}" '
        'data-src="https://cdn.example.com/petani.jpg" loading="lazy">'))  # fmt: skip
    assert editor.text() == (
        "Petani memulai **panen raya**.\n\n![Petani di sawah](https://cdn.example.com/petani.jpg)"
    )
    assert editor.photo_jobs_running() == 0 and not editor.has_pending_images()
    assert shown == []


def test_a_refused_pasted_picture_is_named_by_its_alt_text(
    editor, qtbot, article_file, monkeypatch
):
    # QA32 #6: it was "image: terlalu besar …", the English word in the Indonesian sentence
    from tests.photo_factory import png_claiming

    shown: list[str] = []
    monkeypatch.setattr("netizen_editor.gui.editor.markdown_editor.QMessageBox.warning",
                        lambda parent, title, text: shown.append(text))  # fmt: skip
    editor.article_file = lambda: article_file
    with qtbot.waitSignal(editor.images_inserted, timeout=TIMEOUT):
        editor.insertFromMimeData(html_mime(TEXT + carried(png_claiming(30000, 30000), alt="bom")))
    assert shown == ["gambar laman “bom”: terlalu besar (terlalu banyak piksel)"]


def test_pasted_html_over_the_import_s_limit_pastes_its_plain_text(editor, monkeypatch):
    # QA32 #5: 1.1 GB of HTML was read on the window's thread for 51 s, every picture decoded
    from netizen_editor.importing import data_pictures

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr("netizen_editor.gui.editor.html_paste.QMessageBox.warning",
                        lambda parent, title, text: shown.append((title, text)))  # fmt: skip
    monkeypatch.setattr(data_pictures, "MAX_INPUT_BYTES", 2**20)
    read: list[str] = []
    monkeypatch.setattr(data_pictures, "take_out", lambda html: read.append(html))
    editor.insertFromMimeData(html_mime(TEXT + carried() + "<p>" + "isi " * 300_000 + "</p>"))
    assert editor.text() == "Petani memulai panen raya."
    assert read == []  # not read at all
    assert shown == [("Pasted as plain text", "HTML yang ditempel berukuran 2 MB, lebih "
                      "dari 1 MB: teksnya ditempel tanpa format dan gambarnya")]  # fmt: skip
