"""The article's stable id: added once, through the front matter's key editing, nothing else
touched."""

from __future__ import annotations

import uuid

from netizen_editor.history.article_id import article_id, with_article_id
from tests.history.conftest import ARTICLE


def test_an_id_is_added_as_one_line_and_every_other_byte_stays():
    text, found = with_article_id(ARTICLE)
    assert found is not None and uuid.UUID(found)
    assert text.replace(f"id: {found}\n", "", 1) == ARTICLE
    assert article_id(text) == found


def test_an_article_that_has_an_id_keeps_it():
    text, found = with_article_id(ARTICLE)
    again, same = with_article_id(text)
    assert again == text and same == found


def test_crlf_and_comments_stay():
    original = "---\r\ntitle: Judul # catatan\r\n---\r\nIsi.\r\n"
    text, found = with_article_id(original)
    assert found is not None
    assert text == f"---\r\ntitle: Judul # catatan\r\nid: {found}\r\n---\r\nIsi.\r\n"


def test_an_article_without_front_matter_gets_one():
    text, found = with_article_id("Isi berita.\n")
    assert text == f"---\nid: {found}\n---\nIsi berita.\n"


def test_a_block_with_broken_yaml_gets_the_id_line_and_no_second_block():
    broken = "---\ntitle: [tidak ditutup\n---\nIsi.\n"
    text, found = with_article_id(broken)
    assert text == f"---\ntitle: [tidak ditutup\nid: {found}\n---\nIsi.\n"
    assert article_id(text) == found


def test_text_that_looks_like_an_unclosed_block_gets_no_id():
    unclosed = "---\ntitle: Judul\n\nIsi tanpa pagar penutup.\n"
    assert with_article_id(unclosed) == (unclosed, None)


def test_an_id_that_cannot_name_a_folder_is_not_used_nor_replaced():
    for bad in ("../../etc", "a/b", "..", "x" * 65, "''"):
        text = f"---\nid: {bad}\n---\nIsi.\n"
        assert article_id(text) is None
        assert with_article_id(text) == (text, None)
