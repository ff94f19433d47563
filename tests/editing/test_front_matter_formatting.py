"""A formatting action asked in the front matter never writes Markdown among its fields: an ad
slot, a jump break or a "Baca juga" goes after the story's first paragraph (an ad before it is
one the checks call too early), a photo first in the body; anything else is refused."""

from __future__ import annotations

import pytest

from netizen_editor.article.model import Article
from netizen_editor.editing.formatting import InFrontMatter, apply_format, body_start

TEXT = "---\ntitle: Banjir\nslug: banjir\n---\nHujan deras.\n\nDua.\n"
IN_TITLE = TEXT.index("Banjir")


@pytest.mark.parametrize(
    ("kind", "block", "selected"),
    [
        ("ad", "[[ad]]", ""),
        ("jump_break", "<!--more-->", ""),
        ("baca_juga", "Baca juga: [Judul](https://)", "Judul"),
    ],
)
def test_a_block_asked_in_the_front_matter_goes_after_the_first_paragraph(kind, block, selected):
    edit = apply_format(TEXT, IN_TITLE, IN_TITLE + 3, kind)
    new = edit.apply(TEXT)
    assert new == f"---\ntitle: Banjir\nslug: banjir\n---\nHujan deras.\n\n{block}\n\nDua.\n"
    assert new[edit.sel_start : edit.sel_end] == selected
    article = Article.parse(new)
    assert article.meta == {"title": "Banjir", "slug": "banjir"}  # the fields are whole


def test_the_first_paragraph_is_the_storys_whole_paragraph_not_a_note():
    text = "---\ntitle: Banjir\n---\n{>>Tanggal siaran pers: 5 Desember<<}\n\nSatu\ndua.\n\nTiga.\n"
    new = apply_format(text, 5, 5, "ad").apply(text)
    assert new.endswith("<<}\n\nSatu\ndua.\n\n[[ad]]\n\nTiga.\n")


@pytest.mark.parametrize(
    ("kind", "block", "selected"),
    [("image", '![](image.jpg "Caption (Foto: credit)")', "image.jpg")],
)
def test_a_photo_asked_in_the_front_matter_goes_first_in_the_body(kind, block, selected):
    edit = apply_format(TEXT, IN_TITLE, IN_TITLE + 3, kind)
    new = edit.apply(TEXT)
    assert new == f"---\ntitle: Banjir\nslug: banjir\n---\n\n{block}\n\nHujan deras.\n\nDua.\n"
    assert new[edit.sel_start : edit.sel_end] == selected
    article = Article.parse(new)
    assert article.meta == {"title": "Banjir", "slug": "banjir"}  # the fields are whole


def test_on_the_closing_fence_too_and_without_a_body():
    closing = TEXT.index("---\nHujan")
    assert "Hujan deras.\n\n[[ad]]\n\nDua" in apply_format(TEXT, closing, closing, "ad").apply(TEXT)
    bare = "---\ntitle: Banjir\n---"
    assert apply_format(bare, 5, 5, "ad").apply(bare) == bare + "\n\n[[ad]]\n"


@pytest.mark.parametrize("kind", ["bold", "italic", "link", "heading", "quote", "list"])
def test_anything_else_is_refused_in_the_front_matter(kind):
    with pytest.raises(InFrontMatter):
        apply_format(TEXT, IN_TITLE, IN_TITLE + 6, kind)


def test_in_the_body_nothing_changes():
    at = body_start(TEXT)
    assert TEXT[at:].startswith("Hujan")
    assert apply_format(TEXT, at, at, "ad").apply(TEXT) == TEXT.replace(
        "Hujan deras.\n", "Hujan deras.\n\n[[ad]]\n"
    )
    assert apply_format(TEXT, at, at + 5, "bold").replacement == "**Hujan**"
    plain = "Tanpa front matter.\n"
    assert body_start(plain) == 0
    assert apply_format(plain, 0, 5, "bold").replacement == "**Tanpa**"


def test_a_line_with_text_between_two_comments_is_the_storys_paragraph():
    # the first paragraph is looked for with the grammar's review marks: a line that opens
    # and closes with a comment but has text between them is the story's
    text = "---\ntitle: Banjir\n---\n{>>a<<} Warga mengungsi. {>>b<<}\n\nDua.\n"
    new = apply_format(text, 5, 5, "ad").apply(text)
    assert new.endswith("{>>b<<}\n\n[[ad]]\n\nDua.\n")
