"""A release sent as an official letter (QA): its head ``Nomor: 123/HUMAS/XII/2026``,
``Lampiran: -``, ``Perihal: Undangan Peliputan``, ``Kepada Yth. ... di Tempat``, in one
paragraph (soft line breaks) or several, stayed in the body and its first line became the
title. It is one review comment above the story now, in every format."""

from __future__ import annotations

import pytest

from netizen_editor.article.model import Article
from netizen_editor.importing import letter
from netizen_editor.importing.front_matter import split_title
from netizen_editor.importing.importer import import_document
from netizen_editor.importing.plain import paragraphs_html
from tests.importing.documents import docx_bytes, odt_bytes, p, pdf_bytes, r
from tests.importing.test_docx import NOW, SETTINGS, body_of

HEAD = [
    "Nomor : 123/HUMAS/XII/2026",
    "Lampiran : -",
    "Perihal : Undangan Peliputan",
    "Kepada Yth.",
    "Pemimpin Redaksi",
    "di Tempat",
]
HEADLINE = "Desa Digital Menjangkau 3.000 Desa"
LEAD = "Kementerian meluncurkan program Desa Digital di 3.000 desa."
COMMENT = "{>>@Impor: " + "\n".join(HEAD) + "<<}"


@pytest.mark.parametrize(
    ("lines", "length"),
    [
        ([*HEAD, HEADLINE], 6),
        (["Jakarta, 5 Desember 2026", "Nomor: 12/HM/2026", "Hal: Undangan", HEADLINE], 3),
        (["Nomor\t\t: 12/HM/2026\t\tJakarta, 5 Desember 2026", "Sifat : Segera", HEADLINE], 2),
        (["**Perihal:** Undangan Peliputan\\", "Lamp. : 1 (satu) berkas", HEADLINE], 2),
        (["Kepada Yth.", "Pemimpin Redaksi", "Media Massa", "di -", "Tempat", HEADLINE], 5),
        (["Kepada Yth. Rekan-rekan Media", HEADLINE], 1),
        (["Yth. Rekan Media", "di Jakarta", HEADLINE], 2),
        (["Tanggal: 5 Desember 2026", HEADLINE], 0),  # a date alone is no letter
        (["Jakarta, 5 Desember 2026", HEADLINE], 0),
        (["Nomor: dua", HEADLINE], 0),
        (["Hal ini disampaikan Menteri di Jakarta.", "Lampiran: -"], 0),
        (["Kepada wartawan, Menteri mengatakan program berjalan."], 0),
        ([HEADLINE, "Nomor: 12/HM/2026"], 0),
    ],
)
def test_a_letter_s_head_is_its_labels_its_address_and_its_place_and_date(lines, length):
    assert letter.head_length(lines) == length


@pytest.mark.parametrize(
    "body",
    [
        "\\\n".join(HEAD) + f"\n\n{HEADLINE}\n\n{LEAD}",  # one paragraph, soft line breaks
        "\n\n".join([*HEAD, HEADLINE, LEAD]),  # a paragraph a line
        "\\\n".join(HEAD[:3]) + "\n\n" + "\\\n".join(HEAD[3:]) + f"\n\n# {HEADLINE}\n\n{LEAD}",
    ],
)
def test_the_letter_s_head_is_one_comment_and_the_headline_the_title(body):
    assert split_title(body, "") == (HEADLINE, f"{COMMENT}\n\n{LEAD}")


def test_after_a_label_and_under_the_headline_too():
    body = f"**SIARAN PERS**\n\n# {HEADLINE}\n\n" + "\\\n".join(HEAD[:3]) + f"\n\n{LEAD}"
    assert split_title(body, "") == (
        HEADLINE,
        "{>>@Impor: " + "\n".join(HEAD[:3]) + f"<<}}\n\n{LEAD}",
    )


def test_the_title_is_never_the_first_line_of_the_letter_s_comment():
    """Under a logo left out the title was ``{>>@Impor: Nomor : 123/HUMAS/XII/2026``. With the
    logo left out the body is read as if it had none: the bold headline is the title. Under a
    photo that stays the bold headline is too (a plain line under it may be its caption),
    never a line of the comment nor the photo's description."""
    body = "\\\n".join(HEAD) + f"\n\n**{HEADLINE}**\n\n{LEAD}"
    assert split_title(body, "") == (HEADLINE, f"{COMMENT}\n\n{LEAD}")
    logo = f"![Logo](logo.png)\n\n{body}"
    assert split_title(logo, "", lambda block: True) == (HEADLINE, f"{COMMENT}\n\n{LEAD}")
    photo = "\\\n".join(HEAD) + f"\n\n![Foto](foto.png)\n\n**{HEADLINE}**\n\n{LEAD}"
    assert split_title(photo, "", lambda block: False) == (
        HEADLINE,
        f"{COMMENT}\n\n![Foto](foto.png)\n\n{LEAD}",
    )


def test_a_text_s_letter_head_keeps_its_lines_apart():
    text = "\n".join(HEAD[:3]) + "\n\n" + "\n".join(HEAD[3:]) + f"\n\n{HEADLINE}\n\n{LEAD}"
    assert paragraphs_html(text) == (
        "<p>" + "<br>".join(HEAD[:3]) + "</p><p>" + "<br>".join(HEAD[3:]) + "</p>"
        f"<h1>{HEADLINE}</h1><p>{LEAD}</p>"
    )
    glued = "\n".join([*HEAD, HEADLINE, LEAD])  # no blank line at all
    assert paragraphs_html(glued).startswith("<p>" + "<br>".join(HEAD) + "</p>")


def _docx(one_paragraph: bool) -> bytes:
    if one_paragraph:
        head = p("<w:r><w:br/></w:r>".join(r(line.replace(" : ", "\t: ")) for line in HEAD))
    else:
        head = "".join(p(r(line)) for line in HEAD)
    return docx_bytes(head + p(r(HEADLINE)) + p(r(f"JAKARTA – {LEAD}")))


def _odt() -> bytes:
    head = "<text:line-break/>".join(HEAD)
    return odt_bytes(f"<text:p>{head}</text:p><text:p>{HEADLINE}</text:p>"
                     f"<text:p>JAKARTA – {LEAD}</text:p>")  # fmt: skip


def _text() -> bytes:
    return "\n".join([*HEAD, "", HEADLINE, "", f"JAKARTA – {LEAD}"]).encode()


def _page() -> bytes:
    return f"<p>{'<br>'.join(HEAD)}</p><p>{HEADLINE}</p><p>JAKARTA – {LEAD}</p>".encode()


DOCUMENTS = {
    "one Word paragraph": ("rilis.docx", lambda: _docx(True)),
    "Word paragraphs": ("rilis.docx", lambda: _docx(False)),
    "LibreOffice": ("rilis.odt", _odt),
    "PDF": ("rilis.pdf", lambda: pdf_bytes([[*HEAD, "", HEADLINE, f"JAKARTA - {LEAD}"]])),
    "text": ("rilis.txt", _text),
    "web page": ("rilis.html", _page),
}


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_every_format_s_letter_head_is_one_comment_above_the_story(tmp_path, kind):
    name, make = DOCUMENTS[kind]
    source = tmp_path / name
    source.write_bytes(make())
    done = import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)
    meta = Article.parse(done.text).meta
    assert (meta["title"], meta["dateline"]) == (HEADLINE, "Jakarta")
    assert body_of(done.text).replace("\t", " ") == f"{COMMENT}\n\n{LEAD}\n"


def test_a_pdf_letter_s_head_keeps_its_lines_as_the_pdf_has_them(tmp_path):
    """A line of the address in lower case (``di Tempat``, ``media cetak``) went on the line
    above it in the comment (``Pemimpin Redaksi di Tempat``); a value wrapped onto the next
    line still goes on its label's, and a head under a release's label is found too."""
    perihal = "Perihal : Undangan peliputan peluncuran program desa digital bagi seribu desa di"
    head = [
        "Jakarta, 5 Desember 2026",
        "Nomor : 123/HUMAS/XII/2026",
        perihal,
        "seluruh Indonesia",
        "Kepada Yth.",
        "Pemimpin Redaksi",
        "media cetak dan daring",
        "di -",
        "Tempat",
    ]
    source = tmp_path / "surat.pdf"
    source.write_bytes(pdf_bytes([["SIARAN PERS", *head, "", HEADLINE, f"JAKARTA - {LEAD}"]]))
    done = import_document(source, tmp_path / "surat.md", SETTINGS, now=NOW)
    kept = [*head[:2], f"{perihal} {head[3]}", *head[4:]]
    assert body_of(done.text) == "{>>@Impor: " + "\n".join(kept) + f"<<}}\n\n{LEAD}\n"


def test_a_long_crafted_line_is_never_read_as_a_letter_s(monkeypatch):
    """The head's patterns see a line only when it is short: a crafted line of a million
    characters (blanks and colons after ``Nomor``, ``Kepada`` runs) is passed over whole."""
    seen: list[int] = []
    real = letter.plain_line
    monkeypatch.setattr(letter, "plain_line", lambda line: seen.append(len(line)) or real(line))
    crafted = [
        "Nomor" + " :" * 500_000,
        "Kepada" + " \t" * 500_000 + "Yth.",
        "Jakarta, " + "5 " * 500_000,
    ]
    for line in crafted:
        assert letter.head_length([line, *HEAD]) == 0
        assert not letter.opens_letter_line(line)
        assert "{>>" not in "".join(split_title(f"{line}\n\n{HEADLINE}", ""))
        assert paragraphs_html(f"{line}\n{HEADLINE}").startswith(f"<p>{line[:5]}")
    assert seen == []  # none of them
    at_the_limit = "Kepada " + " :" * 140 + "Yth."  # as long as a line may be: still read
    assert letter.head_length([at_the_limit]) == 0 and seen == [len(at_the_limit)]
