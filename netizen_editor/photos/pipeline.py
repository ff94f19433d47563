"""One photo in, one web copy out: decoded, upright, sRGB, resized, stripped of metadata.

No Qt. Pillow decodes JPEG, PNG, WebP, GIF, TIFF, BMP and (when Pillow is built with libavif,
as its wheels are since 11.2) AVIF; pi-heif adds HEIC/HEIF, decode only. The web copy carries
no metadata at all: no EXIF (so no GPS position, camera serial or orientation tag; the pixels
are turned upright instead), no XMP, no IPTC, no comments, no ICC profile (colours are
converted to sRGB from the embedded profile first).

Format: photos become JPEG (or WebP, a setting); pictures with real transparency stay PNG;
opaque PNG/GIF/BMP screenshots become JPEG only when that is much smaller; an animated GIF that
fits the size limit and the frame budget keeps its frames (first frame only when it must
shrink or has too many frames).

Bounded before decoding (see :mod:`netizen_editor.photos.limits`): the pixel count, the bytes
the samples decode to (a PNG's or TIFF's bits a pixel), the frame count, a JPEG's scans and a
TIFF's tags and strips are read from the header and the bytes before a pixel is decoded; large
decodes wait for each other (a process-wide ceiling of pixels decoded at once) and an export
may pass a :class:`~netizen_editor.photos.limits.DecodeBudget` for all its images: their
pixels, and their CPU time, counted and checked between the steps of each; a picture past it,
or expected to take more than is left, is refused as ``LATE``.
Only the formats above are ever opened (never EPS, PSD, …). Pillow's warnings become notes
on the web copy (the export turns them into its own warnings), never text on stderr.
"""

from __future__ import annotations

import io
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice

from PIL import Image, ImageCms, ImageOps, ImageSequence, UnidentifiedImageError

from netizen_editor.errors import plain_reason
from netizen_editor.i18n import tr
from netizen_editor.photos import limits, tiff
from netizen_editor.photos.limits import DecodeBudget
from netizen_editor.photos.options import (
    DEFAULT_MAX_EDGE,
    JPEG_QUALITY,
    PIPELINE_VERSION,
    WEB_FORMATS,
    PhotoOptions,
    WebImage,
)
from netizen_editor.photos.source import SourceRejected
from netizen_editor.timebudget import OutOfTime

__all__ = [
    "DEFAULT_MAX_EDGE",
    "JPEG_QUALITY",
    "PIPELINE_VERSION",
    "WEB_FORMATS",
    "PhotoOptions",
    "WebImage",
    "avif_supported",
    "make_share_image",
    "make_web_copy",
    "probe",
    "register_openers",
]

MAX_PIXELS = limits.PIXEL_BUDGET  # checked from the header, before anything is decoded
FORMATS = ("JPEG", "MPO", "PNG", "WEBP", "GIF", "TIFF", "BMP", "HEIF", "AVIF")
Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # Pillow's own guard, in line with ours
#: the memory blocks Pillow keeps a picture's lines in: past glibc's largest threshold for
#: mapping memory of its own (32 MB), so each block goes back to the system once freed; with
#: Pillow's 16 MB the heaps of the export's threads kept them, and an export of twenty 8-bit
#: RGBA PNGs of 49 MP peaked at 916 MB instead of 672 MB
BLOCK_BYTES = 64 * 1024 * 1024
Image.core.set_block_size(BLOCK_BYTES)
JPEG_MUCH_SMALLER = 0.5  # an opaque screenshot becomes JPEG when under half the PNG's size
SHARE_SIZE = (1200, 630)

EXIF_GPS_IFD = 0x8825
EXIF_IFD = 0x8769
SERIAL_TAGS = (0xA431, 0xC62F, 0xA435)  # BodySerialNumber, CameraSerialNumber, LensSerial

_heif_registered = False


def register_openers() -> bool:
    """Teach Pillow HEIC/HEIF through pi-heif; False when pi-heif is not installed."""
    global _heif_registered
    if not _heif_registered:
        try:
            import pi_heif
        except ImportError:
            return False
        pi_heif.register_heif_opener()
        _heif_registered = True
    return True


def avif_supported() -> bool:
    from PIL import features

    return bool(features.check("avif"))


def probe(data: bytes) -> tuple[str, tuple[int, int]]:
    """The format and size of an image, decoding its header; :class:`SourceRejected` if it is
    not an image Pillow (with pi-heif) reads or is over a budget. Shared with checks that look
    at sizes."""
    with _pillow_notes():
        image = _open(data)
    return image.format or "?", image.size


# -- bounds ----------------------------------------------------------------------------------
class _PixelGate:
    """At most ``capacity`` pixels decoded at once in the process: small images share it,
    a large one waits until it can be decoded (nearly) alone."""

    def __init__(self, capacity: int):
        self.capacity = capacity
        self._free = capacity
        self._changed = threading.Condition()

    @contextmanager
    def hold(self, pixels: int) -> Iterator[None]:
        pixels = max(1, min(pixels, self.capacity))
        with self._changed:
            while self._free < pixels:
                self._changed.wait()
            self._free -= pixels
        try:
            yield
        finally:
            with self._changed:
                self._free += pixels
                self._changed.notify_all()


_GATE = _PixelGate(limits.DECODE_CEILING)
_notes = threading.local()  # the list Pillow's warnings go to, per thread, while decoding
_shown_before = None


_FOR_DEVELOPERS = (DeprecationWarning, PendingDeprecationWarning, FutureWarning)


def _show(message, category, filename, lineno, file=None, line=None):
    """Where warnings go: about the image being decoded in this thread, to its notes;
    anything else (another thread's, a deprecation in our code) where it went before."""
    sink = getattr(_notes, "sink", None)
    if sink is not None and not issubclass(category, _FOR_DEVELOPERS):
        sink.append(f"{category.__name__}: {message}")
    elif _shown_before is not None:
        _shown_before(message, category, filename, lineno, file, line)


@contextmanager
def _pillow_notes() -> Iterator[list[str]]:
    """Pillow's warnings raised in this thread meanwhile, as a list (not to stderr).

    ``warnings.catch_warnings`` is not thread-safe (the web copies are made in parallel), so
    one hook, installed once and again whenever someone replaced it, sends each thread's
    warnings to that thread's list and any other warning on to where it went before."""
    global _shown_before
    if warnings.showwarning is not _show:
        _shown_before = warnings.showwarning
        warnings.showwarning = _show
        warnings.filterwarnings("always", module=r"PIL(\.|$)")
    sink: list[str] = []
    outer = getattr(_notes, "sink", None)
    _notes.sink = sink
    try:
        yield sink
    finally:
        _notes.sink = outer
        if outer is not None:
            outer.extend(sink)


def _formats() -> list[str]:
    """The formats of :data:`FORMATS` this Pillow (with pi-heif) can open."""
    Image.init()
    return [name for name in FORMATS if name in Image.OPEN]


def _open(data: bytes) -> Image.Image:
    """The image, opened lazily (nothing decoded yet) and refused when over a budget (a TIFF
    by its first directory before Pillow reads it: the tags and strips it declares cost
    Pillow time and memory before any pixel)."""
    register_openers()
    tiff_shape = limits.shape(data) if data[:4] in tiff.SIGNATURES else None
    if tiff_shape is not None and (too_large := limits.problem(tiff_shape)):
        raise SourceRejected(SourceRejected.TOO_LARGE, too_large)
    try:
        image = Image.open(io.BytesIO(data), formats=_formats())
    except UnidentifiedImageError as exc:
        raise SourceRejected(SourceRejected.NOT_IMAGE, type(exc).__name__) from None
    except Image.DecompressionBombError as exc:
        raise SourceRejected(SourceRejected.TOO_LARGE, plain_reason(exc)) from None
    except Exception as exc:  # a broken header can raise nearly anything inside a plugin
        raise SourceRejected(SourceRejected.NOT_IMAGE, type(exc).__name__) from None
    if image.width < 1 or image.height < 1:
        raise SourceRejected(SourceRejected.NOT_IMAGE, "no pixels")
    too_large = limits.too_many_pixels(image.width, image.height, image.format or "")
    if too_large is None:
        bits = limits.png_bits(data) if image.format == "PNG" else 0
        if tiff_shape is not None and image.format == "TIFF":
            bits = tiff_shape.bits
        too_large = limits.too_many_bytes(image.width, image.height, bits)
    if too_large is None and image.format in ("JPEG", "MPO"):
        too_large = limits.too_many_scans(limits.jpeg_scans(data), image.width, image.height)
    if too_large:
        raise SourceRejected(SourceRejected.TOO_LARGE, too_large)
    return image


def _frames(image: Image.Image, data: bytes) -> int:
    """The frames of an image, counted without decoding (a GIF up to the budget only)."""
    if image.format == "GIF":
        return limits.gif_frames(data)
    return int(getattr(image, "n_frames", 1))


def _spend(budget: DecodeBudget | None, pixels: int) -> None:
    """Before ``pixels`` are decoded: the time they are expected to take promised to this
    picture (:meth:`DecodeBudget.expect`: :class:`~netizen_editor.timebudget.OutOfTime` when
    it is not left), and the pixels taken from the export's ``budget``."""
    if budget is None:
        return
    budget.expect(pixels)
    if not budget.spend(pixels):
        raise SourceRejected(SourceRejected.TOO_LARGE, tr("over the export's decoding budget"))


@contextmanager
def _timed(budget: DecodeBudget | None) -> Iterator[None]:
    """Make one picture within the time ``budget`` has left (its CPU time taken from it);
    :class:`SourceRejected` (``LATE``) when there is none left or the picture runs past it."""
    if budget is None:
        yield
        return
    try:
        with budget.timing():
            yield
    except OutOfTime:
        seconds = tr("{seconds} seconds of work", seconds=f"{budget.allowed or 0:g}")
        raise SourceRejected(SourceRejected.LATE, seconds) from None


def _on_time(budget: DecodeBudget | None) -> None:
    """:class:`~netizen_editor.timebudget.OutOfTime` when the picture is past its time (see
    :meth:`DecodeBudget.check`): called between the steps of a web copy."""
    if budget is not None:
        budget.check()


def _damage_notes(caught: list[str]) -> list[str]:
    return [
        "damaged:" + text
        for text in dict.fromkeys(caught)
        if not text.startswith("DecompressionBombWarning")
    ]


def make_web_copy(
    data: bytes, options: PhotoOptions | None = None, budget: DecodeBudget | None = None
) -> WebImage:
    """The web copy of the image in ``data``; :class:`SourceRejected` when it is not one or
    is over a budget (``budget``: the pixels the caller's export may still decode)."""
    options = options or PhotoOptions()
    with _timed(budget), _pillow_notes() as caught:
        image = _open(data)
        source_format = image.format or "?"
        size = image.size
        notes: list[str] = []
        try:
            removed = _metadata_present(image)
            frames = _frames(image, data) if source_format == "GIF" else 1
            if frames > 1 and max(size) <= options.max_edge:
                if limits.keeps_animation(frames, *size):
                    pixels = frames * size[0] * size[1]
                    _spend(budget, pixels)
                    with _GATE.hold(limits.decode_cost(source_format, pixels)):
                        _on_time(budget)
                        out = _animated_gif(image, frames)
                    notes = _damage_notes(caught)
                    return WebImage(out, "GIF", *size, source_format, size, len(data), removed,
                                    notes)  # fmt: skip
                notes.append(f"first_frame:{frames}")
            with _decoding(image, options.max_edge, budget):
                still = _upright_srgb(image, options.max_edge, budget)
                encoded, fmt = _encode(still, source_format, options)
                width, height = still.size
                del still  # the large pictures go before the next decode may start
        except (SourceRejected, OutOfTime):
            raise
        except Exception as exc:  # truncated or corrupt data shows only while decoding
            raise SourceRejected(SourceRejected.NOT_IMAGE, f"cannot decode: {exc}") from None
    notes += _damage_notes(caught)
    return WebImage(encoded, fmt, width, height, source_format, size, len(data), removed, notes)


def make_share_image(
    data: bytes, options: PhotoOptions | None = None, budget: DecodeBudget | None = None
) -> WebImage:
    """The 1200×630 centre crop of a photo for ``og:image`` and share cards (JPEG)."""
    options = options or PhotoOptions()
    with _timed(budget), _pillow_notes() as caught:
        image = _open(data)
        size = image.size
        try:
            removed = _metadata_present(image)
            with _decoding(image, max(SHARE_SIZE) * 2, budget):
                still = _upright_srgb(image, max(SHARE_SIZE) * 2, budget)
                if still.mode != "RGB":
                    still = _flatten(still)
                crop = ImageOps.fit(still, SHARE_SIZE, Image.Resampling.LANCZOS)
                del still
                _on_time(budget)
                out = io.BytesIO()
                crop.save(out, "JPEG", quality=options.quality, optimize=True, progressive=True)
        except (SourceRejected, OutOfTime):
            raise
        except Exception as exc:
            raise SourceRejected(SourceRejected.NOT_IMAGE, f"cannot decode: {exc}") from None
    return WebImage(
        out.getvalue(), "JPEG", *SHARE_SIZE, image.format or "?", size, len(data), removed,
        _damage_notes(caught),
    )  # fmt: skip


# -- the steps ---------------------------------------------------------------------------------
def _metadata_present(image: Image.Image) -> list[str]:
    found = []
    try:
        exif = image.getexif()
    except Exception:
        exif = Image.Exif()
    if exif:
        try:
            if exif.get_ifd(EXIF_GPS_IFD):
                found.append("gps")
            sub = exif.get_ifd(EXIF_IFD)
        except Exception:
            sub = {}
        if any(tag in exif or tag in sub for tag in SERIAL_TAGS):
            found.append("serial")
        found.append("exif")
    info = image.info
    if "xmp" in info or "XML:com.adobe.xmp" in info:
        found.append("xmp")
    if "photoshop" in info or any(m == "APP13" for m, _ in getattr(image, "applist", [])):
        found.append("iptc")
    if "comment" in info:
        found.append("comment")
    if info.get("icc_profile"):
        found.append("icc")
    return found


@contextmanager
def _decoding(image: Image.Image, max_edge: int, budget: DecodeBudget | None) -> Iterator[None]:
    """Ready the first frame for decoding (a JPEG at a reduced scale when that is enough),
    take its pixels from the export's ``budget``, and wait until the process's ceiling has
    room for it; the decoded pixels are released (the image closed) on the way out."""
    image.seek(0)
    if image.format in ("JPEG", "MPO") and max(image.size) > max_edge:
        scale = max_edge / max(image.size)
        image.draft(None, (max(1, int(image.width * scale)), max(1, int(image.height * scale))))
    pixels = image.width * image.height  # after draft: what is really decoded
    _spend(budget, pixels)
    try:
        with _GATE.hold(limits.decode_cost(image.format or "", pixels)):
            _on_time(budget)  # the wait costs no CPU time, but the others may have spent it
            yield
    finally:
        image.close()


def _upright_srgb(
    image: Image.Image, max_edge: int, budget: DecodeBudget | None = None
) -> Image.Image:
    """The first frame, decoded, turned by its EXIF orientation (in place: a copy of a
    picture of 49 MP is 196 MB more), converted to sRGB and resized so its long edge is at
    most ``max_edge`` (inside :func:`_decoding`; ``budget``'s time checked between the steps)."""
    icc = image.info.get("icc_profile")
    image.load()
    _on_time(budget)
    ImageOps.exif_transpose(image, in_place=True)
    frame = _to_srgb(image, icc)
    _on_time(budget)
    if max(frame.size) > max_edge:
        frame.thumbnail((max_edge, max_edge), Image.Resampling.LANCZOS, reducing_gap=3.0)
        _on_time(budget)
    frame.info = {}
    return frame


def _to_srgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    alpha = _has_alpha(image)
    target = "RGBA" if alpha else ("L" if image.mode in ("1", "L", "I;16", "I") else "RGB")
    if image.mode == "P" or image.mode.startswith("I") or image.mode == "1":
        image = image.convert("RGBA" if alpha else ("L" if target == "L" else "RGB"))
    if icc and image.mode in ("RGB", "RGBA", "CMYK", "L", "LA"):
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            srgb = ImageCms.createProfile("sRGB")
            out_mode = "RGBA" if alpha else ("L" if target == "L" and image.mode == "L" else "RGB")
            if out_mode == "L":
                return image  # a grey profile: grey stays grey
            converted = ImageCms.profileToProfile(image, source, srgb, outputMode=out_mode)
            if converted is not None:
                return converted
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile: convert as if there were none
    if image.mode == "CMYK":
        return image.convert("RGB")
    if image.mode != target:
        return image.convert(target)
    return image


def _has_alpha(image: Image.Image) -> bool:
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        band = image.getchannel("A")
    elif image.mode == "P" and "transparency" in image.info:
        band = image.convert("RGBA").getchannel("A")
    else:
        return False
    low = band.getextrema()[0]  # one band: (lowest, highest)
    return isinstance(low, int | float) and low < 255


def _flatten(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA"):
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image, mask=image.getchannel("A"))
        return background
    return image.convert("RGB")


def _encode(image: Image.Image, source_format: str, options: PhotoOptions) -> tuple[bytes, str]:
    if image.mode == "RGBA":
        if options.format == "webp":
            return _save(image, "WEBP", quality=options.quality, method=4), "WEBP"
        return _save(image, "PNG", optimize=False, compress_level=6), "PNG"
    photo_format = "WEBP" if options.format == "webp" else "JPEG"
    lossy = _lossy(image, photo_format, options.quality)
    if source_format in ("JPEG", "MPO", "HEIF", "AVIF", "WEBP", "TIFF"):
        return lossy, photo_format
    # a screenshot or a graphic: PNG keeps text sharp; JPEG only when it is much smaller
    lossless = _save(image, "PNG", optimize=False, compress_level=6)
    if len(lossy) < len(lossless) * JPEG_MUCH_SMALLER:
        return lossy, photo_format
    return lossless, "PNG"


def _lossy(image: Image.Image, fmt: str, quality: int) -> bytes:
    if fmt == "WEBP":
        return _save(image, "WEBP", quality=quality, method=4)
    return _save(image, "JPEG", quality=quality, optimize=True)


def _save(image: Image.Image, fmt: str, **params: object) -> bytes:
    out = io.BytesIO()
    image.info = {}
    image.save(out, fmt, **params)
    return out.getvalue()


def _animated_gif(image: Image.Image, limit: int) -> bytes:
    """The animation again, at most ``limit`` frames (what was counted and budgeted)."""
    frames = [frame.copy() for frame in islice(ImageSequence.Iterator(image), limit)]
    durations = [frame.info.get("duration", 100) for frame in frames]
    for frame in frames:
        frame.info = {key: frame.info[key] for key in ("transparency",) if key in frame.info}
    out = io.BytesIO()
    frames[0].save(
        out, "GIF", save_all=True, append_images=frames[1:], duration=durations,
        loop=image.info.get("loop", 0), disposal=2,
    )  # fmt: skip
    return out.getvalue()
