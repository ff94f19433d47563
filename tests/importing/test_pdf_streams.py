"""QA35 #3, #4: what a PDF's pages unpack to is measured before their text is read. A 36 KB PDF
whose 99 pages share one stream that unpacks to 20 MB was refused by the 10 s budget only
after 13.7 s (pypdf read the stream again for every page); a page whose stream unpacks to
200 MB after one line of text was refused as one "drawn with more than 200000 instructions"
(it has 4). A page's instructions are now refused past MAX_PAGE_BYTES, the pages' past
MAX_DOCUMENT_BYTES, a shared stream counted for each page, each said as it is."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from netizen_editor.importing import pdf, pdf_streams
from netizen_editor.importing.pdf import convert_pdf
from netizen_editor.importing.pdf_streams import MAX_PAGE_BYTES
from netizen_editor.importing.safety import DocumentError
from tests.importing.documents import pdf_of

_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_TEXT = b"BT /F1 12 Tf 72 720 Td (JAKARTA - Siaran pers uji.) Tj ET\n"
_PAGE = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
         b"/Resources << /Font << /F1 3 0 R >>%s >> >>")  # fmt: skip


def _stream(data: bytes, filters: int = 1, extra: bytes = b"") -> bytes:
    """A stream of ``data`` behind ``filters`` FlateDecode filters."""
    for _ in range(filters):
        data = zlib.compress(data, 9)
    names = b" ".join([b"/FlateDecode"] * filters)
    return (
        b"<< /Length %d /Filter [%s]%s >>\nstream\n" % (len(data), names, extra)
        + data
        + (b"\nendstream")
    )


def _pages(
    contents: list[bytes], shared: bool = False, resources: bytes = b"", more: bytes = b""
) -> bytes:
    """A PDF of a page for each of ``contents`` (``shared``: as many pages all drawn by the
    first one's stream); ``resources``: more of each page's resources, ``more``: the object
    after the pages' streams (a form they draw)."""
    count = len(contents)
    first = 4 + count  # the pages' objects, then their streams
    kids = b" ".join(b"%d 0 R" % (4 + n) for n in range(count))
    pages = [_PAGE % (first if shared else first + n, resources) for n in range(count)]
    streams = contents[:1] if shared else contents
    return pdf_of([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
        _FONT,
        *pages,
        *streams,
        *([more] if more else []),
    ])  # fmt: skip


def _refusal(data: bytes) -> str:
    with pytest.raises(DocumentError) as refused:
        convert_pdf(data, Path("bom.pdf"))
    return refused.value.message


@pytest.fixture
def read(monkeypatch) -> list[int]:
    """The pages whose text is read, counted as they are."""
    pages: list[int] = []
    real = pdf.read_page

    def counted(*args, **kwargs):
        pages.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(pdf, "read_page", counted)
    return pages


@pytest.mark.parametrize("filters", [1, 2])
def test_a_page_that_unpacks_past_its_limit_is_refused_as_too_big_before_it_is_read(filters, read):
    """The QA's pages: one line of text, then blanks (behind one or two FlateDecode filters);
    pypdf's decoders stop just past the limit."""
    page = _pages([_stream(_TEXT + b" " * MAX_PAGE_BYTES, filters)])
    assert _refusal(page) == (
        "refused: the drawing instructions of page 1 of 1 unpack to more than 4 MB, where a "
        "press release's page has less than 1 MB of them (is the PDF damaged?)"
    )
    assert read == []


def _form(size: int) -> bytes:
    return _stream(b" " * size, extra=b" /Type /XObject /Subtype /Form /BBox [0 0 612 792]")


def test_a_form_the_page_draws_counts_in_its_instructions(monkeypatch, read):
    monkeypatch.setattr(pdf_streams, "MAX_PAGE_BYTES", 64 * 1024)
    content = [_stream(_TEXT + b" /Fm1 Do")]
    drawn = b" /XObject << /Fm1 6 0 R >>"
    assert (
        "JAKARTA" in convert_pdf(_pages(content, False, drawn, _form(40_000)), Path("a.pdf")).plain
    )
    twice = b" /XObject << /Fm1 6 0 R /Fm2 6 0 R >>"  # one form under two names: once
    assert (
        "JAKARTA" in convert_pdf(_pages(content, False, twice, _form(40_000)), Path("a.pdf")).plain
    )
    read.clear()
    assert _refusal(_pages(content, False, drawn, _form(70_000))).startswith(
        "refused: the drawing instructions of page 1 of 1 unpack to more than 64 KB, "
    )
    assert read == []


def test_pages_that_share_one_stream_are_refused_before_a_page_is_read(monkeypatch, read):
    """The QA's 36 KB PDF, made small: 30 pages drawn by one stream of 100 KB, where the
    pages may unpack to 1 MB in all; pypdf reads a page's stream again for each page."""
    monkeypatch.setattr(pdf_streams, "MAX_DOCUMENT_BYTES", 1024 * 1024)
    shared = [_stream(_TEXT + b" " * 100_000)] * 30
    assert _refusal(_pages(shared, shared=True)) == (
        "refused: page after page of the PDF draws the same 98 KB of instructions, read again "
        "for each page: more than 1 MB in all by page 11 of 30 (is the PDF damaged?)"
    )
    assert read == []
    assert convert_pdf(_pages(shared[:10], shared=True), Path("a.pdf")).plain.count("JAK") == 10


def test_pages_whose_streams_come_to_too_much_in_all_are_refused(monkeypatch, read):
    monkeypatch.setattr(pdf_streams, "MAX_DOCUMENT_BYTES", 1024 * 1024)
    pages = [_stream(_TEXT + b" " * 100_000 + b"%%%d" % n) for n in range(30)]
    assert _refusal(_pages(pages)) == (
        "refused: the drawing instructions of the PDF's pages unpack to more than 1 MB in all "
        "by page 11 of 30, where a press release's come to a few MB (is the PDF damaged?)"
    )
    assert read == []


def test_a_stream_that_does_not_unpack_is_left_to_the_reading_as_before():
    broken = b"<< /Length 12 /Filter /FlateDecode >>\nstream\nnot a stream\nendstream"
    assert _refusal(_pages([broken])).startswith("this PDF has no text")


def _garbage(size: int, seed: int = 0) -> bytes:
    """A FlateDecode stream of ``size`` bytes that are no deflate data after zlib's header:
    pypdf tries to repair it a byte at a time (a planted 4.9 MB one took 6 s)."""
    import random

    data = b"\x78\x9c" + random.Random(seed).randbytes(size)
    return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"


def test_a_damaged_stream_too_long_to_repair_is_refused_as_damaged(monkeypatch, read):
    monkeypatch.setattr(pdf_streams, "MAX_REPAIRED", 64 * 1024)
    assert _refusal(_pages([_stream(_TEXT), _garbage(100_000)])) == (
        "refused: the drawing instructions of page 2 of 2 are damaged past repair (is the PDF "
        "damaged?)"
    )
    assert read == []


def test_no_stream_is_unpacked_once_the_time_is_up(monkeypatch, read):
    """The measuring keeps the reading's deadline: pages of damaged streams, each repaired a
    byte at a time, took 6 s a stream before a page was read."""
    from pypdf import filters

    unpacked: list[int] = []
    real = filters.decompress
    monkeypatch.setattr(filters, "decompress", lambda data: unpacked.append(1) or real(data))
    monkeypatch.setattr(pdf, "MAX_SECONDS", 0.0)
    pages = _pages([_garbage(1000, seed) for seed in range(5)])
    assert (
        _refusal(pages)
        == "refused: reading the PDF's text took more than 0 s (stopped at page 1 of 5)"
    )
    assert unpacked == [] and read == []
