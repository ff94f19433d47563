"""What a PDF that cannot be imported is refused with (QA24 #5): a one-page PDF whose page tree
says ``/Count 999999999`` was refused as having 999999999 pages (its word, now named as its
word), and pypdf's English reasons stood inside the Indonesian message ("Detected cyclic page
references."): the known ones are said in the user's words, another is named as pypdf's."""

from __future__ import annotations

from pathlib import Path

import pytest

from netizen_editor import i18n
from netizen_editor.importing.pdf import convert_pdf
from netizen_editor.importing.safety import DocumentError
from tests.importing.documents import pdf_of

_PAGE = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
         b"/Resources << /Font << /F1 5 0 R >> >>%s >>")  # fmt: skip
_TEXT = b"BT /F1 12 Tf 72 720 Td (Jakarta - Kementerian meluncurkan program desa.) Tj ET"
_REST = [b"<< /Length %d >>\nstream\n" % len(_TEXT) + _TEXT + b"\nendstream",
         b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]  # fmt: skip


def one_page(kids: bytes = b"3 0 R", count: int = 1, extra: bytes = b"") -> bytes:
    """A one-page PDF whose page tree lists ``kids`` and says it has ``count`` pages."""
    tree = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count)
    return pdf_of([b"<< /Type /Catalog /Pages 2 0 R >>", tree, _PAGE % extra, *_REST])


def refusal(data: bytes) -> str:
    with pytest.raises(DocumentError) as refused:
        convert_pdf(data, Path("rilis.pdf"))
    return refused.value.message


def test_the_page_count_the_pdf_claims_is_named_as_its_claim():
    assert "Jakarta - Kementerian" in convert_pdf(one_page(), Path("rilis.pdf")).plain
    assert refusal(one_page(count=999_999_999)) == (
        "refused: the PDF says it has 999999999 pages (at most 100)"
    )


def test_a_page_tree_in_a_loop_is_said_in_the_users_words():
    message = refusal(one_page(kids=b"2 0 R 3 0 R", count=2))
    assert message == (
        "the file is damaged or is not a PDF document (its pages refer to one another in a loop)"
    )
    language = i18n.language()
    i18n.set_language("id")
    try:
        message = refusal(one_page(kids=b"2 0 R 3 0 R", count=2))
    finally:
        i18n.set_language(language)
    assert message == (
        "berkas rusak atau bukan dokumen PDF (halaman-halamannya saling merujuk tanpa ujung)"
    )


def test_a_page_nested_past_pypdfs_depth_is_said_in_the_users_words():
    message = refusal(one_page(extra=b" /X " + b"[" * 100_000 + b"]" * 100_000))
    assert message == (
        "the file is damaged or is not a PDF document (its parts are nested too deeply to be read)"
    )


def test_another_reason_of_pypdfs_is_named_as_its_english():
    message = refusal(b"%PDF-1.4\n1 0 obj << /Type /Catalog")
    assert message.startswith("the file is damaged or is not a PDF document (the PDF reader says: ")
