"""The imported article's title: the title property, the first heading or the first line."""

from __future__ import annotations

from netizen_editor.importing.front_matter import clean_title, split_dateline, split_title


def test_the_first_heading_is_the_title_and_leaves_the_body():
    assert split_title("# Judul\n\nIsi.", "") == ("Judul", "Isi.")


def test_the_title_property_wins_and_a_same_heading_goes():
    assert split_title("# Judul\n\nIsi.", "Judul") == ("Judul", "Isi.")
    assert split_title("# Lain\n\nIsi.", "Judul") == ("Judul", "# Lain\n\nIsi.")


def test_a_short_first_line_alone_is_the_title():
    assert split_title("Siaran Pers\n\nIsi panjang.", "") == ("Siaran Pers", "Isi panjang.")


def test_a_title_never_carries_marks_or_markdown():
    line = "**Desa** {--lama--}{>>@Ani (2026-12-05T10:00+07:00)<<}{++Digital++}{>>@A ()<<}"
    assert clean_title(line) == "Desa Digital"
    assert clean_title("[Tautan](https://a.b) dan `kode`\\!") == "Tautan dan kode!"


def test_the_release_s_own_dateline_becomes_the_field():
    assert split_dateline("JAKARTA – Menteri datang.") == ("Jakarta", "Menteri datang.")
    assert split_dateline("BANDUNG, 5 Desember 2026 - Isi.") == ("Bandung", "Isi.")
    assert split_dateline("KOTA BARU - Isi.") == ("Kota Baru", "Isi.")
    assert split_dateline("Jakarta - bukan ibu kota") == ("", "Jakarta - bukan ibu kota")
    assert split_dateline("PT ABC - mitra") == ("", "PT ABC - mitra")
    assert split_dateline("# Judul\n\nSOLO - Isi.") == ("Solo", "# Judul\n\nIsi.")
