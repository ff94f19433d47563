"""Web copies kept on disk by content hash and options, so a re-export does not re-encode.

The cache lives in the platform's cache folder (``NETIZEN_EDITOR_CACHE_DIR`` overrides it;
the tests point it at a temporary folder). An entry is the encoded image plus a small JSON
record of what was done; a damaged or missing entry is simply made again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import asdict
from pathlib import Path

import platformdirs

from netizen_editor import APP_ID
from netizen_editor.photos.pipeline import (
    PhotoOptions,
    WebImage,
    make_share_image,
    make_web_copy,
)

CACHE_ENV = "NETIZEN_EDITOR_CACHE_DIR"
MAX_CACHE_BYTES = 512 * 1024 * 1024  # about 2,000 web copies; the oldest go first
PRUNE_EVERY = 32  # stores between two looks at the cache's size
_stores = 0


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


def _load(key: str) -> WebImage | None:
    folder = cache_dir()
    try:
        record = json.loads((folder / f"{key}.json").read_text("utf-8"))
        data = (folder / f"{key}.img").read_bytes()
        if len(data) != record.pop("length"):
            return None
        record["source_size"] = tuple(record["source_size"])
        image = WebImage(data=data, **record)
    except (OSError, ValueError, TypeError, KeyError):
        return None
    return image


def _store(key: str, image: WebImage) -> None:
    folder = cache_dir()
    record = asdict(image)
    del record["data"]
    record["length"] = len(image.data)
    global _stores
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _replace_file(folder / f"{key}.img", image.data)
        _replace_file(folder / f"{key}.json", json.dumps(record).encode("utf-8"))
    except OSError:
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


def _replace_file(target: Path, data: bytes) -> None:
    """Write by rename (no fsync: a lost entry is made again), so readers never see half."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, target)


def cached_web_copy(data: bytes, options: PhotoOptions | None = None) -> WebImage:
    """:func:`make_web_copy`, from the cache when the same bytes were done with the same
    options before."""
    options = options or PhotoOptions()
    key = content_key(data, options)
    image = _load(key)
    if image is None:
        image = make_web_copy(data, options)
        _store(key, image)
    return image


def cached_share_image(data: bytes, options: PhotoOptions | None = None) -> WebImage:
    options = options or PhotoOptions()
    key = content_key(data, options, "share")
    image = _load(key)
    if image is None:
        image = make_share_image(data, options)
        _store(key, image)
    return image
