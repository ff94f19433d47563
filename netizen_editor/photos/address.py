"""What an image address in an article names: a web address, or a file on this computer.

The exports (``export.images``) and the checks (``checks.rules_images``) read an ``<img src>``
or a front matter ``image`` the same way: ``http(s)://`` and ``//host`` addresses are remote
(never fetched); ``data:``, ``javascript:``, ``mailto:`` and other schemes name no file of
the article; anything else (a relative path, an absolute one, ``file:``, a Windows drive
letter) is a local path, relative to the article's folder. Whether that file may be read is
:func:`netizen_editor.photos.source.read_image_file`'s decision.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

REMOTE_SCHEMES = ("http", "https")


def is_remote(src: str) -> bool:
    return src.startswith("//") or urlsplit(src).scheme.lower() in REMOTE_SCHEMES


def local_path(src: str, base: Path | None) -> Path | None:
    """The local file an image ``src`` names; None for remote URLs and for schemes that are
    never images of this article (``data:``, ``javascript:``, ``mailto:``…)."""
    parts = urlsplit(src)
    scheme = parts.scheme.lower()
    if is_remote(src):
        return None
    if scheme == "file":
        if parts.netloc not in ("", "localhost"):
            return None
        path = Path(unquote(parts.path))
    elif scheme and len(scheme) > 1:
        return None
    else:  # a relative path, an absolute one, or a Windows drive letter (C:\…)
        path = Path(unquote(src if scheme else parts.path))
        if parts.query or parts.fragment:
            path = Path(unquote(parts.path))
    if not path.is_absolute() and base is not None:
        path = base / path
    return path
