"""A plain-text press release: wrapped lines joined, bullets a list, any encoding."""

from __future__ import annotations

from netizen_editor.article.model import Article
from netizen_editor.importing.importer import import_document
from tests.importing.test_docx import NOW, SETTINGS, body_of

TEXT = """SIARAN PERS

Bandung - Pemerintah kota membuka pendaftaran
beasiswa bagi 1.000 pelajar *berprestasi*.

- syarat satu
- syarat dua
"""


def test_a_text_file_becomes_an_article(tmp_path):
    source = tmp_path / "rilis.txt"
    source.write_bytes(TEXT.encode("cp1252"))
    done = import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)
    assert Article.parse(done.text).meta["title"] == "SIARAN PERS"
    assert body_of(done.text) == (
        "Bandung - Pemerintah kota membuka pendaftaran beasiswa bagi 1.000 pelajar "
        "\\*berprestasi\\*.\n\n- syarat satu\n- syarat dua\n"
    )
    assert (
        (tmp_path / "rilis_files" / "source.txt")
        .read_text(encoding="utf-8")
        .startswith("SIARAN PERS\n\nBandung")
    )


def test_a_windows_text_file_is_read_in_its_encoding(tmp_path):
    source = tmp_path / "rilis.txt"
    source.write_bytes("Judul\n\nKafé “baru” dibuka.\n".encode("cp1252"))
    done = import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)
    assert body_of(done.text) == "Kafé “baru” dibuka.\n"
