"""QA20: a Word document whose properties (docProps/core.xml) held a NUL was refused in lxml's
words, "Invalid character: Char 0x0 out of allowed range, line 1, column 900203". A damaged
part is named now, with what is wrong with it and its line; damaged properties only cost the
title and the sender, in Word as in LibreOffice."""

from __future__ import annotations

from pathlib import Path

import pytest

from netizen_editor.article.model import Article
from netizen_editor.importing.safety import DocumentError, corrupt
from tests.importing.documents import docx_bytes, odt_bytes, p, r
from tests.importing.test_docx import run_import

HEADLINE = "Desa Digital di 3.000 Desa"
LEAD = "JAKARTA – Kementerian meluncurkan program Desa Digital di 3.000 desa."
DAMAGED = "the document's properties (its title and author) are damaged and were not read"


def test_a_word_document_s_damaged_properties_only_cost_its_title(tmp_path):
    data = docx_bytes(p(r(HEADLINE)) + p(r(LEAD)), title="Judul " * 1_000 + "A\x00x")
    done = run_import(tmp_path, data)
    assert done.warnings == [DAMAGED]
    meta = Article.parse(done.text).meta
    assert meta["title"] == HEADLINE and meta["source"] == ""  # not the creator, "Humas"


def test_a_libreoffice_document_s_damaged_properties_are_said(tmp_path):
    data = odt_bytes(f"<text:p>{HEADLINE}</text:p><text:p>{LEAD}</text:p>", title="A\x00x")
    done = run_import(tmp_path, data, "rilis.odt")
    assert done.warnings == [DAMAGED]
    assert Article.parse(done.text).meta["title"] == HEADLINE


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("A\x00x", "holds a character that is not allowed in it (a control character such as "
                   "NUL, on line 2): the file is damaged"),
        ("A&#1;x", "holds a character that is not allowed in it (a control character such as "
                   "NUL, on line 2): the file is damaged"),
        ("A<w:t>x", "is damaged: its markup is broken on line 2"),
    ],
)  # fmt: skip
def test_a_damaged_text_is_refused_naming_its_part_and_line(tmp_path, text, problem):
    with pytest.raises(DocumentError) as refused:
        run_import(tmp_path, docx_bytes(p(r(HEADLINE)) + p(r(text))))
    assert refused.value.message == f"word/document.xml in the document {problem}"


def test_a_part_in_another_encoding_that_is_not_text_is_said_so(tmp_path):
    parts = {"styles.xml": b'<?xml version="1.0" encoding="UTF-8"?><a>\xff</a>'}
    with pytest.raises(DocumentError) as refused:
        run_import(tmp_path, odt_bytes(f"<text:p>{LEAD}</text:p>", extra=parts), "rilis.odt")
    assert refused.value.message == (
        "styles.xml in the document holds bytes that are not text in its encoding (on line 1): "
        "the file is damaged"
    )


def test_a_reader_s_recursion_is_said_in_plain_words():
    error = corrupt(Path("rilis.docx"), "Word", RecursionError("maximum recursion depth exceeded"))
    assert error.message == (
        "the file is damaged or is not a Word document (its parts are nested too deeply to be read)"
    )
