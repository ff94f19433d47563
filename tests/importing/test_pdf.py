"""A PDF's text becomes paragraphs again; a scan or a locked PDF is refused with one line."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter

from netizen_editor.article.model import Article
from netizen_editor.importing import pdf
from netizen_editor.importing.importer import import_document
from netizen_editor.importing.pdf import convert_pdf
from netizen_editor.importing.safety import DocumentError
from tests.importing.documents import pdf_bytes, pdf_of
from tests.importing.test_docx import NOW, SETTINGS, body_of
from tests.photo_factory import exif_bytes, jpeg_bytes, scene

PAGES = [
    [
        "Peluncuran Desa Digital",
        "JAKARTA - Kementerian meluncurkan program Desa Digital pada Sabtu",
        "pagi di Jakarta. Program ini menjangkau seribu desa di seluruh",
        "Indonesia.",
        "- Internet desa",
        "- Pelatihan warga",
        "Kata menteri, program ini penting bagi semua",
        "warga desa.",
    ],
    ["Halaman dua berisi kutipan menteri."],
]


def test_a_pdf_press_release_is_rebuilt_into_paragraphs(tmp_path):
    source = tmp_path / "rilis.pdf"
    source.write_bytes(pdf_bytes(PAGES, title="Desa Digital Diluncurkan"))
    done = import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)
    meta = Article.parse(done.text).meta
    assert (meta["title"], meta["source"]) == ("Peluncuran Desa Digital", "Humas Pemkot")
    assert Article.parse(done.text).meta["dateline"] == "Jakarta"
    assert body_of(done.text) == (  # the headline once; the other title property said
        "{>>@Impor: Title in the document's properties: Desa Digital Diluncurkan<<}\n\n"
        "Kementerian meluncurkan program Desa Digital pada Sabtu pagi di Jakarta. "
        "Program ini menjangkau seribu desa di seluruh Indonesia.\n\n"
        "- Internet desa\n- Pelatihan warga\n\n"
        "Kata menteri, program ini penting bagi semua warga desa.\n\n"
        "Halaman dua berisi kutipan menteri.\n"
    )
    source_text = (tmp_path / "rilis_files" / "source.txt").read_text(encoding="utf-8")
    assert "Kata menteri, program ini penting bagi semua warga desa." in source_text


def test_without_a_title_property_the_first_line_is_the_title(tmp_path):
    source = tmp_path / "rilis.pdf"
    source.write_bytes(pdf_bytes(PAGES))
    done = import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)
    assert Article.parse(done.text).meta["title"] == "Peluncuran Desa Digital"
    assert body_of(done.text).startswith("Kementerian")  # not twice; JAKARTA: the dateline


def test_a_scanned_pdf_without_text_says_so():
    with pytest.raises(DocumentError, match=r"no text \(a scanned document\?\)"):
        convert_pdf(pdf_bytes([[]]), Path("scan.pdf"))


def test_an_encrypted_pdf_is_refused():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes(PAGES))))
    writer.encrypt("rahasia", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(DocumentError, match="password-protected"):
        convert_pdf(out.getvalue(), Path("locked.pdf"))


def test_a_damaged_pdf_is_refused():
    with pytest.raises(DocumentError, match="damaged or is not a PDF"):
        convert_pdf(b"%PDF-1.4\n1 0 obj << /Type /Catalog", Path("broken.pdf"))


def test_a_pdf_s_photos_go_through_the_pipeline(tmp_path):
    photo = jpeg_bytes(scene((2400, 1800)), exif=exif_bytes())
    source = tmp_path / "rilis.pdf"
    source.write_bytes(pdf_bytes(PAGES, title="Desa Digital", image=photo))
    done = import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)
    assert "Indonesia.\n\n- Internet desa" in done.text
    picture = "peluncuran-desa-digital-1.jpg"  # named after the headline, the title
    assert f"warga desa.\n\n![](rilis_files/{picture})\n\nHalaman dua" in done.text
    with Image.open(tmp_path / "rilis_files" / picture) as image:
        assert max(image.size) <= 1600 and not image.getexif()


def test_a_pdf_s_scripts_are_left_out_with_a_warning():
    data = pdf_bytes(PAGES).replace(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>",
    )
    converted = convert_pdf(data, Path("aksi.pdf"))
    assert converted.warnings == [
        "scripts, frames and embedded objects were left out",
        # the longer catalog moved the objects its xref table points to
        "the PDF is damaged and was repaired as it was read: compare the text with the original",
    ]
    assert "app.alert" not in converted.markdown


def test_a_pdf_whose_pages_take_too_long_to_read_is_refused(monkeypatch):
    # a few KB whose pages share one huge content stream take minutes; the limit made tiny
    monkeypatch.setattr(pdf, "MAX_SECONDS", 0.0)
    with pytest.raises(DocumentError, match=r"took more than 0 s \(stopped at page 1 of 3\)"):
        convert_pdf(pdf_bytes([["Satu."], ["Dua."], ["Tiga."]]), Path("lambat.pdf"))


def test_one_page_that_takes_too_long_to_read_is_refused_while_it_is_read(monkeypatch):
    """A planted one-page PDF of 300,000 text lines kept pypdf busy for 13 s (the limit was
    looked at between pages only); its reading now stops at the limit (made small here; the
    page's 150,000 operators and values are fewer than a page may have)."""
    monkeypatch.setattr(pdf, "MAX_SECONDS", 0.01)
    page = pdf_bytes([["kata"] * 30_000])
    with pytest.raises(DocumentError, match=r"took more than 0.01 s \(stopped at page 1 of 1\)"):
        convert_pdf(page, Path("satu-halaman.pdf"))


def test_a_pdf_read_within_its_time_is_imported(monkeypatch):
    monkeypatch.setattr(pdf, "MAX_SECONDS", 60.0)
    assert "Tiga." in convert_pdf(pdf_bytes([["Satu."], ["Dua."], ["Tiga."]]), Path("a.pdf")).plain


def _tree_pdf(kids: int) -> bytes:
    """A tagged PDF whose structure tree's root has ``kids`` figures, each of which has the
    same array of kids again (a loop)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 5 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length 0 >>\nstream\n\nendstream",
        b"<< /Type /StructTreeRoot /K 6 0 R >>",
        b"[" + b"7 0 R " * kids + b"]",
        b"<< /S /Figure /Alt (Foto) /K 6 0 R >>",
    ]
    return pdf_of(objects)


def test_a_structure_tree_of_looping_wide_arrays_is_walked_in_bounded_memory():
    """Each of the 5,000 elements walked pushed all its kids: a planted 600 KB PDF (100,000
    kids that loop back) ran out of memory after 34 s; the elements waiting are bounded."""
    import tracemalloc

    reader = PdfReader(io.BytesIO(_tree_pdf(4000)))
    tracemalloc.start()
    try:
        found = pdf._descriptions(reader)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert found[:2] == ["Foto", "Foto"]
    assert len(found) < pdf.MAX_NODES
    assert peak < 20 * 1024 * 1024


def _picture_pdf(pictures: int, pages: int = 1, photos: list[bytes] | None = None) -> bytes:
    """A PDF of ``pages`` pages of one line, each drawing the same ``pictures`` pictures of
    raw pixels (FlateDecode, as a chart or a screenshot is saved), Im1 to ImN; ``photos``:
    JPEG photos (DCTDecode) instead."""
    text = b"BT /F1 12 Tf 72 720 Td (JAKARTA - Siaran pers uji.) Tj ET"
    content = text + b"".join(b" q 40 0 0 30 72 %d cm /Im%d Do Q" % (600 - 40 * n, n + 1)
                              for n in range(pictures))  # fmt: skip
    first = 5 + pages  # the pictures' objects: after the pages and their stream
    named = b" ".join(b"/Im%d %d 0 R" % (n + 1, first + n) for n in range(pictures))
    if photos is None:
        kinds = [(b"/FlateDecode", 2, zlib.compress(bytes([n]) * 4 * 3)) for n in range(pictures)]
    else:
        kinds = [(b"/DCTDecode", 64, photo) for photo in photos]
    drawn = [b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
             b"/BitsPerComponent 8 /Filter %s /Length %d >>\nstream\n"
             % (side, side, kind, len(data)) + data + b"\nendstream"
             for kind, side, data in kinds]  # fmt: skip
    kids = b" ".join(b"%d 0 R" % (4 + n) for n in range(pages))
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources "
            b"<< /Font << /F1 3 0 R >> /XObject << %s >> >> >>" % (4 + pages, named))  # fmt: skip
    return pdf_of([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *[page] * pages,
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        *drawn,
    ])  # fmt: skip


def test_a_picture_that_is_not_a_jpeg_photo_is_named_as_left_out(tmp_path):
    """QA35 #4: a FlateDecode picture was left out without a word (only JPEG photos are
    taken), where a Word document's or a web page's picture left out is named. One drawn on
    three pages is named once; past five, the rest are counted."""
    source = tmp_path / "grafik.pdf"
    source.write_bytes(_picture_pdf(1, pages=3))
    done = import_document(source, tmp_path / "grafik.md", SETTINGS, now=NOW)
    assert done.images == 0 and "![" not in done.text
    assert done.warnings == [
        "an image was left out: picture Im1 on page 1: it is not an image Netizen Editor can read"
    ]
    source.write_bytes(_picture_pdf(7))
    done = import_document(source, tmp_path / "tujuh.md", SETTINGS, now=NOW)
    assert done.warnings == [
        *(f"an image was left out: picture Im{n} on page 1: it is not an image Netizen Editor "
          "can read" for n in range(1, 6)),
        "2 more of the page's pictures were left out for such reasons",
    ]  # fmt: skip


def test_the_photos_past_the_pdfs_limit_are_said_to_be_left_out(tmp_path, monkeypatch):
    """They were left out without a word."""
    monkeypatch.setattr(pdf, "MAX_PHOTOS", 1)
    photos = [jpeg_bytes(scene((64, 48), seed)) for seed in (1, 2)]
    source = tmp_path / "foto.pdf"
    source.write_bytes(_picture_pdf(2, photos=photos))
    done = import_document(source, tmp_path / "foto.md", SETTINGS, now=NOW)
    assert done.images == 1
    assert "only the first 1 images were imported" in done.warnings
