"""How much a PDF's pages unpack to, measured before their text is read (``pdf.py``).

pypdf unpacks a page's content stream whole, then reads it a byte at a time (some 8 MB of
blanks a second here, with no sign to the reading's deadline until the next instruction),
and reads a stream again for every page that draws it: a 36 KB PDF whose 99 pages share one
stream that unpacks to 20 MB was refused by the 10 s budget only after 13.7 s, and a page
whose stream unpacks to 200 MB was refused, after 1.6 s and 190 MB, as one drawn with too
many instructions (QA35 #3, #4).

So a page's drawing instructions (its content streams and the forms it lists, each once)
are unpacked here first, pypdf's decoders stopped at ``MAX_PAGE_BYTES``, and the pages' in
all are counted up to ``MAX_DOCUMENT_BYTES``, a content stream once for every page it is the
contents of (pypdf reads it again for each); a damaged stream is repaired (a byte at a time)
up to ``MAX_REPAIRED``, and nothing is unpacked past the reading's deadline. What is unpacked
stays with pypdf's objects: the text's reading does not unpack it again."""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

from netizen_editor.i18n import tr
from netizen_editor.importing.cancel import checkpoint
from netizen_editor.importing.safety import DocumentError

#: the most a page's drawing instructions may unpack to: pypdf reads 4 MB of blanks in some
#: 0.5 s here (no deadline stops it meanwhile); a press release's page has less than 1 MB,
#: and 4 MB of real instructions (200,000 and more) would be refused by their count anyway
MAX_PAGE_BYTES = 4 * 1024 * 1024
#: the most the pages' drawing instructions may unpack to in all (a stream drawn by many
#: pages counted for each): some 5 s of blanks here, half the reading's 10 s budget
MAX_DOCUMENT_BYTES = 10 * MAX_PAGE_BYTES
#: the forms looked at over the document (a form drawing forms...): pypdf draws at most
#: 5,000 a page; a form not looked at is unpacked by pypdf under its own limits
MAX_FORMS = 5000
#: the most bytes of a damaged stream pypdf tries to unpack a byte at a time (some 0.8 MB a
#: second here: a planted 4.9 MB one took 6 s); its own limit is 5 MB
MAX_REPAIRED = 512 * 1024
#: pypdf's limits on what one decoder may give, each stopped at what the page has room for
_DECODERS = (
    "zlib_maximum_output_length",
    "lzw_maximum_output_length",
    "run_length_maximum_output_length",
    "brotli_maximum_output_length",
    "array_based_stream_maximum_output_length",
)
#: pypdf's words when a decoder reached its limit, and when a damaged stream's repair did
_DECODER_LIMIT = "Limit reached while decompressing"
_REPAIR_LIMIT = "Recovery limit reached while decompressing"


class _TooBig(Exception):
    """A stream that unpacks to more than the page had room for."""


class _Damaged(Exception):
    """A damaged stream longer than ``MAX_REPAIRED``: not unpacked."""


class OutOfTime(Exception):
    """The measuring went on past its deadline, at page ``page``."""

    def __init__(self, page: int):
        super().__init__(page)
        self.page = page


def check_contents(pages: Any, path: Path, deadline: float = math.inf) -> None:
    """Refuse the PDF whose ``pages`` (pypdf's) unpack to more drawing instructions than a
    page (``MAX_PAGE_BYTES``) or a document (``MAX_DOCUMENT_BYTES``) may, or hold a damaged
    stream too long to repair, saying which; ``OutOfTime`` once ``deadline``
    (``time.perf_counter``) has passed. A form counts in the document's once: pypdf reads it
    for each time a page draws it, which is not known before the page is read (a page may
    list forms it never draws)."""
    count = len(pages)
    sizes: dict[int, int] = {}  # a stream's (by its object) unpacked size
    drawn: Counter[int] = Counter()  # the pages whose contents it is
    forms = [MAX_FORMS]
    total = 0
    for number, page in enumerate(pages, start=1):
        checkpoint()
        size = 0
        for stream, form in _streams(page, forms):
            key = id(stream)
            known = key in sizes
            if not known:
                if time.perf_counter() > deadline:
                    raise OutOfTime(number)
                try:
                    sizes[key] = _unpacked(stream, MAX_PAGE_BYTES - size)
                except _TooBig:
                    raise _page_too_big(number, count, path) from None
                except _Damaged:
                    raise _page_damaged(number, count, path) from None
            size += sizes[key]
            if size > MAX_PAGE_BYTES:
                raise _page_too_big(number, count, path)
            if not form:
                drawn[key] += 1
            if not (form and known):
                total += sizes[key]
        if total > MAX_DOCUMENT_BYTES:
            raise _too_big_in_all(sizes, drawn, number, count, path)


def _streams(page: Any, forms: list[int]) -> Iterator[tuple[Any, bool]]:
    """The streams ``page`` draws with, each once, and whether each is a form: its contents,
    then the forms of its resources (and theirs); ``forms[0]``: how many forms may still be
    looked at."""
    from pypdf.generic import ArrayObject, StreamObject

    contents = _resolved(page.get("/Contents"))
    parts = list(contents) if isinstance(contents, ArrayObject) else [contents]
    seen: set[int] = set()
    for part in parts:
        stream = _resolved(part)
        if isinstance(stream, StreamObject) and id(stream) not in seen:
            seen.add(id(stream))
            yield stream, False
    holders = [page]
    while holders and forms[0] > 0:
        resources = _resolved(holders.pop().get("/Resources"))
        xobjects = _resolved(resources.get("/XObject")) if hasattr(resources, "get") else {}
        for reference in xobjects.values() if hasattr(xobjects, "values") else ():
            form = _resolved(reference)
            if not isinstance(form, StreamObject) or form.get("/Subtype") != "/Form":
                continue
            if id(form) in seen:
                continue
            forms[0] -= 1
            if forms[0] < 0:
                break
            seen.add(id(form))
            holders.append(form)
            yield form, True


def _resolved(value: Any) -> Any:
    return value.get_object() if hasattr(value, "get_object") else value


def _unpacked(stream: Any, room: int) -> int:
    """The size ``stream`` unpacks to; ``_TooBig`` past ``room`` bytes (its decoders stopped
    just past it). A stream that does not unpack counts 0: the text's reading says why."""
    from pypdf.errors import LimitReachedError, PyPdfError

    try:
        with _decoders_stopped(room + 1):
            size = len(stream.get_data())
    except LimitReachedError as exc:
        if str(exc).startswith(_DECODER_LIMIT):
            raise _TooBig from None
        if str(exc).startswith(_REPAIR_LIMIT):
            raise _Damaged from None
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            NotImplementedError, OSError):  # fmt: skip
        return 0
    if size > room:
        raise _TooBig
    return size


def _decoders_stopped(limit: int) -> AbstractContextManager[object]:
    """pypdf's decoders stopped past ``limit`` bytes (a pypdf without that configuration:
    at its own limits; the size is checked once unpacked)."""
    return pypdf_limits({**dict.fromkeys(_DECODERS, limit),
                         "zlib_maximum_recovery_input_length": MAX_REPAIRED})  # fmt: skip


def pypdf_limits(limits: dict[str, int]) -> AbstractContextManager[object]:
    """pypdf's configuration with ``limits`` (by name) set meanwhile, those of them it has (a
    pypdf without them works on at its own)."""
    import pypdf

    apply = getattr(pypdf, "apply_configuration", None)
    known = pypdf.get_configuration() if apply is not None else None
    kept = {name: limit for name, limit in limits.items() if hasattr(known, name)}
    return apply(**kept) if apply is not None and kept else nullcontext()


def _megabytes(size: int) -> str:
    """``size`` bytes in MB to one decimal ("3.2 MB", "4 MB"), under 1 MB in KB (rounded up)."""
    if size < 1024 * 1024:
        return f"{-(-size // 1024)} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")


def _page_too_big(number: int, count: int, path: Path) -> DocumentError:
    return DocumentError(
        tr("refused: the drawing instructions of page {page} of {count} unpack to more than "
           "{limit}, where a press release's page has less than 1 MB of them (is the PDF "
           "damaged?)", page=number, count=count, limit=_megabytes(MAX_PAGE_BYTES)),
        path=path,
    )  # fmt: skip


def _page_damaged(number: int, count: int, path: Path) -> DocumentError:
    return DocumentError(
        tr("refused: the drawing instructions of page {page} of {count} are damaged past "
           "repair (is the PDF damaged?)", page=number, count=count),
        path=path,
    )  # fmt: skip


def _too_big_in_all(
    sizes: dict[int, int], drawn: Counter[int], number: int, count: int, path: Path
) -> DocumentError:
    """The refusal of pages whose instructions come to more than ``MAX_DOCUMENT_BYTES`` by
    page ``number``: said of a stream many pages draw when that one is most of them."""
    limit = _megabytes(MAX_DOCUMENT_BYTES)
    shared = max((key for key in drawn if drawn[key] > 1),
                 key=lambda key: sizes[key] * drawn[key], default=None)  # fmt: skip
    if shared is not None and sizes[shared] * drawn[shared] * 2 > MAX_DOCUMENT_BYTES:
        return DocumentError(
            tr("refused: page after page of the PDF draws the same {size} of instructions, "
               "read again for each page: more than {limit} in all by page {page} of {count} "
               "(is the PDF damaged?)", size=_megabytes(sizes[shared]), limit=limit,
               page=number, count=count),
            path=path,
        )  # fmt: skip
    return DocumentError(
        tr("refused: the drawing instructions of the PDF's pages unpack to more than {limit} "
           "in all by page {page} of {count}, where a press release's come to a few MB (is "
           "the PDF damaged?)", limit=limit, page=number, count=count),
        path=path,
    )  # fmt: skip
