"""Every import's title and headline shaped alike: a site's name after the title goes, the
headline that repeats the title leaves the body, the release's labels go wherever they stand
above the story."""

from __future__ import annotations

from netizen_editor.article.model import Article
from netizen_editor.importing.front_matter import split_title, without_site
from netizen_editor.importing.importer import import_document
from tests.importing.documents import pdf_bytes
from tests.importing.test_docx import NOW, SETTINGS, body_of


def test_a_site_name_after_the_headline_goes():
    headline = "Pemkab Sleman Luncurkan Desa Digital"
    assert without_site(f"{headline} | Humas Sleman", headline) == headline
    assert without_site(f"{headline} - Pemkab Sleman", headline) == headline
    assert without_site(f"{headline} – Berita | Humas Sleman", headline) == headline
    # a part the headline has is the headline's own
    assert without_site("Jokowi - Prabowo Bertemu", "Jokowi dan Prabowo bertemu") == (
        "Jokowi - Prabowo Bertemu")  # fmt: skip
    assert without_site("Banjir - Warga Mengungsi", "Banjir - Warga Mengungsi") == (
        "Banjir - Warga Mengungsi")  # fmt: skip


def test_the_headline_that_repeats_the_title_leaves_the_body():
    body = "**SIARAN PERS**\n\n# Desa Digital\n\nPRESS RELEASE\n\nSleman – Isi.\n"
    assert split_title(body, "Desa Digital | Humas Sleman") == ("Desa Digital", "Sleman – Isi.")
    assert split_title(body, "") == ("Desa Digital", "Sleman – Isi.")


def test_a_pdf_with_the_page_title_imports_like_the_word_document(tmp_path, no_network):
    source = tmp_path / "rilis.pdf"
    source.write_bytes(
        pdf_bytes(
            [["Desa Digital untuk 86 Desa", "",
              "Sleman, 4 Desember 2026 - Pemkab Sleman meluncurkan program ini."]],
            title="Desa Digital untuk 86 Desa | Humas Sleman",
        )
    )  # fmt: skip
    done = import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)
    meta = Article.parse(done.text).meta
    assert (meta["title"], meta["dateline"]) == ("Desa Digital untuk 86 Desa", "Sleman")
    assert "Desa Digital untuk 86 Desa" not in body_of(done.text)
    assert "Pemkab Sleman meluncurkan program ini." in body_of(done.text)
