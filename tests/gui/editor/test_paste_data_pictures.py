"""Rich text pasted with a picture carried in it (a web page's or a mail's
``<img src="data:image/jpeg;base64,…">``): the text becomes Markdown and the picture is
stored as a pasted picture is, after it (it was dropped without a word, as a saved page's
was on import: QA30 #2); one that is no picture is said."""

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


def test_a_pasted_picture_carried_in_the_html_is_stored_after_the_text(editor, qtbot, article_file):
    editor.article_file = lambda: article_file
    with qtbot.waitSignal(editor.images_inserted, timeout=TIMEOUT) as done:
        editor.insertFromMimeData(html_mime(TEXT + carried() + carried()))
    assert done.args[0] == ["![foto kegiatan](uji-coba_files/foto-1.jpg)"]  # once
    assert editor.text() == (
        "Petani memulai **panen raya**.\n\n![foto kegiatan](uji-coba_files/foto-1.jpg)"
    )
    assert (article_file.parent / "uji-coba_files" / "foto-1.jpg").is_file()


def test_a_pasted_data_address_that_is_no_picture_is_said(editor, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr("netizen_editor.gui.editor.html_paste.QMessageBox.warning",
                        lambda parent, title, text: shown.append(text))  # fmt: skip
    editor.insertFromMimeData(html_mime(TEXT + carried(kind="text/html", alt="x")))
    assert editor.text() == "Petani memulai **panen raya**."
    assert shown == ["sebuah gambar tidak disertakan: gambar laman “x”: alamat data:-nya berisi "
                     "text/html, bukan gambar"]  # the core's words, in Indonesian  # fmt: skip
