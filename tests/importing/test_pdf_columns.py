"""A two-column release printed to PDF comes in as the story (QA37 #2): its headline whole
though it wraps onto a second, centred line (its last word was the lead, "Kendaraan"), the
dateline from the lead's "SUBANG –", a paragraph whole across a line that is short only for
the page (its column is half of it), the subheading a heading, the photo beside its caption in
the right column (it went above the lead) with the caption and credit its own, and the web
page's title "Siaran Pers Pelabuhan Patimban" no note beside the headline it is part of."""

from __future__ import annotations

from pathlib import Path

from netizen_editor.article.model import Article
from netizen_editor.importing.importer import import_document
from netizen_editor.importing.pdf import convert_pdf
from tests.importing.documents import jpeg_object, pdf_of
from tests.importing.test_docx import NOW, SETTINGS, body_of
from tests.photo_factory import jpeg_bytes, scene

# x, y (the baseline, points up from the bottom), size, font (R, B or I) and text; a list of
# them: the pieces of one line
Row = tuple[float, float, float, str, str]
FONTS = {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique"}


def release_pdf(
    pages: list[list[Row | list[Row]]],
    photo: tuple[float, float, float, float] | None = None,
    title: str = "",
) -> bytes:
    """A PDF of A4 ``pages`` showing each row at its place in its font; ``photo``: a JPEG
    drawn on the first page in (left, bottom, width, height) points."""
    count = len(pages)
    kids = " ".join(f"{6 + 2 * n} 0 R" for n in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
    ]
    for key in "RBI":
        objects.append(
            f"<< /Type /Font /Subtype /Type1 /BaseFont /{FONTS[key]} /Encoding /WinAnsiEncoding"
            " >>".encode()
        )
    fonts = "/R 3 0 R /B 4 0 R /I 5 0 R"
    picture = 6 + 2 * count
    for number, rows in enumerate(pages):
        shown = ""
        for row in rows:
            for x, y, size, font, text in row if isinstance(row, list) else [row]:
                text = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                shown += f"BT /{font} {size} Tf 1 0 0 1 {x} {y} Tm ({text}) Tj ET\n"
        xobject = ""
        if photo and not number:
            left, bottom, width, height = photo
            shown += f"q {width} 0 0 {height} {left} {bottom} cm /Im1 Do Q\n"
            xobject = f" /XObject << /Im1 {picture} 0 R >>"
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {7 + 2 * number} "
            f"0 R /Resources << /Font << {fonts} >>{xobject} >> >>".encode()
        )
        stream = shown.encode("cp1252")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(jpeg_object(jpeg_bytes(scene((64, 48)))))
    objects.append(f"<< /Title ({title}) >>".encode())
    return pdf_of(objects, b" /Info %d 0 R" % len(objects))


def column(
    x: float, top: float, lines: list[str], size: float = 10.5, step: float = 12
) -> list[Row]:
    return [(x, top - index * step, size, "R", line) for index, line in enumerate(lines)]


ADDRESS = "Jl. Medan Merdeka Barat No. 8, Jakarta 10110 · Telp. (021) 3811308 · www.dephub.go.id"
# the QA's page (rilis-patimban.pdf, printed by Chromium from a web page), where pypdf read it
# fmt: off
PATIMBAN: list[Row | list[Row]] = [
    (88.8, 772.9, 13, "B", "KEMENTERIAN PERHUBUNGAN REPUBLIK INDONESIA"),
    (60.4, 760.2, 10.5, "R", ADDRESS),
    (256.3, 736.2, 10.5, "B", "SIARAN PERS"),
    (78.0, 706.2, 18, "B", "Pelabuhan Patimban Tambah Dua Dermaga"),
    (242.8, 684.4, 18, "B", "Kendaraan"),
    *column(57, 649.9, ["SUBANG – Kementerian Perhubungan",
                        "menambah dua dermaga khusus",
                        "kendaraan di Pelabuhan Patimban,",
                        "Kabupaten Subang, Jawa Barat, Selasa",
                        "(8/12/2026). Penambahan ini diharapkan",
                        "meningkatkan kapasitas ekspor mobil",
                        "hingga 600.000 unit per tahun."]),
    *column(57, 555.4, ["Menteri Perhubungan mengatakan,",
                        "dermaga baru sepanjang 420 meter itu",
                        "dibangun dengan skema kerja sama",
                        "pemerintah dan badan usaha. “Patimban",
                        "akan menjadi gerbang ekspor otomotif",
                        "utama Indonesia,” katanya saat meninjau",
                        "lokasi."]),
    (57, 459.4, 12, "B", "Kapasitas dan Jadwal"),
    *column(57, 436.2, ["Pembangunan tahap kedua dimulai",
                        "Januari 2027 dan ditargetkan rampung",
                        "pada pertengahan 2028. Selain dermaga,",
                        "pemerintah juga membangun lapangan",
                        "parkir kendaraan seluas 25 hektare dan",
                        "jalan akses tol sepanjang 8,2 kilometer",
                        "yang terhubung dengan Tol Cipali."]),
    (311.9, 499.9, 8.5, "I", "Suasana Pelabuhan Patimban, Subang, Selasa"),
    (311.9, 489.4, 8.5, "I", "(8/12/2026). Foto: Humas Kemenhub"),
    *column(311.9, 466.9, ["Direktur Jenderal Perhubungan Laut",
                           "menambahkan, pelabuhan ini juga akan",
                           "melayani kapal peti kemas dengan",
                           "kapasitas 3,75 juta TEUs setelah seluruh",
                           "tahap selesai. Operator pelabuhan wajib",
                           "memenuhi standar layanan internasional,",
                           "termasuk sistem antrean kapal secara",
                           "daring."]),
    *column(311.9, 360.4, ["Warga sekitar pelabuhan dilibatkan",
                           "melalui program pelatihan tenaga kerja.",
                           "Sebanyak 1.200 warga Subang telah",
                           "mengikuti pelatihan operator alat berat",
                           "dan bongkar muat sejak awal 2026."]),
    [(311.9, 289.9, 10.5, "B", "Narahubung:"), (389.8, 289.9, 10.5, "R", " Biro Komunikasi dan")],
    *column(311.9, 277.9, ["Informasi Publik, Telp. (021) 3811308,", "humas@dephub.go.id"]),
    (412.0, 243.4, 10.5, "R", "###"),
]
# fmt: on
PHOTO = (311.9, 510.0, 210.0, 160.17)  # the right column's width, its top at 670.17
STORY = """\
Kementerian Perhubungan menambah dua dermaga khusus kendaraan di Pelabuhan Patimban, Kabupaten \
Subang, Jawa Barat, Selasa (8/12/2026). Penambahan ini diharapkan meningkatkan kapasitas ekspor \
mobil hingga 600.000 unit per tahun.

Menteri Perhubungan mengatakan, dermaga baru sepanjang 420 meter itu dibangun dengan skema kerja \
sama pemerintah dan badan usaha. “Patimban akan menjadi gerbang ekspor otomotif utama \
Indonesia,” katanya saat meninjau lokasi.

## Kapasitas dan Jadwal

Pembangunan tahap kedua dimulai Januari 2027 dan ditargetkan rampung pada pertengahan 2028. \
Selain dermaga, pemerintah juga membangun lapangan parkir kendaraan seluas 25 hektare dan jalan \
akses tol sepanjang 8,2 kilometer yang terhubung dengan Tol Cipali.

![Suasana Pelabuhan Patimban, Subang, Selasa (8/12/2026)](rilis_files/\
pelabuhan-patimban-tambah-dua-dermaga-kendaraan-1.jpg "Suasana Pelabuhan Patimban, Subang, \
Selasa (8/12/2026). Foto: Humas Kemenhub")

Direktur Jenderal Perhubungan Laut menambahkan, pelabuhan ini juga akan melayani kapal peti \
kemas dengan kapasitas 3,75 juta TEUs setelah seluruh tahap selesai. Operator pelabuhan wajib \
memenuhi standar layanan internasional, termasuk sistem antrean kapal secara daring.

Warga sekitar pelabuhan dilibatkan melalui program pelatihan tenaga kerja. Sebanyak 1.200 warga \
Subang telah mengikuti pelatihan operator alat berat dan bongkar muat sejak awal 2026.

{>>@Impor: Narahubung: Biro Komunikasi dan Informasi Publik, Telp. (021) 3811308, \
humas@dephub.go.id<<}
"""


def run_import(tmp_path: Path, data: bytes):
    source = tmp_path / "rilis.pdf"
    source.write_bytes(data)
    return import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)


def test_a_two_column_release_comes_in_as_the_story(tmp_path):
    done = run_import(tmp_path, release_pdf([PATIMBAN], PHOTO, "Siaran Pers Pelabuhan Patimban"))
    meta = Article.parse(done.text).meta
    assert meta["title"] == "Pelabuhan Patimban Tambah Dua Dermaga Kendaraan"
    assert meta["dateline"] == "Subang"
    assert meta["source"] == "Kementerian Perhubungan Republik Indonesia"
    assert body_of(done.text) == (
        "{>>@Impor: KEMENTERIAN PERHUBUNGAN REPUBLIK INDONESIA\n"
        "Jl. Medan Merdeka Barat No. 8, Jakarta 10110 · Telp. (021) 3811308 · "
        "www.dephub.go.id<<}\n\n" + STORY
    )
    assert done.warnings == []  # the photo is described by its caption


def test_a_headline_wrapped_onto_a_second_line_is_whole():
    """Its second, centred line ("Kendaraan") was the first paragraph, the lead's place."""
    markdown = convert_pdf(release_pdf([PATIMBAN]), Path("rilis.pdf")).markdown
    assert "SIARAN PERS\n\nPelabuhan Patimban Tambah Dua Dermaga Kendaraan\n\nSUBANG" in markdown


def test_a_label_in_the_headline_s_type_stays_apart_from_it(tmp_path):
    rows = [(200, 710, 18, "B", "SIARAN PERS"), *PATIMBAN[3:]]
    rows[1:3] = [(78.0, 688.2, 18, "B", PATIMBAN[3][4]), (242.8, 666.4, 18, "B", "Kendaraan")]
    done = run_import(tmp_path, release_pdf([rows], PHOTO))
    headline = "Pelabuhan Patimban Tambah Dua Dermaga Kendaraan"
    assert Article.parse(done.text).meta["title"] == headline
    assert body_of(done.text) == STORY


def test_a_line_centred_over_a_column_says_nothing_of_its_width(tmp_path):
    """``SIARAN PERS`` centred over the left column made it look wider: its lines were short
    for it, and one that ended before a capital ended its paragraph (the page sets its
    paragraphs apart by no more space than this one paragraph)."""
    rows = [
        (200, 740, 10.5, "B", "SIARAN PERS"),
        (78.0, 706.2, 18, "B", "Judul Rilis Pelabuhan"),
        *column(57, 650, [text for *_, text in PATIMBAN[20:27]]),  # ... dimulai / Januari ...
        *column(312, 650, [text for *_, text in PATIMBAN[29:32]]),  # Direktur Jenderal ...
    ]
    markdown = convert_pdf(release_pdf([rows]), Path("rilis.pdf")).markdown
    assert "Pembangunan tahap kedua dimulai Januari 2027 dan ditargetkan" in markdown


LEFT = ["Pemerintah juga membangun lapangan", "parkir kendaraan seluas 25 hektare",
        "dan jalan akses tol yang terhubung"]  # fmt: skip
RIGHT = ["dengan Tol Cipali sepanjang 8,2", "kilometer di utara pelabuhan."]


def test_a_sentence_that_goes_on_at_the_top_of_the_next_column_is_one_paragraph():
    rows = [(57, 700, 18, "B", "Judul Rilis"), *column(57, 650, LEFT), *column(312, 650, RIGHT)]
    markdown = convert_pdf(release_pdf([rows]), Path("rilis.pdf")).markdown
    assert markdown.endswith(f"{' '.join(LEFT)} {' '.join(RIGHT)}")


def test_a_paragraph_that_ends_at_a_column_s_foot_stays_one():
    right = ["Kapal peti kemas juga dilayani", "pelabuhan itu mulai tahun depan."]
    ended = [*LEFT[:2], "dan jalan akses tol sepanjang 8 km."]
    rows = [(57, 700, 18, "B", "Judul Rilis"), *column(57, 650, ended), *column(312, 650, right)]
    markdown = convert_pdf(release_pdf([rows]), Path("rilis.pdf")).markdown
    assert markdown.endswith(f"{' '.join(ended)}\n\n{' '.join(right)}")


def test_a_paragraph_that_runs_over_the_page_s_foot_is_one():
    first = [(57, 700, 18, "B", "Judul Rilis"), *column(57, 650, LEFT)]
    second = column(57, 780, RIGHT)
    markdown = convert_pdf(release_pdf([first, second]), Path("rilis.pdf")).markdown
    assert markdown.endswith(f"{' '.join(LEFT)} {' '.join(RIGHT)}")


def test_a_bold_line_below_the_lead_is_a_subheading_but_not_above_it(tmp_path):
    rows = [
        (57, 760, 10.5, "B", "PEMERINTAH KOTA BANDUNG"),  # a sender's name in bold: no heading
        (57, 748, 10.5, "R", "Jl. Wastukencana No. 2, Bandung 40117"),
        (57, 700, 18, "B", "Judul Rilis"),
        *column(57, 650, ["BANDUNG – Pemerintah Kota Bandung membuka festival", "kuliner, Senin."]),
        (57, 610, 10.5, "B", "Sasaran Festival"),
        *column(57, 590, ["Festival menyasar 10.000 pengunjung dari luar kota", "dan daerah."]),
        (57, 550, 10.5, "B", "Narahubung:"),  # a label, no heading
        *column(57, 530, ["Rina, Humas Pemkot Bandung, 0812-3456-7890"]),
    ]
    body = body_of(run_import(tmp_path, release_pdf([rows])).text)
    assert "Senin.\n\n## Sasaran Festival\n\nFestival menyasar" in body
    assert body.count("#") == 2  # the subheading's only


def test_lines_in_a_larger_type_than_the_body_s_but_not_the_headline_s_stay_apart():
    """Only the headline's type joins lines one under the other (a title page's names in a
    larger type than the body's are lines of their own)."""
    rows = [
        (57, 760, 24, "B", "Panduan Program Desa Digital"),
        *[
            (57, 720 - 16 * n, 13, "R", name)
            for n, name in enumerate(["Ani Wijaya", "Budi Santoso"])
        ],
        *column(
            57, 660, ["Program ini menjangkau 500 desa di wilayah selatan Jawa Barat.", "Isi."]
        ),
    ]
    markdown = convert_pdf(release_pdf([rows]), Path("rilis.pdf")).markdown
    assert "\n\nAni Wijaya\n\nBudi Santoso\n\n" in markdown


def test_notes_in_the_margin_make_no_column():
    """Short lines far right (a manual's ``[Function]``) would make the text beside them a
    column as wide as its headings: its own short lines then ended no paragraph."""
    rows: list[Row | list[Row]] = [(57, 780, 18, "B", "Judul Rilis")]
    for n in range(4):
        top = 740 - 60 * n
        rows += [
            (474, top, 10.5, "R", "[Catatan]"),
            (90, top - 12, 13, "B", f"Bagian {n + 1}"),
            *column(119, top - 28, ["Warga desa menerima pelatihan.", "Pelatihan dimulai Senin."]),
        ]
    markdown = convert_pdf(release_pdf([rows]), Path("rilis.pdf")).markdown
    assert "Warga desa menerima pelatihan.\n\nPelatihan dimulai Senin." in markdown
