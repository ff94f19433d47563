"""A headline with marks that Markdown or a review would read (``<b>``, ``{++``, ``*``) is
the article's title as it was written, in every format: the escapes that keep those marks
text in the body (``&lt;``, ``&#123;``, ``\\*``) are the body's, never the plain title's,
which the page showed as ``&lt;b>`` (QA24 #11)."""

from __future__ import annotations

import html
from xml.sax.saxutils import escape

import pytest

from netizen_editor.article.model import Article
from netizen_editor.importing.front_matter import clean_title
from netizen_editor.importing.importer import import_document
from tests.importing.documents import docx_bytes, odt_bytes, p, pdf_bytes, r
from tests.importing.test_docx import NOW, SETTINGS, body_of

HEADLINE = "Banjir <b>Kemang</b> & Tarif {++Naik++} <<} 5 * 3 @akun_resmi &lt;"
TEXT = "JAKARTA - Warga menulis <b>tebal</b> dan {++tanda++} di grup media sosial pada Sabtu."


def _document(suffix: str) -> bytes:
    if suffix == ".txt":
        return f"{HEADLINE}\n\n{TEXT}\n".encode()
    if suffix == ".docx":
        return docx_bytes(p(r(escape(HEADLINE))) + p(r(escape(TEXT))))
    if suffix == ".odt":
        return odt_bytes(f"<text:p>{escape(HEADLINE)}</text:p><text:p>{escape(TEXT)}</text:p>")
    if suffix == ".pdf":
        return pdf_bytes([[HEADLINE], [TEXT]])  # a page each: the headline alone on its line
    return (
        f"<html><body><h1>{html.escape(HEADLINE)}</h1><p>{html.escape(TEXT)}</p></body></html>"
    ).encode()


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".odt", ".pdf", ".html"])
def test_the_title_is_the_headline_as_written_and_the_body_keeps_its_escapes(tmp_path, suffix):
    source = tmp_path / f"rilis{suffix}"
    source.write_bytes(_document(suffix))
    done = import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)
    assert Article.parse(done.text).meta["title"] == HEADLINE
    body = body_of(done.text)
    assert "&lt;b>tebal&lt;/b> dan &#123;++tanda++&#125;" in body  # the marks stay inert
    assert HEADLINE not in body


def test_a_title_undoes_only_the_escapes_and_keeps_the_text_of_its_marks():
    assert clean_title("5 \\* 3 \\_x\\_ @akun_resmi C:\\\\ Judul \\#\\#") == (
        "5 * 3 _x_ @akun_resmi C:\\ Judul ##"
    )
    assert clean_title("**tebal** _miring_ `kode` [a \\* b](https://a.b) R&D &amp;lt;") == (
        "tebal miring kode a * b R&D &lt;"
    )
