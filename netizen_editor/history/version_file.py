"""One version's file: a magic line, a line of JSON about the version, the compressed text.

::

    netizen-version 1\\n
    {"time": "2026-12-06T10:30:00+07:00", "author": "Bambang", "reason": "save",
     "words": 812, "size": 5120, "sha256": "…"}\\n
    <the text's UTF-8 bytes, zlib-compressed>

Reading is bounded: the header line at most ``MAX_HEADER`` bytes, the file at most
``MAX_FILE_BYTES``, the text at most ``MAX_TEXT_BYTES`` once decompressed (a zlib bomb stops
there), and the text must match its ``size`` and ``sha256``; anything else is a
:class:`VersionError` that the listing reports and skips. So is a header whose values a kept
version never has (planted: QA35 #8, #9), as a name that is not a version's is skipped: a
``reason`` not one of ``REASONS``, a ``size`` below 0 or past ``MAX_TEXT_BYTES``, ``words``
below 0 or more than ``size`` (a word is one byte at least; a 400-digit count stopped File ›
History), a ``sha256`` that is not 64 hexadecimal digits. Its ``time`` is checked where the
name's time is known (``store``).
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netizen_editor.errors import NetizenError, plain_reason
from netizen_editor.i18n import tr
from netizen_editor.storage.capped import PLANTED_READ_FLAGS, read_at_most, unrefused_link
from netizen_editor.storage.reading import MAX_BYTES as MAX_TEXT_BYTES

MAGIC = b"netizen-version 1\n"
#: a version file's name ends with it; the stem is the version's id
SUFFIX = ".nzv"
MAX_HEADER = 4096
#: a compressed text is never larger than the text itself and a little
MAX_FILE_BYTES = MAX_TEXT_BYTES + MAX_HEADER + 1024
#: why a version was kept (``overwritten``: the text on disk a save replaced, written
#: elsewhere: by a colleague, another program or a shell)
REASONS = ("save", "status", "review", "export", "import", "restore", "overwritten")
#: the author of a version when the settings name nobody and the OS user is unknown, and of
#: an ``overwritten`` text (written elsewhere, by whom is not known)
UNKNOWN_AUTHOR = "unknown"
#: a header's ``sha256``, as ``hexdigest`` writes it
_SHA256 = re.compile(r"[0-9a-f]{64}")
#: zlib's level: 1 compresses a 20,000-word article in ~1 ms to 46 KB (6: ~6 ms, 39 KB)
_LEVEL = 1


class VersionError(NetizenError):
    """A version file that cannot be read (a link, not a file, too big, corrupt)."""


@dataclass(frozen=True)
class VersionInfo:
    """What a version's header says (``id`` is the file's stem)."""

    id: str
    time: str
    author: str
    reason: str
    words: int
    size: int
    sha256: str

    def as_json(self) -> dict[str, Any]:
        """The object ``history --format json`` prints (``author`` None when unknown, as in
        ``review``'s JSON: an earlier copy has none, an ``overwritten`` text ``unknown``)."""
        return {
            "id": self.id,
            "time": self.time,
            "author": self.author if self.author not in ("", UNKNOWN_AUTHOR) else None,
            "reason": self.reason,
            "words": self.words,
        }


def encode(text: str, *, time: str, author: str, reason: str, words: int) -> bytes:
    """The file's bytes for ``text``."""
    data = text.encode("utf-8", "surrogatepass")
    header = {
        "time": time,
        "author": author,
        "reason": reason,
        "words": words,
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    line = json.dumps(header, ensure_ascii=False).encode("utf-8", "surrogatepass")
    return MAGIC + line[: MAX_HEADER - 1] + b"\n" + zlib.compress(data, _LEVEL)


def read_info(path: Path) -> VersionInfo:
    """The header of the version file ``path`` (only its first bytes are read)."""
    head, _rest = _split(path, _read(path, len(MAGIC) + MAX_HEADER))
    return _info(path, head)


def read_version(path: Path) -> tuple[VersionInfo, str]:
    """The header and the text of the version file ``path``."""
    head, rest = _split(path, _read(path, MAX_FILE_BYTES))
    info = _info(path, head)  # its size at most MAX_TEXT_BYTES
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(rest, info.size + 1)
    except zlib.error:
        message = tr("the version is damaged (it cannot be decompressed)")
        raise VersionError(message, path=path) from None
    if len(data) != info.size or hashlib.sha256(data).hexdigest() != info.sha256:
        raise VersionError(tr("the version is damaged (its text does not match)"), path=path)
    return info, data.decode("utf-8", "surrogatepass")


def _read(path: Path, limit: int) -> bytes:
    try:
        if unrefused_link(path):  # no O_NOFOLLOW (Windows): refused as the system would
            raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path))
        fd = os.open(path, PLANTED_READ_FLAGS)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise VersionError(tr("the version is a link; it is not read"), path=path) from None
        raise VersionError(
            tr("the version cannot be read: {reason}", reason=plain_reason(exc)), path=path
        ) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise VersionError(tr("the version is not a regular file"), path=path)
        if st.st_size > MAX_FILE_BYTES:
            raise VersionError(tr("the version is too large to read"), path=path)
        return read_at_most(fd, limit)
    except OSError as exc:
        raise VersionError(
            tr("the version cannot be read: {reason}", reason=plain_reason(exc)), path=path
        ) from None
    finally:
        os.close(fd)


def _split(path: Path, data: bytes) -> tuple[bytes, bytes]:
    if not data.startswith(MAGIC):
        raise VersionError(tr("not a version file of Netizen Editor"), path=path)
    end = data.find(b"\n", len(MAGIC))
    if end < 0:
        raise VersionError(tr("the version is damaged (its header is cut)"), path=path)
    return data[len(MAGIC) : end], data[end + 1 :]


def _info(path: Path, head: bytes) -> VersionInfo:
    try:
        header = json.loads(head.decode("utf-8", "surrogatepass"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        header = None
    if not isinstance(header, dict):
        raise VersionError(tr("the version is damaged (its header is not JSON)"), path=path)
    fields = {
        "time": str,
        "author": str,
        "reason": str,
        "words": int,
        "size": int,
        "sha256": str,
    }
    values = {key: header.get(key) for key in fields}
    wrong = [key for key, kind in fields.items()
             if not isinstance(values[key], kind) or isinstance(values[key], bool)]  # fmt: skip
    if not wrong and header["size"] > MAX_TEXT_BYTES:
        raise VersionError(tr("the version is too large to read"), path=path)
    if not wrong:  # values a kept version never has
        wrong = [k for k, bad in (("reason", header["reason"] not in REASONS),
                                  ("size", header["size"] < 0),
                                  ("words", not 0 <= header["words"] <= header["size"]),
                                  ("sha256", _SHA256.fullmatch(header["sha256"]) is None))
                 if bad]  # fmt: skip
    if wrong:
        raise VersionError(
            tr("the version is damaged (its {field} is missing or wrong)", field=wrong[0]),
            path=path,
        )
    return VersionInfo(
        id=path.name.removesuffix(SUFFIX),
        time=header["time"],
        author=header["author"],
        reason=header["reason"],
        words=header["words"],
        size=header["size"],
        sha256=header["sha256"],
    )
