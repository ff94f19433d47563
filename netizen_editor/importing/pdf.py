"""PDF → Markdown: pypdf extracts each page's text; its lines are rebuilt into paragraphs (a
line that ends a sentence and is shorter than the page's lines ends one), bullets into lists.
A PDF without text (a scan) is refused with a clear message; an encrypted one that does not
open without a password too."""

from __future__ import annotations

import io
import re
import time
from pathlib import Path
from typing import Any

from netizen_editor.i18n import tr
from netizen_editor.importing.html import convert_html
from netizen_editor.importing.images import Pending, StoreImage
from netizen_editor.importing.plain import join_lines, paragraphs_html
from netizen_editor.importing.result import Converted
from netizen_editor.importing.safety import MAX_PLAIN_TEXT, DocumentError, Notes, too_long

MAX_PHOTOS = 40  # the JPEG pictures taken from a PDF
MAX_PAGES = 100  # pypdf reads ~30 pages a second here: the 5 s budget (bench_import)
#: the longest the text of a PDF's pages is read: a few KB whose pages share one content
#: stream of 2 million operators (pypdf's own cap) take 2.5 s a page here, 100 pages 4 minutes
MAX_SECONDS = 10.0
_SENTENCE_END = re.compile(r"[.!?:;\"”’)]$")
_OPEN_END = re.compile(r"[,\-–(]$")  # a line that goes on
_BULLET = re.compile(r"^(?:[-*•●▪◦‣]|\d{1,3}[.)])\s")
SHORT_LINE = 0.75  # a line shorter than this share of the page's longest ends a paragraph


def convert_pdf(data: bytes, path: Path, store: StoreImage | None = None) -> Converted:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    notes = Notes()
    pending = Pending(store)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(_encrypted(), path=path)
        pages = reader.pages
        if len(pages) > MAX_PAGES:
            raise DocumentError(
                tr("refused: the PDF has {count} pages (at most {limit})",
                   count=len(pages), limit=MAX_PAGES),
                path=path,
            )  # fmt: skip
        texts = _page_texts(pages, path)
        photos = [_photos(page, pending) if store is not None else [] for page in pages]
        if _active(reader):
            notes.add(tr("scripts, frames and embedded objects were left out"))
        info: dict[str, object] = dict(reader.metadata or {})
        title = str(info.get("/Title") or "").strip()
        sender = str(info.get("/Author") or "").strip()
    except DocumentError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, NotImplementedError, OSError) as exc:  # fmt: skip
        if "decrypt" in str(exc).lower() or "crypt" in type(exc).__name__.lower():
            raise DocumentError(_encrypted(), path=path) from None
        raise DocumentError(
            tr("the file is damaged or is not a PDF document ({detail})", detail=str(exc)[:120]),
            path=path,
        ) from None
    extracted = sum(len(text) for text in texts)
    if extracted > MAX_PLAIN_TEXT:
        raise too_long(path, extracted, MAX_PLAIN_TEXT)
    if not any(text.strip() for text in texts):
        raise DocumentError(
            tr("this PDF has no text (a scanned document?): run text recognition (OCR) on it "
               "or ask the sender for the Word file"),
            path=path,
        )  # fmt: skip
    rebuilt = "\n\n".join(rebuild_paragraphs(text) for text in texts if text.strip())
    parts: list[str] = []
    for text, srcs in zip(texts, photos, strict=True):  # each page's photos after its text
        parts.append(paragraphs_html(rebuild_paragraphs(text), title_first=not any(parts)))
        parts.extend(f'<p><img src="{src}" alt=""></p>' for src in srcs)
    markdown = convert_html("".join(parts), notes, store, stored=pending.store_all())
    plain = "\n\n".join(join_lines(block.split("\n")) for block in rebuilt.split("\n\n"))
    return Converted(markdown, plain.strip() + "\n", title, sender, notes.items)


def _page_texts(pages: Any, path: Path) -> list[str]:
    """The text of each page, read until ``MAX_SECONDS`` have passed (refused after)."""
    deadline = time.perf_counter() + MAX_SECONDS
    texts: list[str] = []
    for number, page in enumerate(pages, start=1):
        if number > 1 and time.perf_counter() > deadline:
            raise DocumentError(
                tr("refused: reading the PDF's text took more than {seconds} s (stopped at "
                   "page {page} of {count})",
                   seconds=f"{MAX_SECONDS:g}", page=number, count=len(pages)),
                path=path,
            )  # fmt: skip
        texts.append(page.extract_text() or "")
    return texts


def _photos(page: Any, pending: Pending) -> list[str]:
    """The photos of a page (its JPEG pictures, handed to the pipeline as they are; other
    kinds of picture would need decoding by pypdf itself): their placeholders."""
    from pypdf.generic import ArrayObject

    found: list[str] = []
    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    if xobjects is None:
        return found
    for reference in xobjects.get_object().values():
        picture = reference.get_object()
        if picture.get("/Subtype") != "/Image" or len(pending.pictures) >= MAX_PHOTOS:
            continue
        kind = picture.get("/Filter")
        if isinstance(kind, ArrayObject) and len(kind) == 1:
            kind = kind[0]
        if kind == "/DCTDecode":
            found.append(pending.add(bytes(picture.get_data())))
    return found


def _active(reader: Any) -> bool:
    """Whether the PDF carries scripts, actions run on opening or attached files (none of
    which is read: only its text and photos are)."""
    root = reader.trailer["/Root"].get_object()
    names = root.get("/Names")
    names = names.get_object() if names is not None else {}
    return (
        "/OpenAction" in root
        or "/AA" in root
        or any(key in names for key in ("/JavaScript", "/EmbeddedFiles"))
    )


def _encrypted() -> str:
    return tr("the PDF is password-protected (encrypted); save an unprotected copy and import it")


def rebuild_paragraphs(text: str) -> str:
    """A page's lines as paragraphs separated by blank lines: a paragraph ends at a short line
    that ends a sentence, or at a short line without punctuation (a heading) before a capital;
    a line that starts with a bullet is a paragraph of its own (the list is rebuilt later)."""
    lines = [line.strip() for line in text.replace("\r", "\n").split("\n")]
    longest = max((len(line) for line in lines), default=0)
    out: list[str] = []
    for index, line in enumerate(lines):
        if not line:
            if out and out[-1]:
                out.append("")
            continue
        bullet = bool(_BULLET.match(line))
        if (
            out
            and out[-1]
            and (bullet or _BULLET.match(out[-1]))
            and not (bullet and _BULLET.match(out[-1]))
        ):
            out.append("")
        out.append(line)
        following = next((later for later in lines[index + 1 :] if later), "")
        heading = not _OPEN_END.search(line) and following[:1].isupper() and not bullet
        if len(line) < longest * SHORT_LINE and (_SENTENCE_END.search(line) or heading):
            out.append("")
    return "\n".join(out).strip()
