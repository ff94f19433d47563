"""Photos made by the tests: phone-like JPEGs with GPS, serial and rotation, PNGs with
transparency, CMYK with a profile. Shared by the photo tests and ``benchmarks.bench_photos``."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageCms, ImageDraw

GPS = {1: "S", 2: (6.0, 10.0, 30.5), 3: "E", 4: (106.0, 49.0, 12.0)}  # Jakarta
SERIAL = "SN-4711-CANARY"
CAMERA = "NetizenPhone 12"
DATA = Path(__file__).parent / "photos" / "data"  # photos the factory cannot make (a HEIC)


def scene(size: tuple[int, int], seed: int = 1) -> Image.Image:
    """A photo-like picture: smooth colour gradients, shapes and sensor-like noise. The left
    half is red and the right half blue, so a turned picture shows."""
    w, h = size
    small = Image.new("RGB", (64, 48))
    px = small.load()
    for x in range(64):
        for y in range(48):
            left = x < 32
            px[x, y] = (
                200 if left else 40,
                (y * 4 + seed * 13) % 160 + 40,
                40 if left else 210,
            )
    image = small.resize(size, Image.Resampling.BILINEAR)
    draw = ImageDraw.Draw(image)
    for i in range(12):
        x0 = (i * 7919 * seed) % w
        y0 = (i * 104729) % h
        draw.ellipse((x0, y0, x0 + w // 8, y0 + h // 8), fill=((i * 40) % 255, 220, 120))
    noise = Image.effect_noise(size, 60).convert("RGB")
    return Image.blend(image, noise, 0.22)  # a phone's JPEG of it is 4–6 MB at 12 MP


def exif_bytes(orientation: int = 1, gps: bool = True, serial: bool = True) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "Netizen"  # Make
    exif[0x0110] = CAMERA  # Model
    exif[0x0112] = orientation
    exif[0x0131] = "PhoneOS 17.1"  # Software
    if serial:
        exif.get_ifd(0x8769)[0xA431] = SERIAL  # BodySerialNumber
    if gps:
        exif[0x8825] = GPS
    return exif.tobytes()


def phone_jpeg(
    path: Path,
    size: tuple[int, int] = (4000, 3000),
    orientation: int = 1,
    quality: int = 92,
    seed: int = 1,
) -> Path:
    """A phone's JPEG: EXIF with GPS, camera serial and ``orientation``, XMP and a comment.
    With orientation 6 the stored pixels are turned so that the upright picture is portrait."""
    image = scene(size, seed)
    if orientation == 6:  # stored rotated 90° clockwise of how it should be seen
        image = image.transpose(Image.Transpose.ROTATE_90)
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF>GPS-XMP-CANARY</rdf:RDF></x:xmpmeta>'
    image.save(
        path, "JPEG", quality=quality, exif=exif_bytes(orientation), xmp=xmp,
        comment=b"COMMENT-CANARY",
    )  # fmt: skip
    return path


def transparent_png(path: Path, size: tuple[int, int] = (2400, 1200)) -> Path:
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rectangle((100, 100, size[0] - 100, size[1] - 100), fill=(20, 120, 220, 255))
    draw.text((200, 200), "LOGO", fill=(255, 255, 255, 255))
    image.save(path, "PNG")
    return path


def screenshot_png(path: Path, size: tuple[int, int] = (1280, 800)) -> Path:
    image = Image.new("RGB", size, (250, 250, 250))
    draw = ImageDraw.Draw(image)
    for row in range(0, size[1], 24):
        draw.text((20, row + 4), "Netizen.co.id - teks berita " * 6, fill=(30, 30, 30))
    image.save(path, "PNG")
    return path


def cmyk_jpeg(path: Path, size: tuple[int, int] = (800, 600)) -> Path:
    """A CMYK JPEG with no profile (Pillow has none to embed) and a red left half."""
    scene(size).convert("CMYK").save(path, "JPEG", quality=90)
    return path


def srgb_profile() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def jpeg_bytes(image: Image.Image, **params: object) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", **params)
    return out.getvalue()


def swapped_profile() -> bytes:
    """An RGB display profile (ICC v2, matrix/TRC) whose red and green primaries are sRGB's
    green and red: a pixel stored as pure red in it is green once converted to sRGB."""
    import struct

    def s15(v: float) -> bytes:
        return struct.pack(">i", round(v * 65536))

    def xyz(x: float, y: float, z: float) -> bytes:
        return b"XYZ " + b"\0" * 4 + s15(x) + s15(y) + s15(z)

    red, green, blue = (0.4361, 0.2225, 0.0139), (0.3851, 0.7169, 0.0971), (0.1431, 0.0606, 0.7141)
    curve = b"curv" + b"\0" * 4 + struct.pack(">I", 1) + struct.pack(">H", 0x0233) + b"\0\0"
    text = b"swapped test profile\0"
    desc = b"desc" + b"\0" * 4 + struct.pack(">I", len(text)) + text
    desc += b"\0" * 8 + b"\0\0" + b"\0" + b"\0" * 67
    desc += b"\0" * (-len(desc) % 4)
    tags = [
        (b"desc", desc), (b"wtpt", xyz(0.9642, 1.0, 0.8249)), (b"rXYZ", xyz(*green)),
        (b"gXYZ", xyz(*red)), (b"bXYZ", xyz(*blue)), (b"rTRC", curve), (b"gTRC", curve),
        (b"bTRC", curve), (b"cprt", b"text" + b"\0" * 4 + b"none\0\0\0\0"),
    ]  # fmt: skip
    offset = 128 + 4 + 12 * len(tags)
    table, body = b"", b""
    for sig, data in tags:
        table += sig + struct.pack(">II", offset + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    size = offset + len(body)
    header = struct.pack(">I", size) + b"none" + struct.pack(">I", 0x02100000)
    header += b"mntrRGB XYZ " + b"\0" * 12 + b"acsp" + b"\0" * 24 + struct.pack(">I", 0)
    header += s15(0.9642) + s15(1.0) + s15(0.8249) + b"\0" * 48
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + body


def png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` × ``height`` pixels over a few bytes of data: a
    decompression bomb, refused before it is decoded."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    png = b"\x89PNG\r\n\x1a\n" + chunk(
        b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    )
    return png + chunk(b"IDAT", zlib.compress(b"\0" * 100)) + chunk(b"IEND", b"")
