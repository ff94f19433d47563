"""A document's own private-use characters are its text. The readers mark tracked changes and
comments (U+E000-U+E002), a footnote's place (U+E010), a link's text in a PDF (U+E000-U+E002)
and an escaped mark in a line of boilerplate (U+E000 plus its code) with characters of Unicode's
private use area; a document is planted text and may hold the same ones. Before, a Word or
LibreOffice paragraph holding them became an insertion by the document's first reviewer (or by
"unknown"), an HTML or PDF text a footnote reference, a PDF text a link to the page's link,
and U+E05B in a contact line a "[" in its comment."""

from __future__ import annotations

import pytest

from netizen_editor.importing.boilerplate import comment_boilerplate, plain_line
from netizen_editor.importing.html import pasted_markdown
from netizen_editor.importing.importer import import_document
from netizen_editor.review.marks import review_marks
from tests.importing.documents import ANI, T1, docx_bytes, ins, odt_bytes, p, pdf_of, r
from tests.importing.test_docx import NOW, SETTINGS, body_of

#: what the readers' markers look like: a change, a comment's range, a footnote's place
OWN = (
    "Simbol \ue000I1\ue001 tengah\ue002, \ue000C1\ue001 x \ue000c1\ue001 dan \ue0101\ue010 "
    "serta \ue05b\ue07b\ue0ff\ue100 di sini."
)


def _import(tmp_path, name: str, data: bytes):
    source = tmp_path / name
    source.write_bytes(data)
    return import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)


def _source_text(tmp_path) -> str:
    return (tmp_path / "rilis_files" / "source.txt").read_text(encoding="utf-8")


def test_a_word_documents_own_characters_are_its_text_and_its_changes_still_marks(tmp_path):
    body = p(r("Judul Rilis"), "Title") + p(r(OWN)) + p(r("Program ") + ins("baru", ANI, T1))
    done = _import(tmp_path, "rilis.docx", docx_bytes(body))
    assert OWN in body_of(done.text).splitlines()
    assert [(m.kind, m.author, m.text) for m in review_marks(done.text)] == [
        ("insert", ANI, "baru")
    ]
    assert OWN in _source_text(tmp_path)


def test_a_word_documents_own_characters_in_a_change_and_its_author(tmp_path):
    author = "Ani \ue000D1\ue001"
    body = p(r("Judul Rilis"), "Title") + p(r("Program ") + ins(OWN, author, T1))
    done = _import(tmp_path, "rilis.docx", docx_bytes(body))
    [mark] = review_marks(done.text)
    assert (mark.kind, mark.author, mark.text) == ("insert", author, OWN)


def test_a_libreoffice_documents_own_characters_are_its_text(tmp_path):
    body = (
        '<text:h text:outline-level="1">Judul Rilis</text:h>'
        f"<text:p>{OWN}</text:p>"
        '<text:p>Lihat <text:a xlink:href="https://desa.go.id/\ue000I1\ue001">situs</text:a>.'
        "</text:p>"
    )
    done = _import(tmp_path, "rilis.odt", odt_bytes(body))
    assert OWN in body_of(done.text).splitlines()
    assert "(https://desa.go.id/\ue000I1\ue001)" in done.text
    assert review_marks(done.text) == []


def test_a_web_pages_own_characters_are_its_text(tmp_path):
    page = (
        "<html><head><title>Judul Rilis</title></head><body><h1>Judul Rilis</h1>"
        f"<p>{OWN}</p><p>Rujukan &#xE010;2&#xE010; tertulis.</p></body></html>"
    )
    done = _import(tmp_path, "rilis.html", page.encode("utf-8"))
    body = body_of(done.text)
    assert OWN in body.splitlines()
    assert "Rujukan \ue0102\ue010 tertulis." in body
    assert "[^" not in body


def test_a_pasted_footnote_mark_of_the_text_is_text():
    html = '<p>Satu \ue0101\ue010 dua<sup><a href="#_ftn1">[1]</a></sup></p>'
    html += '<div id="ftn1"><p>Catatan \ue0102\ue010.</p></div>'
    assert pasted_markdown(html) == "Satu \ue0101\ue010 dua[^1]\n\n[^1]: Catatan \ue0102\ue010."


#: a font whose codes 1-4 are the private characters U+E000, U+E001, U+E002 and U+E010
_CMAP = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /Pribadi def
/CMapType 2 def
1 begincodespacerange
<00> <FF>
endcodespacerange
4 beginbfchar
<01> <E000>
<02> <E001>
<03> <E002>
<04> <E010>
endbfchar
endcmap
CMapName currentdict /CMap defineresource pop
end
end"""


def _pdf_with_own_characters() -> bytes:
    """A page whose second line shows a link's and a footnote's markers, and whose third line
    is a link to a web page."""
    lines = [b"Judul Rilis", b"Simbol \x010\x02tautan\x03 dan \x041\x04 di sini.",
             b"Kunjungi situs resmi kami."]  # fmt: skip
    stream = b"BT /F1 11 Tf 50 780 Td " + b"".join(b"(%s) Tj 0 -14 Td " % x for x in lines)
    stream += b"ET"
    return pdf_of([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 7 0 R >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /Font << /F1 3 0 R >> >> /Annots [6 0 R] >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Annot /Subtype /Link /Rect [40 745 400 760] "
        b"/A << /S /URI /URI (https://desa.go.id/) >> >>",
        b"<< /Length %d >>\nstream\n" % len(_CMAP) + _CMAP + b"\nendstream",
    ])  # fmt: skip


def test_a_pdfs_own_characters_are_its_text_and_its_link_still_a_link(tmp_path):
    done = _import(tmp_path, "rilis.pdf", _pdf_with_own_characters())
    body = body_of(done.text)
    own = "Simbol \ue0000\ue001tautan\ue002 dan \ue0101\ue010 di sini."
    assert own in body
    assert "[Kunjungi situs resmi kami.](https://desa.go.id/)" in body
    assert body.count("](") == 1 and "[^" not in body
    assert own in _source_text(tmp_path)


@pytest.mark.parametrize(
    "line",
    ["Dewi \ue05b0812\ue05d \\[kantor\\]", "\ue02a\ue02aBudi\ue02a\ue02a **tebal**"],
)
def test_a_boilerplate_line_keeps_its_own_characters(line):
    expected = line.replace("\\[", "[").replace("\\]", "]").replace("**tebal**", "tebal")
    assert plain_line(line) == expected
    assert expected in comment_boilerplate(f"Narahubung:\n\n{line}")
