"""A TIFF is sized by its first directory (``photos.tiff``), read without Pillow and wherever the
file puts it: ``check`` and the preview said nothing of a planted TIFF of 20000×20000 pixels
(their header readers knew PNG, JPEG, GIF, WebP, BMP and HEIF only), while the exports refused
it in Pillow's words. Now all three refuse it by name with the same reason. And Pillow, opening
a TIFF, makes a descriptor for each strip it declares before anything is sized: 7,000,000
one-row strips (56 MB) held ``Image.open`` 12.9 s and 2.2 GB; the pipeline now refuses a TIFF
of more pieces than a picture of the pixel budget has before Pillow reads it."""

from __future__ import annotations

import io
import os
import struct
from pathlib import Path

import pytest
from PIL import Image

from netizen_editor.checks.cli import check_main
from netizen_editor.export import get_exporter
from netizen_editor.photos import limits, pipeline, sniff, tiff
from netizen_editor.photos.pipeline import make_web_copy
from netizen_editor.photos.refused import refusal
from netizen_editor.photos.source import SourceRejected

SHORT, LONG, LONG8 = 3, 4, 16


def tiff_file(
    width: int,
    height: int,
    bits: tuple[int, ...] = (8,),
    strips: int = 1,
    *,
    order: str = "<",
    big: bool = False,
    pixels: bytes = b"",
) -> bytes:
    """A TIFF whose first directory says ``width``×``height`` pixels of ``bits`` a sample in
    ``strips`` strips, written after ``pixels`` at the end of the file (where libtiff puts it);
    the strips all point at the first bytes."""
    mark = b"II" if order == "<" else b"MM"
    head = mark + struct.pack(order + ("HHHQ" if big else "HI"), *(
        (43, 8, 0, 0) if big else (42, 0)))  # fmt: skip
    data = bytearray(head + pixels)
    unit = "Q" if big else "I"

    size = 8 if big else 4

    def value(values: tuple[int, ...], code: str) -> bytes:  # in the entry, or where it is
        packed = struct.pack(f"{order}{len(values)}{code}", *values)
        if len(packed) <= size:
            return packed.ljust(size, b"\x00")
        data.extend(packed)
        return struct.pack(order + unit, len(data) - len(packed))

    entries = [
        (256, LONG, 1, value((width,), "I")),
        (257, LONG, 1, value((height,), "I")),
        (258, SHORT, len(bits), value(bits, "H")),
        (259, SHORT, 1, value((1,), "H")),  # no compression
        (262, SHORT, 1, value((2 if len(bits) >= 3 else 1,), "H")),  # RGB or grey
        (273, LONG, strips, value((len(head),) * strips, "I")),
        (277, SHORT, 1, value((len(bits),), "H")),
        (278, LONG, 1, value((max(1, height // strips),), "I")),
    ]
    directory = len(data)
    data.extend(struct.pack(order + ("Q" if big else "H"), len(entries)))
    for tag, kind, count, field in entries:
        data.extend(struct.pack(order + ("HHQ" if big else "HHI"), tag, kind, count) + field)
    data.extend(bytes(size))  # no next directory
    start = 8 if big else 4
    data[start : start + size] = struct.pack(order + unit, directory)
    return bytes(data)


def story(folder: Path, name: str) -> Path:
    path = folder / "banjir.md"
    path.write_text(f"---\ntitle: Banjir\n---\n\nNetizen.co.id - Banjir.\n\n![Banjir]({name})\n",
                    encoding="utf-8")  # fmt: skip
    return path


HUGE = "20000×20000 pixels, limit 50 megapixels"


def test_a_planted_tiff_of_huge_dimensions_is_refused_by_name_everywhere_alike(
    tmp_path, capsys, cli_in_english, private_cache
):
    planted = tiff_file(20000, 20000, pixels=bytes(4096))  # its directory past the first 4 KB
    (tmp_path / "besar.tif").write_bytes(planted)
    path = story(tmp_path, "besar.tif")

    check_main([str(path)])  # the checks
    assert (f"{path}:7:1: warning: image-size: image 'besar.tif' is too large to decode safely "
            f"({HUGE}); exports leave it out") in capsys.readouterr().out  # fmt: skip

    refused = refusal("besar.tif", path)  # the preview
    assert refused is not None and refused.reason == SourceRejected.TOO_LARGE
    assert refused.detail == HUGE

    with pytest.raises(SourceRejected) as made:  # paste, insert, every export
        make_web_copy(planted)
    assert made.value.detail == HUGE
    from netizen_editor.article.model import Article
    from netizen_editor.publish.body import BodyRenderer
    from netizen_editor.settings import Settings

    article = Article.parse(path.read_text(encoding="utf-8"), path)
    result = get_exporter("page").export(article, Settings(), BodyRenderer())
    assert result.warnings == [
        f"{path}:7: warning: image 'besar.tif' is not used: it is too large ({HUGE})"
    ]


def test_a_tiff_of_16_bits_a_sample_is_sized_by_the_preview_and_the_checks_too():
    planted = tiff_file(6000, 6000, (16, 16, 16), order=">", pixels=bytes(500))
    assert limits.problem(limits.shape(planted)) == (
        "6000×6000 pixels of 48 bits decode to 216 MB, limit 200 MB"
    )
    refused = sniff.head_refusal(planted[: sniff.HEAD])  # its first bytes do not tell
    assert refused is None


def test_the_preview_reads_the_directory_where_it_is_and_no_more(tmp_path, monkeypatch):
    path = tmp_path / "besar.tif"
    path.write_bytes(tiff_file(20000, 20000, pixels=bytes(1_000_000)))
    sizes: list[int] = []
    read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: sizes.append(n) or read(fd, n))
    refused = sniff.refusal_by_head(path, os.stat(path))
    assert refused is not None and refused.detail == HUGE
    assert sum(sizes) < 1000  # of a file of 1 MB: its first bytes, and its directory


def test_a_tiff_of_more_strips_than_a_picture_has_is_refused_before_pillow_reads_it(monkeypatch):
    strips = limits.TIFF_PIECE_BUDGET + 1
    planted = tiff_file(1, strips, strips=strips)  # 1 pixel wide: well within the pixels
    opened: list[object] = []
    real_open = Image.open
    monkeypatch.setattr(
        pipeline.Image, "open", lambda *a, **k: opened.append(a) or real_open(*a, **k)
    )
    with pytest.raises(SourceRejected) as refused:
        make_web_copy(planted)
    assert refused.value.reason == SourceRejected.TOO_LARGE
    assert refused.value.detail == "200001 TIFF strips or tiles, limit 200000"
    assert opened == []  # Pillow never saw it
    assert limits.problem(limits.shape(planted)) == refused.value.detail  # check says the same


def test_a_bigtiff_that_declares_a_billion_tags_is_refused_reading_only_what_a_tiff_holds():
    planted = bytearray(tiff_file(100, 100, big=True))
    (directory,) = struct.unpack("<Q", planted[8:16])
    planted[directory : directory + 8] = struct.pack("<Q", 10**9)
    asked: list[int] = []

    def read(offset: int, size: int) -> bytes:
        asked.append(size)
        return bytes(planted[offset : offset + size])

    head = tiff.read_head(read, len(planted))
    assert head is not None and head.tags == 10**9 and head.size == (100, 100)
    assert max(asked) <= tiff.MAX_TAGS * 20
    assert limits.problem(limits.shape(bytes(planted))) == "1000000000 TIFF tags, limit 65535"


def test_a_bigtiff_which_the_exports_read_is_no_stranger_to_the_preview(tmp_path):
    """The preview knew a classic TIFF's first bytes only: a BigTIFF the exports make a web copy
    of was left out of it as not an image."""
    path = tmp_path / "besar.tif"
    path.write_bytes(tiff_file(64, 48, big=True, pixels=bytes(64 * 48)))
    assert make_web_copy(path.read_bytes()).source_size == (64, 48)
    assert sniff.refusal_by_head(path, os.stat(path)) is None
    path.write_bytes(tiff_file(20000, 20000, big=True, order=">"))
    refused = sniff.refusal_by_head(path, os.stat(path))
    assert refused is not None and refused.detail == HUGE


@pytest.mark.parametrize("mode", ["RGB", "RGBA", "L", "1", "I;16", "CMYK", "LA", "P", "F"])
@pytest.mark.parametrize(
    "options", [{}, {"compression": "tiff_lzw"}, {"big_tiff": True}, {"tile": (64, 64)}]
)
def test_the_directory_says_what_pillow_reads(mode, options):
    out = io.BytesIO()
    Image.new(mode, (300, 200)).save(out, "TIFF", **options)
    found = limits.shape(out.getvalue())
    with Image.open(io.BytesIO(out.getvalue())) as image:
        per_sample = image.tag_v2.get(258, (1,))
        samples = image.tag_v2.get(277, len(per_sample))
        assert found.size == image.size
        assert found.bits == max(sum(per_sample), max(per_sample) * samples)


@pytest.mark.parametrize(
    "planted",
    [
        b"II*\x00" + struct.pack("<I", 2**32 - 1),  # a directory past the end
        b"II+\x00" + struct.pack("<HHQ", 8, 0, 2**64 - 1),
        b"MM\x00*\x00\x00\x00\x08\x00",  # cut in its tag count
        b"II*\x00\x08\x00\x00\x00\x05\x00" + b"\x00\x01" * 6,  # cut in its entries
        tiff_file(0, 100),
    ],
)
def test_a_damaged_directory_gives_no_size_and_no_error(tmp_path, planted):
    assert limits.shape(planted).size is None
    path = tmp_path / "rusak.tif"
    path.write_bytes(planted)
    assert sniff.refusal_by_head(path, os.stat(path)) is None  # the browser shows it broken


def _directory(entries: list[tuple[int, int, int, bytes]], tail: bytes = b"") -> bytes:
    """A classic little-endian TIFF of these directory entries (tag, type, count, 4 bytes),
    ``tail`` after the directory."""
    data = bytearray(b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", len(entries)))
    for tag, kind, count, field in entries:
        data += struct.pack("<HHI", tag, kind, count) + field.ljust(4, b"\x00")
    return bytes(data + bytes(4) + tail)


SLONG8 = 17  # a type Pillow does not read: it skips the entry and takes the next of that tag


def test_a_tag_given_twice_is_read_at_its_largest(tmp_path):
    """Review RV4 #1: StripOffsets as one strip in a type Pillow skips, then as millions in
    one it reads, passed the strip limit (Pillow then made 2,800,000 strips: 5.2 s, 1 GB); the
    size given as 1 x 1 that way, then 9000 x 9000, passed the pixel limit."""
    strips = limits.TIFF_PIECE_BUDGET + 1
    one = struct.pack("<I", 1)
    planted = _directory([
        (256, LONG, 1, one), (257, LONG, 1, struct.pack("<I", strips)),
        (258, SHORT, 1, struct.pack("<H", 8)),
        (273, SLONG8, 1, struct.pack("<I", 8)), (273, LONG, strips, struct.pack("<I", 8)),
        (277, SHORT, 1, struct.pack("<H", 1)),
    ])  # fmt: skip
    assert limits.problem(limits.shape(planted)) == "200001 TIFF strips or tiles, limit 200000"
    with pytest.raises(SourceRejected):
        make_web_copy(planted)
    big = struct.pack("<I", 9000)
    planted = _directory([
        (256, SLONG8, 1, one), (256, LONG, 1, big), (257, SLONG8, 1, one), (257, LONG, 1, big),
        (258, SHORT, 1, struct.pack("<H", 8)), (273, LONG, 1, struct.pack("<I", 8)),
        (277, SHORT, 1, struct.pack("<H", 1)),
    ])  # fmt: skip
    shape = limits.shape(planted)
    assert shape.size == (9000, 9000)
    assert limits.problem(shape) is not None
