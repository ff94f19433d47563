"""Paste and drop into the editor: images next to the article, HTML as Markdown, .md opens."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage

from netizen_editor.gui.editor.markdown_editor import MarkdownEditor


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "news" / "berita putin.md"
    path.parent.mkdir()
    path.write_text("Body\n", encoding="utf-8")
    return path


def red_square(size: int = 8) -> QImage:
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    return image


def image_mime(image: QImage) -> QMimeData:
    mime = QMimeData()
    mime.setImageData(image)
    return mime


def paste(qtbot, editor, mime: QMimeData) -> list[str]:
    """Paste and wait until the photo pipeline (in the thread pool) has inserted the links."""
    with qtbot.waitSignal(editor.images_inserted, timeout=20_000) as inserted:
        editor.insertFromMimeData(mime)
    return inserted.args[0]


def test_pasted_image_is_saved_as_png_and_linked(qtbot, editor, article):
    editor.article_file = lambda: article
    editor.setPlainText("Foto: ")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    paste(qtbot, editor, image_mime(red_square()))
    saved = article.parent / "berita putin_files" / "foto-1.png"
    assert saved.is_file()
    assert QImage(str(saved)).size() == red_square().size()
    assert editor.text() == "Foto: \n\n![](berita%20putin_files/foto-1.png)"  # its own block
    editor.undo()
    assert editor.text() == "Foto: "


def test_second_image_gets_the_next_free_name(qtbot, editor, article):
    editor.article_file = lambda: article
    paste(qtbot, editor, image_mime(red_square()))
    paste(qtbot, editor, image_mime(red_square(4)))
    folder = article.parent / "berita putin_files"
    assert sorted(p.name for p in folder.iterdir()) == ["foto-1.png", "foto-2.png"]
    assert "foto-2.png" in editor.text()


def test_a_pasted_image_is_named_after_the_article_title(qtbot, editor, article):
    editor.article_file = lambda: article
    editor.setPlainText("---\ntitle: Banjir Rob Jakarta\n---\nWarga mengungsi.\n")
    folder = article.parent / "berita putin_files"
    folder.mkdir()
    (folder / "banjir-rob-jakarta-1.png").write_bytes(b"lama")  # taken: never overwritten
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    assert paste(qtbot, editor, image_mime(red_square())) == [
        "![](berita%20putin_files/banjir-rob-jakarta-2.png)"
    ]
    assert (folder / "banjir-rob-jakarta-1.png").read_bytes() == b"lama"
    assert QImage(str(folder / "banjir-rob-jakarta-2.png")).size() == red_square().size()


def test_image_in_an_untitled_article_waits_for_a_save(editor, qtbot, article):
    with qtbot.waitSignal(editor.needs_save_for_image):
        editor.insertFromMimeData(image_mime(red_square()))
    assert editor.text() == ""
    assert editor.has_pending_images()
    editor.article_file = lambda: article  # the window saved the article
    with qtbot.waitSignal(editor.images_inserted, timeout=20_000):
        assert editor.insert_pending_images()
    assert editor.text() == "![](berita%20putin_files/foto-1.png)"
    assert not editor.has_pending_images()


def test_html_from_a_web_page_becomes_markdown(editor):
    mime = QMimeData()
    mime.setHtml(
        "<html><head><style>p{color:red}</style></head><body>"
        "<h2>Sub</h2><p>Teks <b>tebal</b> &amp; <a href='https://x.id'>tautan</a>.</p>"
        "<p><br></p><p></p><ul><li>satu</li><li>dua</li></ul><script>x()</script></body></html>"
    )
    mime.setText("Sub Teks tebal & tautan. satu dua")
    editor.insertFromMimeData(mime)
    assert editor.text() == "## Sub\n\nTeks **tebal** & [tautan](https://x.id).\n\n- satu\n- dua"
    editor.undo()
    assert editor.text() == ""


def test_word_html_pastes_as_a_document_imports(editor):
    """Word's clipboard: the import's conversion (issue 25): a footnote becomes a Markdown
    footnote, a picture on the disk (file:) and a link to a file go, nested lists nest."""
    mime = QMimeData()
    mime.setHtml(
        "<p class=MsoNormal>Menteri datang<a href='#_ftn1' name='_ftnref1'><sup>[1]</sup></a>"
        " ke <a href='file:///C:/rilis.docx'>desa</a>.</p>"
        "<p><img src='file:///C:/Users/x/AppData/Local/Temp/clip_image002.jpg' alt='Foto'></p>"
        "<ul><li>satu<ul><li>dua</li></ul></li></ul>"
        "<div id=ftn1><p><a href='#_ftnref1' name='_ftn1'>[1]</a> Data BPS.</p></div>"
    )
    mime.setText("Menteri datang ke desa.")
    editor.insertFromMimeData(mime)
    expected = "Menteri datang[^1] ke desa.\n\n- satu\n    - dua\n\n[^1]: Data BPS."
    assert editor.text() == expected


def test_styled_plain_text_pastes_as_its_plain_text(editor):
    mime = QMimeData()
    mime.setHtml('<div><span style="color:#569cd6">def</span> f(a_b):</div>')
    mime.setText("def f(a_b):")
    editor.insertFromMimeData(mime)
    assert editor.text() == "def f(a_b):"


def test_text_with_a_picture_of_itself_pastes_the_text(editor, article):
    editor.article_file = lambda: article
    mime = QMimeData()
    mime.setHtml("<p>Paragraf dari <i>Word</i></p>")
    mime.setImageData(red_square())
    editor.insertFromMimeData(mime)
    assert editor.text() == "Paragraf dari *Word*"
    assert not (article.parent / "berita putin_files").exists()


def test_plain_text_pastes_as_is(editor):
    mime = QMimeData()
    mime.setText("**sudah** Markdown\n- item")
    editor.insertFromMimeData(mime)
    assert editor.text() == "**sudah** Markdown\n- item"


def drop(editor: MarkdownEditor, paths: list[Path], at: QPointF | None = None) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        at or QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    editor.dropEvent(event)
    return event


def test_dropped_image_file_is_copied_and_linked_where_dropped(qtbot, editor, article, tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    photo = outside / "Foto Putin.jpg"
    assert red_square().save(str(photo), "JPG")
    original = photo.read_bytes()
    editor.article_file = lambda: article
    editor.setPlainText("Awal\n")
    with qtbot.waitSignal(editor.images_inserted, timeout=20_000):
        event = drop(editor, [photo], QPointF(2, 2))
    assert event.isAccepted()
    copied = article.parent / "berita putin_files" / "Foto-Putin.jpg"
    assert QImage(str(copied)).size() == red_square().size()  # the web copy, a JPEG
    assert photo.read_bytes() == original
    assert editor.text() == "![](berita%20putin_files/Foto-Putin.jpg)\n\nAwal\n"


def test_a_photo_dropped_on_the_blank_line_above_a_paragraph_is_its_own_figure(
    qtbot, make_window, tmp_path
):
    article = tmp_path / "banjir.md"
    article.write_text(
        "---\ntitle: Banjir\n---\nParagraf pembuka.\n\nWarga mengungsi ke balai kelurahan.\n",
        encoding="utf-8",
    )
    photo = tmp_path / "kamera" / "pengungsi.jpg"
    photo.parent.mkdir()
    assert red_square(64).save(str(photo), "JPG")
    window = make_window([article])
    tab = window.current_tab()
    editor = tab.editor
    blank = editor.textCursor()
    blank.setPosition(editor.document().findBlockByNumber(4).position())  # the blank line
    at = QPointF(editor.cursorRect(blank).center())
    with qtbot.waitSignal(editor.images_inserted, timeout=20_000):
        drop(editor, [photo], at)
    assert tab.editor_text().endswith(
        "Paragraf pembuka.\n\n![](kamera/pengungsi.jpg)\n\nWarga mengungsi ke balai kelurahan.\n"
    )


def test_dropped_image_inside_the_article_folder_is_linked_in_place(qtbot, editor, article):
    photo = article.parent / "img" / "a.png"
    photo.parent.mkdir()
    red_square().save(str(photo), "PNG")
    editor.article_file = lambda: article
    with qtbot.waitSignal(editor.images_inserted, timeout=20_000):
        drop(editor, [photo])
    assert editor.text() == "![](img/a.png)"
    assert not (article.parent / "berita putin_files").exists()


def test_dropped_markdown_file_asks_the_window_to_open_it(editor, qtbot, tmp_path):
    other = tmp_path / "lain.md"
    other.write_text("# Lain\n", encoding="utf-8")
    editor.setPlainText("tetap")
    with qtbot.waitSignal(editor.open_file_requested) as blocker:
        drop(editor, [other])
    assert blocker.args == [other]
    assert editor.text() == "tetap"


def html_mime(html: str) -> QMimeData:
    mime = QMimeData()
    mime.setHtml(html)
    mime.setText("plain")
    return mime


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        # the empty line under a paragraph: the paste's first paragraph is one of its own
        ("Panen raya.\n", 12, "Panen raya.\n\nSawah di Godean.\n\nKedua."),
        # an empty line above one: its last paragraph too
        ("Panen raya.\n\nLalu.", 12, "Panen raya.\n\nSawah di Godean.\n\nKedua.\n\nLalu."),
        ("\nLalu.", 0, "Sawah di Godean.\n\nKedua.\n\nLalu."),
        # inside a line's text it joins the line, as a word processor's paste does
        ("Panen raya ", 11, "Panen raya Sawah di Godean.\n\nKedua."),
    ],
)
def test_pasted_paragraphs_stay_their_own_on_an_empty_line(qtbot, editor, text, at, expected):
    editor.setPlainText(text)
    cursor = editor.textCursor()
    cursor.setPosition(at)
    editor.setTextCursor(cursor)
    editor.insertFromMimeData(html_mime("<p>Sawah di Godean.</p><p>Kedua.</p>"))
    assert editor.text() == expected
    editor.undo()
    assert editor.text() == text  # one step
