"""A release that starts with its sender's name in capitals and its address, above its label
and letter head (``KEMENTERIAN DESA ...``, ``Jl. ... Telp. ...``, ``SIARAN PERS``, ``Nomor:
...``): the name became the article's title and the address, label and number stayed in the
body above the real headline, in every format. The name and address are the letter head's
review comment now and the headline under them the title; a headline in capitals with nothing
of a letterhead under it stays the title."""

from __future__ import annotations

import pytest

from netizen_editor.article.model import Article
from netizen_editor.importing import sender
from netizen_editor.importing.front_matter import is_label, letterhead_sender, split_title
from netizen_editor.importing.letter import MAX_LINE_CHARS
from tests.importing.documents import REL, docx_bytes, image_run, odt_bytes, p, pdf_bytes, r
from tests.importing.test_docx import body_of, run_import
from tests.photo_factory import jpeg_bytes, scene

NAME = "KEMENTERIAN DESA DAN DAERAH TERTINGGAL"
ADDRESS = "Jl. Kalibata Raya No. 17, Jakarta 12750 Telp. (021) 7989924"
NUMBER = "Nomor: 12/HM/III/2026"
HEADLINE = "Menteri Resmikan 100 Desa Digital di Jawa Tengah"
LEAD = "Menteri Desa meresmikan 100 desa digital di Jawa Tengah pada Senin."
OPENING = f"JAKARTA – {LEAD}"
COMMENT = "{>>@Impor: " + f"{NAME}\n{ADDRESS}\n{NUMBER}" + "<<}"
CAPITALS = "BANJIR ROB RENDAM TIGA DESA DI PESISIR UTARA"

PROVINCE = ["PEMERINTAH PROVINSI JAWA BARAT", "DINAS KOMUNIKASI DAN INFORMATIKA"]
COMPANY = ["PT BANK RAKYAT INDONESIA (PERSERO) Tbk", "Gedung BRI I", "Jl. Jenderal Sudirman 44"]


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        ([NAME, ADDRESS, "SIARAN PERS", NUMBER, HEADLINE], (2, True)),
        ([NAME, "SIARAN PERS", HEADLINE], (1, False)),
        ([*PROVINCE, "Jl. Tamansari No. 55, Bandung 40132", "Laman: jabarprov.go.id"], (4, True)),
        ([*COMPANY, "Telp. (021) 2510244 | www.bri.co.id", "PRESS RELEASE"], (4, True)),
        (["BADAN PUSAT STATISTIK", "Gedung Utama", "JAKARTA 10710", HEADLINE], (3, True)),
        (["KEMENTERIAN PARIWISATA", "Gedung Sapta Pesona", HEADLINE], (1, False)),
        ([CAPITALS, "Warga dapat menghubungi 0812-3456-7890 untuk melapor"], (1, False)),
        ([CAPITALS, "Jl. Sudirman tergenang. Warga mengungsi ke masjid."], (1, False)),
        ([HEADLINE, ADDRESS], (0, False)),  # a name is in capitals
        (["SIARAN PERS", NAME, ADDRESS], (0, False)),  # a label is no name
        (["JAKARTA –", ADDRESS], (0, False)),
        ([NAME] * 5 + [ADDRESS], (0, False)),  # four lines of a name at most
    ],
)
def test_the_sender_s_lines_are_a_name_in_capitals_and_an_address(lines, found):
    assert sender.sender_length(lines, is_label) == found


def _body(*blocks: str) -> str:
    return "\n\n".join(blocks)


@pytest.mark.parametrize(
    "body",
    [
        _body(NAME, ADDRESS, "SIARAN PERS", NUMBER, HEADLINE, OPENING),
        _body(f"**{NAME}**\\\n{ADDRESS}\\\nSIARAN PERS\\\n{NUMBER}", f"**{HEADLINE}**", OPENING),
        _body(f"# {NAME}", f"{ADDRESS}\\\n{NUMBER}", f"## {HEADLINE}", OPENING),
        _body(f"{NAME}\\\n{ADDRESS}", "PRESS RELEASE", NUMBER, f"# {HEADLINE}", OPENING),
    ],
)
def test_the_sender_s_name_and_address_are_the_letter_head_s_comment(body):
    assert split_title(body, "") == (HEADLINE, f"{COMMENT}\n\n{OPENING}")


def test_the_letter_s_date_under_the_address_goes_with_it_never_the_title():
    """The date was the title: ``Jakarta, 7 Desember 2026`` is a short line, no sentence."""
    for date in ("Jakarta, 7 Desember 2026", "Senin, 7 Desember 2026"):
        body = _body(NAME, ADDRESS, "SIARAN PERS", date, HEADLINE, OPENING)
        note = "{>>@Impor: " + f"{NAME}\n{ADDRESS}\n{date}" + "<<}"
        assert split_title(body, "") == (HEADLINE, f"{note}\n\n{OPENING}")


def test_a_label_alone_under_the_name_and_a_whole_letter_s_head_go_with_it():
    head = ["Jakarta, 5 Desember 2026", "Nomor : 123/HUMAS/XII/2026", "Perihal : Undangan"]
    body = _body(*PROVINCE, "SIARAN PERS", *head, f"# {HEADLINE}", OPENING)
    note = "{>>@Impor: " + "\n".join([*PROVINCE, *head]) + "<<}"
    assert split_title(body, "") == (HEADLINE, f"{note}\n\n{OPENING}")
    logo = f"![Logo](logo.png)\n\n{body}"
    assert split_title(logo, "", lambda block: True) == (HEADLINE, f"{note}\n\n{OPENING}")


@pytest.mark.parametrize(
    "body",
    [
        _body(CAPITALS, OPENING),
        _body(CAPITALS, "Ribuan warga mengungsi ke balai desa", OPENING),
        _body(CAPITALS, NUMBER, OPENING),  # a number under the headline: no headline after it
        _body(f"# {CAPITALS}", NUMBER, OPENING),
        _body("SIARAN PERS", CAPITALS, "Ribuan warga mengungsi ke balai desa", OPENING),
        _body(CAPITALS, "Warga dapat menghubungi 0812-3456-7890 untuk melapor", OPENING),
        _body(CAPITALS, "Warga mengungsi", f"{ADDRESS}. Warga mengungsi ke masjid di sana."),
        _body(CAPITALS, "Senin, 7 Desember 2026", "Ribuan warga mengungsi", OPENING),
    ],
)
def test_a_headline_in_capitals_without_a_letterhead_under_it_stays_the_title(body):
    title, rest = split_title(body, "")
    assert title == CAPITALS
    assert "{>>@Impor: BANJIR" not in rest


def test_without_a_headline_under_them_the_name_and_address_stay_as_they_were():
    """Conservative: nothing says which line is the headline, so the import does not guess."""
    body = _body("BADAN PUSAT STATISTIK", "SIARAN PERS", OPENING)
    assert split_title(body, "") == ("BADAN PUSAT STATISTIK", f"SIARAN PERS\n\n{OPENING}")


def _docx(one_paragraph: bool) -> bytes:
    head = [NAME, ADDRESS, "SIARAN PERS", NUMBER]
    if one_paragraph:
        first = p("<w:r><w:br/></w:r>".join(r(line) for line in head))
        return docx_bytes(first + p(r(HEADLINE, "<w:b/>")) + p(r(OPENING)))
    logo = f'<Relationship Id="rLogo" Type="{REL}/image" Target="media/logo.jpeg"/>'
    body = (
        p(image_run("rLogo", "Logo"))
        + p(r(NAME), "Heading1")
        + "".join(p(r(line)) for line in head[1:])
        + p(r(HEADLINE), "Heading1")
        + p(r(OPENING))
    )
    return docx_bytes(body, rels=logo, media={"logo.jpeg": jpeg_bytes(scene((400, 160)))})


def _odt() -> bytes:
    return odt_bytes(
        f"<text:p>{NAME}<text:line-break/>{ADDRESS}</text:p><text:p>SIARAN PERS</text:p>"
        f"<text:p>{NUMBER}</text:p><text:p>{HEADLINE}</text:p><text:p>{OPENING}</text:p>"
    )


def _page() -> bytes:
    return (
        f"<p><b>{NAME}</b><br>{ADDRESS}</p><p>SIARAN PERS</p><p>{NUMBER}</p>"
        f"<h2>{HEADLINE}</h2><p>{OPENING}</p>"
    ).encode()


# a PDF's lines with no gap between them, its address as wide as its text: ``SIARAN PERS``
# under it went on the address's line
PDF_LINES = [NAME, ADDRESS, "SIARAN PERS", NUMBER, HEADLINE, f"JAKARTA - {LEAD}"]

DOCUMENTS = {
    "Word paragraphs": ("rilis.docx", lambda: _docx(False)),
    "one Word paragraph": ("rilis.docx", lambda: _docx(True)),
    "LibreOffice": ("rilis.odt", _odt),
    "PDF": ("rilis.pdf", lambda: pdf_bytes([PDF_LINES])),
    "web page": ("rilis.html", _page),
    "text": ("rilis.txt", lambda: "\n".join([*PDF_LINES[:4], "", HEADLINE, "", OPENING]).encode()),
}


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_every_format_s_sender_is_the_letter_head_s_comment_and_the_headline_the_title(
    tmp_path, kind
):
    name, make = DOCUMENTS[kind]
    done = run_import(tmp_path, make(), name)
    meta = Article.parse(done.text).meta
    assert (meta["title"], meta["dateline"]) == (HEADLINE, "Jakarta")
    assert body_of(done.text) == f"{COMMENT}\n\n{LEAD}\n"
    # the letterhead's name, not the document's author property (Word's and others' "Humas")
    assert meta["source"] == "Kementerian Desa dan Daerah Tertinggal"


CAPITAL_DOCUMENTS = {
    "Word": ("rilis.docx", lambda: docx_bytes(p(r(CAPITALS, "<w:b/>")) + p(r(OPENING)))),
    "LibreOffice": ("rilis.odt", lambda: odt_bytes(f"<text:p>{CAPITALS}</text:p>"
                                                   f"<text:p>{OPENING}</text:p>")),
    "PDF": ("rilis.pdf", lambda: pdf_bytes([[CAPITALS, f"JAKARTA - {LEAD}"]])),
    "web page": ("rilis.html", lambda: f"<p>{CAPITALS}</p><p>{OPENING}</p>".encode()),
    "text": ("rilis.txt", lambda: f"{CAPITALS}\n\n{OPENING}\n".encode()),
}  # fmt: skip


@pytest.mark.parametrize("kind", CAPITAL_DOCUMENTS)
def test_every_format_s_headline_in_capitals_stays_the_title(tmp_path, kind):
    name, make = CAPITAL_DOCUMENTS[kind]
    done = run_import(tmp_path, make(), name)
    assert Article.parse(done.text).meta["title"] == CAPITALS
    assert body_of(done.text) == f"{LEAD}\n"


def test_a_long_crafted_line_is_never_read_as_a_sender_s(monkeypatch):
    """A line is looked at only when it is short: a name of a million capitals, or an address
    of a million characters under a name, is passed over whole."""
    seen: list[int] = []
    real = sender.plain_line
    monkeypatch.setattr(sender, "plain_line", lambda line: seen.append(len(line)) or real(line))
    crafted = ["KEMENTERIAN " * 100_000, "Jl. " + "a " * 500_000]
    assert sender.sender_length([crafted[0], ADDRESS], is_label) == (0, False)
    assert sender.sender_length([NAME, crafted[1]], is_label) == (1, False)
    assert split_title(_body(crafted[0], ADDRESS, HEADLINE, OPENING), "")[0] != HEADLINE
    assert max(seen) <= MAX_LINE_CHARS


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        ([NAME, ADDRESS], "Kementerian Desa dan Daerah Tertinggal"),
        ([f"**{NAME}**\\", f"{ADDRESS}\\"], "Kementerian Desa dan Daerah Tertinggal"),
        # an office under its government (QA37 #18: "Pemerintah Provinsi Jawa Barat Dinas
        # Komunikasi dan Informatika"), named with its region as it names itself
        ([*PROVINCE, "Jl. Tamansari No. 55, Bandung 40132"],
         "Dinas Komunikasi dan Informatika Provinsi Jawa Barat"),
        (["PEMERINTAH KABUPATEN GARUT", "DINAS KESEHATAN KABUPATEN GARUT", "Jl. Proklamasi "
          "No. 7, Garut 44151"], "Dinas Kesehatan Kabupaten Garut"),
        (["KEMENTERIAN KEUANGAN REPUBLIK INDONESIA", "DIREKTORAT JENDERAL PAJAK",
          "Jl. Gatot Subroto Kav. 40-42, Jakarta 12190"], "Direktorat Jenderal Pajak"),
        # the press office only wrote it; a name wrapped onto two lines is one
        (["KEMENTERIAN PERHUBUNGAN", "BIRO KOMUNIKASI DAN INFORMASI PUBLIK",
          "Jl. Medan Merdeka Barat No. 8, Jakarta 10110"], "Kementerian Perhubungan"),
        (["BADAN NASIONAL", "PENANGGULANGAN BENCANA", "Jl. Pramuka Kav. 38, Jakarta 13120"],
         "Badan Nasional Penanggulangan Bencana"),
        (["PT MAJU JAYA TBK", "KANTOR PUSAT", "Jl. Sudirman No. 1, Jakarta 10220"],
         "PT Maju Jaya Tbk Kantor Pusat"),  # a company's office is no sender of its own
        (COMPANY, "PT Bank Rakyat Indonesia (Persero) Tbk"),
        (["BADAN PENANGGULANGAN BENCANA DAERAH (BPBD) DKI JAKARTA", "JAKARTA 10710"],
         "Badan Penanggulangan Bencana Daerah (BPBD) DKI Jakarta"),
        (["BPJS KESEHATAN", "JAKARTA 10510"], "BPJS Kesehatan"),
        (["PERUSAHAAN DAERAH AIR MINUM TIRTA PAKUAN", "BOGOR 16144"],
         "Perusahaan Daerah Air Minum Tirta Pakuan"),
    ],
)  # fmt: skip
def test_the_source_is_the_letterhead_s_name_as_a_story_writes_it(lines, name):
    """``source`` stayed empty (or took the document's author) when only the letterhead named
    the sender."""
    body = _body("\n".join(lines), "SIARAN PERS", HEADLINE, OPENING)
    assert split_title(body, "")[0] == HEADLINE
    assert letterhead_sender(body) == name


def test_a_headline_in_capitals_names_no_sender():
    assert letterhead_sender(_body(CAPITALS, OPENING)) == ""
    assert letterhead_sender(_body(HEADLINE, OPENING)) == ""
