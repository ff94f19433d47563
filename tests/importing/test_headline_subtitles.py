"""A headline in capitals with a line under it that is no letterhead's address: a subtitle
(``Warga Dievakuasi ke Masjid``), one that names a street (``Jl. Sudirman Ditutup ...``), the
headline's second line. Since the import reads a sender's name and address above a release
(importing.sender), a .txt kept such lines apart: the subtitle was the title and a heading in
the body, the headline a paragraph, the dateline lost; a street in a subtitle made it an
address, so a Word or web page's deck under it became the title and the headline the
sender's comment. One sign of an address (a street, a web address) is no letterhead now, nor
are lines the story starts under with its dateline: they read as before."""

from __future__ import annotations

import pytest

from netizen_editor.article.model import Article
from netizen_editor.importing import sender
from netizen_editor.importing.front_matter import is_label
from tests.importing.documents import docx_bytes, odt_bytes, p, pdf_bytes, r
from tests.importing.test_docx import body_of, run_import

SUBTITLED = ["BANJIR RENDAM KEMANG", "Warga Dievakuasi ke Masjid"]
STREET = ["PEMPROV DKI TUTUP JALAN SUDIRMAN", "Jl. Sudirman Ditutup Selama Tiga Hari"]
TWO_LINES = ["BANJIR BANDANG RENDAM TIGA DESA DI", "PESISIR UTARA JAWA TENGAH"]
HEADS = {"subtitle": SUBTITLED, "street": STREET, "two lines": TWO_LINES}
LEAD = "Banjir merendam kawasan Kemang sejak pagi tadi."
OPENING = f"Jakarta - {LEAD}"
DECK = "Arus Lalu Lintas Dialihkan ke Jalan Thamrin"


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        ([*STREET, OPENING], (2, False)),  # a street alone: no sure address
        ([STREET[0], "Info di www.jakarta.go.id"], (2, False)),
        ([STREET[0], "Jl. Sudirman No. 1, Jakarta 10110"], (2, True)),
        ([STREET[0], "Jl. Sudirman No. 1", "Telp. (021) 3822255"], (3, True)),
        ([STREET[0], "Gedung Utama", "JAKARTA 10710"], (3, True)),
        ([STREET[0], "Korban Capai 12500"], (2, False)),  # no place before the number
    ],
)
def test_an_address_is_sure_with_two_kinds_of_signs_or_a_place_and_postal_code(lines, found):
    assert sender.sender_length(lines, is_label) == found


@pytest.mark.parametrize(
    ("lines", "after"),
    [
        ([*SUBTITLED, OPENING], ""),
        (SUBTITLED, OPENING),
        (STREET, OPENING),
        (STREET, DECK),
        (TWO_LINES, OPENING),
        # a sure address, yet the story starts under it: no headline between
        (["KEMENTERIAN DESA", "Jl. Kalibata Raya No. 17, Jakarta 12750"], "JAKARTA – Menteri Desa"),
    ],
)
def test_a_headline_and_the_line_under_it_are_no_letterhead_kept_apart(lines, after):
    assert sender.letterhead_length(lines, is_label, after) == 0


def test_a_name_above_a_label_or_a_sure_address_is_still_kept_apart():
    name = "KEMENTERIAN DESA"
    assert sender.letterhead_length([name, "SIARAN PERS"], is_label) == 1
    address = "Jl. Kalibata Raya No. 17, Jakarta 12750"
    assert sender.letterhead_length([name, address], is_label, "Menteri Resmikan Desa") == 2


def _text(head: list[str]) -> bytes:
    return ("\n".join(head) + f"\n\n{OPENING}\n").encode()


@pytest.mark.parametrize("kind", HEADS)
def test_a_text_s_headline_and_its_second_line_are_the_title(tmp_path, kind):
    head = HEADS[kind]
    done = run_import(tmp_path, _text(head), "rilis.txt")
    meta = Article.parse(done.text).meta
    assert (meta["title"], meta["dateline"]) == (" ".join(head), "Jakarta")
    assert body_of(done.text) == f"{LEAD}\n"


def test_a_pdf_s_headline_in_two_lines_of_capitals_is_one_title(tmp_path):
    """Its lines as wide as the lead's: one paragraph, which the sender's lines were not."""
    lead = "Banjir bandang merendam tiga desa."
    done = run_import(tmp_path, pdf_bytes([[*TWO_LINES, f"Jakarta - {lead}"]]), "rilis.pdf")
    meta = Article.parse(done.text).meta
    assert (meta["title"], meta["dateline"]) == (" ".join(TWO_LINES), "Jakarta")
    assert body_of(done.text) == f"{lead}\n"


DOCUMENTS = {
    "Word": ("rilis.docx", lambda texts: docx_bytes("".join(p(r(text)) for text in texts))),
    "LibreOffice": (
        "rilis.odt",
        lambda texts: odt_bytes("".join(f"<text:p>{text}</text:p>" for text in texts)),
    ),
    "web page": ("rilis.html", lambda texts: "".join(f"<p>{t}</p>" for t in texts).encode()),
    "PDF": ("rilis.pdf", lambda texts: pdf_bytes([texts])),
}


@pytest.mark.parametrize("kind", DOCUMENTS)
@pytest.mark.parametrize("head", [SUBTITLED, STREET, [*STREET, DECK]], ids=["sub", "st", "deck"])
def test_every_format_s_headline_in_capitals_stays_the_title_above_its_subtitle(
    tmp_path, kind, head
):
    name, make = DOCUMENTS[kind]
    done = run_import(tmp_path, make([*head, OPENING]), name)
    title = Article.parse(done.text).meta["title"]
    body = body_of(done.text)
    assert title in (head[0], f"{head[0]} {head[1]}")
    assert "@Impor" not in body
    assert all(line in f"{title}\n{body}" for line in head[1:])
    assert LEAD in body
