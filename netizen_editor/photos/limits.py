"""What an image may cost before it is decoded (no Pillow, no Qt: the checks use it too).

A few bytes can ask a decoder for gigabytes or minutes: a lossless WebP of 38 bytes that is
89 megapixels, a GIF of 200 one-pixel frames on a 1600² canvas that a naive reader composes
200 times, a progressive JPEG whose last scan is repeated 400 times. So before any pixel is
decoded the pipeline (and ``check``) looks at the header and the structure of the bytes:

- at most :data:`PIXEL_BUDGET` pixels per image (a web photo needs far fewer), and at most
  :data:`DECODED_BYTES_BUDGET` bytes of what its samples decode to (a PNG or TIFF of 16 bits a
  channel is four to eight bytes a pixel: a 380 KB PNG of 49 MP decoded 392 MB);
- an animation keeps its frames only up to :data:`FRAME_BUDGET` frames and
  :data:`ANIMATION_PIXEL_BUDGET` composed pixels; past that only its first frame is used;
- a JPEG has at most :data:`SCAN_BUDGET` scans, and scans × pixels at most
  :data:`SCAN_WORK_BUDGET` (libjpeg decodes every scan over the whole picture);
- a TIFF (its first directory, read by :mod:`netizen_editor.photos.tiff`) declares at most
  :data:`TIFF_PIECE_BUDGET` strips or tiles and :data:`~netizen_editor.photos.tiff.MAX_TAGS`
  tags (Pillow reads every tag and makes a descriptor for each piece when it opens one);
- at most :data:`DECODE_CEILING` pixels are decoded at the same time in the process (a large
  image waits until it can be decoded alone), and one export decodes at most
  :data:`EXPORT_PIXEL_BUDGET` pixels in all, in at most :data:`EXPORT_PHOTO_SECONDS` of work
  (the CPU time of the threads that make its web copies, counted as it is spent; a picture
  expected to take more than is left is not begun: :class:`DecodeBudget`).
"""

from __future__ import annotations

import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from netizen_editor.i18n import tr
from netizen_editor.photos import tiff
from netizen_editor.timebudget import OutOfTime

PIXEL_BUDGET = 50_000_000  # 50 MP: more than any phone's photo; Pillow's own limit is 89 MP
#: the bytes one picture's samples decode to, read from its header: an 8-bit RGBA picture at
#: the pixel budget (200 MB), the most an honest photo decodes to; a 16-bit RGBA one may have
#: half the pixels (Pillow decodes a 49 MP one of 392 MB in 2.2 s CPU, 640 MB)
DECODED_BYTES_BUDGET = PIXEL_BUDGET * 4
WEBP_PIXEL_BUDGET = 25_000_000  # Pillow's WebP decoder holds four copies (16 bytes a pixel)
FRAME_BUDGET = 100  # frames an animated image keeps; past it, its first frame only
ANIMATION_PIXEL_BUDGET = 32_000_000  # frames × canvas pixels an animation may compose
SCAN_BUDGET = 64  # libjpeg writes 10 scans for a progressive JPEG, mozjpeg up to ~20
SCAN_WORK_BUDGET = 1_500_000_000  # scans × pixels: ~2 s of libjpeg (31 scans of 48 MP)
#: strips or tiles a TIFF may declare: a picture of the pixel budget in the smallest tiles TIFF
#: allows (16×16) is 195,313; Pillow makes 200,000 descriptors in ~0.4 s (7,000,000: 12.9 s)
TIFF_PIECE_BUDGET = 200_000
DECODE_CEILING = 64_000_000  # pixels decoded at the same time in one process
EXPORT_PIXEL_BUDGET = 1_000_000_000  # pixels one export may decode in all (cache hits are free)
#: the CPU seconds one export's web copies may take in all (cache hits are free): some 90
#: camera photos of 24 MP (0.22 s each) or 130 of 12 MP; twenty 8-bit RGBA PNGs of 49 MP took
#: 27 s (20 of 16 bits a channel, 36 s, before they were refused for their decoded bytes)
EXPORT_PHOTO_SECONDS = 20.0
#: what decoding a megapixel (a JPEG's at the scale it is decoded at), turning, resizing and
#: encoding it is expected to cost at least: here a 49 MP 8-bit RGBA PNG took 1.54 s of CPU
#: (0.031 s a megapixel), a 25 MP 16-bit one 0.98 s (0.039), a noisy 12 MP PNG 0.94 s (0.078),
#: a 12 MP JPEG 0.15 s (3 MP decoded: 0.05)
SECONDS_PER_MEGAPIXEL = 0.03


class DecodeBudget:
    """The pixels one export may still decode, and the CPU seconds its web copies may still
    take (``seconds``; None: no bound on time). Thread-safe: web copies are made in parallel,
    each in :meth:`timing`.

    The time is shared as it is spent, not once a picture is made: each picture's thread
    counts its CPU time (``clock``, :func:`time.thread_time`) into ``seconds`` whenever it
    checks (:meth:`check`, between the steps of a web copy), so a picture stops at its next
    step once the pictures made beside it have spent the rest. And before a picture is decoded
    it is promised the time it is expected to take (:meth:`expect`:
    :data:`SECONDS_PER_MEGAPIXEL`): a picture expected to take more than the time left that
    is not promised to the others is not begun. Without that, each thread ran the picture it
    had begun just before the time ran out to its next step, and a picture begun while others
    were under way saw only the time they had spent on the pictures they had finished (four
    threads: four times the time left, and a 16-bit PNG of 49 MP is 2 s a step)."""

    def __init__(
        self,
        pixels: int = EXPORT_PIXEL_BUDGET,
        seconds: float | None = None,
        clock: Callable[[], float] = time.thread_time,
    ):
        self.left = pixels
        self.allowed = seconds  # the CPU time given
        self.seconds = seconds  # the CPU time left, as counted so far; below zero once spent
        self._clock = clock  # the CPU time of the thread that reads it
        self._promised = 0.0  # what the pictures under way are still expected to take
        self._lock = threading.Lock()
        self._here = threading.local()  # the picture this thread makes: its _Picture

    def spend(self, pixels: int) -> bool:
        """Take ``pixels`` from the budget; False (and nothing taken) when they do not fit."""
        with self._lock:
            if pixels > self.left:
                return False
            self.left -= pixels
            return True

    def out_of_time(self) -> bool:
        return self.seconds is not None and self.seconds <= 0

    @contextmanager
    def timing(self) -> Iterator[None]:
        """Make one picture: :class:`~netizen_editor.timebudget.OutOfTime` at once when the
        time is spent, else the CPU time this thread spends meanwhile is taken from it (at each
        :meth:`check`, and at the end), and :meth:`check` raises it once the pictures made and
        under way have spent it."""
        if self.seconds is None:
            yield
            return
        if self.out_of_time():
            raise OutOfTime
        picture = self._here.picture = _Picture(self._clock())
        try:
            yield
        finally:
            self._count(picture)
            with self._lock:
                self._promised -= picture.promised
            self._here.picture = None

    def expect(self, pixels: int) -> None:
        """Before the picture this thread makes (in :meth:`timing`) decodes ``pixels``:
        :class:`~netizen_editor.timebudget.OutOfTime` when they are expected to take more than
        the time left that the other pictures under way are not expected to take; else that
        time is promised to this picture until it ends."""
        picture = getattr(self._here, "picture", None)
        if picture is None or self.seconds is None:
            return
        self._count(picture)
        cost = pixels / 1_000_000 * SECONDS_PER_MEGAPIXEL
        with self._lock:
            free = self.seconds - (self._promised - picture.promised)
            if self.seconds <= 0 or cost > free:
                raise OutOfTime
            self._promised += cost - picture.promised
            picture.promised = cost

    def check(self) -> None:
        """:class:`~netizen_editor.timebudget.OutOfTime` when the time is spent, counting what
        the picture this thread makes (in :meth:`timing`) has spent since it last counted; the
        steps of a web copy call it between them."""
        picture = getattr(self._here, "picture", None)
        if picture is None:
            return
        self._count(picture)
        if self.out_of_time():
            raise OutOfTime

    def _count(self, picture: _Picture) -> None:
        """Take the CPU time this thread spent on ``picture`` since it last counted from the
        time left (and from what was promised to it)."""
        now = self._clock()
        spent, picture.counted = now - picture.counted, now
        with self._lock:
            assert self.seconds is not None
            self.seconds -= spent
            kept = min(picture.promised, spent)
            picture.promised -= kept
            self._promised -= kept


@dataclass
class _Picture:
    """A picture under way in :meth:`DecodeBudget.timing`: its thread's CPU time when it last
    counted, and the time still promised to it."""

    counted: float
    promised: float = 0.0


@dataclass(frozen=True)
class Shape:
    """What the bytes say about an image before it is decoded."""

    format: str  # "JPEG", "PNG", "GIF", "WEBP", "BMP", "TIFF", "AVIF", "HEIF", or "" (none)
    size: tuple[int, int] | None
    frames: int = 1  # counted up to FRAME_BUDGET + 1
    scans: int = 0  # JPEG only
    bits: int = 0  # bits a pixel of the samples the file holds (PNG, TIFF; 0: not known)
    pieces: int = 0  # strips or tiles (TIFF only)
    tags: int = 0  # tags of its first directory (TIFF only)


def too_many_pixels(width: int, height: int, format: str = "") -> str | None:
    """The reason an image of this size is refused, or None."""
    limit = WEBP_PIXEL_BUDGET if format == "WEBP" else PIXEL_BUDGET
    if width * height > limit:
        return tr("{width}×{height} pixels, limit {limit} megapixels", width=width,
                  height=height, limit=limit // 1_000_000)  # fmt: skip
    return None


def too_many_bytes(width: int, height: int, bits: int) -> str | None:
    """The reason an image of this size whose pixels hold ``bits`` bits each is refused (its
    samples decode past :data:`DECODED_BYTES_BUDGET`), or None."""
    decoded = width * height * bits // 8
    if decoded > DECODED_BYTES_BUDGET:
        return tr("{width}×{height} pixels of {bits} bits decode to {size} MB, limit {limit} MB",
                  width=width, height=height, bits=bits, size=decoded // 1_000_000,
                  limit=DECODED_BYTES_BUDGET // 1_000_000)  # fmt: skip
    return None


def png_bits(data: bytes) -> int:
    """The bits a pixel of a PNG holds (bit depth × channels of its header, ``IHDR``); 0 when
    the header does not say."""
    if len(data) < 26:
        return 0
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}.get(data[25], 0)  # by colour type
    return data[24] * channels


def decode_cost(format: str, pixels: int) -> int:
    """What decoding ``pixels`` pixels of ``format`` weighs against :data:`DECODE_CEILING`
    (in pixels of 4 bytes; a WebP decodes through four copies)."""
    return pixels * (4 if format == "WEBP" else 1)


def too_many_scans(scans: int, width: int, height: int) -> str | None:
    """The reason a JPEG with ``scans`` scans is refused, or None."""
    if scans > SCAN_BUDGET or scans * width * height > SCAN_WORK_BUDGET:
        return tr("{scans} JPEG scans", scans=scans)
    return None


def too_many_pieces(tags: int, pieces: int) -> str | None:
    """The reason a TIFF whose first directory declares ``tags`` tags and ``pieces`` strips
    or tiles is refused, or None."""
    if tags > tiff.MAX_TAGS:
        return tr("{count} TIFF tags, limit {limit}", count=tags, limit=tiff.MAX_TAGS)
    if pieces > TIFF_PIECE_BUDGET:
        return tr("{count} TIFF strips or tiles, limit {limit}", count=pieces,
                  limit=TIFF_PIECE_BUDGET)  # fmt: skip
    return None


def keeps_animation(frames: int, width: int, height: int) -> bool:
    """Whether an animation of ``frames`` frames on a ``width × height`` canvas is kept whole."""
    return frames <= FRAME_BUDGET and frames * width * height <= ANIMATION_PIXEL_BUDGET


def jpeg_scans(data: bytes) -> int:
    """The number of scans (SOS markers) in JPEG bytes. Entropy-coded data never holds
    ``FF DA`` (a data byte FF is followed by 00), so this is exact for one JPEG; an embedded
    thumbnail or an MPO's other pictures only add a few."""
    return data.count(b"\xff\xda")


def gif_frames(data: bytes, stop: int = FRAME_BUDGET + 1) -> int:
    """The number of frames of a GIF, walking its blocks (no decoding), counted up to
    ``stop``. A damaged file counts the frames before the damage (at least 1)."""
    if len(data) < 13 or data[:6] not in (b"GIF87a", b"GIF89a"):
        return 1
    pos = 13
    flags = data[10]
    if flags & 0x80:
        pos += 3 << ((flags & 7) + 1)
    frames = 0
    end = len(data)
    try:
        while pos < end and frames < stop:
            block = data[pos]
            if block == 0x2C:  # image descriptor
                frames += 1
                local = data[pos + 9]
                pos += 10
                if local & 0x80:
                    pos += 3 << ((local & 7) + 1)
                pos += 1  # LZW minimum code size
                pos = _skip_sub_blocks(data, pos)
            elif block == 0x21:  # extension
                pos = _skip_sub_blocks(data, pos + 2)
            elif block == 0x3B:  # trailer
                break
            else:  # a stray byte: Pillow skips it and reads on, so count on too
                pos += 1
    except IndexError:
        pass
    return max(1, frames)


def _skip_sub_blocks(data: bytes, pos: int) -> int:
    while True:
        length = data[pos]
        pos += 1 + length
        if length == 0:
            return pos


def webp_frames(data: bytes, stop: int = FRAME_BUDGET + 1) -> int:
    """The number of frames (``ANMF`` chunks) of a WebP, counted up to ``stop``."""
    pos, frames = 12, 0
    while pos + 8 <= len(data) and frames < stop:
        kind = data[pos : pos + 4]
        (length,) = struct.unpack("<I", data[pos + 4 : pos + 8])
        if kind == b"ANMF":
            frames += 1
        pos += 8 + length + (length & 1)
    return max(1, frames)


def png_frames(data: bytes) -> int:
    """The frame count an APNG declares (``acTL``), 1 for a still PNG."""
    found = data.find(b"acTL", 8, 1 << 20)
    if found < 0 or found + 8 > len(data):
        return 1
    return max(1, struct.unpack(">I", data[found + 4 : found + 8])[0])


def shape(data: bytes) -> Shape:
    """Format, size, frames, scans and (of a PNG or TIFF) bits a pixel read from the bytes of
    a PNG, JPEG, GIF, WebP, BMP, TIFF, AVIF or HEIF (their largest declared image: a grid's
    whole picture; a TIFF's first)."""
    if data[:4] in tiff.SIGNATURES:
        return tiff_shape(lambda offset, size: data[offset : offset + size], len(data))
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        size = struct.unpack(">II", data[16:24])
        return Shape("PNG", size, png_frames(data), bits=png_bits(data))
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        return Shape("GIF", struct.unpack("<HH", data[6:10]), gif_frames(data))
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return Shape("WEBP", _webp_size(data), webp_frames(data))
    if data[:2] == b"\xff\xd8":
        return Shape("JPEG", _jpeg_size(data), 1, jpeg_scans(data))
    if data[:2] == b"BM" and len(data) >= 26:
        return Shape("BMP", _bmp_size(data))
    if data[4:8] == b"ftyp":
        brands = data[8 : 8 + min(max(int.from_bytes(data[:4], "big") - 8, 0), 256)]
        kind = "AVIF" if b"avif" in brands or b"avis" in brands else "HEIF"
        return Shape(kind, _ispe_size(data))
    return Shape("", None)


def tiff_shape(read: tiff.Read, length: int) -> Shape:
    """The shape of the TIFF of ``length`` bytes that ``read`` reads (see
    :func:`netizen_editor.photos.tiff.read_head`): the preview reads it from the file, the
    others from its bytes."""
    head = tiff.read_head(read, length)
    if head is None:
        return Shape("", None)
    return Shape("TIFF", head.size, bits=head.bits, pieces=head.pieces, tags=head.tags)


#: boxes an AVIF's or HEIF's size is looked for in at most (a planted file of tiny boxes)
MAX_BOXES = 100_000


def _ispe_size(data: bytes) -> tuple[int, int] | None:
    """The largest image size an AVIF or HEIF declares in the bytes given (the ``ispe``
    properties of its ``meta`` box: a grid's whole picture, its tiles, a thumbnail), found by
    walking its boxes by their sizes; None when those bytes declare none."""
    budget = [MAX_BOXES]
    best: tuple[int, int] | None = None
    for kind, start, end in _boxes(data, 0, len(data), budget):
        if kind != b"meta":
            continue
        for inner, body, stop in _boxes(data, start + 4, end, budget):  # a full box: flags
            if inner != b"iprp":
                continue
            for group, first, last in _boxes(data, body, stop, budget):
                if group != b"ipco":
                    continue
                for prop, at, _end in _boxes(data, first, last, budget):
                    if prop == b"ispe" and at + 12 <= len(data):  # flags, width, height
                        width, height = struct.unpack(">II", data[at + 4 : at + 12])
                        if best is None or width * height > best[0] * best[1]:
                            best = (width, height)
    return best


def _boxes(
    data: bytes, start: int, end: int, budget: list[int]
) -> Iterator[tuple[bytes, int, int]]:
    """The boxes (type, body's start, end) between ``start`` and ``end``, by their declared
    sizes (a size past ``end``: cut at ``end``), ``budget[0]`` of them in all."""
    at = start
    while at + 8 <= end and budget[0] > 0:
        budget[0] -= 1
        size, kind, head = int.from_bytes(data[at : at + 4], "big"), data[at + 4 : at + 8], 8
        if size == 1 and at + 16 <= end:  # a 64-bit size
            size, head = int.from_bytes(data[at + 8 : at + 16], "big"), 16
        elif size == 0:  # to the end
            size = end - at
        if size < head:
            return
        yield kind, at + head, min(at + size, end)
        at += size


def problem(found: Shape) -> str | None:
    """Why an image of this shape is refused (too many pixels, bytes, scans, or a TIFF's
    tags or pieces), or None."""
    if found.format == "TIFF" and (pieces := too_many_pieces(found.tags, found.pieces)):
        return pieces  # what Pillow reads before anything is sized: whatever the size says
    if found.size is None:
        return None
    width, height = found.size
    return (
        too_many_pixels(width, height, found.format)
        or too_many_bytes(width, height, found.bits)
        or (too_many_scans(found.scans, width, height) if found.format == "JPEG" else None)
    )


def _webp_size(head: bytes) -> tuple[int, int] | None:
    kind = head[12:16]
    if kind == b"VP8 " and len(head) >= 30:
        w, h = struct.unpack("<HH", head[26:30])
        return w & 0x3FFF, h & 0x3FFF
    if kind == b"VP8L" and len(head) >= 25:
        bits = int.from_bytes(head[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if kind == b"VP8X" and len(head) >= 30:
        return int.from_bytes(head[24:27], "little") + 1, int.from_bytes(head[27:30], "little") + 1
    return None


def _bmp_size(head: bytes) -> tuple[int, int] | None:
    (header,) = struct.unpack("<I", head[14:18])
    if header == 12:  # OS/2 BITMAPCOREHEADER: 16-bit sizes
        return struct.unpack("<HH", head[18:22])
    if header >= 40:  # BITMAPINFOHEADER and later: a negative height is drawn top-down
        width, height = struct.unpack("<ii", head[18:26])
        return abs(width), abs(height)
    return None


def _jpeg_size(head: bytes) -> tuple[int, int] | None:
    i = 2
    while i + 9 < len(head):
        if head[i] != 0xFF:
            return None
        marker = head[i + 1]
        if marker in (0xD8, 0x01, 0xFF) or 0xD0 <= marker <= 0xD7:
            i += 1 if marker == 0xFF else 2
            continue
        length = struct.unpack(">H", head[i + 2 : i + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            h, w = struct.unpack(">HH", head[i + 5 : i + 9])
            return w, h
        i += 2 + length
    return None
