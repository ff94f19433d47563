"""QA20: a 9 KB PDF of 300,000 text runs was refused only after the 10 s text budget (7.6 s of
work, 231 MB), and one of deeply nested arrays in Python's words ("maximum recursion depth
exceeded while calling a Python object"). A page is now refused at its operators' count, with
a reason a journalist can read."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from netizen_editor.importing import pdf, pdf_layout
from netizen_editor.importing.pdf import MAX_PAGE_TREE, MAX_PAGES, convert_pdf
from netizen_editor.importing.safety import DocumentError
from tests.importing.documents import pages_pdf, pdf_of

_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_TEXT = b"BT /F1 12 Tf 72 700 Td (JAKARTA - Pemerintah meluncurkan program desa digital.) Tj ET"


def _page(content: bytes, resources: bytes = b"", *, flate: bool = False) -> bytes:
    """A one-page PDF drawn with ``content``; ``resources``: more of the page's resources."""
    stream = zlib.compress(content, 9) if flate else content
    filters = b" /Filter /FlateDecode" if flate else b""
    return pdf_of([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >>" + resources + b" >> >>",
        b"<< /Length %d%s >>\nstream\n" % (len(stream), filters) + stream + b"\nendstream",
        _FONT,
        *([_form()] if resources else []),
    ])  # fmt: skip


def _form() -> bytes:
    content = b"BT /F1 12 Tf " + b"(a) Tj " * 100 + b"ET"
    return (
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 5 0 R"
        b" >> >> /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    )


def test_a_page_of_300000_text_runs_is_refused_at_its_operators_count():
    """The QA's 9 KB PDF: 1.5 million operators and values in one compressed stream. pypdf
    parses at most MAX_OPERATORS of a stream (its own limit is 2 million, 5 s here). Its
    300,000 text runs are written closer here: their 4.5 MB would be refused first as more
    than a page's stream may unpack to (test_pdf_streams)."""
    flood = b"BT /F1 12 Tf " + b"(a)Tj " * 300_000 + b"ET"
    with pytest.raises(DocumentError) as refused:
        convert_pdf(_page(flood, flate=True), Path("banjir.pdf"))
    assert refused.value.message == (
        "refused: page 1 of 1 is drawn with more than 200000 instructions, where a press "
        "release's page has a few thousand (is the PDF damaged?)"
    )


def test_a_form_drawn_again_and_again_is_counted_each_time(monkeypatch):
    """Each stream small, the page's operators many: a form of 100 text runs drawn 50 times
    (pypdf reads a form again each time it is drawn, up to 5,000 times a page)."""
    monkeypatch.setattr(pdf_layout, "MAX_OPERATORS", 1_000)
    page = _page(_TEXT + b" /Fm1 Do" * 50, b" /XObject << /Fm1 6 0 R >>")
    with pytest.raises(DocumentError, match=r"page 1 of 1 is drawn with more than 1000 instr"):
        convert_pdf(page, Path("form.pdf"))
    monkeypatch.setattr(pdf_layout, "MAX_OPERATORS", 10_000)
    assert "JAKARTA" in convert_pdf(page, Path("form.pdf")).plain  # 5,000-odd: read


def test_deeply_nested_arrays_are_refused_in_plain_words():
    page = _page(_TEXT + b" " + b"[" * 200_000 + b"]" * 200_000)
    with pytest.raises(DocumentError) as refused:
        convert_pdf(page, Path("sarang.pdf"))
    assert refused.value.message == (
        "refused: the PDF's contents are nested too deeply to be read (is it damaged?)"
    )


def _listed(monkeypatch) -> list[int]:
    """The pages pypdf lists (each built as a page object), counted as they are."""
    from pypdf._doc_common import PdfDocCommon

    listed: list[int] = []
    real = PdfDocCommon._flatten_leaf_page

    def counted(self, *args, **kwargs):
        listed.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(PdfDocCommon, "_flatten_leaf_page", counted)
    return listed


def test_a_pdf_of_too_many_pages_is_refused_before_its_pages_are_listed(monkeypatch):
    """A PDF of 20,000 pages took 2 s to be refused: pypdf built each page to count them. The
    count its page tree says is read first, and a PDF over the limit refused before a page is
    built."""
    listed = _listed(monkeypatch)
    with pytest.raises(DocumentError) as refused:
        convert_pdf(pages_pdf(MAX_PAGES + 1), Path("buku.pdf"))
    said = refused.value.message  # the page tree's word: it may lie (QA24 #5)
    assert said == f"refused: the PDF says it has {MAX_PAGES + 1} pages (at most 100)"
    assert listed == []


def test_a_page_tree_that_says_it_has_one_page_is_walked_only_so_far(monkeypatch):
    """Its count may lie: a tree that says 1 page and holds 3,000 is refused once pypdf has
    walked MAX_PAGE_TREE of its entries, and by the pages' count without that limit."""
    listed = _listed(monkeypatch)
    lying = pages_pdf(3000, claimed=1)
    with pytest.raises(DocumentError) as refused:
        convert_pdf(lying, Path("bohong.pdf"))
    assert "far larger than any press release's" in refused.value.message
    assert 0 < len(listed) <= MAX_PAGE_TREE
    monkeypatch.setattr(pdf, "MAX_PAGE_TREE", 100_000)
    with pytest.raises(DocumentError, match=r"the PDF has 3000 pages \(at most 100\)"):
        convert_pdf(lying, Path("bohong.pdf"))


def test_a_pdf_at_the_page_limit_is_read():
    assert convert_pdf(pages_pdf(MAX_PAGES), Path("tebal.pdf")).plain.count("Halaman") == 100


def _rebuilt_by_looking_ahead(text: str) -> str:
    """rebuild_paragraphs as it was: each line looked ahead for the next one not blank (40,000
    lines took 1.7 s, review RV4 #9); the one pass must read the lines the same."""
    from netizen_editor.importing.pdf_flow import BULLET, OPEN_END, SENTENCE_END, SHORT_LINE

    lines = [line.strip() for line in text.replace("\r", "\n").split("\n")]
    longest = max((len(line) for line in lines), default=0)
    out: list[str] = []
    for index, line in enumerate(lines):
        if not line:
            if out and out[-1]:
                out.append("")
            continue
        bullet = bool(BULLET.match(line))
        if (
            out
            and out[-1]
            and (bullet or BULLET.match(out[-1]))
            and not (bullet and BULLET.match(out[-1]))
        ):
            out.append("")
        out.append(line)
        following = next((later for later in lines[index + 1 :] if later), "")
        heading = not OPEN_END.search(line) and following[:1].isupper() and not bullet
        if len(line) < longest * SHORT_LINE and (SENTENCE_END.search(line) or heading):
            out.append("")
    return "\n".join(out).strip()


@given(st.lists(st.sampled_from(["", "  ", "Banjir rob.", "warga kota,", "• satu", "Judul",
                                 "merendam sedikitnya 300 rumah warga di pesisir utara", "(x",
                                 "- dua", "Pemerintah Kota"]), max_size=40))  # fmt: skip
def test_paragraphs_are_rebuilt_in_one_pass_as_by_looking_ahead(lines):
    from netizen_editor.importing.pdf_flow import rebuild_paragraphs

    text = "\n".join(lines)
    assert rebuild_paragraphs(text) == _rebuilt_by_looking_ahead(text)
