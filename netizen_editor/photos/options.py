"""What the photo pipeline is asked to do and what it gives back (no Pillow, no Qt: cheap to
import at start-up; the pipeline itself loads Pillow on first use)."""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_MAX_EDGE = 1600
JPEG_QUALITY = 82
WEB_FORMATS = ("jpeg", "webp")
PIPELINE_VERSION = 2  # part of the cache key: bump when the output of the same input changes


@dataclass(frozen=True)
class PhotoOptions:
    max_edge: int = DEFAULT_MAX_EDGE
    format: str = "jpeg"  # the format for photos: "jpeg" or "webp"
    quality: int = JPEG_QUALITY

    def key(self) -> str:
        return f"v{PIPELINE_VERSION}-{self.max_edge}-{self.format}-{self.quality}"

    @classmethod
    def from_settings(cls, settings: object) -> PhotoOptions:
        edge = int(getattr(settings, "photo_max_edge", DEFAULT_MAX_EDGE) or DEFAULT_MAX_EDGE)
        fmt = str(getattr(settings, "photo_format", "jpeg") or "jpeg").lower()
        return cls(max_edge=max(16, edge), format=fmt if fmt in WEB_FORMATS else "jpeg")


@dataclass
class WebImage:
    """The web copy: its encoded bytes and what was done to get it."""

    data: bytes
    format: str  # "JPEG", "PNG", "WEBP", "GIF"
    width: int
    height: int
    source_format: str
    source_size: tuple[int, int]
    source_bytes: int
    removed: list[str] = field(default_factory=list)  # "gps", "serial", "exif", "xmp", …
    # what the export should warn about: "first_frame:N" (an animation past the frame budget
    # keeps its first frame), "damaged:TEXT" (the decoder skipped a damaged part)
    notes: list[str] = field(default_factory=list)

    @property
    def suffix(self) -> str:
        return {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp", "GIF": ".gif"}[self.format]

    @property
    def mime(self) -> str:
        return "image/" + self.format.lower()
