"""The file names a rich-text paste keeps for its pictures before they are written (QA33 #7:
their links go in the text with it, where each picture stood): the first numbers not taken,
from one look at the folder; the suffix the web copy most likely gets; and the number kept is
the one written while no file has it, never a colleague's file overwritten."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from netizen_editor.photos import PhotoOptions
from netizen_editor.photos.importing import import_photo, likely_suffix, reserve_numbers
from tests.photo_factory import jpeg_bytes, scene


def encoded(image: Image.Image, kind: str) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, kind)
    return buffer.getvalue()


def test_the_numbers_kept_skip_those_the_folder_and_other_pastes_hold(article):
    folder = article.parent / "banjir_files"
    folder.mkdir()
    for name in ("foto-1.jpg", "foto-3.png", "foto-x.jpg", "lain-2.jpg"):
        (folder / name).write_bytes(b"a colleague's")
    assert reserve_numbers(article, "foto", 3) == [2, 4, 5]
    assert reserve_numbers(article, "foto", 2, kept={"2"}) == [4, 5]  # a paste being stored
    assert reserve_numbers(article.parent / "baru.md", "foto", 2) == [1, 2]  # no folder yet


def test_the_number_kept_is_written_and_a_colleague_s_file_is_not(article):
    photo = jpeg_bytes(scene((400, 300)))
    assert import_photo(article, data=photo, stem="foto", number=3).relative == (
        "banjir_files/foto-3.jpg"
    )
    colleague = article.parent / "banjir_files" / "foto-4.webp"
    colleague.write_bytes(b"a colleague's, written meanwhile")
    done = import_photo(article, data=jpeg_bytes(scene((400, 300), seed=2)), stem="foto", number=4)
    assert done.relative == "banjir_files/foto-1.jpg"  # the first free one instead
    assert colleague.read_bytes() == b"a colleague's, written meanwhile"


@pytest.mark.parametrize(
    ("data", "options", "suffix"),
    [
        (jpeg_bytes(scene((80, 60))), PhotoOptions(), ".jpg"),
        (jpeg_bytes(scene((80, 60))), PhotoOptions(format="webp"), ".webp"),
        (encoded(Image.new("RGB", (80, 60), "white"), "PNG"), PhotoOptions(), ".png"),
        (encoded(Image.new("RGBA", (80, 60), (0, 0, 0, 0)), "PNG"), PhotoOptions(), ".png"),
        (encoded(Image.new("RGB", (80, 60)), "WEBP"), PhotoOptions(), ".jpg"),
        (b"not a picture", PhotoOptions(), ".jpg"),  # the pipeline says what it is
    ],
)
def test_the_suffix_kept_is_the_one_the_web_copy_most_likely_gets(data, options, suffix):
    assert likely_suffix(data, options) == suffix
