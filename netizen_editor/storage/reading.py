"""Read article files safely, and write them back byte for byte.

Articles are UTF-8 (a BOM is accepted and remembered). Line endings are kept exactly as they
are, so an article opened and saved unchanged gives the same bytes. Files that are too big,
binary or not UTF-8 are refused with a ``ReadError`` whose ``kind`` the GUI can act on.
``ReadError.message`` does not repeat the path; ``str(error)`` is ``path[:line]: message``.
"""

from __future__ import annotations

import codecs
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from netizen_editor.errors import ArticleError, plain_reason
from netizen_editor.i18n import tr
from netizen_editor.storage.atomic import SaveError, atomic_write_bytes
from netizen_editor.storage.capped import FileTooLarge, NotRegularFile, read_regular
from netizen_editor.storage.identity import FileIdentity

MAX_BYTES = 20 * 1024 * 1024
BOM = codecs.BOM_UTF8
SNIFF_BYTES = 8192
_GUESS_WINDOW = 64 * 1024
# Bytes allowed in text: tab, line feed, form feed, carriage return, escape, backspace.
_TEXT_CONTROLS = frozenset(b"\t\n\f\r\x1b\b")
_CONTROLS = bytes(b for b in range(32) if b not in _TEXT_CONTROLS) + b"\x7f"
_OTHER_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_PUNCTUATION = frozenset("“”‘’‚„–—…•€™«»°©®·×÷§¶\u00a0")
KINDS = ("missing", "too_large", "binary", "not_utf8", "unreadable", "link")  # link: links.py


@dataclass(frozen=True)
class ReadResult:
    text: str
    identity: FileIdentity
    bom: bool = False
    encoding: str = "utf-8"


class ReadError(ArticleError):
    """An article file that cannot be opened; ``kind`` is one of ``KINDS``."""

    def __init__(
        self,
        path: Path | str,
        message: str,
        kind: str,
        *,
        guessed_encoding: str | None = None,
        byte_offset: int | None = None,
        line: int | None = None,
    ):
        super().__init__(message, path=path, line=line)
        self.kind = kind
        self.guessed_encoding = guessed_encoding
        self.byte_offset = byte_offset


def read_article_file(path: Path | str, max_bytes: int = MAX_BYTES) -> ReadResult:
    """Read a UTF-8 article; ``ReadError`` when it is missing, too big, binary or not UTF-8."""
    path = Path(path)
    data, st = _read_limited(path, max_bytes)
    return decode_article(path, data, st)


def decode_article(path: Path | str, data: bytes, st: os.stat_result) -> ReadResult:
    """The article in ``data``, the bytes of the file ``path`` (whose ``st`` they are): what
    :func:`read_article_file` reads once it has the bytes (a desk reads them its own way)."""
    identity = FileIdentity.from_bytes(data, st)
    for mark, name in _OTHER_BOMS:
        if data.startswith(mark):
            message = tr("The file is {encoding} text, not UTF-8", encoding=name.upper())
            raise ReadError(path, message, "not_utf8", guessed_encoding=name)
    bom = data.startswith(BOM)
    body = data[len(BOM) :] if bom else data
    if looks_binary(body[:SNIFF_BYTES]):
        raise ReadError(path, tr("This is not a text file (it looks like a binary file)"), "binary")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + (len(BOM) if bom else 0)
        line = data.count(b"\n", 0, offset) + 1
        guess = guess_encoding(body, exc.start)
        message = tr("The file is not valid UTF-8 at byte {offset} (line {line})",
                     offset=offset, line=line)  # fmt: skip
        if guess:
            message += tr("; it looks like {encoding}", encoding=guess)
        raise ReadError(
            path, message, "not_utf8", guessed_encoding=guess, byte_offset=offset, line=line
        ) from None
    return ReadResult(text=text, identity=identity, bom=bom)


def decode_with(path: Path | str, encoding: str, max_bytes: int = MAX_BYTES) -> str:
    """The file decoded with an encoding the user chose (open read-only or as a copy)."""
    path = Path(path)
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise ReadError(
            path, tr("Unknown text encoding {name}", name=repr(encoding)), "unreadable"
        ) from None
    data, _ = _read_limited(path, max_bytes)
    if name == "utf-8" and data.startswith(BOM):
        data = data[len(BOM) :]
    try:
        return data.decode(name)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ReadError(
            path,
            tr(
                "The file cannot be read as {encoding} at byte {offset} (line {line})",
                encoding=name,
                offset=exc.start,
                line=line,
            ),
            "unreadable",
            byte_offset=exc.start,
            line=line,
        ) from None


def article_bytes(text: str, *, bom: bool = False) -> bytes:
    """What an article file holding ``text`` holds (UnicodeEncodeError for a lone surrogate)."""
    return (BOM if bom else b"") + text.encode("utf-8")


def write_article_file(path: Path | str, text: str, *, bom: bool = False) -> FileIdentity:
    """Save an article atomically as UTF-8 and return the identity of what was written."""
    path = Path(path)
    try:
        data = article_bytes(text, bom=bom)
    except UnicodeEncodeError as exc:
        raise SaveError(
            path, f"The text has a character that cannot be saved as UTF-8: could not save {path}"
        ) from exc
    atomic_write_bytes(path, data)  # a link at ``path`` is replaced, never written through
    try:
        st = os.stat(path, follow_symlinks=False)
    except OSError:
        return FileIdentity.from_bytes(data, os.stat_result((0,) * 10))
    return FileIdentity.from_bytes(data, st)


def looks_binary(sample: bytes) -> bool:
    """NUL bytes, or mostly control characters, in the sample."""
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROLS))
    return controls / len(sample) > 0.3


def guess_encoding(data: bytes, bad_at: int = 0) -> str | None:
    """A likely encoding for bytes that are not UTF-8 (a codec name such as "cp1252").

    Windows-1252 is the usual culprit for Latin-script articles, so it wins whenever it reads
    as plausible Latin text; otherwise charset_normalizer guesses.
    """
    start = max(0, bad_at - _GUESS_WINDOW)
    sample = data[start : bad_at + _GUESS_WINDOW]
    if _plausible_latin(sample, "cp1252"):
        return "cp1252"
    from charset_normalizer import from_bytes

    for match in from_bytes(sample):
        try:
            name = codecs.lookup(match.encoding).name
        except LookupError:
            continue
        if name in ("utf-8", "ascii"):
            continue
        if name.startswith(("utf-16", "utf-32")) and b"\x00" not in sample:
            continue
        return name
    return None


def _plausible_latin(sample: bytes, encoding: str) -> bool:
    """Decodes cleanly; the non-ASCII characters are a few Latin letters or punctuation."""
    try:
        text = sample.decode(encoding)
    except UnicodeDecodeError:
        return False
    extra = [c for c in text if ord(c) > 127]
    if not extra:
        return False
    latin = sum(
        1 for c in extra if c in _PUNCTUATION or unicodedata.name(c, "").startswith("LATIN")
    )
    letters = sum(1 for c in text if c.isalpha())
    accented = sum(1 for c in extra if c.isalpha())
    return latin / len(extra) >= 0.9 and accented <= 0.3 * max(letters, 1)


def _read_limited(path: Path, max_bytes: int) -> tuple[bytes, os.stat_result]:
    """The bytes of the article the user named (through a link: they chose it), read as a
    planted file is: what is opened is checked to be a regular file, never waited on (a pipe
    swapped in after a look would hold the open for ever), at most ``max_bytes``."""
    try:
        return read_regular(path, max_bytes, follow_links=True)
    except (FileNotFoundError, NotADirectoryError):
        raise ReadError(
            path, tr("The file does not exist (it may have been moved or deleted)"), "missing"
        ) from None
    except NotRegularFile:
        if os.path.isdir(path):
            raise ReadError(path, tr("This is a folder, not a file"), "unreadable") from None
        raise ReadError(path, tr("This is not a regular file"), "unreadable") from None
    except FileTooLarge:
        raise _too_large(path, _size(path, max_bytes + 1), max_bytes) from None
    except PermissionError:
        raise ReadError(
            path, tr("Permission denied: you are not allowed to read this file"), "unreadable"
        ) from None
    except OSError as exc:
        raise ReadError(path, _cannot_read(exc), "unreadable") from None


def _size(path: Path, otherwise: int) -> int:
    try:
        return max(os.stat(path).st_size, otherwise)
    except OSError:
        return otherwise


def _cannot_read(exc: OSError) -> str:
    reason = plain_reason(exc)  # some OSErrors carry no strerror
    return tr("The file cannot be read: {reason}", reason=reason)


def _too_large(path: Path, size: int, max_bytes: int) -> ReadError:
    mb = 1024 * 1024
    return ReadError(
        path,
        tr(
            "The file is too large to open ({size} MB; the limit is {limit} MB)",
            size=f"{size / mb:.1f}",
            limit=f"{max_bytes / mb:.0f}",
        ),
        "too_large",
    )
