"""Three letterhead shapes a reporter's releases had (QA16): a bold dateline with its dash
inside the bold, a logo, label and reference number above the headline, and a PDF whose
``/Title`` names the event rather than the story (with ``-selesai-`` glued to the contact)."""

from __future__ import annotations

import pytest

from netizen_editor.article.model import Article
from netizen_editor.grammar.inline import only_comments
from netizen_editor.importing.boilerplate import drop_end_marks
from netizen_editor.importing.dateline import split_dateline
from netizen_editor.importing.front_matter import is_reference, split_title
from netizen_editor.importing.importer import import_document
from tests.importing.documents import REL, docx_bytes, image_run, p, pdf_bytes, r
from tests.importing.test_docx import NOW, SETTINGS, body_of
from tests.photo_factory import jpeg_bytes, scene

LEAD = "Kementerian meluncurkan program Desa Digital di 3.000 desa."

BOLD_DASHES = [
    (f"**JAKARTA –** {LEAD}", "Jakarta", LEAD, ""),
    (f"**JAKARTA – **{LEAD}", "Jakarta", LEAD, ""),
    (f"__JAKARTA -__ {LEAD}", "Jakarta", LEAD, ""),
    (f"**Jakarta, 4 Desember 2026 –** {LEAD}", "Jakarta", LEAD, "Jumat, 4 Desember 2026"),
    ("**JAKARTA –** Kementerian **Komdigi** datang.", "Jakarta", "Kementerian **Komdigi** datang.",
     ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "city", "rest", "date"), BOLD_DASHES)
def test_a_dateline_with_its_dash_inside_the_bold_is_read(text, city, rest, date):
    assert split_dateline(text) == (city, rest, date)
    assert split_dateline(f"![](logo.png)\n\n{text}").body == f"![](logo.png)\n\n{rest}"


@pytest.mark.parametrize(
    "text", ["**Jakarta –** Bandung kini terhubung kereta cepat.", "**JAKARTA –**"]
)
def test_a_bold_city_and_dash_before_no_sentence_stays_text(text):
    assert split_dateline(text) == ("", text, "")


def test_only_a_line_of_a_reference_number_is_one():
    assert is_reference("Nomor: 215/HM/KOMDIGI/12/2026") and is_reference("No. 045/SP/XII/2026")
    assert is_reference("**Nomor Siaran Pers: SP-12/2026**") and is_reference("Ref: 12")
    assert not is_reference("No 1 di Indonesia") and not is_reference("Nomor: dua")
    assert not is_reference("Nomor 215/HM/2026 menetapkan tarif baru bagi seluruh warga kota.")


LETTERHEAD = (
    "![Logo](logo.png)\n\n**SIARAN PERS**\n\nNomor: 215/HM/KOMDIGI/12/2026\n\n"
    f"# DESA DIGITAL DI 3.000 DESA\n\n**JAKARTA –** {LEAD}\n\nLagi."
)


def test_a_label_and_a_reference_number_between_the_logo_and_the_headline():
    title, body = split_title(LETTERHEAD, "")
    assert title == "DESA DIGITAL DI 3.000 DESA"
    assert body == (
        "![Logo](logo.png)\n\n{>>@Impor: Nomor: 215/HM/KOMDIGI/12/2026<<}\n\n"
        f"**JAKARTA –** {LEAD}\n\nLagi."
    )
    assert split_dateline(body)[:2] == ("Jakarta", body.replace("**JAKARTA –** ", ""))


def test_a_word_letterhead_with_logo_label_and_number_imports_as_its_story(tmp_path):
    logo = f'<Relationship Id="rLogo" Type="{REL}/image" Target="media/logo.jpeg"/>'
    body = "".join(
        [
            p(image_run("rLogo", "Logo Komdigi")),
            p(r("SIARAN PERS", "<w:b/>")),
            p(r("Nomor: 215/HM/KOMDIGI/12/2026")),
            p(r("DESA DIGITAL DI 3.000 DESA"), "Heading1"),
            p(r("JAKARTA –", "<w:b/>") + r(f" {LEAD}")),
        ]
    )
    data = docx_bytes(body, rels=logo, media={"logo.jpeg": jpeg_bytes(scene((400, 160)))})
    source = tmp_path / "rilis.docx"
    source.write_bytes(data)
    done = import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)
    meta = Article.parse(done.text).meta
    assert (meta["title"], meta["dateline"]) == ("DESA DIGITAL DI 3.000 DESA", "Jakarta")
    assert body_of(done.text) == f"{{>>@Impor: Nomor: 215/HM/KOMDIGI/12/2026<<}}\n\n{LEAD}\n"
    assert done.images == 0  # the logo is left out (test_logos.py)


def test_the_headline_the_body_starts_with_is_the_title_not_the_title_property():
    title, body = split_title("SIARAN PERS\n\n# Pemkot Gelar Festival\n\nIsi.", "Festival 2026")
    assert title == "Pemkot Gelar Festival"
    note, rest = body.split("\n\n", 1)
    assert only_comments(note) and "Festival 2026" in note and rest == "Isi."
    assert split_title("# Judul\n\nIsi.", "Microsoft Word - rilis.docx") == ("Judul", "Isi.")
    assert split_title("Isi panjang.\n\nLagi.\n\n# Sub", "Festival") == (
        "Festival",
        "Isi panjang.\n\nLagi.\n\n# Sub",
    )  # no headline first: the property


@pytest.mark.parametrize(
    "mark", ["-selesai-", "-SELESAI-", "**-selesai-**", "###", "\\#\\#\\#", "-end-", "(*)"]
)
def test_an_end_mark_at_the_end_of_the_last_line_goes(mark):
    body = f"Isi.\n\nNarahubung:\nTelp. (022) 1234567 {mark}\n"
    assert drop_end_marks(body) == "Isi.\n\nNarahubung:\nTelp. (022) 1234567\n"
    assert drop_end_marks(f"Kata dia. {mark}\n\n{{>>@Impor: Kontak<<}}") == (
        "Kata dia.\n\n{>>@Impor: Kontak<<}"
    )
    middle = f"Adegan satu. {mark}\n\nAdegan dua."
    assert drop_end_marks(middle) == middle  # only the story's last line


def test_a_pdf_headline_is_the_title_and_a_glued_end_mark_goes(tmp_path):
    lines = [
        "SIARAN PERS",
        "Pemkot Bandung Gelar Festival Kuliner",
        "Kota Bandung, Sabtu (5/12/2026) - Pemerintah Kota Bandung menggelar festival kuliner di",
        "Jalan Asia Afrika.",
        "Narahubung:",
        "Telp. (022) 1234567 -selesai-",
    ]
    source = tmp_path / "rilis.pdf"
    source.write_bytes(pdf_bytes([lines], title="Festival Kuliner Nusantara 2026"))
    done = import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)
    meta = Article.parse(done.text).meta
    assert (meta["title"], meta["dateline"]) == ("Pemkot Bandung Gelar Festival Kuliner",
                                                 "Kota Bandung")  # fmt: skip
    body = body_of(done.text)
    assert "# " not in body and "selesai" not in body and "1234567<<}" in body
    assert "{>>@Impor: Title in the document's properties: Festival Kuliner Nusantara 2026<<}" in (
        body
    )


def test_a_text_s_reference_number_and_a_first_sentence_are_no_headline():
    from netizen_editor.importing.boilerplate import is_end_mark
    from netizen_editor.importing.plain import paragraphs_html

    html = paragraphs_html("SIARAN PERS\n\nNomor: 12/HM/2026\n\nJudul Berita\n\nIsi.")
    assert "<p>Nomor: 12/HM/2026</p><h1>Judul Berita</h1>" in html
    assert "<h1>" not in paragraphs_html("Program ini menjangkau 1.000 desa di Indonesia.")
    assert is_end_mark("(*)") and is_end_mark("(\\*)")
