"""A PDF's lines are read with their places: wrapped lines make one paragraph again, indented
lines after a colon a list, a link annotation a link, a photo lands where it is drawn (with
the description the structure tree gives it), and what could not be kept is said."""

from __future__ import annotations

from pathlib import Path

from netizen_editor.importing.pdf import convert_pdf
from netizen_editor.importing.pdf_layout import Line, Piece, blocks_of, join_wrapped
from tests.importing.documents import pdf_of
from tests.photo_factory import jpeg_bytes, scene

Row = tuple[float, float, str]  # x, y (baseline, points up from the bottom), text


def layout_pdf(
    rows: list[Row | list[Row]],
    photo_at: float = 0.0,
    alt: str = "",
    link: tuple[list[float], str] | None = None,
) -> bytes:
    """One A4 page showing each row at its place in 7-point Helvetica (a list of rows: the
    cells of one line); a JPEG 150 points high drawn with its top edge at ``photo_at``."""
    shown = ""
    for row in rows:
        for x, y, text in row if isinstance(row, list) else [row]:
            escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            shown += f"BT /F1 7 Tf 1 0 0 1 {x} {y} Tm ({escaped}) Tj ET\n"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R" + (" /StructTreeRoot 7 0 R" if alt else "") + " >>",
        "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    image = b""
    if photo_at:
        shown += f"q 200 0 0 150 50 {photo_at - 150} cm /Im1 Do Q\n"
        image = jpeg_bytes(scene((64, 48)))
    annots = " /Annots [8 0 R]" if link else ""
    objects.append(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        f"/Resources << /Font << /F1 3 0 R >> /XObject << /Im1 6 0 R >> >>{annots} >>"
    )
    stream = shown.encode("cp1252")
    bodies: list[bytes] = [o.encode() for o in objects]
    bodies.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    bodies.append(
        b"<< /Type /XObject /Subtype /Image /Width 64 /Height 48 /ColorSpace /DeviceRGB "
        b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
        % len(image)
        + image
        + b"\nendstream"
    )
    bodies.append(f"<< /Type /StructTreeRoot /K [<< /S /Figure /Alt ({alt}) >>] >>".encode())
    if link:
        rect = " ".join(str(n) for n in link[0])
        bodies.append(
            f"<< /Type /Annot /Subtype /Link /Rect [{rect}] "
            f"/A << /S /URI /URI ({link[1]}) >> >>".encode()
        )
    return pdf_of(bodies)


LONG = (
    "Sleman, 4 Desember 2026 – Pemerintah Kabupaten Sleman resmi meluncurkan program Desa "
    "Digital yang akan menghubungkan 86 desa dengan"
)
QUOTE = (
    "Bupati Sleman menyebut program ini sebagai langkah penting untuk memangkas waktu "
    "pengurusan dokumen warga. “Warga tidak perlu lagi bolak-balik"
)
ROWS: list[Row | list[Row]] = [
    (50, 800, "Judul Rilis Desa Digital"),
    (50, 770, LONG),
    (50, 758, "layanan internet cepat dan sistem administrasi daring di seluruh kabupaten."),
    (50, 730, QUOTE),
    (50, 718, "ke kantor kecamatan hanya untuk surat pengantar,” ujarnya."),
    (50, 690, "Program ini mencakup tiga layanan utama:"),
    (70, 672, "Pengurusan surat keterangan secara daring"),
    (70, 660, "Pelatihan literasi digital bagi perangkat desa"),
    (70, 648, "Titik akses internet gratis di balai desa"),
]


def test_lines_wrapped_at_the_margin_are_one_paragraph_again():
    markdown = convert_pdf(layout_pdf(ROWS), Path("rilis.pdf")).markdown
    assert (
        f"{LONG} layanan internet cepat dan sistem administrasi daring di seluruh kabupaten.\n\n"
        in markdown
    )
    assert f"{QUOTE} ke kantor kecamatan hanya untuk surat pengantar,” ujarnya.\n\n" in markdown


def test_indented_lines_after_a_colon_are_a_list():
    markdown = convert_pdf(layout_pdf(ROWS), Path("rilis.pdf")).markdown
    assert markdown.endswith(
        "utama:\n\n- Pengurusan surat keterangan secara daring\n"
        "- Pelatihan literasi digital bagi perangkat desa\n"
        "- Titik akses internet gratis di balai desa"
    )


def test_bullets_at_a_line_start_are_a_list():
    rows: list[Row | list[Row]] = [
        (50, 800, "Judul"),
        (50, 770, "Layanan yang disediakan antara lain"),
        (50, 758, "• Surat keterangan"),
        (50, 746, "• Pelatihan warga"),
    ]
    markdown = convert_pdf(layout_pdf(rows), Path("rilis.pdf")).markdown
    assert markdown.endswith("antara lain\n\n- Surat keterangan\n- Pelatihan warga")


def test_a_link_annotation_becomes_a_link_around_its_text():
    rows: list[Row | list[Row]] = [
        (50, 800, "Judul"),
        [(50, 770, "Informasi lengkap di "), (150, 770, "situs resmi Sleman"), (205, 770, ".")],
    ]
    link = ([149, 767, 205, 780], "https://www.slemankab.go.id/desa-digital")
    converted = convert_pdf(layout_pdf(rows, link=link), Path("rilis.pdf"))
    assert (
        "Informasi lengkap di [situs resmi Sleman](https://www.slemankab.go.id/desa-digital)."
        in converted.markdown
    )
    assert "Informasi lengkap di situs resmi Sleman." in converted.plain


def test_a_photo_lands_where_it_is_drawn_with_its_description(tmp_path):
    rows: list[Row | list[Row]] = [
        *ROWS[:3],
        (50, 560, QUOTE),
        (50, 548, "ke kantor kecamatan hanya untuk surat pengantar,” ujarnya."),
        [(50, 500, "Tahap"), (120, 500, "Jumlah desa")],
        [(50, 486, "Tahap I"), (120, 486, "25")],
    ]
    saved: list[bytes] = []

    def store(data: bytes, name: str) -> str:
        saved.append(data)
        return f"rilis_files/foto-{len(saved)}.jpg"

    data = layout_pdf(rows, photo_at=740, alt="Bupati meresmikan Desa Digital")
    converted = convert_pdf(data, Path("rilis.pdf"), store)
    assert (
        "kabupaten.\n\n![Bupati meresmikan Desa Digital](rilis_files/foto-1.jpg)\n\nBupati"
        in converted.markdown
    )
    assert converted.markdown.endswith("ujarnya.\n\nTahap Jumlah desa\n\nTahap I 25")
    assert converted.warnings == ["tables are imported as lines of text (one line a row)"]


def test_a_photo_without_a_description_is_handed_to_the_summary():
    """The import's report counts it once it knows which picture is the sender's logo
    (test_logo_then_letter)."""
    data = layout_pdf(ROWS[:3], photo_at=740)
    converted = convert_pdf(data, Path("rilis.pdf"), lambda data, name: "foto-1.jpg")
    assert "kabupaten.\n\n![](foto-1.jpg)" in converted.markdown
    assert converted.undescribed == ["foto-1.jpg"]
    assert converted.warnings == []


def test_a_word_broken_at_a_line_end_is_joined_unless_it_is_a_compound():
    assert join_wrapped(["menurut ke-", "bijakan baru"]) == "menurut kebijakan baru"
    assert join_wrapped(["pemerin-", "tah desa"]) == "pemerintah desa"
    for first, second, whole in [
        ("warga bolak-", "balik ke", "warga bolak-balik ke"),
        ("anak-", "anak desa", "anak-anak desa"),
        ("sayur-", "mayur segar", "sayur-mayur segar"),
        ("warga se-", "Indonesia", "warga se-Indonesia"),
        ("pandemi COVID-", "19 usai", "pandemi COVID-19 usai"),
        ("kegiatan sehari-", "hari warga", "kegiatan sehari-hari warga"),
    ]:
        assert join_wrapped([first, second]) == whole


def test_a_paragraph_of_one_enormous_word_is_joined_in_linear_time():
    """A planted PDF's line of one 40,000-letter word: the look for a word broken by a hyphen
    searched the whole paragraph again per line (~7 s here); only its end counts."""
    import time

    word = "a" * 40_000
    start = time.perf_counter()
    joined = join_wrapped([word + "!", "kata-", "kata berikut", "ke-", "bijakan"])
    assert time.perf_counter() - start < 1.0
    assert joined == word + "! kata-kata berikut kebijakan"


def test_a_paragraph_of_100000_lines_is_read_in_linear_time():
    """A planted page of 100,000 short lines of one paragraph: each line copied the rest of
    the page to find the next text, and the paragraph was rebuilt by copying it per line
    (~20 s here); now about a second."""
    import time

    lines = [Line([Piece(72, 700 - i * 12, 10, "kata")]) for i in range(100_000)]
    start = time.perf_counter()
    blocks = blocks_of(lines)
    assert len(blocks) == 1
    assert blocks[0].text == " ".join(["kata"] * 100_000)
    assert time.perf_counter() - start < 5.0


def test_two_lines_of_20000_cells_each_are_compared_in_linear_time():
    """Cells of two planted lines that never share a column were compared each with each
    (~27 s here for 20,000 cells a line)."""
    import time

    lines = [
        Line([Piece(72 + i, 700, 10, "a") for i in range(20_000)]),
        Line([Piece(100_000 + i, 688, 10, "b") for i in range(20_000)]),
    ]
    start = time.perf_counter()
    blocks = blocks_of(lines)
    assert time.perf_counter() - start < 1.0
    assert [block.kind for block in blocks] == ["text", "text"]


def test_links_over_a_page_of_300000_pieces_are_looked_for_in_bounded_time():
    """200 planted links as tall as the page over 300,000 pieces of text beside them: each
    link looked at every piece (~10 s here); the looks are now bounded."""
    import time

    from netizen_editor.importing.pdf_layout import mark_links

    lines = [Line([Piece(72, 700 - i * 0.002, 10, "a")]) for i in range(300_000)]
    links = [([500.0, 0.0, 590.0, 800.0], f"https://contoh.id/{n}") for n in range(200)]
    start = time.perf_counter()
    mark_links(lines, links, [])
    assert time.perf_counter() - start < 3.0


def test_a_link_marks_only_the_text_at_its_height():
    from netizen_editor.importing.pdf_layout import LINK_OPEN, mark_links

    lines = [Line([Piece(72, y, 10, f"baris {y}")]) for y in (700, 688, 676)]
    targets: list[str] = []
    mark_links(lines, [([70.0, 686.0, 200.0, 696.0], "https://contoh.id")], targets)
    assert [LINK_OPEN in line.pieces[0].text for line in lines] == [False, True, False]
    assert targets == ["https://contoh.id"]


def test_an_empty_line_between_the_halves_of_a_broken_word_changes_nothing():
    assert join_wrapped(["menurut ke-", "", "bijakan baru"]) == "menurut kebijakan baru"
    assert join_wrapped(["anak-", "", "anak desa"]) == "anak-anak desa"
    assert join_wrapped(["satu", "", "dua"]) == "satu  dua"
