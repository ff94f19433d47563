"""``image-missing`` and ``image-size`` look at an image by reference (``![alt][id]``, the
collapsed ``![id][]`` and the shortcut ``![id]``) at the address its ``[id]:`` line gives, as
the page and the exports load it: also when that address stands on the line under ``[id]:``,
and the last definition of an id when there are several (Markdown keeps the last). An id that
nothing defines is text on the page: no image to look at."""

from __future__ import annotations

from pathlib import Path

from netizen_editor.checks import Level
from tests.checks.helpers import findings
from tests.checks.test_image_missing import PHOTO, article, line_of, missing
from tests.checks.test_images_and_style import png


def test_images_by_reference_are_looked_up_at_their_definitions_address(tmp_path):
    body = (
        "Banjir ![Genangan di Muara Baru][rob] menggenangi rumah warga.\n\n"
        "Petugas datang. ![perahu][]\n\n"
        "Warga mengungsi ![tenda] ke masjid.\n\n"
        "Tanpa definisi ![entah][tidak-ada] di sini.\n\n"
        "[rob]: rob.jpg\n"
        "[Perahu]: perahu.jpg\n"
        "[tenda]:\n"
        "  tenda.jpg\n"
    )
    text, path = article(tmp_path, body)

    def column(needle: str) -> int:
        return text.splitlines()[line_of(text, needle) - 1].index(needle) + 1

    def not_found(src: str) -> str:
        return f"gambar '{src}' tidak ditemukan: ekspor tidak menyertakannya"

    assert missing(text, path) == [
        (line_of(text, "![Genangan"), column("![Genangan"), Level.WARNING, not_found("rob.jpg")),
        (line_of(text, "![perahu]"), column("![perahu]"), Level.WARNING, not_found("perahu.jpg")),
        (line_of(text, "![tenda]"), column("![tenda]"), Level.WARNING, not_found("tenda.jpg")),
    ]
    for name in ("rob.jpg", "perahu.jpg", "tenda.jpg"):
        (tmp_path / name).write_bytes(PHOTO)
    assert missing(text, path) == []


def test_the_last_definition_of_an_id_is_the_one_looked_up(tmp_path):
    (tmp_path / "lama.jpg").write_bytes(PHOTO)
    body = "Foto ![Banjir][foto] di sini.\n\n[foto]: baru.jpg\n\n[foto]: lama.jpg\n"
    text, path = article(tmp_path, body)
    assert missing(text, path) == []
    body = "Foto ![Banjir][foto] di sini.\n\n[foto]: lama.jpg\n\n[foto]: baru.jpg\n"
    text, path = article(tmp_path, body)
    assert [message.split(":")[0] for *_, message in missing(text, path)] == [
        "gambar 'baru.jpg' tidak ditemukan"
    ]


def test_an_image_by_reference_too_heavy_for_phones_is_flagged_at_the_image(tmp_path):
    png(tmp_path / "berat.png", 1600, 10, padding=1_200_000)
    body = "Foto ![Banjir][berat] di sini.\n\n[berat]:\n    berat.png\n"
    text, path = article(tmp_path, body)
    (finding,) = findings(text, "image-size", path=path)
    assert (finding.line, finding.column) == (line_of(text, "![Banjir]"), 6)
    assert finding.level == Level.WARNING and finding.rule == "image-size"
    assert "berat.png" in finding.message and "KB" in finding.message


def test_words_after_an_address_make_no_definition(tmp_path: Path):
    # Python-Markdown reads "[foto]: hilang.jpg kata" as text: the image stays text too
    body = "Foto ![Banjir][foto] di sini.\n\n[foto]: hilang.jpg kata lain\n"
    text, path = article(tmp_path, body)
    assert missing(text, path) == []
