"""A release's end mark (``###``, ``-selesai-``, ``-30-``) after the story goes on import:
Markdown read ``###`` as an empty heading, which every export published (``<h3></h3>``). One
amid the story (a scene break) stays."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

import pytest

from netizen_editor.article.model import Article
from netizen_editor.export import export_article
from netizen_editor.importing.boilerplate import drop_end_marks, is_end_mark
from netizen_editor.importing.importer import import_document
from tests.importing.documents import docx_bytes, odt_bytes, p, r
from tests.importing.test_docx import NOW, SETTINGS, body_of

MARKS = ["###", "# # #", "-selesai-", "- SELESAI -", "(selesai)", "-end-", "-30-", "***"]
TITLE = "Beasiswa untuk 1.000 Pelajar"
LEAD = "Pemerintah kota membuka pendaftaran beasiswa bagi 1.000 pelajar."
LAST = "Pendaftaran dibuka hingga akhir bulan, kata Wali Kota."


def _paragraphs(mark: str, contact: bool) -> list[str]:
    after = ["Narahubung:", "Dewi Lestari (0812-3456-7890)"] if contact else []
    return [LEAD, "***", "Adegan kedua dimulai di balai kota.", LAST, mark, *after]


def _txt(paragraphs: list[str]) -> bytes:
    return "\n\n".join([TITLE, *paragraphs]).encode("utf-8")


def _docx(paragraphs: list[str]) -> bytes:
    return docx_bytes(p(r(TITLE), "Title") + "".join(p(r(escape(x))) for x in paragraphs))


def _odt(paragraphs: list[str]) -> bytes:
    body = f'<text:h text:outline-level="1">{TITLE}</text:h>'
    return odt_bytes(body + "".join(f"<text:p>{escape(x)}</text:p>" for x in paragraphs))


SOURCES = {"txt": _txt, "docx": _docx, "odt": _odt}


def _import(tmp_path, kind: str, paragraphs: list[str]):
    source = tmp_path / f"rilis.{kind}"
    source.write_bytes(SOURCES[kind](paragraphs))
    return import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)


@pytest.mark.parametrize("kind", sorted(SOURCES))
@pytest.mark.parametrize("mark", MARKS)
def test_the_end_mark_after_the_story_goes(tmp_path, kind, mark):
    done = _import(tmp_path, kind, _paragraphs(mark, contact=False))
    body = body_of(done.text)
    assert body.endswith(f"\n\n{LAST}\n"), body
    assert "\\*\\*\\*\n\nAdegan kedua" in body  # the scene break amid the story stays


@pytest.mark.parametrize("kind", sorted(SOURCES))
@pytest.mark.parametrize("mark", ["###", "-selesai-", "(selesai)", "-30-"])
def test_the_end_mark_before_the_contact_goes_and_the_contact_stays_a_comment(tmp_path, kind, mark):
    done = _import(tmp_path, kind, _paragraphs(mark, contact=True))
    assert body_of(done.text).endswith(
        f"\n\n{LAST}\n\n{{>>@Impor: Narahubung:\nDewi Lestari (0812-3456-7890)<<}}\n"
    )


def test_no_export_publishes_an_empty_heading_for_it(tmp_path):
    """The brief's steps: ``Judul``, ``Isi paragraf.``, ``###`` → no ``<h3 id="_1"></h3>``."""
    source = tmp_path / "a.txt"
    source.write_text("Judul\n\nIsi paragraf.\n\n###\n", encoding="utf-8")
    done = import_document(source, tmp_path / "a.md", SETTINGS, now=NOW)
    article = Article.parse(done.text, done.out)
    result, _written = export_article(article, tmp_path / "a.html", "blogger", SETTINGS)
    assert "Isi paragraf." in result.html
    assert re.search(r"<h\d[^>]*>\s*</h\d>", result.html) is None


def test_a_mark_on_the_story_s_last_line_of_a_text_file_goes(tmp_path):
    source = tmp_path / "rilis.txt"
    source.write_text(f"{TITLE}\n\n{LEAD}\n\n{LAST}\n###\n", encoding="utf-8")
    done = import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)
    assert body_of(done.text).endswith(f"\n\n{LAST}\n")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (f"{LEAD}\n\n###\n\n{{>>Tentang PT A\nPT A adalah bank.<<}}\n\n\\#\\#\\#\n",
         f"{LEAD}\n\n{{>>Tentang PT A\nPT A adalah bank.<<}}\n"),
        (f"{LEAD}\n\n###\n\n{{>>@Impor: Narahubung: Dewi<<}}\n{{>>@Budi: dicek<<}}\n",
         f"{LEAD}\n\n{{>>@Impor: Narahubung: Dewi<<}}\n{{>>@Budi: dicek<<}}\n"),  # and a reply
        (f"{LEAD}\n\n###\n\n{{>>catatan<<}} Kalimat berikutnya.\n",
         f"{LEAD}\n\n###\n\n{{>>catatan<<}} Kalimat berikutnya.\n"),  # text after a comment
        (f"{LEAD}\n\n-selesai-\n\n![Foto](rilis_files/foto-1.jpg)\n",
         f"{LEAD}\n\n![Foto](rilis_files/foto-1.jpg)\n"),
        (f"{LEAD}[^1]\n\n-30-\n\n[^1]: Data BPS.\n", f"{LEAD}[^1]\n\n[^1]: Data BPS.\n"),
        (f"{LEAD}\\\n###\n", f"{LEAD}\n"),  # after a line break in the last paragraph
        (f"{LEAD}\n\n###\n\nKalimat berikutnya.\n", f"{LEAD}\n\n###\n\nKalimat berikutnya.\n"),
        (f"{LEAD}\n\n***\n\n{LAST}\n", f"{LEAD}\n\n***\n\n{LAST}\n"),
        (f"{LEAD}\n\nSelesai\n", f"{LEAD}\n\nSelesai\n"),  # a word, not a mark
        (f"{LEAD}\n\n## Penutup\n", f"{LEAD}\n\n## Penutup\n"),
    ],
)  # fmt: skip
def test_only_marks_after_the_story_go(body, expected):
    assert drop_end_marks(body) == expected


@pytest.mark.parametrize("line", [*MARKS, "\\#\\#\\#", "\\*\\*\\*", "**-selesai-**", "— end —"])
def test_an_end_mark_is_known_as_typed_and_as_markdown(line):
    assert is_end_mark(line)


@pytest.mark.parametrize("line", ["Selesai", "30", "-", "##", "Acara selesai -", "(end of day)"])
def test_text_is_no_end_mark(line):
    assert not is_end_mark(line)


@pytest.mark.parametrize("mark", ["===", "###", "-selesai-"])
def test_an_end_mark_after_a_line_break_in_the_last_paragraph_goes(tmp_path, mark):
    """Under a line break the conversion writes ``===`` as ``&#61;==`` (else Markdown reads it
    as the line above's heading underline): it is still the end mark."""
    last = p(r(escape(LAST)) + "<w:r><w:br/></w:r>" + r(escape(mark)))
    body = p(r(TITLE), "Title") + p(r(escape(LEAD))) + last
    done = import_document(_write(tmp_path, docx_bytes(body)), tmp_path / "a.md", SETTINGS, now=NOW)
    assert body_of(done.text).endswith(f"\n\n{LAST}\n")


@pytest.mark.parametrize("line", ["&#61;==", "&#61;&#61;&#61;", "&#126;~~", "&#61;selesai&#61;"])
def test_an_end_mark_written_with_entities_is_known(line):
    assert is_end_mark(line)


def _write(folder, data: bytes):
    source = folder / "rilis.docx"
    source.write_bytes(data)
    return source
