"""Web copies kept on disk by content hash and options, so a re-export does not re-encode.

The cache lives in the platform's cache folder (``NETIZEN_EDITOR_CACHE_DIR`` overrides it;
the tests point it at a temporary folder). An entry is the encoded image plus a small JSON
record of what was done, with the SHA-256 of the image bytes. A damaged or missing entry is
simply made again: bad JSON, fields of the wrong type, bytes that do not match their hash, and
anything under an entry's name that is not a regular file (a FIFO, a symlink, a device) are
all a miss; reads never block and never follow a symlink. Entries are written with
:func:`netizen_editor.storage.atomic.atomic_write_bytes`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
from dataclasses import asdict
from pathlib import Path
from typing import Any

import platformdirs

from netizen_editor import APP_ID
from netizen_editor.photos.limits import DecodeBudget
from netizen_editor.photos.pipeline import (
    PhotoOptions,
    WebImage,
    make_share_image,
    make_web_copy,
)
from netizen_editor.photos.source import MAX_SOURCE_BYTES
from netizen_editor.storage.capped import read_at_most

CACHE_ENV = "NETIZEN_EDITOR_CACHE_DIR"
MAX_CACHE_BYTES = 512 * 1024 * 1024  # about 2,000 web copies; the oldest go first
PRUNE_EVERY = 32  # stores between two looks at the cache's size
_stores = 0
MAX_RECORD_BYTES = 64 * 1024  # a record is a few hundred bytes
WEB_FORMATS = ("JPEG", "PNG", "WEBP", "GIF")


def cache_dir() -> Path:
    override = os.environ.get(CACHE_ENV)
    base = (
        Path(override).expanduser()
        if override
        else Path(platformdirs.user_cache_dir(APP_ID, appauthor=False))
    )
    return base / "photos"


def content_key(data: bytes, options: PhotoOptions, kind: str = "web") -> str:
    digest = hashlib.sha256(data).hexdigest()[:40]
    return f"{digest}-{kind}-{options.key()}"


def _read_regular(path: Path, limit: int) -> bytes | None:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes; None for
    anything else (missing, a FIFO, a device, a symlink, too large). Never blocks."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        data = read_at_most(fd, limit)
    except OSError:
        return None
    finally:
        os.close(fd)
    return data if len(data) <= limit else None


def _is_int(value: Any, low: int = 0) -> bool:
    return type(value) is int and value >= low


def _is_strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _valid(record: Any) -> bool:
    """Whether a parsed record has every field, each of the right type."""
    if not isinstance(record, dict):
        return False
    size = record.get("source_size")
    return (
        record.get("format") in WEB_FORMATS
        and _is_int(record.get("width"), 1)
        and _is_int(record.get("height"), 1)
        and isinstance(record.get("source_format"), str)
        and isinstance(size, list)
        and len(size) == 2
        and all(_is_int(side, 1) for side in size)
        and _is_int(record.get("source_bytes"))
        and _is_strings(record.get("removed"))
        and _is_strings(record.get("notes"))
        and _is_int(record.get("length"), 1)
        and isinstance(record.get("sha256"), str)
    )


def _load(key: str) -> WebImage | None:
    folder = cache_dir()
    raw = _read_regular(folder / f"{key}.json", MAX_RECORD_BYTES)
    if raw is None:
        return None
    try:
        record = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        return None
    if not _valid(record):
        return None
    data = _read_regular(folder / f"{key}.img", MAX_SOURCE_BYTES)
    if data is None or len(data) != record["length"]:
        return None
    if hashlib.sha256(data).hexdigest() != record["sha256"]:
        return None
    return WebImage(
        data=data,
        format=record["format"],
        width=record["width"],
        height=record["height"],
        source_format=record["source_format"],
        source_size=(record["source_size"][0], record["source_size"][1]),
        source_bytes=record["source_bytes"],
        removed=list(record["removed"]),
        notes=list(record["notes"]),
    )


def _store(key: str, image: WebImage) -> None:
    from netizen_editor.storage.atomic import atomic_write_bytes

    folder = cache_dir()
    record = asdict(image)
    del record["data"]
    record["length"] = len(image.data)
    record["sha256"] = hashlib.sha256(image.data).hexdigest()
    global _stores
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(folder / f"{key}.img", image.data, below=folder)
        atomic_write_bytes(folder / f"{key}.json", json.dumps(record).encode("utf-8"),
                           below=folder)  # fmt: skip
    except (OSError, ValueError):
        return  # a cache that cannot be written only costs time
    _stores += 1
    if _stores % PRUNE_EVERY == 1:
        prune(MAX_CACHE_BYTES)


def prune(limit: int) -> None:
    """Remove the least recently written entries until the cache holds at most ``limit``."""
    entries = []
    try:
        for path in cache_dir().glob("*.img"):
            info = path.stat()
            entries.append((info.st_mtime, info.st_size, path))
    except OSError:
        return
    total = sum(size for _, size, _ in entries)
    for _, size, path in sorted(entries):
        if total <= limit:
            break
        for stale in (path, path.with_suffix(".json")):
            with contextlib.suppress(OSError):
                stale.unlink()
        total -= size


def cached_web_copy(
    data: bytes, options: PhotoOptions | None = None, budget: DecodeBudget | None = None
) -> WebImage:
    """:func:`make_web_copy`, from the cache when the same bytes were done with the same
    options before (a cache hit decodes nothing, so it costs nothing of ``budget``)."""
    options = options or PhotoOptions()
    key = content_key(data, options)
    image = _load(key)
    if image is None:
        image = make_web_copy(data, options, budget)
        _store(key, image)
    return image


def cached_share_image(
    data: bytes, options: PhotoOptions | None = None, budget: DecodeBudget | None = None
) -> WebImage:
    options = options or PhotoOptions()
    key = content_key(data, options, "share")
    image = _load(key)
    if image is None:
        image = make_share_image(data, options, budget)
        _store(key, image)
    return image
