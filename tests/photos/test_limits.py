"""Images bounded before decoding: what the bytes say, and what the pipeline does with it."""

from __future__ import annotations

import io
import struct
import threading
import time

import pytest
from PIL import Image, features

from netizen_editor.photos import limits
from netizen_editor.photos.limits import DecodeBudget
from netizen_editor.photos.pipeline import _PixelGate, make_web_copy, probe
from netizen_editor.photos.source import SourceRejected
from tests.hostile.image_bombs import gif_frames, lossless_webp, scan_bomb_jpeg


def save(image: Image.Image, fmt: str, **params: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **params)
    return out.getvalue()


def small_animation(frames: int, size: tuple[int, int] = (120, 80)) -> bytes:
    pictures = [Image.new("RGB", size, (n * 40 % 255, 90, 200)) for n in range(frames)]
    return save(pictures[0], "GIF", save_all=True, append_images=pictures[1:], duration=80)


def test_the_bytes_tell_frames_scans_and_size_without_decoding():
    assert limits.gif_frames(gif_frames(7)) == 7
    assert limits.gif_frames(gif_frames(40_000)) == limits.FRAME_BUDGET + 1  # stops counting
    assert limits.gif_frames(small_animation(3)) == 3
    assert limits.gif_frames(gif_frames(5)[:-40]) >= 1  # cut short: what is there


def test_stray_bytes_between_frames_hide_no_frames():
    """Pillow skips a stray byte and reads on; the count does too, and the animation is
    never composed past what was counted."""

    def frames(n: int) -> bytes:
        return gif_frames(n, canvas=100)[38:-1]  # after the header and the loop extension

    junk = gif_frames(0, canvas=100)[:-1] + frames(3) + b"\x99\x99" + frames(3000) + b";"
    assert Image.open(io.BytesIO(junk)).n_frames == 3003
    assert limits.gif_frames(junk) == limits.FRAME_BUDGET + 1
    assert make_web_copy(junk).notes == [f"first_frame:{limits.FRAME_BUDGET + 1}"]
    assert limits.shape(lossless_webp()).size == (9459, 9459)
    progressive = save(Image.new("RGB", (64, 48)), "JPEG", progressive=True)
    assert limits.jpeg_scans(progressive) == 10  # libjpeg's progression for colour
    assert limits.jpeg_scans(save(Image.new("RGB", (64, 48)), "JPEG")) == 1
    assert limits.shape(scan_bomb_jpeg(400, (64, 48))).scans == 410
    assert limits.shape(b"not an image").size is None


def box(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", 8 + len(body)) + kind + body


def isobmff_head(brand: bytes, *sizes: tuple[int, int]) -> bytes:
    """The first boxes of an AVIF or HEIF: ``ftyp``, then a ``meta`` box whose properties
    declare ``sizes`` (``ispe``), and a little of the pictures' data."""
    ispe = b"".join(box(b"ispe", b"\0\0\0\0" + struct.pack(">II", *size)) for size in sizes)
    meta = box(b"meta", b"\0\0\0\0" + box(b"iprp", box(b"ipco", ispe)))
    return box(b"ftyp", brand + b"\0\0\0\0" + b"mif1" + brand) + meta + box(b"mdat", b"x" * 64)


def test_an_avif_or_heif_declares_its_size_in_its_first_bytes():
    big = isobmff_head(b"avif", (512, 512), (7100, 7100), (256, 256))  # tiles, grid, thumbnail
    assert limits.shape(big) == limits.Shape("AVIF", (7100, 7100))
    assert limits.problem(limits.shape(big))  # over 50 MP: refused before any decoding
    heic = isobmff_head(b"heic", (4032, 3024))
    assert limits.shape(heic) == limits.Shape("HEIF", (4032, 3024))
    assert limits.problem(limits.shape(heic)) is None
    assert limits.shape(isobmff_head(b"avif")).size is None  # none declared: the decoder decides
    # its boxes walked by their sizes: after a big free box, past thousands of small ones
    free = isobmff_head(b"avif", (9000, 9000)).replace(
        b"\0\0\0\0mif1avif", b"\0\0\0\0mif1avif" + box(b"free", b"\0" * 70_000), 1
    )
    assert limits.shape(free).size == (9000, 9000)
    many = isobmff_head(b"heic", *[(10, 10)] * 5000, (9000, 9000))
    assert limits.shape(many).size == (9000, 9000)
    lying = isobmff_head(b"avif", (9000, 9000)).replace(b"\0\0\0\x14ispe", b"\0\0\0\x15ispe")
    assert limits.shape(lying).size == (9000, 9000)  # a box that says 21 bytes: still read
    if features.check("avif"):  # what an encoder writes
        photo = save(Image.new("RGB", (320, 200), "red"), "AVIF", quality=30)
        assert limits.shape(photo) == limits.Shape("AVIF", (320, 200))


@pytest.mark.usefixtures("english")
def test_the_budgets_say_why():
    assert limits.too_many_pixels(8000, 6000) is None  # 48 MP: a big camera's photo
    assert "limit 50 megapixels" in (limits.too_many_pixels(8000, 7000) or "")
    assert "limit 25 megapixels" in (limits.too_many_pixels(6000, 6000, "WEBP") or "")
    assert limits.too_many_scans(10, 8000, 6000) is None  # a progressive 48 MP photo
    assert limits.too_many_scans(limits.SCAN_BUDGET + 1, 100, 100) == "65 JPEG scans"
    assert limits.too_many_scans(40, 8000, 6000)  # 40 scans of 48 MP: seconds of libjpeg
    assert limits.keeps_animation(50, 320, 240)
    assert not limits.keeps_animation(limits.FRAME_BUDGET + 1, 10, 10)
    assert not limits.keeps_animation(20, 1600, 1600)  # 51 MP composed


def test_a_small_animation_keeps_its_frames_a_long_one_its_first():
    kept = make_web_copy(small_animation(5))
    assert kept.format == "GIF" and kept.notes == []
    assert Image.open(io.BytesIO(kept.data)).n_frames == 5
    start = time.perf_counter()
    first = make_web_copy(gif_frames(200))
    assert time.perf_counter() - start < 2
    assert first.notes == [f"first_frame:{limits.FRAME_BUDGET + 1}"]
    assert getattr(Image.open(io.BytesIO(first.data)), "n_frames", 1) == 1


@pytest.mark.parametrize(
    "data, detail",
    [
        (lossless_webp(), "9459×9459 pixels"),
        (lossless_webp(6000, 6000), "limit 25 megapixels"),
        (scan_bomb_jpeg(100, (640, 480)), "110 JPEG scans"),
    ],
)
@pytest.mark.usefixtures("english")
def test_bombs_are_refused_before_decoding(data, detail):
    start = time.perf_counter()
    with pytest.raises(SourceRejected) as refused:
        make_web_copy(data)
    assert time.perf_counter() - start < 0.5
    assert refused.value.reason == SourceRejected.TOO_LARGE and detail in refused.value.detail
    with pytest.raises(SourceRejected):
        probe(data)


def test_only_the_supported_formats_are_opened():
    eps = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n"
    for data in (eps, save(Image.new("RGB", (8, 8)), "PCX"), save(Image.new("RGB", (8, 8)), "TGA")):
        with pytest.raises(SourceRejected) as refused:
            make_web_copy(data)
        assert refused.value.reason == SourceRejected.NOT_IMAGE
    assert make_web_copy(save(Image.new("RGB", (8, 8)), "BMP")).width == 8


def test_an_exports_decode_budget_is_shared_by_its_images():
    budget = DecodeBudget(3_000_000)
    photo = save(Image.new("RGB", (1600, 1200), (1, 2, 3)), "PNG")
    make_web_copy(photo, budget=budget)  # 1.92 MP
    with pytest.raises(SourceRejected) as refused:
        make_web_copy(photo, budget=budget)
    assert "decoding budget" in refused.value.detail
    assert budget.left == 3_000_000 - 1600 * 1200


def test_large_decodes_wait_for_each_other():
    gate = _PixelGate(100)
    inside, most = [0], [0]
    lock = threading.Lock()

    def decode(pixels: int) -> None:
        pixels_held = min(pixels, 100)  # one over the ceiling holds all of it
        with gate.hold(pixels):
            with lock:
                inside[0] += pixels_held
                most[0] = max(most[0], inside[0])
            time.sleep(0.02)
            with lock:
                inside[0] -= pixels_held

    threads = [threading.Thread(target=decode, args=(p,)) for p in (80, 80, 30, 30, 500)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert most[0] <= 100  # never two large ones at once; one over the ceiling runs alone
