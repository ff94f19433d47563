"""A press release's own dateline becomes the front matter's ``dateline`` field in the forms
Indonesian releases use; an ordinary first sentence stays the body's."""

from __future__ import annotations

import pytest

from netizen_editor.article.model import Article
from netizen_editor.importing.front_matter import split_dateline
from netizen_editor.importing.importer import import_document
from tests.importing.documents import docx_bytes, p, r
from tests.importing.test_docx import NOW, SETTINGS, body_of

DATELINES = [
    ("JAKARTA, 5 Desember 2026 – Menteri datang.", "Jakarta", "Menteri datang."),
    ("Jakarta, 5 Desember 2026 – PT Maju Jaya Tbk hari ini", "Jakarta",
     "PT Maju Jaya Tbk hari ini"),
    ("Kota Bandung, Jumat (5/12/2026) - Pemerintah kota membuka", "Kota Bandung",
     "Pemerintah kota membuka"),
    ("Jakarta — Kementerian Kesehatan mencatat", "Jakarta", "Kementerian Kesehatan mencatat"),
    ("Bandung - Pemerintah kota membuka", "Bandung", "Pemerintah kota membuka"),
    ("JAKARTA (ANTARA) - Menteri Keuangan menyampaikan", "Jakarta",
     "Menteri Keuangan menyampaikan"),
    ("Surabaya (ANTARA) – Wali Kota Surabaya meresmikan", "Surabaya",
     "Wali Kota Surabaya meresmikan"),
    ("Tangerang Selatan, (5/12) – Sebanyak 300 warga", "Tangerang Selatan", "Sebanyak 300 warga"),
    ("Yogyakarta (5/12) - Universitas Gadjah Mada", "Yogyakarta", "Universitas Gadjah Mada"),
    ("Daerah Istimewa Yogyakarta, Senin, 1 Desember 2026 - Dinas Pariwisata", "Daerah Istimewa "
     "Yogyakarta", "Dinas Pariwisata"),
    ("DKI Jakarta, 5 Des 2026 — Pemprov DKI", "DKI Jakarta", "Pemprov DKI"),
    ("DKI JAKARTA - Pemprov DKI", "DKI Jakarta", "Pemprov DKI"),  # the prefix stays in capitals
    ("DIY - Dinas Pariwisata", "DIY", "Dinas Pariwisata"),
    ("Medan, Kamis, 5/12/2026 -- Bank Sumut", "Medan", "Bank Sumut"),
    ("Balikpapan, 5 December 2026 - Pertamina", "Balikpapan", "Pertamina"),
    ("**Makassar**, 5 Desember 2026 – Pemerintah", "Makassar", "Pemerintah"),
    ("**Jakarta, Jumat (5/12)** – Pemerintah", "Jakarta", "Pemerintah"),
    ("**JAKARTA** – Menteri datang.", "Jakarta", "Menteri datang."),
    ("Denpasar, Kamis – “Kami siap,” kata Gubernur.", "Denpasar", "“Kami siap,” kata Gubernur."),
    ("Labuan Bajo – 1.200 wisatawan datang.", "Labuan Bajo", "1.200 wisatawan datang."),
    ("KOTA BARU - Isi.", "Kota Baru", "Isi."),
    ("JAKARTA - Pemerintah meresmikan jembatan.", "Jakarta", "Pemerintah meresmikan jembatan."),
    ("JAKARTA – Indonesia resmi menjadi anggota.", "Jakarta", "Indonesia resmi menjadi anggota."),
    ("JAKARTA, 5 Desember 2026 – Bandung meraih Adipura.", "Jakarta", "Bandung meraih Adipura."),
    ("Jakarta – Kota besar ini dilanda banjir.", "Jakarta", "Kota besar ini dilanda banjir."),
]  # fmt: skip

SENTENCES = [
    "Jakarta, kota terbesar di Indonesia, kembali dilanda banjir.",
    "Jakarta, kota terbesar di Indonesia – dan pusat bisnis – kembali banjir.",
    "Jakarta, 5 Desember 2026 menjadi hari bersejarah – Pemerintah meresmikan MRT.",
    "Jakarta - bukan ibu kota lagi",
    "Jakarta-Bandung kini ditempuh 40 menit.",
    "PT ABC - mitra kami",
    "Presiden Joko Widodo – yang hadir di Istana – meresmikan pabrik.",
    "Sri Mulyani – Menteri Keuangan – mengatakan defisit terjaga.",
    "Menurut Budi – Ketua RT setempat – warga sudah mengungsi.",
    "Pemerintah Kota Bandung membuka pendaftaran – Pendaftaran ditutup Jumat.",
    "Kamis, 5 Desember 2026 – Pemerintah meresmikan jembatan.",
    "Pada Senin (5/12) – Pemerintah meresmikan jembatan.",
    "Sejak 5 Desember 2026 - Warga tidak lagi membayar.",
    "**Jakarta – Pemerintah** meresmikan jembatan.",
    "1. Jakarta - Isi",
]

# a city pair (a route, a link between two places) opens the sentence: no dateline
CITY_PAIRS = [
    "Jakarta – Bandung kini terhubung kereta cepat.",
    "Jakarta - Surabaya ditempuh delapan jam dengan kereta.",
    "JAKARTA – BANDUNG kini terhubung kereta cepat.",
    "Kereta Cepat Jakarta – Bandung melayani 20.000 penumpang.",
    "Jakarta – Tangerang Selatan kini terhubung jalan tol.",
    "Medan – Kota Binjai kini terhubung jalan tol.",
    "Bogor — Kabupaten Sukabumi dilanda banjir.",
    "**Jakarta** – Bandung kini terhubung kereta cepat.",
]


# a date in the dateline is not lost: the journalist sees it as the house writes one
RELEASE_DATES = [
    ("Kota Bandung, Jumat (5/12/2026) - Isi.", "Jumat, 5 Desember 2026"),
    ("JAKARTA, 5 Desember 2026 - Isi.", "Sabtu, 5 Desember 2026"),  # the date's own day
    ("Jakarta, 5 Des 2026 – Isi.", "Sabtu, 5 Desember 2026"),
    ("Balikpapan, 5 December 2026 - Isi.", "Sabtu, 5 Desember 2026"),
    ("BANDUNG, 1 Pebruari 2027 - Isi.", "Senin, 1 Februari 2027"),
    ("Medan, Kamis, 5/12/2026 -- Isi.", "Kamis, 5 Desember 2026"),  # the release's day kept
    ("Solo, Jum'at (5/12/26) - Isi.", "Jumat, 5 Desember 2026"),
    ("JAKARTA, Jumat malam (5/12/2026) – Isi.", "Jumat, 5 Desember 2026"),
    ("**Jakarta, Jumat (5/12)** – Isi.", "Jumat, 5 Desember"),
    ("Tangerang Selatan, (5/12) – Isi.", "5 Desember"),
    ("Denpasar, Kamis – Isi.", "Kamis"),
    ("BANDUNG, Jumat (35/14/2026) - Isi.", "Jumat, 35/14/2026"),  # no such date: as written
    ("JAKARTA, 29/2/2027 - Isi.", "29/2/2027"),
    ("JAKARTA (ANTARA) - Isi.", ""),
    ("JAKARTA – Isi.", ""),
]


@pytest.mark.parametrize(("text", "date"), RELEASE_DATES)
def test_the_release_s_own_date_is_read_from_its_dateline(text, date):
    assert split_dateline(text) == (split_dateline(text).city, "Isi.", date)


@pytest.mark.parametrize(("text", "city", "rest"), DATELINES)
def test_a_release_s_dateline_becomes_the_field(text, city, rest):
    assert split_dateline(text)[:2] == (city, rest)


@pytest.mark.parametrize("text", SENTENCES + CITY_PAIRS)
def test_an_ordinary_first_sentence_stays_the_body_s(text):
    assert split_dateline(text)[:2] == ("", text)


def test_the_dateline_is_the_first_paragraph_s_after_the_headings():
    assert split_dateline("# Judul\n\nSOLO - Isi.")[:2] == ("Solo", "# Judul\n\nIsi.")
    assert split_dateline("# Judul\n\nSolo, (5/12) - Isi.\n\nBogor - Lagi.")[:2] == (
        "Solo",
        "# Judul\n\nIsi.\n\nBogor - Lagi.",
    )
    assert split_dateline("Isi.\n\nBogor - Lagi.")[:2] == ("", "Isi.\n\nBogor - Lagi.")


def test_the_dateline_is_found_under_a_contact_made_a_comment():
    body = "{>>@Impor: Kontak media: Dewi (0812-3456-7890)<<}\n\nSOLO - Isi."
    assert split_dateline(body)[:2] == ("Solo", body.replace("SOLO - ", ""))
    assert split_dateline("{>>Catatan<<} SOLO - Isi.")[:2] == ("", "{>>Catatan<<} SOLO - Isi.")


RELEASE = """SIARAN PERS

Beasiswa untuk 1.000 Pelajar

Kota Bandung, Jumat (5/12/2026) - Pemerintah kota membuka pendaftaran
beasiswa bagi 1.000 pelajar.
"""
BODY = (  # the release's date kept for the journalist, out of every export
    "{>>@Impor: Press release date: Jumat, 5 Desember 2026<<}\n\n"
    "Pemerintah kota membuka pendaftaran beasiswa bagi 1.000 pelajar.\n"
)


def imported(tmp_path, name: str, data: bytes) -> tuple[str, str]:
    """(the ``dateline`` field, the body) of ``data`` imported as ``name``."""
    source = tmp_path / name
    source.write_bytes(data)
    done = import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)
    meta = Article.parse(done.text).meta
    assert meta["date"] == NOW  # the publication's, never the release's
    return meta.get("dateline", ""), body_of(done.text)


def test_a_text_file_s_dateline_becomes_the_field(tmp_path):
    assert imported(tmp_path, "rilis.txt", RELEASE.encode("utf-8")) == ("Kota Bandung", BODY)
    assert (
        (tmp_path / "rilis_files" / "source.txt")
        .read_text(encoding="utf-8")
        .startswith(
            "SIARAN PERS\n\nBeasiswa untuk 1.000 Pelajar\n\nKota Bandung, Jumat (5/12/2026) - "
        )
    )  # the release's own text keeps it


def test_a_word_document_s_bold_dateline_becomes_the_field(tmp_path):
    body = p(r("Beasiswa untuk 1.000 Pelajar"), "Title") + p(
        r("Kota Bandung, Jumat (5/12/2026)", "<w:b/>")
        + r(" - Pemerintah kota membuka pendaftaran beasiswa bagi 1.000 pelajar.")
    )
    assert imported(tmp_path, "rilis.docx", docx_bytes(body)) == ("Kota Bandung", BODY)


def test_a_web_page_s_dateline_becomes_the_field(tmp_path, no_network):
    page = (
        "<html><body><h1>Beasiswa untuk 1.000 Pelajar</h1><p><strong>Kota Bandung</strong>, "
        "Jumat (5/12/2026) &ndash; Pemerintah kota membuka pendaftaran beasiswa bagi 1.000 "
        "pelajar.</p></body></html>"
    )
    assert imported(tmp_path, "rilis.html", page.encode("utf-8")) == ("Kota Bandung", BODY)


def test_the_release_date_is_said_in_indonesian(tmp_path, monkeypatch):
    from netizen_editor import i18n

    monkeypatch.setattr(i18n, "_language", "id")
    _dateline, body = imported(tmp_path, "rilis.txt", RELEASE.encode("utf-8"))
    assert body.startswith(
        "{>>@Impor: Tanggal siaran pers: Jumat, 5 Desember 2026<<}\n\nPemerintah"
    )


def test_a_dateline_after_a_logo_and_before_bold_words_is_read():
    """A release with its letterhead's logo first, its first words in bold (QA13)."""
    body = "![](logo.png)\n\nJakarta, 7 Desember 2026 – **Kementerian PUPR** meresmikan bendungan."
    found = split_dateline(body)
    assert (found.city, found.date) == ("Jakarta", "Senin, 7 Desember 2026")
    assert found.body == "![](logo.png)\n\n**Kementerian PUPR** meresmikan bendungan."
