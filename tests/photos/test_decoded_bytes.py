"""A picture is bounded by the bytes its samples decode to, read from its header, not by its
pixel count alone: a 380 KB PNG of 49 MP at 16 bits a channel with alpha decoded 392 MB (2.6 s,
670 MB) under the 50 MP budget (QA35 #2). The exports, the paste, the check and the preview
refuse it alike, before anything is decoded."""

from __future__ import annotations

import io
import struct

import pytest
from PIL import Image, TiffImagePlugin

from netizen_editor.photos import limits, sniff
from netizen_editor.photos.pipeline import make_web_copy, probe
from netizen_editor.photos.source import SourceRejected
from tests.hostile.image_bombs import deep_png


def png_head(side: int, depth: int, colour: int) -> bytes:
    """A PNG's signature and header only: enough for every check made before decoding."""
    return deep_png(side, depth, colour)[:33]


def test_the_bits_a_pixel_come_from_the_header():
    assert limits.shape(png_head(7000, 16, 6)).bits == 64  # 16 bits × RGBA
    assert limits.shape(png_head(7000, 8, 2)).bits == 24
    assert limits.shape(png_head(100, 1, 0)).bits == 1
    assert limits.png_bits(b"\x89PNG\r\n\x1a\n") == 0  # too short to say: not known


def test_a_16_bit_rgba_png_of_49_megapixels_is_over_the_bytes_it_may_decode_to():
    found = limits.shape(png_head(7000, 16, 6))
    assert limits.too_many_pixels(7000, 7000) is None  # what let it through before
    assert limits.problem(found) == ("7000×7000 pixels of 64 bits decode to 392 MB, limit 200 MB")


def test_an_honest_photo_at_the_pixel_budget_still_fits():
    """The budget is an 8-bit RGBA picture of 50 MP: the largest a phone's photo decodes to."""
    assert limits.DECODED_BYTES_BUDGET == limits.PIXEL_BUDGET * 4
    assert limits.problem(limits.shape(png_head(7000, 8, 6))) is None  # 196 MB
    assert limits.problem(limits.shape(png_head(5000, 16, 6))) is None  # 16 bits, 25 MP: 200 MB
    assert limits.problem(limits.shape(png_head(5001, 16, 6)))  # a row more: over


def test_the_pipeline_refuses_it_before_decoding_it():
    """Paste, Insert › Image… and every export go through this refusal; ``probe`` too."""
    data = deep_png(mark=b"1")
    with pytest.raises(SourceRejected) as refused:
        make_web_copy(data)
    assert refused.value.reason == SourceRejected.TOO_LARGE
    assert refused.value.detail == "7000×7000 pixels of 64 bits decode to 392 MB, limit 200 MB"
    with pytest.raises(SourceRejected):
        probe(data)


def test_the_preview_refuses_it_by_its_first_bytes():
    refused = sniff.head_refusal(deep_png()[: sniff.HEAD])
    assert refused is not None and refused.reason == SourceRejected.TOO_LARGE
    assert "392 MB" in refused.detail
    assert sniff.head_refusal(png_head(4000, 8, 6)) is None


def deep_tiff(side: int) -> bytes:
    """A TIFF of ``side``² pixels of RGB at 16 bits a sample (48 bits a pixel), as its tags
    say: a small TIFF's width, height and BitsPerSample written over (the strips stay small)."""
    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "TIFF")
    data = bytearray(out.getvalue())
    (ifd,) = struct.unpack("<I", data[4:8])
    (count,) = struct.unpack("<H", data[ifd : ifd + 2])
    for n in range(count):
        entry = ifd + 2 + 12 * n
        tag, _kind, _count, offset = struct.unpack("<HHII", data[entry : entry + 12])
        if tag in (256, 257):  # ImageWidth, ImageLength: a LONG
            data[entry + 2 : entry + 12] = struct.pack("<HII", 4, 1, side)
        elif tag == 258:  # BitsPerSample: three SHORTs, at an offset
            data[offset : offset + 6] = struct.pack("<HHH", 16, 16, 16)
    return bytes(data)


def test_a_tiff_of_16_bits_a_sample_is_bounded_the_same_way():
    with Image.open(io.BytesIO(deep_tiff(6000))) as image:
        assert isinstance(image, TiffImagePlugin.TiffImageFile) and image.size == (6000, 6000)
    with pytest.raises(SourceRejected) as refused:
        make_web_copy(deep_tiff(6000))  # 36 MP × 6 bytes = 216 MB
    assert refused.value.detail == "6000×6000 pixels of 48 bits decode to 216 MB, limit 200 MB"
