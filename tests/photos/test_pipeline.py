"""The web copy of a photo: small, upright, sRGB, without metadata; originals untouched."""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image, features

from netizen_editor.photos import (
    PhotoOptions,
    SourceRejected,
    cached_web_copy,
    make_share_image,
    make_web_copy,
    probe,
    read_image_file,
)
from netizen_editor.photos import cache as photo_cache
from netizen_editor.settings import Settings
from tests.photo_factory import (
    DATA,
    SERIAL,
    cmyk_jpeg,
    jpeg_bytes,
    png_claiming,
    scene,
    screenshot_png,
    swapped_profile,
    transparent_png,
)


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def assert_no_metadata(data: bytes) -> None:
    image = opened(data)
    assert not image.getexif(), dict(image.getexif())
    for key in ("exif", "xmp", "XML:com.adobe.xmp", "comment", "icc_profile", "photoshop"):
        assert key not in image.info, key
    for canary in (SERIAL.encode(), b"GPS-XMP-CANARY", b"COMMENT-CANARY", b"NetizenPhone"):
        assert canary not in data


def mean(image: Image.Image, box: tuple[int, int, int, int]) -> tuple[int, int, int]:
    return image.convert("RGB").crop(box).resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))


def left_red_right_blue(image: Image.Image) -> bool:
    """The test pictures are red on the left, blue on the right, as seen upright."""
    w, h = image.size
    lr, _, lb = mean(image, (0, 0, w // 2, h))
    rr, _, rb = mean(image, (w // 2, 0, w, h))
    return lr > lb + 60 and rb > rr + 60


def test_a_portrait_phone_photo_becomes_an_upright_small_jpeg_without_gps(portrait_photo):
    before = hashlib.sha256(portrait_photo.read_bytes()).hexdigest()
    source = read_image_file(portrait_photo, [portrait_photo.parent])
    web = make_web_copy(source.data)
    image = opened(web.data)
    assert (web.format, image.format) == ("JPEG", "JPEG")
    assert image.size == (web.width, web.height) == (1200, 1600)  # portrait, long edge 1600
    assert left_red_right_blue(image)
    assert_no_metadata(web.data)
    assert {"gps", "serial", "exif", "xmp", "comment"} <= set(web.removed)
    assert len(web.data) < len(source.data) / 4
    assert hashlib.sha256(portrait_photo.read_bytes()).hexdigest() == before


def test_the_long_edge_follows_the_setting_and_webp_is_a_setting(portrait_photo):
    options = PhotoOptions.from_settings(Settings(photo_max_edge=800, photo_format="webp"))
    web = make_web_copy(portrait_photo.read_bytes(), options)
    image = opened(web.data)
    assert image.format == "WEBP" and image.size == (600, 800)
    assert_no_metadata(web.data)
    assert web.suffix == ".webp" and web.mime == "image/webp"


def test_an_unknown_format_setting_falls_back_to_jpeg():
    assert PhotoOptions.from_settings(Settings(photo_format="bmp")).format == "jpeg"


def test_transparency_stays_png(tmp_path):
    web = make_web_copy(transparent_png(tmp_path / "logo.png").read_bytes())
    image = opened(web.data)
    assert image.format == "PNG" and image.mode == "RGBA" and max(image.size) == 1600
    assert image.getpixel((5, 5))[3] == 0 and image.getpixel((800, 400))[3] == 255


def test_a_screenshot_stays_png_and_an_opaque_photo_png_becomes_jpeg(tmp_path):
    shot = make_web_copy(screenshot_png(tmp_path / "layar.png").read_bytes())
    assert shot.format == "PNG"
    photo_png = tmp_path / "foto.png"
    scene((1600, 1200)).save(photo_png, "PNG")
    photo = make_web_copy(photo_png.read_bytes())
    assert photo.format == "JPEG" and len(photo.data) < photo_png.stat().st_size / 2


def test_cmyk_becomes_rgb_with_the_right_colours(tmp_path):
    web = make_web_copy(cmyk_jpeg(tmp_path / "cetak.jpg").read_bytes())
    image = opened(web.data)
    assert image.mode == "RGB" and image.format == "JPEG"
    assert left_red_right_blue(image)


def test_colours_are_converted_from_the_embedded_profile_then_it_is_dropped():
    data = jpeg_bytes(Image.new("RGB", (64, 64), (255, 0, 0)), icc_profile=swapped_profile())
    web = make_web_copy(data)
    r, g, b = opened(web.data).getpixel((32, 32))
    assert g > 200 and r < 60 and b < 60  # "red" in that profile is sRGB green
    assert "icc" in web.removed
    assert_no_metadata(web.data)


def test_heic_from_an_iphone_is_decoded_and_loses_its_gps():
    data = (DATA / "gps_serial_1800x1200.heic").read_bytes()
    assert probe(data) == ("HEIF", (1800, 1200))
    web = make_web_copy(data, PhotoOptions(max_edge=900))
    image = opened(web.data)
    assert image.format == "JPEG" and image.size == (900, 600)
    assert left_red_right_blue(image)
    assert {"gps", "serial"} <= set(web.removed)
    assert_no_metadata(web.data)


@pytest.mark.skipif(not features.check("avif"), reason="this Pillow has no AVIF")
def test_avif_is_decoded_when_pillow_supports_it():
    out = io.BytesIO()
    scene((1000, 800)).save(out, "AVIF", quality=60)
    web = make_web_copy(out.getvalue(), PhotoOptions(max_edge=500))
    assert opened(web.data).format == "JPEG" and (web.width, web.height) == (500, 400)


def test_gif_small_animation_keeps_its_frames_a_large_one_becomes_its_first_frame():
    frames = [Image.new("RGB", (200, 100), (i * 60, 0, 255 - i * 60)) for i in range(4)]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], comment=b"COMMENT-CANARY")
    web = make_web_copy(out.getvalue())
    assert web.format == "GIF" and opened(web.data).n_frames == 4
    assert b"COMMENT-CANARY" not in web.data
    web = make_web_copy(out.getvalue(), PhotoOptions(max_edge=100))
    assert web.format in ("PNG", "JPEG") and (web.width, web.height) == (100, 50)


@pytest.mark.parametrize(
    "data",
    [
        b"root:x:0:0:root:/root:/bin/bash\n",
        b"\xff\xd8\xff\xe0 truncated",
        b"",
        bytes(range(256)) * 40,
    ],
    ids=["text", "truncated-jpeg", "empty", "noise"],
)
def test_anything_that_is_not_an_image_is_refused_not_a_crash(data):
    with pytest.raises(SourceRejected) as caught:
        make_web_copy(data)
    assert caught.value.reason == SourceRejected.NOT_IMAGE


def test_a_truncated_photo_is_refused(portrait_photo):
    data = portrait_photo.read_bytes()
    with pytest.raises(SourceRejected):
        make_web_copy(data[: len(data) // 3])


def test_a_decompression_bomb_is_too_large_not_decoded():
    png = png_claiming(30000, 30000)  # a PNG header that claims 30,000 × 30,000 pixels
    with pytest.raises(SourceRejected) as caught:
        make_web_copy(png)
    assert caught.value.reason == SourceRejected.TOO_LARGE


def test_share_image_is_a_1200_by_630_centre_crop(portrait_photo):
    share = make_share_image(portrait_photo.read_bytes())
    image = opened(share.data)
    assert image.size == (1200, 630) and image.format == "JPEG"
    assert_no_metadata(share.data)


def test_web_copies_are_cached_by_content_and_options(portrait_photo, private_cache, monkeypatch):
    data = portrait_photo.read_bytes()
    first = cached_web_copy(data)
    assert len(list(private_cache.glob("*.img"))) == 1
    calls = []
    real = photo_cache.make_web_copy
    monkeypatch.setattr(photo_cache, "make_web_copy", lambda *a: calls.append(a) or real(*a))
    again = cached_web_copy(data)
    assert calls == [] and again.data == first.data and again.removed == first.removed
    other = cached_web_copy(data, PhotoOptions(max_edge=640))
    assert len(calls) == 1 and max(other.width, other.height) == 640
    for entry in private_cache.glob("*.img"):  # a damaged cache entry is made again
        entry.write_bytes(b"")
    assert opened(cached_web_copy(data).data).size == (1200, 1600)


def test_the_cache_stays_within_its_size_by_dropping_the_oldest(private_cache):
    import os

    data = [jpeg_bytes(scene((300, 200), seed=n), quality=90) for n in range(1, 5)]
    for n, photo in enumerate(data):  # written one after the other, the first is the oldest
        cached_web_copy(photo)
        entry = private_cache / f"{photo_cache.content_key(photo, PhotoOptions())}.img"
        os.utime(entry, (1000 + n, 1000 + n))
    sizes = sorted(p.stat().st_size for p in private_cache.glob("*.img"))
    photo_cache.prune(sum(sizes) - 1)  # one entry too many: the oldest goes
    assert len(list(private_cache.glob("*.img"))) == 3
    assert len(list(private_cache.glob("*.json"))) == 3
    kept = {p.name.split("-")[0] for p in private_cache.glob("*.img")}
    assert photo_cache.content_key(data[0], PhotoOptions()).split("-")[0] not in kept
