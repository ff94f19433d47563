"""A release's contact block and its closing "Tentang <organisation>" become review comments
in their place: the journalist sees them, the checks ask to resolve them, no export publishes
them. A sentence that merely mentions a contact stays text."""

from __future__ import annotations

import re

import pytest

from netizen_editor.article.model import Article
from netizen_editor.checks.context import check_text
from netizen_editor.export import export_article
from netizen_editor.grammar.inline import critic_marks
from netizen_editor.importing.boilerplate import IMPORT_AUTHOR, comment_boilerplate
from netizen_editor.importing.importer import import_document
from tests.importing.documents import docx_bytes, odt_bytes, p, r
from tests.importing.test_docx import NOW, SETTINGS, body_of

LEAD = "Pemerintah kota membuka pendaftaran beasiswa bagi 1.000 pelajar."

COMMENTED = [
    ("Narahubung:\n\nDewi Lestari (0812-3456-7890)\n\ndewi@bandung.go.id",
     "{>>@Impor: Narahubung:\nDewi Lestari (0812-3456-7890)\ndewi@bandung.go.id<<}"),
    ("Narahubung: Dewi (0812-3456-7890)", "{>>@Impor: Narahubung: Dewi (0812-3456-7890)<<}"),
    ("**Kontak media:**\n\nDewi Lestari\n\nKepala Bagian Humas\n\nWA: 0812 3456 7890",
     "{>>@Impor: Kontak media:\nDewi Lestari\nKepala Bagian Humas\nWA: 0812 3456 7890<<}"),
    ("Informasi lebih lanjut:\n\n[humas@maju.co.id](mailto:humas@maju.co.id)",
     "{>>@Impor: Informasi lebih lanjut:\nhumas@maju.co.id<<}"),
    ("Untuk informasi lebih lanjut, hubungi humas.",
     "{>>@Impor: Untuk informasi lebih lanjut, hubungi humas.<<}"),
    ("Untuk informasi lebih lanjut, silakan hubungi Dewi di 0812-3456-7890.",
     "{>>@Impor: Untuk informasi lebih lanjut, silakan hubungi Dewi di 0812-3456-7890.<<}"),
    ("Media contact:\n\nJane Doe, +62 21 555 0101",
     "{>>@Impor: Media contact:\nJane Doe, +62 21 555 0101<<}"),
    ("Contact person\n\nDewi\\_Lestari@bandung.go.id",
     "{>>@Impor: Contact person\nDewi_Lestari@bandung.go.id<<}"),
    ("CP: Budi (0813-1111-2222)", "{>>@Impor: CP: Budi (0813-1111-2222)<<}"),
    ("Narahubung:\n\n- Dewi (0812-3456-7890)\n- Budi (0813-1111-2222)",
     "{>>@Impor: Narahubung:\nDewi (0812-3456-7890)\nBudi (0813-1111-2222)<<}"),
    ("Tentang Pemerintah Kota Bandung\n\nPemerintah Kota Bandung melayani 2,5 juta warga.",
     "{>>@Impor: Tentang Pemerintah Kota Bandung\n"
     "Pemerintah Kota Bandung melayani 2,5 juta warga.<<}"),
    ("## About Maju Jaya\n\nMaju Jaya is a bank.\n\nIt has 300 branches.",
     "{>>@Impor: About Maju Jaya\nMaju Jaya is a bank.\nIt has 300 branches.<<}"),
    ("**TENTANG PT MAJU JAYA TBK**\n\nPT Maju Jaya Tbk didirikan pada 1990.\n\n\\#\\#\\#",
     "{>>@Impor: TENTANG PT MAJU JAYA TBK\nPT Maju Jaya Tbk didirikan pada 1990.<<}\n\n\\#\\#\\#"),
    ("Narahubung: Dewi (0812-3456-7890)\n\nTentang PT Maju Jaya\n\nPT Maju Jaya adalah bank.",
     # "@Impor: Narahubung: Dewi (0812…)" read as by "Impor: Narahubung: Dewi": a time, empty
     "{>>@Impor: Narahubung: Dewi (0812-3456-7890)<<}\n\n"
     "{>>@Impor: Tentang PT Maju Jaya\nPT Maju Jaya adalah bank.<<}"),
    ("Tentang PT A\n\nPT A adalah bank.\n\nTentang PT B\n\nPT B adalah asuransi.",
     "{>>@Impor: Tentang PT A\nPT A adalah bank.<<}\n\n"
     "{>>@Impor: Tentang PT B\nPT B adalah asuransi.<<}"),
    ("Narahubung: Dewi, tulis ke {++dewi@x.id++} atau <<}",
     "Narahubung: Dewi, tulis ke {++dewi@x.id++} atau <<}"),  # a change in it: left as it is
]  # fmt: skip

TEXT = [
    "Menurut narahubung program, pendaftaran dibuka hingga akhir bulan.",
    "Narahubung acara, Dewi Lestari, mengatakan pendaftaran dibuka besok.",
    "Kontak antara kedua pihak terjalin sejak 2020.",
    "Informasi lebih lanjut tentang program tersedia di situs resmi.",
    "Tentang program ini, Wali Kota mengatakan pendaftaran gratis.",
    "## Tentang Program Beasiswa\n\nProgram ini terbuka bagi pelajar.\n\n## Syarat\n\nKTP.",
    "Tentang Program\n\nSatu.\n\nDua.\n\nTiga.\n\nEmpat.\n\nLima.",  # no closing boilerplate
    "Ia menyebut alamatnya:\n\nJalan Merdeka 5, Bandung",
]


@pytest.mark.parametrize(("markdown", "expected"), COMMENTED)
def test_a_contact_or_about_block_becomes_one_comment_in_its_place(markdown, expected):
    assert comment_boilerplate(f"{LEAD}\n\n{markdown}\n") == f"{LEAD}\n\n{expected}\n"


@pytest.mark.parametrize(("markdown", "expected"), COMMENTED)
def test_each_comment_reads_back_as_the_imports_with_its_text(markdown, expected):
    marks = critic_marks(comment_boilerplate(f"{markdown}\n"))
    comments = [mark for mark in marks if mark.kind == "comment"]
    assert all(mark.author == IMPORT_AUTHOR and mark.text.strip() for mark in comments), comments


@pytest.mark.parametrize("markdown", TEXT)
def test_a_sentence_that_mentions_a_contact_stays_text(markdown):
    body = f"{LEAD}\n\n{markdown}\n"
    assert comment_boilerplate(body) == body


def test_the_contact_after_the_lead_leaves_the_text_after_it_alone():
    body = f"Kontak media: Dewi (0812-3456-7890)\n\n{LEAD}\n\nWarga antre sejak pagi hari ini.\n"
    assert comment_boilerplate(body) == (
        f"{{>>@Impor: Kontak media: Dewi (0812-3456-7890)<<}}\n\n{LEAD}\n\n"
        "Warga antre sejak pagi hari ini.\n"
    )


RELEASE = f"""SIARAN PERS

Beasiswa untuk 1.000 Pelajar

BANDUNG - {LEAD}

Menurut narahubung program, pendaftaran dibuka hingga akhir bulan.

Narahubung:
Dewi Lestari (0812-3456-7890)
dewi@bandung.go.id

Tentang Pemerintah Kota Bandung
Pemerintah Kota Bandung adalah pemerintah daerah yang melayani
2,5 juta warga di 30 kecamatan.
"""
BODY = f"""{LEAD}

Menurut narahubung program, pendaftaran dibuka hingga akhir bulan.

{{>>@Impor: Narahubung:
Dewi Lestari (0812-3456-7890)
dewi@bandung.go.id<<}}

{{>>@Impor: Tentang Pemerintah Kota Bandung
Pemerintah Kota Bandung adalah pemerintah daerah yang melayani 2,5 juta warga di 30 kecamatan.<<}}
"""


def _docx() -> bytes:
    lines = ["Beasiswa untuk 1.000 Pelajar", f"BANDUNG - {LEAD}",
             "Menurut narahubung program, pendaftaran dibuka hingga akhir bulan.",
             "Narahubung:", "Dewi Lestari (0812-3456-7890)", "dewi@bandung.go.id",
             "Tentang Pemerintah Kota Bandung", "Pemerintah Kota Bandung adalah pemerintah "
             "daerah yang melayani 2,5 juta warga di 30 kecamatan."]  # fmt: skip
    return docx_bytes(p(r(lines[0]), "Title") + "".join(p(r(line)) for line in lines[1:]))


def _odt() -> bytes:
    text = RELEASE.split("\n\n", 1)[1].replace("melayani\n", "melayani ")
    blocks = [block.split("\n") for block in text.strip().split("\n\n")]
    paragraphs = [line for block in blocks for line in block]
    body = f'<text:h text:outline-level="1">{paragraphs[0]}</text:h>' + "".join(
        f"<text:p>{line}</text:p>" for line in paragraphs[1:]
    )
    return odt_bytes(body)


SOURCES = {"txt": lambda: RELEASE.encode("utf-8"), "docx": _docx, "odt": _odt}


@pytest.fixture(params=sorted(SOURCES))
def imported(request, tmp_path):
    source = tmp_path / f"rilis.{request.param}"
    source.write_bytes(SOURCES[request.param]())
    return import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)


def test_an_imported_release_keeps_its_contact_and_about_as_comments(imported):
    assert body_of(imported.text) == BODY
    assert imported.comments == 2


def test_the_imports_comments_are_by_impor_whatever_the_interface_language(tmp_path):
    from netizen_editor import i18n
    from netizen_editor.review.marks import review_marks

    source = tmp_path / "rilis.txt"
    source.write_text(RELEASE.replace("BANDUNG - ", "BANDUNG, 5 Desember 2026 - "), "utf-8")
    for language in ("id", "en"):
        i18n.set_language(language)
        try:
            done = import_document(source, tmp_path / f"rilis-{language}.md", SETTINGS, now=NOW)
        finally:
            i18n.set_language(i18n.DEFAULT_LANGUAGE)
        marks = review_marks(done.text)
        assert [(m.kind, m.author) for m in marks] == [("comment", "Impor")] * 3
        assert marks[1].text.startswith("Narahubung:")  # the text after the name


@pytest.mark.parametrize("fmt", ["page", "blogger"])
def test_no_export_publishes_them_nor_leaves_an_empty_paragraph(imported, tmp_path, fmt):
    article = Article.parse(imported.text, imported.out)
    result, _written = export_article(article, tmp_path / f"out-{fmt}.html", fmt, SETTINGS)
    html = result.html
    post = html[html.rfind("<p", 0, html.index('class="dateline"')) :]
    assert re.findall(r"<p[^>]*>(.*?)</p>", post, re.DOTALL)[1] == (
        "Menurut narahubung program, pendaftaran dibuka hingga akhir bulan."
    )
    for gone in ("Dewi", "0812", "bandung.go.id", "Tentang", "2,5 juta", "{>>", "<<}"):
        assert gone not in html
    assert re.search(r"<p[^>]*>\s*</p>", html) is None


def test_the_checks_ask_to_resolve_each_of_them(imported):
    findings = check_text(imported.text, imported.out, SETTINGS)
    review = [f for f in findings if f.rule == "review"]
    lines = imported.text.split("\n")
    assert [lines[f.line - 1][:23] for f in review] == [
        "{>>@Impor: Narahubung:",
        "{>>@Impor: Tentang Peme",
    ]
    assert all("unresolved comment (Impor)" in f.message for f in review)


def test_a_comment_made_of_a_block_holds_no_mark_s_opening_or_closing():
    from netizen_editor.importing.boilerplate import as_comment

    comment = as_comment("Narahubung: {++x++} atau {>>y<<}, {==b==} {~~c~>d~~} --} f")
    assert comment == "{>>@Impor: Narahubung: (++x++) atau (>>y<<), (==b==) (~~c~ d~~) --) f<<}"
