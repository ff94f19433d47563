"""``photos.sniff`` and the preview's refusal of a file that is not an image: the first 64
bytes at most, once per file version, never through a link."""

from __future__ import annotations

import os
import struct

import pytest

from netizen_editor.photos import limits, sniff
from netizen_editor.photos.refused import refusal, refused_sources
from netizen_editor.photos.source import SourceRejected

PNG = b"\x89PNG\r\n\x1a\n" + bytes(200)


@pytest.mark.parametrize(
    "head",
    [PNG, b"\xff\xd8\xff\xe0JFIF", b"GIF89a..", b"RIFF\x10\x00\x00\x00WEBPVP8 ", b"II*\x00",
     b"MM\x00*", b"BM\x36\x00", b"\x00\x00\x00\x1cftypavif", b"\x00\x00\x00\x18ftypheic"],
)  # fmt: skip
def test_the_formats_the_exports_read_may_be_images(head):
    assert sniff.may_be_image(head)


@pytest.mark.parametrize("head", [b"", b"Catatan liputan", b"<svg xmlns=", b"%PDF-1.7", b"RIFF"])
def test_other_beginnings_are_not(head):
    assert not sniff.may_be_image(head)


def test_a_file_that_is_not_an_image_is_refused_by_its_first_bytes(tmp_path, monkeypatch):
    article = tmp_path / "banjir.md"
    (tmp_path / "foto.jpg").write_bytes(PNG)
    (tmp_path / "catatan.jpg").write_bytes(b"Catatan liputan, bukan foto.\n" * 100)
    sizes: list[int] = []
    read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: sizes.append(n) or read(fd, n))
    assert refusal("foto.jpg", article) is None
    problem = refusal("catatan.jpg", article)
    assert problem is not None and problem.reason == SourceRejected.NOT_IMAGE
    assert sizes == [sniff.HEAD, sniff.HEAD]  # 64 bytes of each, no more
    assert refusal("catatan.jpg", article) is not None and refusal("foto.jpg", article) is None
    assert len(sizes) == 2  # the same file versions: not read again

    (tmp_path / "catatan.jpg").write_bytes(PNG)  # replaced by a photo: a new version
    assert refusal("catatan.jpg", article) is None
    assert len(sizes) == 3


def test_a_link_put_in_place_of_the_file_is_not_followed(tmp_path):
    target = tmp_path / "catatan.txt"
    target.write_bytes(b"bukan foto")
    link = tmp_path / "foto.jpg"
    link.symlink_to(target)
    assert sniff.looks_like_image(link, os.stat(link))  # O_NOFOLLOW: not judged, not read


def _png(width: int, height: int) -> bytes:
    ihdr = struct.pack(">II", width, height) + b"\x08\x06\x00\x00\x00"
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + ihdr + bytes(4) + bytes(200)


def _jpeg(width: int, height: int, exif: int = 60_000) -> bytes:
    """A JPEG whose frame header (SOF0) comes after ``exif`` bytes of APP1 segments."""
    app1 = b""
    while len(app1) < exif:
        app1 += b"\xff\xe1" + struct.pack(">H", 60_002) + b"Exif\x00\x00" + bytes(59_994)
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app1 + sof + b"\xff\xda" + bytes(100_000)


def _bmp(width: int, height: int) -> bytes:
    return b"BM" + bytes(12) + struct.pack("<Iii", 40, width, -height) + bytes(100)


_EDGE = 10_000
_ROWS_IN_BUDGET = limits.PIXEL_BUDGET // _EDGE  # the exports' own limit, not a copy of it


@pytest.mark.parametrize(
    "make, name",
    [(_png, "foto.png"), (_jpeg, "foto.jpg"), (_bmp, "foto.bmp"),
     (lambda w, h: b"GIF89a" + struct.pack("<HH", w, h) + bytes(100), "foto.gif")],
)  # fmt: skip
@pytest.mark.usefixtures("indonesian")
def test_an_image_with_more_pixels_than_the_exports_take_is_refused_by_its_header(
    tmp_path, make, name
):
    article = tmp_path / "banjir.md"
    (tmp_path / name).write_bytes(make(_EDGE, _ROWS_IN_BUDGET + 1))
    problem = refusal(name, article)
    assert problem is not None and problem.reason == SourceRejected.TOO_LARGE
    assert "piksel, batas 50 megapiksel" in problem.detail  # the exports' words (Indonesian)
    (tmp_path / name).write_bytes(make(_EDGE, _ROWS_IN_BUDGET))  # at the limit: shown
    assert refusal(name, article) is None


def test_the_qa_photo_of_20000_pixels_square_is_left_out_of_the_preview(tmp_path):
    article = tmp_path / "banjir.md"
    (tmp_path / "besar.png").write_bytes(_png(20_000, 20_000))
    (tmp_path / "kecil.png").write_bytes(_png(1600, 900))
    assert refused_sources(["besar.png", "kecil.png"], article) == {"besar.png"}


def test_a_webp_is_held_to_the_exports_webp_limit(tmp_path):
    article = tmp_path / "banjir.md"
    bits = (6000 - 1) | ((6000 - 1) << 14)
    vp8l = b"VP8L" + struct.pack("<I", 5) + b"\x2f" + bits.to_bytes(4, "little")
    (tmp_path / "foto.webp").write_bytes(b"RIFF" + struct.pack("<I", 100) + b"WEBP" + vp8l)
    problem = refusal("foto.webp", article)
    assert problem is not None and problem.reason == SourceRejected.TOO_LARGE


def test_a_jpeg_is_read_only_up_to_its_bounded_head_and_never_decoded(tmp_path, monkeypatch):
    article = tmp_path / "banjir.md"
    (tmp_path / "jauh.jpg").write_bytes(_jpeg(20_000, 20_000, exif=60_000))
    (tmp_path / "terlalu-jauh.jpg").write_bytes(_jpeg(20_000, 20_000, exif=sniff.JPEG_HEAD))
    asked: list[int] = []
    read = os.read

    def counted(fd: int, n: int) -> bytes:
        data = read(fd, n)
        asked.append(len(data))
        return data

    monkeypatch.setattr(os, "read", counted)
    problem = refusal("jauh.jpg", article)
    assert problem is not None and problem.reason == SourceRejected.TOO_LARGE
    assert sum(asked) <= sniff.JPEG_HEAD
    asked.clear()
    assert refusal("terlalu-jauh.jpg", article) is None  # its size is past the bound: not judged
    assert sum(asked) <= sniff.JPEG_HEAD
