"""A plain-text press release: wrapped lines joined, bullets a list, the release's label
above the headline left out, any encoding."""

from __future__ import annotations

from netizen_editor.article.model import Article
from netizen_editor.importing.importer import import_document
from tests.importing.test_docx import NOW, SETTINGS, body_of

TEXT = """SIARAN PERS

Beasiswa untuk 1.000 Pelajar

Bandung - Pemerintah kota membuka pendaftaran
beasiswa bagi 1.000 pelajar *berprestasi*.

- syarat satu
- syarat dua
"""


def test_a_text_file_becomes_an_article(tmp_path):
    source = tmp_path / "rilis.txt"
    source.write_bytes(TEXT.encode("cp1252"))
    done = import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)
    meta = Article.parse(done.text).meta
    assert (meta["title"], meta["dateline"]) == ("Beasiswa untuk 1.000 Pelajar", "Bandung")
    assert body_of(done.text) == (  # "Bandung - ": the site's dateline now
        "Pemerintah kota membuka pendaftaran beasiswa bagi 1.000 pelajar "
        "\\*berprestasi\\*.\n\n- syarat satu\n- syarat dua\n"
    )
    assert (
        (tmp_path / "rilis_files" / "source.txt")
        .read_text(encoding="utf-8")
        .startswith("SIARAN PERS\n\nBeasiswa untuk 1.000 Pelajar\n\nBandung")
    )


def test_a_windows_text_file_is_read_in_its_encoding(tmp_path):
    source = tmp_path / "rilis.txt"
    source.write_bytes("Judul\n\nKafé “baru” dibuka.\n".encode("cp1252"))
    done = import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)
    assert body_of(done.text) == "Kafé “baru” dibuka.\n"


RELEASE = """SIARAN PERS
PT Maju Jaya Tbk Luncurkan Program Beasiswa untuk 500 Mahasiswa

Jakarta, 5 Desember 2026 – PT Maju Jaya Tbk hari ini meluncurkan program beasiswa
bagi 500 mahasiswa berprestasi.

Program ini mencakup:
- biaya kuliah penuh
- uang saku bulanan
- pendampingan karier

Untuk informasi lebih lanjut, hubungi humas.
"""


def imported(tmp_path, text: str) -> tuple[str, str]:
    """(the title, the body) of ``text`` imported as a ``.txt``."""
    source = tmp_path / "rilis.txt"
    source.write_text(text, encoding="utf-8")
    done = import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)
    return Article.parse(done.text).meta["title"], body_of(done.text)


def test_the_label_above_the_headline_is_left_out_and_the_list_stays_a_list(tmp_path):
    assert imported(tmp_path, RELEASE) == (
        "PT Maju Jaya Tbk Luncurkan Program Beasiswa untuk 500 Mahasiswa",
        # "Jakarta, 5 Desember 2026 – ": the release's date, a comment by the import
        "{>>@Impor: Press release date: Sabtu, 5 Desember 2026<<}\n\n"
        "PT Maju Jaya Tbk hari ini meluncurkan program beasiswa "
        "bagi 500 mahasiswa berprestasi.\n\nProgram ini mencakup:\n\n- biaya kuliah penuh\n"
        "- uang saku bulanan\n- pendampingan karier\n\n{>>@Impor: Untuk informasi lebih "
        "lanjut, hubungi humas.<<}\n",  # the contact: a comment, out of every export
    )
    assert (
        (tmp_path / "rilis_files" / "source.txt")
        .read_text(encoding="utf-8")
        .startswith("SIARAN PERS\nPT Maju Jaya")
    )  # the release's own text is kept whole


def test_labels_in_english_or_two_of_them_are_left_out_too(tmp_path):
    text = "PRESS RELEASE – UNTUK SEGERA DISIARKAN\nRilis Pers\nDesa Digital Diresmikan\n\nIsi.\n"
    assert imported(tmp_path, text) == ("Desa Digital Diresmikan", "Isi.\n")


def test_bullets_with_a_dot_and_a_wrapped_item_stay_a_list(tmp_path):
    text = (
        "Judul\n\nSyaratnya antara lain\n• warga kota Bandung yang\n  berusia 17 tahun\n"
        "• memiliki KTP\nPendaftaran dibuka besok.\n"
    )
    assert imported(tmp_path, text)[1] == (
        "Syaratnya antara lain\n\n- warga kota Bandung yang berusia 17 tahun\n- memiliki KTP\n\n"
        "Pendaftaran dibuka besok.\n"
    )


def test_a_numbered_list_after_a_colon_stays_numbered(tmp_path):
    text = "Judul\n\nTahapan seleksi:\n1. administrasi\n2) wawancara\n3. pengumuman\n"
    assert imported(tmp_path, text)[1] == (
        "Tahapan seleksi:\n\n1. administrasi\n2. wawancara\n3. pengumuman\n"
    )


def test_a_paragraph_wrapped_by_hand_is_still_one_line(tmp_path):
    text = (
        "Judul\n\nWali kota meresmikan gedung baru di Bandung\n- tepatnya di Jalan Merdeka -\n"
        "bersama 300 warga\nyang hadir sejak pagi.\n"
    )
    assert imported(tmp_path, text)[1] == (
        "Wali kota meresmikan gedung baru di Bandung - tepatnya di Jalan Merdeka - bersama 300 "
        "warga yang hadir sejak pagi.\n"
    )


def test_without_a_label_the_first_line_alone_is_the_title_as_before(tmp_path):
    text = "Siaran Pers Wali Kota Soal Banjir\n\nBANDUNG - Isi rilis.\n"
    assert imported(tmp_path, text) == ("Siaran Pers Wali Kota Soal Banjir", "Isi rilis.\n")
