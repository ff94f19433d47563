"""Image bombs from issue 21, made byte by byte: tiny files that cost gigabytes or seconds to
decode naively. Shared by ``test_image_bombs.py`` and anyone measuring them by hand::

    .venv/bin/python -m tests.hostile.image_bombs FOLDER   # writes the bombs into FOLDER
"""

from __future__ import annotations

import io
import struct
import sys
from pathlib import Path

PILLOW_LIMIT = 89_478_485  # Image.MAX_IMAGE_PIXELS as Pillow ships it
WEBP_SIDE = 9459  # 9459² = 89,472,681 pixels: just under Pillow's limit


def gif_frames(frames: int, canvas: int = 1600) -> bytes:
    """An animated GIF of ``frames`` one-pixel frames on a ``canvas``² screen (~23 bytes a
    frame): a naive decoder composes every frame at full canvas size."""
    out = bytearray(b"GIF89a")
    out += struct.pack("<HHBBB", canvas, canvas, 0x80, 0, 0)  # global colour table, 2 entries
    out += b"\x00\x00\x00\xff\xff\xff"
    out += b"!\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"  # loop forever
    for n in range(frames):
        out += b"!\xf9\x04\x00\x02\x00\x00\x00"  # graphic control: 2/100 s
        x, y = n % canvas, (n // canvas) % canvas
        out += b"," + struct.pack("<HHHHB", x, y, 1, 1, 0)
        out += b"\x02\x02\x44\x01\x00"  # LZW: clear, index 0, end
    out += b";"
    return bytes(out)


class _Bits:
    def __init__(self) -> None:
        self.value = 0
        self.count = 0

    def put(self, value: int, bits: int) -> None:
        self.value |= value << self.count
        self.count += bits

    def bytes(self) -> bytes:
        return self.value.to_bytes((self.count + 7) // 8, "little")


def lossless_webp(width: int = WEBP_SIDE, height: int = WEBP_SIDE) -> bytes:
    """A lossless WebP whose five prefix codes each have one symbol, so every pixel costs zero
    bits: a few dozen bytes that decode to ``width × height`` black pixels."""
    bits = _Bits()
    bits.put(0x2F, 8)  # VP8L signature
    bits.put(width - 1, 14)
    bits.put(height - 1, 14)
    bits.put(0, 1)  # no alpha
    bits.put(0, 3)  # version 0
    bits.put(0, 1)  # no transform
    bits.put(0, 1)  # no colour cache
    bits.put(0, 1)  # no meta prefix codes
    for _ in range(5):  # green, red, blue, alpha, distance: "simple" codes of one symbol 0
        bits.put(1, 1)
        bits.put(0, 1)
        bits.put(0, 1)
        bits.put(0, 1)
    payload = bits.bytes()
    if len(payload) % 2:
        payload += b"\x00"
    chunk = b"VP8L" + struct.pack("<I", len(bits.bytes())) + payload
    return b"RIFF" + struct.pack("<I", 4 + len(chunk)) + b"WEBP" + chunk


def scan_bomb_jpeg(repeats: int = 400, size: tuple[int, int] = (4000, 3000)) -> bytes:
    """A progressive JPEG whose last scan is repeated ``repeats`` more times: libjpeg decodes
    every scan over the whole picture."""
    from PIL import Image

    image = Image.new("RGB", size, (120, 140, 160))  # flat: the repeated scan is 26 bytes
    out = io.BytesIO()
    image.save(out, "JPEG", quality=60, progressive=True)
    data = out.getvalue()
    last = data.rfind(b"\xff\xda")
    end = data.rfind(b"\xff\xd9")
    scan = data[last:end]
    return data[:end] + scan * repeats + data[end:]


def deep_png(side: int = 7000, depth: int = 16, colour: int = 6, mark: bytes = b"") -> bytes:
    """A PNG of ``side``² pixels of ``depth`` bits a channel (colour type 6: RGBA), all zero:
    7000² at 16 bits RGBA is 49 MP, under the pixel budget, 380 KB on disk, and decodes to
    392 MB. ``mark`` goes in a text chunk, so that each file's bytes differ. Made in a moment:
    the rows are packed once, in a block that ends at a full flush, and the block repeated."""
    import math
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        check = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + check

    channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
    rows = math.gcd(side, 100)  # rows a block
    raw = (1 + side * channels * depth // 8) * side  # a filter byte a row, then the samples
    packer = zlib.compressobj(9)
    packed = packer.compress(bytes(raw // side * rows)) + packer.flush(zlib.Z_FULL_FLUSH)
    adler = (raw % 65521) << 16 | 1  # of zeros only
    stream = packed + packed[2:] * (side // rows - 1) + b"\x03\x00" + struct.pack(">I", adler)
    header = struct.pack(">IIBBBBB", side, side, depth, colour, 0, 0, 0)
    text = chunk(b"tEXt", b"n\x00" + mark) if mark else b""
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", stream) + text
            + chunk(b"IEND", b""))  # fmt: skip


def write_all(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = {
        "gif-200.gif": gif_frames(200),
        "gif-40000.gif": gif_frames(40_000),
        "webp-near-limit.webp": lossless_webp(),
        "scans-400.jpg": scan_bomb_jpeg(),
        "png-16-bit-49mp.png": deep_png(),
    }
    paths = {}
    for name, data in made.items():
        paths[name] = folder / name
        paths[name].write_bytes(data)
    return paths


if __name__ == "__main__":
    for name, path in write_all(Path(sys.argv[1])).items():
        print(name, path.stat().st_size)
