"""With the cursor in the front matter, the insert actions never write among its fields (the
ad slot's button put ``[[ad]]`` into the YAML): a block goes into the body, with the cursor;
formatting and comments are refused; the status bar says which."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from netizen_editor.article.model import Article
from tests.samples import TEST_ARTICLE

FRONT = TEST_ARTICLE[: TEST_ARTICLE.index("Netizen.co.id - ")]


def cursor_in_title(tab) -> None:
    cursor = tab.editor.textCursor()
    cursor.setPosition(TEST_ARTICLE.index("Uji Coba"))
    tab.editor.setTextCursor(cursor)


def test_the_ad_slot_goes_after_the_first_paragraph_with_the_cursor(make_window, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    cursor_in_title(tab)
    window.registry["ad"].trigger()
    text = tab.editor_text()
    first = TEST_ARTICLE[len(FRONT) :].split("\n\n", 1)[0]
    assert text.startswith(FRONT + first + "\n\n[[ad]]\n\n")
    assert Article.parse(text).meta["title"] == "Judul Uji Coba"  # the YAML is whole
    assert tab.editor.textCursor().position() > len(FRONT)  # out of the front matter
    assert "added to the article text" in window.statusBar().currentMessage()
    tab.editor.undo()
    assert tab.editor_text() == TEST_ARTICLE  # one step


def test_formatting_in_the_front_matter_is_refused_and_says_why(make_window, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    for key in ("bold", "heading", "list", "link"):
        cursor_in_title(tab)
        window.registry[key].trigger()
        assert tab.editor_text() == TEST_ARTICLE, key
    assert "put the cursor in the article text" in window.statusBar().currentMessage()


def test_a_comment_in_the_front_matter_is_refused_before_it_is_asked(make_window, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    asked: list[bool] = []
    window.review_dock.ask_comment = lambda: asked.append(True) or "Cek judul"
    cursor_in_title(tab)
    window.registry["add_comment"].trigger()
    assert asked == [] and tab.editor_text() == TEST_ARTICLE


def test_an_embed_goes_first_in_the_body(make_window, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    window.inserter.ask_text = lambda _title, _label: "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    cursor_in_title(tab)
    window.registry["embed"].trigger()
    text = tab.editor_text()
    assert text.startswith(FRONT)
    body = text[len(FRONT) :]
    assert "youtube" in body[: body.index("Netizen.co.id - ")]
    assert Article.parse(text).meta["title"] == "Judul Uji Coba"


def test_in_the_body_the_ad_slot_stays_where_the_cursor_is(make_window, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    cursor = tab.editor.textCursor()
    cursor.setPosition(TEST_ARTICLE.index("Teks bagian kedua."))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    tab.editor.setTextCursor(cursor)
    window.registry["ad"].trigger()
    assert "Teks bagian kedua.\n\n[[ad]]\n" in tab.editor_text()
    assert tab.editor_text().startswith(FRONT + "Netizen.co.id - ")
