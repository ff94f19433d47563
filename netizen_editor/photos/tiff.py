"""What a TIFF's first directory says of its picture, read without decoding (no Pillow).

A TIFF gives its size in its first directory (IFD), which may lie anywhere in the file (at its
end, after the pixels, as libtiff writes it), so the few bytes the other formats are sized by
do not tell it. And Pillow, opening a TIFF, reads every tag of that directory and makes one
descriptor for each strip or tile it declares before any bound of ours can look at its size:
a planted 56 MB TIFF of 7,000,000 one-row strips held ``Image.open`` 12.9 s and 2.2 GB. So the
checks, the preview and the photo pipeline (before Pillow opens the file) read the directory
here: the picture's width and height, the bits a pixel holds (BitsPerSample, SamplesPerPixel),
and how many tags and strips (or tiles) it declares; :mod:`netizen_editor.photos.limits`
holds them against its budgets. Classic TIFF and BigTIFF, either byte order. A tag given more
than once is read at its largest: a planted file gave StripOffsets as one strip in a type
Pillow skips, then as 2,800,000 in one it reads (and its size as 1 x 1, then 9000 x 9000), so
that following Pillow's own choice of entry here let the larger through (review RV4 #1).

Bounded: at most :data:`MAX_TAGS` entries and :data:`MAX_SAMPLES` bits per sample are read
(1.3 MB of a BigTIFF at most), whatever the file declares.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass

#: the first four bytes of a TIFF: classic (``*``) and BigTIFF (``+``), little- and big-endian
SIGNATURES = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")
MAX_TAGS = 65_535  # the most a classic TIFF's directory holds (a BigTIFF's may declare more)
MAX_SAMPLES = 64  # BitsPerSample values read (an RGBA picture has four)

WIDTH, HEIGHT, BITS_PER_SAMPLE, SAMPLES_PER_PIXEL = 256, 257, 258, 277
STRIP_OFFSETS, TILE_OFFSETS = 273, 324
_WANTED = (WIDTH, HEIGHT, BITS_PER_SAMPLE, SAMPLES_PER_PIXEL, STRIP_OFFSETS, TILE_OFFSETS)
#: the bytes a value of each type Pillow reads takes (other types: the entry is skipped)
_UNIT = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4,
         16: 8, 17: 8, 18: 8}  # fmt: skip
#: the integer types (BYTE, SHORT, LONG, LONG8 and their signed kin), as ``struct`` reads them
_INTEGER = {1: "B", 3: "H", 4: "I", 16: "Q", 6: "b", 8: "h", 9: "i", 17: "q"}

#: ``read(offset, size)``: at most ``size`` bytes of the file from ``offset`` (fewer at its end)
Read = Callable[[int, int], bytes]


@dataclass(frozen=True)
class TiffHead:
    """What a TIFF's first directory declares."""

    size: tuple[int, int] | None  # None: no width and height that Pillow would take
    bits: int  # bits a pixel of its samples (0: not known)
    pieces: int  # strips it is stored in (or tiles, when it has no strips)
    tags: int  # entries of the directory, as declared


def read_head(read: Read, length: int) -> TiffHead | None:
    """The first directory of the TIFF that ``read`` reads (``length`` bytes long); None when
    the file is no TIFF."""
    head = read(0, 16)
    if head[:4] not in SIGNATURES:
        return None
    order = "<" if head[:2] == b"II" else ">"
    big = head[2:4] in (b"+\x00", b"\x00+")
    if len(head) < (16 if big else 8):
        return TiffHead(None, 0, 0, 0)
    (start,) = struct.unpack(order + ("Q" if big else "I"), head[8:16] if big else head[4:8])
    if start + (8 if big else 2) > length:  # no directory there: nothing is read past the end
        return TiffHead(None, 0, 0, 0)
    counted = read(start, 8 if big else 2)
    if len(counted) < (8 if big else 2):  # the file grew shorter meanwhile
        return TiffHead(None, 0, 0, 0)
    (tags,) = struct.unpack(order + ("Q" if big else "H"), counted)
    entry = 20 if big else 12
    table = read(start + len(counted), min(tags, MAX_TAGS) * entry)
    found = _entries(read, length, table, order, big)
    width, height = _largest(found.get(WIDTH, [])), _largest(found.get(HEIGHT, []))
    size = (width, height) if width and height and min(width, height) > 0 else None
    pieces = [count for tag in (STRIP_OFFSETS, TILE_OFFSETS) for _v, count in found.get(tag, [])]
    return TiffHead(size, _bits(found), max(pieces, default=0), tags)


#: what an entry gives: its values (the first :data:`MAX_SAMPLES`; none when not integers) and
#: how many it declares
_Entry = tuple[tuple[int, ...], int]


def _entries(
    read: Read, length: int, table: bytes, order: str, big: bool
) -> dict[int, list[_Entry]]:
    """Every entry of :data:`_WANTED` in the directory's ``table`` (values only of the types
    Pillow reads, and only when they are all inside the file; the count of any)."""
    entry, inline = (20, 8) if big else (12, 4)
    head = struct.Struct(order + ("HHQ" if big else "HHI"))
    found: dict[int, list[_Entry]] = {}
    for at in range(0, len(table) - entry + 1, entry):
        tag, kind, count = head.unpack_from(table, at)
        if tag not in _WANTED or count == 0:
            continue
        value = b""
        if kind in _UNIT:
            size = count * _UNIT[kind]
            value = table[at + entry - inline : at + entry]
            if size > inline:
                (offset,) = struct.unpack(order + ("Q" if big else "I"), value)
                value = b""
                if tag == BITS_PER_SAMPLE and offset + size <= length:
                    value = read(offset, min(count, MAX_SAMPLES) * _UNIT[kind])  # the bits only
        numbers = _integers(value, kind, min(count, MAX_SAMPLES), order) if value else ()
        found.setdefault(tag, []).append((numbers, count))
    return found


def _integers(value: bytes, kind: int, count: int, order: str) -> tuple[int, ...]:
    """The first ``count`` values of type ``kind`` in ``value`` (as many as it holds); none
    when they are not integers."""
    code = _INTEGER.get(kind)
    if code is None:
        return ()
    count = min(count, len(value) // _UNIT[kind])
    return struct.unpack(f"{order}{count}{code}", value[: count * _UNIT[kind]])


def _single(entry: _Entry) -> int | None:
    """The one number an entry holds (Pillow takes no width given as several, or as a
    fraction)."""
    if entry[1] != 1 or not entry[0]:
        return None
    return entry[0][0]


def _largest(entries: list[_Entry]) -> int | None:
    """The largest single number the entries of one tag give; None when none gives one."""
    return max((n for n in map(_single, entries) if n is not None), default=None)


def _bits(found: dict[int, list[_Entry]]) -> int:
    """The bits a pixel holds: BitsPerSample (1 when not given) for each of SamplesPerPixel
    (as many as BitsPerSample gives when not given); the larger of their sum and the widest
    sample times the samples, so that no way of reading them makes a pixel smaller, over every
    entry given."""
    samples = _largest(found.get(SAMPLES_PER_PIXEL, []))
    most = 0
    for numbers, _count in found.get(BITS_PER_SAMPLE, []) or [((1,), 1)]:
        per_sample = [max(0, n) for n in numbers] or [1]
        many = samples if samples is not None and samples >= 1 else len(per_sample)
        most = max(most, sum(per_sample), max(per_sample) * many)
    return most
