"""Image sizes from real files; the house style file: thresholds, words, mistakes."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from netizen_editor.checks import Level
from netizen_editor.checks.imagefiles import image_size
from netizen_editor.checks.textwidth import cut_to_width, text_width
from netizen_editor.settings import Settings
from tests.checks.helpers import CLEAN, findings, spoil


def png(path: Path, width: int, height: int, padding: int = 0) -> Path:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    raw = zlib.compress(b"\x00" * (width * 3 + 1) * height)
    extra = chunk(b"tEXt", b"c\x00" + b"x" * padding) if padding else b""
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + extra + chunk(b"IDAT", raw)
                     + chunk(b"IEND", b""))  # fmt: skip
    return path


def test_image_size_reads_png_and_jpeg_headers(tmp_path):
    assert image_size(png(tmp_path / "a.png", 640, 360)) == (640, 360)
    jpeg = b"\xff\xd8\xff\xe0\x00\x04ab\xff\xc0\x00\x11\x08\x01\x68\x02\x80\x03" + b"\x00" * 20
    (tmp_path / "b.jpg").write_bytes(jpeg)
    assert image_size(tmp_path / "b.jpg") == (640, 360)
    (tmp_path / "c.jpg").write_bytes(b"not an image")
    assert image_size(tmp_path / "c.jpg") is None


def featured(tmp_path: Path, width: int, padding: int = 0) -> tuple[str, Path]:
    png(tmp_path / "utama.png", width, 10, padding)
    text = spoil("status: draft", "status: draft\nimage: utama.png\nimage_credit: Antara")
    return text, tmp_path / "artikel.md"


def test_a_small_featured_image_is_flagged(tmp_path):
    text, path = featured(tmp_path, 800)
    (finding,) = findings(text, "image-size", path=path)
    assert finding.line == 11 and finding.level == Level.WARNING and "800" in finding.message


def test_a_wide_featured_image_passes(tmp_path):
    text, path = featured(tmp_path, 1600)
    assert findings(text, "image-size", path=path) == []


def test_an_image_file_over_a_megabyte_is_flagged(tmp_path):
    text, path = featured(tmp_path, 1600, padding=1_200_000)
    (finding,) = findings(text, "image-size", path=path)
    assert "KB" in finding.message and "utama.png" in finding.message


def test_images_outside_the_article_folder_are_not_read(tmp_path):
    png(tmp_path / "kecil.png", 100, 10)
    inner = tmp_path / "artikel"
    inner.mkdir()
    text = spoil("status: draft", "status: draft\nimage: ../kecil.png\nimage_credit: Antara")
    assert findings(text, "image-size", path=inner / "a.md") == []


# -- house style --------------------------------------------------------------------------------
def style(tmp_path: Path, text: str) -> Settings:
    path = tmp_path / "gaya.toml"
    path.write_text(text, encoding="utf-8")
    return Settings(house_style=str(path))


def test_the_house_style_changes_a_threshold(tmp_path):
    text = spoil("title: Banjir Rob Genangi Pesisir Jakarta Utara",
                 "title: Warga Pesisir Jakarta Utara Mengungsi karena Banjir Rob")  # fmt: skip
    assert findings(text, "title-length") == []
    strict = style(tmp_path, "[title-length]\nmax_px = 400\n")
    assert findings(text, "title-length", strict)[0].level == Level.WARNING


def test_the_house_style_turns_rules_off(tmp_path):
    text = spoil("summary:", "sumary:")
    assert findings(text, "summary")
    assert findings(text, "summary", style(tmp_path, 'disabled = ["summary"]\n')) == []


def test_the_house_style_replaces_words_keeping_the_capital(tmp_path):
    settings = style(tmp_path, '[words.replace]\nmerubah = "mengubah"\n')
    text = spoil("Menurut data", "Merubah aturan. Menurut data")
    (finding,) = findings(text, "house-style", settings)
    assert finding.suggestions == ("Mengubah",)
    assert (finding.line, finding.column, finding.length) == (24, 1, 7)


def test_the_house_style_reads_the_words_a_reader_reads(tmp_path):
    # never published: a review comment, deleted text, one spanning lines (QA19 P5); the
    # columns of what is read stay those of the line as written
    settings = style(tmp_path, '[words]\nbanned = ["oknum"]\nreplace = {merubah = "mengubah"}\n')
    line = "Warga melapor.{>>@Dewi: jangan tulis oknum di sini<<} Ia {--merubah--} oknum."
    found = findings(spoil("Menurut data", line + "\n\n{--Oknum\nmerubah--} Menurut data"),
                     "house-style", settings)  # fmt: skip
    assert [(f.line, f.column, f.length) for f in found] == [(24, line.rindex("oknum") + 1, 5)]
    kept = findings(spoil("Menurut data", "Ia {++merubah++} {~~a~>oknum~~}. Menurut data"),
                    "house-style", settings)  # fmt: skip
    assert [(f.line, f.column, f.length) for f in kept] == [(24, 7, 7), (24, 24, 5)]


def test_a_broken_house_style_says_where_and_uses_the_defaults(tmp_path):
    settings = style(tmp_path, 'disabled = ["summary"]\n[title-length\nmax_px = 10\n')
    text = spoil("summary:", "sumary:")
    found = findings(text, settings=settings)
    (problem,) = [f for f in found if f.rule == "house-style"]
    assert problem.path == tmp_path / "gaya.toml" and problem.line == 2
    assert "TOML" in problem.message and "bawaan" in problem.message
    assert any(f.rule == "summary" for f in found)  # the defaults: nothing turned off


def test_house_style_mistakes_name_their_line(tmp_path):
    cases = {
        'disabled = ["sumary"]\n': (1, "sumary"),
        "\n[summary]\nmin_chars = 100\nmaximum = 3\n": (4, "maximum"),
        "[lead-length]\nmax_words = 'tiga puluh'\n": (2, "max_words"),
        "[headline]\nmax = 1\n": (1, "headline"),
    }
    for text, (line, word) in cases.items():
        found = findings(CLEAN, "house-style", style(tmp_path, text))
        assert len(found) == 1 and found[0].line == line and word in found[0].message, text


def test_a_release_copy_run_too_short_to_mean_copying_is_refused_with_its_line(tmp_path):
    # min_words = 0 reported every word of every story as copied from the release
    for text, line in (
        ("[release-copy]\nmin_words = 0\n", 2),
        ("\n[release-copy]\nmin_words = 4\n", 3),
    ):
        (found,) = findings(CLEAN, "house-style", style(tmp_path, text))
        assert found.line == line and "'min_words' paling sedikit 5" in found.message, text
    assert findings(CLEAN, "house-style", style(tmp_path, "[release-copy]\nmin_words = 5\n")) == []


def test_a_missing_house_style_file_is_reported(tmp_path):
    settings = Settings(house_style=str(tmp_path / "tidak-ada.toml"))
    (finding,) = findings(CLEAN, "house-style", settings)
    assert finding.path == tmp_path / "tidak-ada.toml"


# -- text width -----------------------------------------------------------------------------------
def test_wide_letters_are_wider_than_narrow_ones():
    assert text_width("WWWW") > 2 * text_width("iiii")
    assert text_width("n") == 1139 * 20 / 2048  # Arial: n is 1139 of 2048 units


def test_cut_to_width_cuts_at_a_word_with_an_ellipsis():
    title = "Pemerintah Provinsi DKI Jakarta Umumkan Rencana Pembangunan Tanggul Laut Raksasa"
    shown, cut = cut_to_width(title, 300)
    assert cut and shown.endswith("…") and title.startswith(shown[:-1])
    assert text_width(shown) <= 300
    assert title[len(shown) - 1] == " "  # not in the middle of a word
    assert cut_to_width("Pendek", 600) == ("Pendek", False)


def _cut_measuring_all(text: str, max_px: float, size_px: float) -> tuple[str, bool]:
    """cut_to_width as it was: the whole text measured (the reference)."""
    from netizen_editor.checks.textwidth import ELLIPSIS, UNITS_PER_EM, _units

    if text_width(text, size_px) <= max_px:
        return text, False
    budget, used, end = max_px * UNITS_PER_EM / size_px - _units(ELLIPSIS), 0, 0
    for index, ch in enumerate(text):
        used += _units(ch)
        if used > budget:
            break
        end = index + 1
    head = text[:end]
    if " " in head.strip() and end < len(text) and text[end] != " ":
        head = head[: head.rstrip().rfind(" ")]
    return head.rstrip(" ,.;:-–—") + ELLIPSIS, True


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="il' .,WmMn—é漢abc", max_size=400),
    st.sampled_from([(600, 20), (920, 13), (100, 20)]),
)
def test_only_the_start_of_a_long_text_is_measured_with_the_same_cut(text, limit):
    # a 5 MB paragraph without a summary was measured whole at every keystroke (0.4 s)
    assert cut_to_width(text, *limit) == _cut_measuring_all(text, *limit)


def test_a_very_long_lead_is_cut_at_once():
    lead = "kata " * 1_000_000
    shown, cut = cut_to_width(lead, 920, 13)
    assert cut and lead.startswith(shown[:-1]) and len(shown) < 200


# -- the Google result and the share card ---------------------------------------------------
def test_the_google_result_cuts_a_long_title_and_falls_back_to_the_lead():
    from netizen_editor.article.model import Article
    from netizen_editor.checks.snippets import search_result

    text = spoil(
        "title: Banjir Rob Genangi Pesisir Jakarta Utara",
        "title: " + "Pemerintah Provinsi Umumkan Rencana Tanggul Laut Raksasa " * 2,
    )
    text = spoil("summary:", "sumary:", text)
    result = search_result(Article.parse(text), Settings())
    assert result.title_cut and result.title.endswith("…")
    assert text_width(result.title) <= 600
    assert result.description_from_text
    assert result.description.startswith("JAKARTA, Netizen.co.id - Banjir rob menggenangi")
    assert result.url == "https://netizen.co.id › banjir-rob-genangi-pesisir-jakarta-utara"
    assert result.date == "11 Mar 2024"


def test_the_share_card_crop_is_centred_at_1_91_to_1():
    from netizen_editor.checks.snippets import crop_box

    assert crop_box(1000, 1000) == (0, 238, 1000, 524)
    assert crop_box(4000, 1000) == (1045, 0, 1910, 1000)


def test_the_settings_images_folder_is_where_an_address_may_lead_as_exports_read_it(tmp_path):
    photos = tmp_path / "foto-redaksi"
    photos.mkdir()
    png(photos / "utama.png", 640, 10)
    article = tmp_path / "artikel" / "a.md"
    article.parent.mkdir()
    settings = Settings(images_folder=str(photos))
    led = spoil("status: draft", "status: draft\nimage: ../foto-redaksi/utama.png\nimage_credit: A")
    assert findings(led, "image-size", path=article) == []  # outside without the setting
    (finding,) = findings(led, "image-size", settings, path=article)
    assert "640" in finding.message
    # a bare name is looked up beside the article only, as the exports look it up
    bare = spoil("status: draft", "status: draft\nimage: utama.png\nimage_credit: Antara")
    assert findings(bare, "image-size", settings, path=article) == []
    (missing,) = findings(bare, "featured-image", settings, path=article)
    assert "tidak ditemukan" in missing.message


def test_a_featured_image_the_exports_will_not_use_is_reported(tmp_path):
    desk, elsewhere = tmp_path / "desk", tmp_path / "kamera"
    desk.mkdir()
    elsewhere.mkdir()
    png(desk / "ada.png", 1200, 630)
    outside = png(elsewhere / "foto.png", 1200, 630)
    article = desk / "berita.md"

    def featured(value: str) -> list[str]:
        text = spoil("dateline: Jakarta", f"dateline: Jakarta\nimage: {value}\nimage_credit: X")
        return [f.message for f in findings(text, "featured-image", path=article)]

    assert featured("ada.png") == []
    assert featured("https://netizen.co.id/foto.jpg") == []
    (full,) = featured(str(outside))
    assert "jalur lengkap" in full and "tombol di kolom Gambar" in full  # the full path
    (missing,) = featured("hilang.png")
    assert "tidak ditemukan" in missing
    (out,) = featured("../kamera/foto.png")
    assert "di luar folder artikel" in out
