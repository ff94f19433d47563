"""A release with the sender's logo, its label, an official letter's head and a bold headline
(QA): once the logo was left out the import still took "after a logo, only a heading is the
title", so the story had no title and its dateline was not found (the bold headline stayed in
the body above it). With the logo left out the document is read as if it had none, in every
format that has a logo; the PDF's report no longer counts the logo as a photo without a
description."""

from __future__ import annotations

from pathlib import Path

import pytest

from netizen_editor.article.model import Article
from netizen_editor.importing.importer import Imported, import_document
from tests.importing.documents import REL, docx_bytes, image_run, odt_bytes, p, pdf_bytes, r
from tests.importing.test_docx import NOW, SETTINGS, body_of
from tests.importing.test_letter_head import COMMENT, HEAD, HEADLINE, LEAD
from tests.importing.test_logos import LEFT_OUT
from tests.photo_factory import jpeg_bytes, scene

MORE = "Program ini berjalan sampai 2027 di seluruh provinsi."
UNDESCRIBED = "{count} photo(s) have no description (alt text): write one for each in the article"
LOGO = jpeg_bytes(scene((400, 160)))


def _docx(folder: Path, logo: bool) -> bytes:
    rels = f'<Relationship Id="rTop" Type="{REL}/image" Target="media/logo.jpeg"/>'
    body = p(image_run("rTop", "Logo Kementerian")) if logo else ""
    body += p(r("SIARAN PERS")) + p("<w:r><w:br/></w:r>".join(r(line) for line in HEAD))
    body += p(r(HEADLINE, "<w:b/>")) + p(r(f"JAKARTA – {LEAD}")) + p(r(MORE))
    return docx_bytes(body, rels=rels if logo else "", media={"logo.jpeg": LOGO} if logo else {})


def _odt(folder: Path, logo: bool) -> bytes:
    top = ('<text:p><draw:frame draw:name="Logo"><draw:image xlink:href="Pictures/logo.jpg"/>'
           "</draw:frame></text:p>")  # fmt: skip
    body = (
        (top if logo else "")
        + "<text:p>SIARAN PERS</text:p><text:p>"
        + "<text:line-break/>".join(HEAD)
        + f'</text:p><text:p><text:span text:style-name="B">{HEADLINE}</text:span></text:p>'
        f"<text:p>JAKARTA – {LEAD}</text:p><text:p>{MORE}</text:p>"
    )
    return odt_bytes(body, pictures={"logo.jpg": LOGO} if logo else None)


def _pdf(folder: Path, logo: bool) -> bytes:
    lines = ["SIARAN PERS", "", *HEAD, "", HEADLINE, f"JAKARTA - {LEAD}", "", MORE]
    if not logo:
        return pdf_bytes([lines])
    return pdf_bytes([lines], image=LOGO, image_box=(50, 800, 120, 30))  # above the text


def _page(folder: Path, logo: bool) -> bytes:
    top = ""
    if logo:
        (folder / "siaran_files").mkdir()  # where a browser saved the page's pictures
        (folder / "siaran_files" / "logo.jpg").write_bytes(LOGO)
        top = '<p><img src="siaran_files/logo.jpg" alt="Logo Kementerian"></p>'
    return (
        f"<html><body>{top}<p>SIARAN PERS</p><p>{'<br>'.join(HEAD)}</p>"
        f"<p><b>{HEADLINE}</b></p><p>JAKARTA – {LEAD}</p><p>{MORE}</p></body></html>"
    ).encode()


DOCUMENTS = {
    "Word": ("rilis.docx", _docx, "logo.jpeg"),
    "LibreOffice": ("rilis.odt", _odt, "logo.jpg"),
    "PDF": ("rilis.pdf", _pdf, "picture Im1 on page 1"),
    "web page": ("siaran.html", _page, "logo.jpg"),
}


def _import(folder: Path, kind: str, logo: bool) -> Imported:
    name, make, _ = DOCUMENTS[kind]
    folder.mkdir()
    source = folder / name
    source.write_bytes(make(folder, logo))
    return import_document(source, folder / "rilis.md", SETTINGS, now=NOW)


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_after_the_logo_left_out_the_bold_headline_is_the_title(tmp_path, kind):
    done = _import(tmp_path / "logo", kind, logo=True)
    meta = Article.parse(done.text).meta
    assert (meta.get("title"), meta.get("dateline")) == (HEADLINE, "Jakarta")
    assert body_of(done.text) == f"{COMMENT}\n\n{LEAD}\n\n{MORE}\n"
    assert done.warnings == [LEFT_OUT.format(name=DOCUMENTS[kind][2])]  # no photo to describe
    assert done.images == 0
    plain = _import(tmp_path / "plain", kind, logo=False)  # the same document with no logo
    assert Article.parse(plain.text).meta | {"id": meta["id"]} == meta
    assert body_of(plain.text) == body_of(done.text)


def test_a_pdf_s_photo_without_a_description_is_still_said(tmp_path):
    lines = [HEADLINE, "", f"JAKARTA - {LEAD}", "", MORE]
    photo = jpeg_bytes(scene((1600, 1067)))
    source = tmp_path / "rilis.pdf"
    source.write_bytes(pdf_bytes([lines], image=photo, image_box=(50, 300, 400, 267)))
    done = import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)
    assert done.warnings == [UNDESCRIBED.format(count=1)]
    assert done.images == 1


def test_a_pdf_logo_on_every_page_is_no_photo_without_a_description(tmp_path):
    pages = [[HEADLINE, "", f"JAKARTA - {LEAD}"], [MORE]]
    source = tmp_path / "rilis.pdf"
    source.write_bytes(pdf_bytes(pages, image=LOGO, every_page=True, image_box=(50, 795, 120, 40)))
    done = import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)
    assert done.warnings == [LEFT_OUT.format(name="picture Im1 on page 1")]  # was "2 photo(s)"
