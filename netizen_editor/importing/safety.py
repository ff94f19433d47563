"""Untrusted documents: bounded reads, zip archives checked before anything is unpacked, XML
without entities, and HTML whose external references are dropped (never fetched or read).

Every limit is checked on the archive's directory before a byte is decompressed, so a zip
bomb is refused at once; reads are capped again while decompressing (a directory that lies
about sizes stops at the cap).
"""

from __future__ import annotations

import codecs
import io
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netizen_editor.errors import NetizenError, plain_reason
from netizen_editor.i18n import tr
from netizen_editor.storage.capped import FileTooLarge, NotRegularFile, read_regular

#: the largest document file imported (the issue promises 20 MB)
MAX_INPUT_BYTES = 30 * 1024 * 1024
#: the most entries a document archive may have
MAX_ENTRIES = 5000
#: the most bytes all the entries of an archive may unpack to
MAX_UNPACKED = 300 * 1024 * 1024
#: the most one text (XML) part may unpack to: what the converters read within the time budget
MAX_TEXT_PART = 24 * 1024 * 1024
#: the most the text of a document (Word's document.xml, an ODT's content.xml) may unpack to:
#: what the converters turn into Markdown within the 5 s budget here (bench_import): some
#: 4,000 paragraphs, 20,000 words or more
MAX_BODY_XML = 1280 * 1024
#: the most bytes of a text file, and of the text extracted from a PDF (bench_import)
MAX_PLAIN_TEXT = 1536 * 1024
#: unpacked / packed size of an entry above which it is a bomb (text compresses ~10-20×)
MAX_RATIO = 200
#: entries smaller than this are never judged by their ratio (tiny XML compresses well)
RATIO_FLOOR = 1024 * 1024
#: the start of an OLE compound file: an encrypted Office document (or a Word 97 .doc)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: link schemes an imported article may keep (everything else, ``file:`` above all, goes)
SAFE_SCHEMES = ("http:", "https:", "mailto:", "tel:")


class DocumentError(NetizenError):
    """A document that cannot be imported: encrypted, corrupt, a zip bomb, unsupported."""


@dataclass
class Notes:
    """The warnings an import collects (each said once, in order)."""

    items: list[str] = field(default_factory=list)

    def add(self, text: str) -> None:
        if text not in self.items:
            self.items.append(text)


def read_document(path: Path) -> bytes:
    """The bytes of the document ``path``: a regular file of at most ``MAX_INPUT_BYTES``
    (the one the user chose, through a link too; what is opened is checked, never waited on)."""
    try:
        return read_regular(path, MAX_INPUT_BYTES, follow_links=True)[0]
    except NotRegularFile:
        raise DocumentError(tr("not a regular file"), path=path) from None
    except FileTooLarge:
        size = max(_size(path), MAX_INPUT_BYTES + 1)
        raise _too_large(path, size) from None
    except OSError as exc:
        raise DocumentError(
            tr("cannot read it: {reason}", reason=plain_reason(exc)), path=path
        ) from None


def size_problem(path: Path, plain: bool) -> DocumentError | None:
    """What the import would refuse about ``path`` by its size alone (``plain``: a text file,
    whose bytes are its text), known from ``stat``: asked before the user chooses where the
    article goes, so a refusal never comes after that question."""
    size = _size(path)
    if size > MAX_INPUT_BYTES:
        return _too_large(path, size)
    if plain and size > MAX_PLAIN_TEXT:
        return too_long(path, size, MAX_PLAIN_TEXT, tr("text"))
    return None


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _too_large(path: Path, size: int) -> DocumentError:
    mb = 1024 * 1024
    return DocumentError(
        tr(
            "too large to import ({size} MB; the limit is {limit} MB)",
            size=f"{size / mb:.1f}",
            limit=f"{MAX_INPUT_BYTES / mb:.0f}",
        ),
        path=path,
    )


class Package:
    """A document archive whose directory passed the checks; entries are read with a cap."""

    def __init__(self, data: bytes, path: Path, kind: str):
        self.path = path
        if data.startswith(OLE_MAGIC):
            raise DocumentError(
                tr(
                    "the document is password-protected (encrypted) or in an old format; "
                    "open it in {kind}, remove the password or save it as {suffix}, and "
                    "import that file",
                    kind=kind,
                    suffix=path.suffix.lower() or ".docx",
                ),
                path=path,
            )
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
            raise corrupt(path, kind, exc) from None
        check_directory(infos, path)
        self.infos = {info.filename: info for info in infos}

    def names(self) -> list[str]:
        return list(self.infos)

    def has(self, name: str) -> bool:
        return name in self.infos

    def read(self, name: str, limit: int = MAX_UNPACKED) -> bytes:
        """The unpacked bytes of entry ``name`` (DocumentError when over ``limit`` or damaged)."""
        info = self.infos[name]
        if info.file_size > limit:
            raise DocumentError(
                tr(
                    "{name} in the document is too large to import ({size} MB)",
                    name=name,
                    size=f"{info.file_size / 1024 / 1024:.0f}",
                ),
                path=self.path,
            )
        try:
            with self.zip.open(info) as entry:
                data = entry.read(limit + 1)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as exc:
            raise corrupt(self.path, "", exc) from None
        except NotImplementedError as exc:  # a compression method zipfile does not know
            raise corrupt(self.path, "", exc) from None
        if len(data) > limit:
            raise DocumentError(tr("{name} in the document unpacks past its size", name=name),
                                path=self.path)  # fmt: skip
        return data

    def body_part(self, name: str) -> bytes:
        """The part that holds the document's text: refused past ``MAX_BODY_XML``."""
        size = self.infos[name].file_size
        if size > MAX_BODY_XML:
            raise too_long(self.path, size, MAX_BODY_XML, tr("XML in the document's text part"))
        return self.text_part(name)

    def text_part(self, name: str) -> bytes:
        """An XML part: capped at ``MAX_TEXT_PART`` and refused when it declares a DTD."""
        data = self.read(name, MAX_TEXT_PART)
        refuse_dtd(data, self.path, name)
        return data

    def xml(self, name: str, body: bool = False) -> Any:
        """The XML part ``name`` (``body``: the one that holds the text, see
        :meth:`body_part`) parsed, as :func:`parse_part` does."""
        return parse_part(self.body_part(name) if body else self.text_part(name), name, self.path)


def parse_part(data: bytes, name: str, path: Path) -> Any:
    """``data``, the document's XML part ``name``, parsed; DocumentError naming it, in plain
    words, when it is not well-formed (lxml's own words name a column a megabyte into a line)."""
    from lxml import etree

    try:
        return etree.fromstring(data, xml_parser())
    except etree.XMLSyntaxError as exc:
        raise DocumentError(xml_problem(name, exc), path=path) from None


def too_long(path: Path, size: int, limit: int, what: str) -> DocumentError:
    """A document whose text is longer than an article's could be (a book, a data dump):
    ``size`` bytes of ``what`` (the text, the page's HTML: the thing measured, in words)."""
    shown, most = sizes(size, limit)
    return DocumentError(
        tr("too long to import as an article ({size} of {what}; at most {limit}): copy the "
           "part you need into a new article", size=shown, what=what, limit=most),
        path=path,
    )  # fmt: skip


def sizes(size: int, limit: int) -> tuple[str, str]:
    """``size`` and ``limit`` (bytes, ``size`` the larger) as MB to one decimal, or as KB
    where those read the same (0.4 MB of 0.4 MB): the size rounded up, so it always reads
    larger than the limit (every limit here is whole KB)."""
    mb = 1024 * 1024
    shown, most = f"{size / mb:.1f}", f"{limit / mb:.1f}"
    if shown != most:
        return f"{shown} MB", f"{most} MB"
    return f"{-(-size // 1024)} KB", f"{limit // 1024} KB"


def corrupt(path: Path, kind: str, exc: BaseException) -> DocumentError:
    what = tr("a {kind} document", kind=kind) if kind else tr("a document")
    if isinstance(exc, RecursionError):  # Python's words: "maximum recursion depth exceeded"
        detail = tr("its parts are nested too deeply to be read")
    else:
        detail = str(exc)[:120]
    return DocumentError(
        tr("the file is damaged or is not {what} ({detail})", what=what, detail=detail),
        path=path,
    )


def damaged_properties() -> str:
    """The note for a document whose properties (title, author) cannot be read."""
    return tr("the document's properties (its title and author) are damaged and were not read")


def xml_problem(name: str, exc: Exception) -> str:
    """What is wrong with the part ``name`` that lxml could not read (``exc``, an
    ``XMLSyntaxError``), in plain words, with its line."""
    from lxml import etree

    line = getattr(exc, "lineno", None) or 1
    code = getattr(exc, "code", None)
    if code in (etree.ErrorTypes.ERR_INVALID_CHAR, etree.ErrorTypes.ERR_INVALID_CHARREF):
        return tr("{name} in the document holds a character that is not allowed in it (a "
                  "control character such as NUL, on line {line}): the file is damaged",
                  name=name, line=line)  # fmt: skip
    if code == etree.ErrorTypes.ERR_INVALID_ENCODING:
        return tr("{name} in the document holds bytes that are not text in its encoding (on "
                  "line {line}): the file is damaged", name=name, line=line)  # fmt: skip
    return tr("{name} in the document is damaged: its markup is broken on line {line}",
              name=name, line=line)  # fmt: skip


def check_directory(infos: list[zipfile.ZipInfo], path: Path) -> None:
    """Refuse an archive by its directory alone: too many entries, too much unpacked data, an
    entry packed too tightly (a bomb), an encrypted entry."""
    if len(infos) > MAX_ENTRIES:
        raise DocumentError(
            tr("refused: the archive has {count} entries (at most {limit})",
               count=len(infos), limit=MAX_ENTRIES),
            path=path,
        )  # fmt: skip
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise DocumentError(
                tr("the document is password-protected (encrypted); remove the password and "
                   "import it again"),
                path=path,
            )  # fmt: skip
        total += info.file_size
        packed = max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and info.file_size / packed > MAX_RATIO:
            raise DocumentError(
                tr("refused: {name} would unpack {ratio}× its size (a zip bomb?)",
                   name=info.filename, ratio=info.file_size // packed),
                path=path,
            )  # fmt: skip
    if total > MAX_UNPACKED:
        raise DocumentError(
            tr("refused: the document would unpack to {size} MB (at most {limit} MB)",
               size=total // (1024 * 1024), limit=MAX_UNPACKED // (1024 * 1024)),
            path=path,
        )  # fmt: skip


def refuse_dtd(data: bytes, path: Path, name: str) -> None:
    """Office XML never declares a DTD; one that does could define entities (billion laughs,
    external files): refused before any parser sees it, in whatever encoding the part is
    written (UTF-16 or UTF-7 would hide the declaration from a look at the bytes)."""
    text = _as_utf8(data, path, name).upper()
    if b"<!DOCTYPE" in text[:16384] or b"<!ENTITY" in text:
        raise DocumentError(tr("refused: {name} declares a DTD or entities", name=name), path=path)


#: byte order marks of the encodings in which markup is not its ASCII bytes
_WIDE_MARKS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
               (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))  # fmt: skip
_DECLARED = re.compile(rb"""<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")


def _as_utf8(data: bytes, path: Path, name: str) -> bytes:
    """``data`` (an XML part) as UTF-8 when it is written in another encoding than UTF-8 or
    ASCII (in UTF-16, UTF-7 or EBCDIC its markup is not its ASCII bytes)."""
    for mark, codec in _WIDE_MARKS:
        if data.startswith(mark):
            return data[len(mark) :].decode(codec, "replace").encode("utf-8")
    if data[:4] in (b"<\x00?\x00", b"\x00<\x00?"):  # UTF-16 without a mark
        codec = "utf-16-le" if data[:1] == b"<" else "utf-16-be"
        return data.decode(codec, "replace").encode("utf-8")
    declared = _DECLARED.match(data[:256])
    if declared is None:
        return data
    try:
        codec = codecs.lookup(declared.group(1).decode("ascii")).name
    except LookupError:
        raise DocumentError(tr("refused: {name} is written in an unknown encoding", name=name),
                            path=path) from None  # fmt: skip
    if codec in ("utf-8", "ascii"):
        return data
    return data.decode(codec, "replace").encode("utf-8")  # (UTF-7 may write "<" as "+ADw-")


def xml_parser():  # -> lxml.etree.XMLParser
    """An lxml parser that never resolves entities, loads a DTD or touches the network."""
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
        remove_blank_text=False,
    )  # fmt: skip


def safe_href(href: str) -> bool:
    """Whether a link may stay in the article (web, mail, phone, or a place in the text)."""
    value = href.strip().lower()
    return value.startswith(SAFE_SCHEMES) or value.startswith("#")
