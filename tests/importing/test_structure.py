"""A small document that asks too much of the converters (tens of thousands of paragraphs or
table cells in a few KB, tables nested 60 deep, a PDF of a million objects) is refused before
they run, with a message that says why; pypdf's repairs of a damaged PDF are a warning of the
import, not lines on the console (QA12 F6, F7, F9)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from netizen_editor.importing import structure
from netizen_editor.importing.importer import import_document
from netizen_editor.importing.safety import DocumentError
from tests.importing.documents import docx_bytes, odt_bytes, p, pdf_of, r
from tests.importing.test_docx import NOW, SETTINGS, body_of

TOO_MANY = r"refused: the document has \d+ paragraphs, list items and table cells \(at most 5000\)"
TOO_DEEP = "refused: its elements are nested more than 120 levels deep"
OPENING = p(r("Jakarta, 5 Desember 2026 – Pemerintah meluncurkan desa digital."))


def run_import(tmp_path: Path, data: bytes, name: str):
    source = tmp_path / name
    source.write_bytes(data)
    return import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)


def refused(tmp_path: Path, data: bytes, name: str, pattern: str) -> DocumentError:
    with pytest.raises(DocumentError, match=pattern) as caught:
        run_import(tmp_path, data, name)
    assert caught.value.path == tmp_path / name  # the message says which file
    assert not (tmp_path / "rilis.md").exists()
    return caught.value


def test_thirty_thousand_one_letter_paragraphs_in_a_word_file_are_refused(tmp_path):
    data = docx_bytes(OPENING + "<w:p><w:r><w:t>a</w:t></w:r></w:p>" * 30000)
    assert len(data) < 10_000
    error = refused(tmp_path, data, "rilis.docx", TOO_MANY)
    assert "30001 paragraphs" in str(error)


def test_a_word_table_of_thousands_of_cells_is_refused(tmp_path):
    cells = "".join(f"<w:tc>{p(r(str(n)))}</w:tc>" for n in range(3000))
    data = docx_bytes(OPENING + "<w:tbl>" + f"<w:tr>{cells}</w:tr>" * 2 + "</w:tbl>")
    refused(tmp_path, data, "rilis.docx", TOO_MANY)  # a cell and its paragraph: 12,003


def test_the_footnotes_of_a_word_file_count_too(tmp_path):
    notes = "".join(
        f'<w:footnote w:id="{n}">{p(r("catatan"))}</w:footnote>' for n in range(1, 5200)
    )
    refused(tmp_path, docx_bytes(OPENING, footnotes=notes), "rilis.docx", TOO_MANY)


@pytest.mark.parametrize("levels", [60, 100])
def test_word_tables_nested_deeper_than_any_page_get_the_plain_message(tmp_path, levels):
    inner = p(r("dalam"))
    for _ in range(levels):
        inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl>" + p(r("x"))
    error = refused(tmp_path, docx_bytes(OPENING + inner), "rilis.docx", TOO_DEEP)
    assert "recursion" not in str(error) and "damaged" not in str(error)


def test_a_word_file_within_the_limit_is_imported(tmp_path, monkeypatch):
    monkeypatch.setattr(structure, "MAX_BLOCKS", 4)
    cells = "".join(f"<w:tc>{p(r(word))}</w:tc>" for word in ("Desa", "120"))
    data = docx_bytes(OPENING + f"<w:tbl><w:tr>{cells}</w:tr></w:tbl>")  # 1 + 1 + 2 + 2 = 6
    refused(tmp_path, data, "rilis.docx", r"has 6 paragraphs.*\(at most 4\)")
    monkeypatch.setattr(structure, "MAX_BLOCKS", 6)
    done = run_import(tmp_path, data, "rilis.docx")
    assert "| Desa | 120 |" in body_of(done.text)


def test_thirty_thousand_paragraphs_in_an_odt_are_refused(tmp_path):
    data = odt_bytes("<text:p>Jakarta, 5 Desember 2026.</text:p>" + "<text:p>a</text:p>" * 30000)
    refused(tmp_path, data, "rilis.odt", TOO_MANY)


def test_an_odt_nested_too_deeply_is_refused_before_it_is_walked(tmp_path, monkeypatch):
    from netizen_editor.importing import odt

    inner = "<text:p>x</text:p>"
    for _ in range(150):
        inner = f"<text:list><text:list-item>{inner}</text:list-item></text:list>"
    monkeypatch.setattr(odt, "_Walker", None)  # never reached
    refused(tmp_path, odt_bytes("<text:p>Jakarta.</text:p>" + inner), "rilis.odt", TOO_DEEP)


@pytest.mark.parametrize(
    "body",
    [
        "<p>a</p>" * 6000,
        "<table>" + ("<tr>" + "<td>a</td>" * 3000 + "</tr>") * 2 + "</table>",
        "<ul><li>a<ul><li>b<ol><li>c</li></ol></li></ul></li></ul>" * 2000,
    ],
    ids=["paragraphs", "table", "lists"],
)
def test_a_web_page_of_thousands_of_blocks_is_refused(tmp_path, body):
    page = f"<html><head><title>Rilis</title></head><body><h1>Desa</h1>{body}</body></html>"
    refused(tmp_path, page.encode(), "rilis.html", TOO_MANY)


def _pdf(objects: list[str], *, xref: bool) -> bytes:
    """A one-page PDF of ``objects`` (numbered from 1), with or without its xref table."""
    return pdf_of([o.encode("latin-1") for o in objects], xref_table=xref)


TEXT = b"BT /F1 12 Tf 72 720 Td (Jakarta, 5 Desember 2026 - Desa digital diluncurkan.) Tj ET"
PAGE_OBJECTS = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Count 1 /Kids [ 3 0 R ] >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
    "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    f"<< /Length {len(TEXT)} >>\nstream\n{TEXT.decode()}\nendstream",
]


def test_a_pdf_of_more_objects_than_any_article_is_refused_before_pypdf_reads_it(
    tmp_path, monkeypatch
):
    import pypdf

    monkeypatch.setattr(structure, "MAX_PDF_OBJECTS", 20)
    monkeypatch.setattr(pypdf, "PdfReader", None)  # never reached
    data = _pdf(PAGE_OBJECTS + ["1"] * 16, xref=False)
    refused(tmp_path, data, "rilis.pdf", r"the PDF is made of 21 objects \(at most 20\)")


def test_pypdf_repairing_a_damaged_pdf_is_a_warning_not_console_output(tmp_path, caplog):
    caplog.set_level(logging.WARNING)
    done = run_import(tmp_path, _pdf(PAGE_OBJECTS, xref=False), "rilis.pdf")
    assert "Desa digital diluncurkan" in done.text
    assert "the PDF is damaged and was repaired as it was read: compare the text with the " \
           "original" in done.warnings  # fmt: skip
    assert [record for record in caplog.records if record.name.startswith("pypdf")] == []


def test_a_sound_pdf_has_no_repair_warning(tmp_path):
    done = run_import(tmp_path, _pdf(PAGE_OBJECTS, xref=True), "rilis.pdf")
    assert "Desa digital diluncurkan" in done.text
    assert not any("repaired" in warning for warning in done.warnings)
