"""PDF → Markdown: pypdf extracts each page's text with the place of each piece of it
(importing/pdf_layout.py), which rebuilds paragraphs, lists and table rows; photos go where
they are drawn among the lines, in their column, with the description the PDF's structure
gives them, else their caption's, and subheadings are headings (importing/pdf_flow.py); links
(annotations with a URI) around the text they cover. A PDF without text (a scan) is refused
with a clear message; an encrypted one that does not open without a password too."""

from __future__ import annotations

import html
import io
import logging
import re
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from netizen_editor.i18n import tr
from netizen_editor.importing.cancel import checkpoint
from netizen_editor.importing.data_pictures import LeftOut
from netizen_editor.importing.html import convert_html
from netizen_editor.importing.images import Pending, StoreImage, pending_link
from netizen_editor.importing.pdf_flow import flow_of, page_html, shape_story, texts_of
from netizen_editor.importing.pdf_layout import (
    LINK_CLOSE,
    LINK_MID,
    LINK_OPEN,
    MAX_OPERATORS,
    Block,
    Page,
    PageTooBig,
    PageTooSlow,
    mark_links,
    read_page,
)
from netizen_editor.importing.pdf_shape import body_size
from netizen_editor.importing.pdf_streams import OutOfTime, check_contents, pypdf_limits
from netizen_editor.importing.result import Converted
from netizen_editor.importing.safety import MAX_PLAIN_TEXT, DocumentError, Notes, too_long
from netizen_editor.importing.structure import check_pdf
from netizen_editor.sentinels import hide_sentinels, show_sentinels

MAX_PHOTOS = 40  # the JPEG pictures taken from a PDF
MAX_PAGES = 100  # pypdf reads ~30 pages a second here: the 5 s budget (bench_import)
#: the longest the text of a PDF's pages is read: a few KB whose pages share one content
#: stream of 2 million operators (pypdf's own cap) take 2.5 s a page here, 100 pages 4 minutes
MAX_SECONDS = 10.0
#: the most operators and values pypdf parses in one content stream (a page's, a form's), as
#: many as a page's operators: the 1.5 million of a planted 9 KB PDF (300,000 text runs) took
#: 5 s before one was read (pypdf's own limit is 2 million)
MAX_STREAM_TOKENS = MAX_OPERATORS
#: the most entries of the page tree pypdf walks to list the pages (its own limit is 100,000):
#: a tree whose ``/Count`` says 1 page and that holds 20,000 took 1.4 s to be counted
MAX_PAGE_TREE = 10 * MAX_PAGES
MAX_LINKS = 200  # the link annotations read on a page
MAX_NODES = 5000  # the elements of the structure tree walked for photos' descriptions
_LINK = re.compile(f"{LINK_OPEN}(\\d+){LINK_MID}(.*?){LINK_CLOSE}")


def convert_pdf(data: bytes, path: Path, store: StoreImage | None = None) -> Converted:
    """The Markdown, plain text and properties of a PDF; DocumentError when it cannot be
    imported (refused before pypdf reads it when it has more objects than any article)."""
    check_pdf(data, path)
    with _pypdf_log() as repaired, _parsing_budget():
        converted = _convert(data, path, store)
    if repaired:
        converted.warnings.append(
            tr("the PDF is damaged and was repaired as it was read: compare the text with "
               "the original")
        )  # fmt: skip
    return converted


@contextmanager
def _pypdf_log() -> Iterator[list[str]]:
    """pypdf's warnings (a damaged file it repaired as it read it), kept from the console."""
    logger = logging.getLogger("pypdf")
    said: list[str] = []
    handler = _Kept(said)
    propagate, logger.propagate = logger.propagate, False
    logger.addHandler(handler)
    try:
        yield said
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _parsing_budget() -> AbstractContextManager[object]:
    """pypdf's limits on its work lowered: parsing one content stream to
    ``MAX_STREAM_TOKENS``, walking the page tree to ``MAX_PAGE_TREE`` entries (a pypdf without
    them: the page's operators are counted as read, the pages once they are listed)."""
    return pypdf_limits({"stream_parsing_work_maximum_count": MAX_STREAM_TOKENS,
                         "page_tree_maximum_entries": MAX_PAGE_TREE})  # fmt: skip


class _Kept(logging.Handler):
    def __init__(self, said: list[str]):
        super().__init__(logging.WARNING)
        self.said = said

    def emit(self, record: logging.LogRecord) -> None:
        self.said.append(record.getMessage())


def _convert(data: bytes, path: Path, store: StoreImage | None) -> Converted:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    too_large = _limit_reached()
    notes = Notes()
    pending = Pending(store, notes)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(_encrypted(), path=path)
        _refuse_pages(_claimed_pages(reader), path, claimed=True)  # before a page is listed
        pages = reader.pages
        _refuse_pages(len(pages), path)  # the page tree's count may lie
        deadline = time.perf_counter() + MAX_SECONDS
        try:
            check_contents(pages, path, deadline)  # what they unpack to, before a page is read
        except OutOfTime as stop:
            raise _too_slow(stop.page, len(pages), path) from None
        read = _read_pages(pages, path, deadline)
        texts = [found.text for found in read]
        unread = _Unread(notes)
        photos = [
            _photos(page, pending, number, unread) if store is not None else {}
            for number, page in enumerate(pages, 1)
        ]
        unread.close()
        links = [_links(page) for page in pages]
        alts = _descriptions(reader) if any(photos) else []
        if _active(reader):
            notes.add(tr("scripts, frames and embedded objects were left out"))
        info: dict[str, object] = dict(reader.metadata or {})
        title = str(info.get("/Title") or "").strip()
        sender = str(info.get("/Author") or "").strip()
    except DocumentError:
        raise
    except too_large:
        raise DocumentError(
            tr("refused: a part of the PDF is far larger than any press release's (is it "
               "damaged?)"),
            path=path,
        ) from None  # fmt: skip
    except RecursionError:
        raise DocumentError(
            tr("refused: the PDF's contents are nested too deeply to be read (is it damaged?)"),
            path=path,
        ) from None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            NotImplementedError, OSError) as exc:  # fmt: skip
        if "decrypt" in str(exc).lower() or "crypt" in type(exc).__name__.lower():
            raise DocumentError(_encrypted(), path=path) from None
        raise DocumentError(
            tr("the file is damaged or is not a PDF document ({detail})", detail=_reason(exc)),
            path=path,
        ) from None
    extracted = sum(len(text) for text in texts)
    if extracted > MAX_PLAIN_TEXT:
        raise too_long(path, extracted, MAX_PLAIN_TEXT, tr("text"))
    if not any(text.strip() for text in texts):
        raise DocumentError(
            tr("this PDF has no text (a scanned document?): run text recognition (OCR) on it "
               "or ask the sender for the Word file"),
            path=path,
        )  # fmt: skip
    parts: list[str] = []
    plain: list[str] = []
    targets: list[str] = []
    shown: list[str] = []  # the photos, in the order they stand
    flows = []
    body = body_size([line for found in read for line in found.lines])
    for found, srcs, page_links in zip(read, photos, links, strict=True):
        if found.text.strip() or srcs:
            mark_links(found.lines, page_links, targets)
            flows.append(flow_of(found, srcs, body))
    shape_story(flows, body)
    for flow in flows:
        parts.append(page_html(flow, not parts, shown, body))
        plain.extend(_LINK.sub(r"\2", text) for text in texts_of(flow))
    tables = any(isinstance(b, Block) and b.kind == "row" for flow in flows for b in flow)
    described = len(alts) == len(shown)
    markup = "".join(parts)
    for number, src in enumerate(shown):
        alt = html.escape(hide_sentinels(alts[number]) if described else "", quote=True)
        markup = markup.replace(f'<img src="{src}" alt="">', f'<img src="{src}" alt="{alt}">', 1)
    markup = _LINK.sub(lambda m: _anchor(targets, m), markup)
    if tables:
        notes.add(tr("tables are imported as lines of text (one line a row)"))
    stored = pending.store_all()
    markdown = convert_html(markup, notes, store, stored=stored)
    # said by the import once it knows which is the sender's logo (left out, not counted)
    placed = [pending_link(src, stored) for src in shown]
    undescribed = [link for link in placed if link and _undescribed(markdown, link)]
    plain_text = show_sentinels("\n\n".join(plain).strip() + "\n")
    return Converted(show_sentinels(markdown), plain_text, title, sender, notes.items,
                     undescribed)  # fmt: skip


def _undescribed(markdown: str, link: str) -> bool:
    """Whether the picture ``link`` stands in ``markdown`` without a description (the
    structure tree gave none, nor a caption under it: importing.captions)."""
    return f"![]({link})" in markdown or f'![]({link} "' in markdown


def _claimed_pages(reader: Any) -> int:
    """The number of pages the PDF's page tree says it has (its root's ``/Count``), read
    without a page: pypdf builds the list of every page to count them (20,000 pages took
    1.4 s here). 0 when it says no number; it may lie, so the pages are counted again."""
    node = reader.trailer
    for key in ("/Root", "/Pages", "/Count"):
        found = node.get(key) if hasattr(node, "get") else None
        node = found.get_object() if found is not None else None
    return node if isinstance(node, int) and not isinstance(node, bool) else 0


def _refuse_pages(count: int, path: Path, *, claimed: bool = False) -> None:
    """Refused over ``MAX_PAGES`` pages; ``claimed``: the count the page tree says, which a
    broken or planted PDF may say wrongly (a one-page PDF whose ``/Count`` is 999999999), so the
    message says whose word it is."""
    if count <= MAX_PAGES:
        return
    if claimed:
        message = tr("refused: the PDF says it has {count} pages (at most {limit})",
                     count=count, limit=MAX_PAGES)  # fmt: skip
    else:
        message = tr("refused: the PDF has {count} pages (at most {limit})",
                     count=count, limit=MAX_PAGES)  # fmt: skip
    raise DocumentError(message, path=path)


def _reason(exc: BaseException) -> str:
    """Why pypdf could not read the file, in the user's words where it is a known reason; else
    pypdf's English, named as its own after a translated lead."""
    said = str(exc).strip()[:120]
    if said == "Detected cyclic page references.":
        return tr("its pages refer to one another in a loop")
    if isinstance(exc.__cause__, RecursionError | MemoryError):  # "Error reading PDF file."
        return tr("its parts are nested too deeply to be read")
    return tr("the PDF reader says: {words}", words=said)


def _read_pages(pages: Any, path: Path, deadline: float) -> list[Page]:
    """The text and places of each page, read until ``deadline`` (``time.perf_counter``;
    refused after), each page's of at most ``MAX_OPERATORS`` operators (refused when more)."""
    read: list[Page] = []
    for number, page in enumerate(pages, start=1):
        checkpoint()
        try:
            if time.perf_counter() > deadline:
                raise PageTooSlow
            read.append(read_page(page, MAX_PLAIN_TEXT, deadline))
        except PageTooSlow:  # also within a page: one page may hold a million text runs
            raise _too_slow(number, len(pages), path) from None
        except (PageTooBig, _limit_reached()) as exc:  # counted as read, or as parsed
            raise DocumentError(
                tr("refused: page {page} of {count} is drawn with more than {limit} "
                   "instructions, where a press release's page has a few thousand (is the "
                   "PDF damaged?)", page=number, count=len(pages),
                   limit=getattr(exc, "limit", MAX_STREAM_TOKENS)),
                path=path,
            ) from None  # fmt: skip
    return read


def _too_slow(number: int, count: int, path: Path) -> DocumentError:
    """The refusal of a PDF whose pages were still measured or read at the deadline."""
    return DocumentError(
        tr("refused: reading the PDF's text took more than {seconds} s (stopped at page "
           "{page} of {count})", seconds=f"{MAX_SECONDS:g}", page=number, count=count),
        path=path,
    )  # fmt: skip


def _limit_reached() -> type[Exception]:
    """pypdf's error for a limit of its own reached (too many objects in a part of the PDF,
    or in a content stream); a pypdf without it never raises it."""
    from pypdf import errors

    found = getattr(errors, "LimitReachedError", None)
    return found if isinstance(found, type) and issubclass(found, Exception) else PageTooBig


def _anchor(targets: list[str], match: re.Match[str]) -> str:
    target = html.escape(targets[int(match.group(1))], quote=True)
    return f'<a href="{target}">{match.group(2)}</a>'


def _links(page: Any) -> list[tuple[list[float], str]]:
    """The page's links to web pages and addresses: their rectangles and targets."""
    found: list[tuple[list[float], str]] = []
    annotations = page.get("/Annots")
    annotations = annotations.get_object() if annotations is not None else []
    for reference in list(annotations)[:MAX_LINKS]:
        annotation = reference.get_object()
        action = annotation.get("/A")
        action = action.get_object() if action is not None else {}
        rect = annotation.get("/Rect")
        if annotation.get("/Subtype") != "/Link" or action.get("/S") != "/URI" or not rect:
            continue
        rect = rect.get_object()
        if len(rect) == 4:
            found.append(([float(n) for n in rect], str(action.get("/URI") or "")))
    return [(rect, target) for rect, target in found if target]


def _descriptions(reader: Any) -> list[str]:
    """The descriptions (/Alt) of the figures in the PDF's structure tree, in its order (a
    tagged PDF has them; walked for at most ``MAX_NODES`` elements)."""
    root = reader.trailer["/Root"].get_object().get("/StructTreeRoot")
    found: list[str] = []
    stack = [root] if root is not None else []
    walked = 0
    while stack and walked < MAX_NODES:
        walked += 1
        node = stack.pop().get_object()
        if not hasattr(node, "get"):
            continue
        if node.get("/S") == "/Figure" and node.get("/Alt"):
            found.append(" ".join(str(node.get("/Alt")).split()))
        kids = node.get("/K")
        kids = kids.get_object() if kids is not None else []
        kids = kids if isinstance(kids, list) else [kids]
        room = max(MAX_NODES - walked - len(stack), 0)  # planted: 100,000 kids, met 5,000 times
        stack.extend(reversed([kid for kid in kids[:room] if hasattr(kid, "get_object")]))
    return found


def _photos(page: Any, pending: Pending, number: int, unread: _Unread) -> dict[str, str]:
    """The photos of page ``number`` (its JPEG pictures, handed to the pipeline as they are;
    another kind of picture would need decoding by pypdf itself: named in ``unread``): their
    placeholders, by the names the page draws them by. A picture drawn on many pages is read
    once."""
    from pypdf.generic import ArrayObject

    found: dict[str, str] = {}
    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    if xobjects is None:
        return found
    for name, reference in xobjects.get_object().items():
        key = f"pdf:{getattr(reference, 'idnum', '')}:{getattr(reference, 'generation', '')}"
        key = key if hasattr(reference, "idnum") else ""
        known = pending.known(key) if key else None
        if known is not None:
            found[str(name)] = known
            continue
        picture = reference.get_object()
        if picture.get("/Subtype") != "/Image":
            continue
        if len(pending.pictures) >= MAX_PHOTOS:
            pending.notes.add(tr("only the first {count} images were imported",
                                 count=MAX_PHOTOS))  # fmt: skip
            continue
        kind = picture.get("/Filter")
        if isinstance(kind, ArrayObject) and len(kind) == 1:
            kind = kind[0]
        label = tr("picture {name} on page {page}", name=str(name).lstrip("/"), page=number)
        if kind != "/DCTDecode":
            unread.picture(key or str(id(picture)), label)
            continue
        src = pending.add(bytes(picture.get_data()), label, key=key)
        if src is not None:
            found[str(name)] = src
    return found


class _Unread(LeftOut):
    """The PDF's pictures that are not JPEG photos, each named once however many pages draw
    it (the first few; the rest counted), as the other formats name the pictures left out."""

    def __init__(self, notes: Notes):
        super().__init__(notes)
        self.keys: set[str] = set()

    def picture(self, key: str, label: str) -> None:
        from netizen_editor.photos.refusal import refusal_reason
        from netizen_editor.photos.source import SourceRejected

        if key in self.keys:
            return
        self.keys.add(key)
        why = refusal_reason(SourceRejected(SourceRejected.NOT_IMAGE))
        self.add(tr("an image was left out: {why}", why=f"{label}: {why}"))


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
