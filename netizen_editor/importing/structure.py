"""How much a document asks of the converters, counted before they run: its paragraphs, list
items and table cells (each costs mammoth, the ODT walker and the HTML conversion a fraction
of a millisecond: 30,000 one-letter paragraphs in a 4 KB .docx took 10 s), how deeply its
elements nest (mammoth recurses once per level and failed at 60 nested tables), and the
objects of a PDF (pypdf reads every one when it rebuilds a damaged cross-reference table: 1.2
million took 15 s). Each limit is far above what a press release has."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from pathlib import Path

from netizen_editor.i18n import tr
from netizen_editor.importing.html import MAX_NESTING
from netizen_editor.importing.safety import DocumentError

#: the most paragraphs, list items and table cells (together) converted: some 2 s of work
MAX_BLOCKS = 5000
#: the most object headers a PDF may have (a press release has hundreds, a magazine thousands)
MAX_PDF_OBJECTS = 100_000

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
#: the elements counted in a Word document (a list item is a paragraph there)
WORD_BLOCKS = frozenset({f"{_W}p", f"{_W}tc", f"{_W}tr"})
#: the elements counted in an OpenDocument text
ODT_BLOCKS = frozenset(
    {f"{_TEXT}p", f"{_TEXT}h", f"{_TEXT}list-item", f"{_TEXT}list-header",
     f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell", f"{_TABLE}table-row"}
)  # fmt: skip
#: the opening tags counted in HTML
_HTML_BLOCK = re.compile(r"<(?:p|li|td|th|tr|div|h[1-6]|dt|dd|blockquote|pre)[\s/>]", re.I)


def too_many_blocks(count: int) -> DocumentError:
    return DocumentError(
        tr("refused: the document has {count} paragraphs, list items and table cells (at "
           "most {limit}); copy the part you need into a new article",
           count=count, limit=MAX_BLOCKS)
    )  # fmt: skip


def too_deep() -> DocumentError:
    return DocumentError(
        tr("refused: its elements are nested more than {limit} levels deep", limit=MAX_NESTING)
    )


def check_xml(parts: Iterable[bytes], blocks: frozenset[str]) -> None:
    """Refuse the XML ``parts`` (read with the entity checks of safety) when together they
    have more than ``MAX_BLOCKS`` of the elements ``blocks`` or nest deeper than
    ``MAX_NESTING``; a part that does not parse is left to its converter to report."""
    from lxml import etree

    count = 0
    for part in parts:
        depth = 0
        events = etree.iterparse(
            io.BytesIO(part), events=("start", "end"), resolve_entities=False,
            no_network=True, load_dtd=False, huge_tree=False,
        )  # fmt: skip
        try:
            for event, element in events:
                if event == "end":
                    depth -= 1
                    element.clear()
                    continue
                depth += 1
                if depth > MAX_NESTING:
                    raise too_deep()
                if element.tag in blocks:
                    count += 1
        except etree.XMLSyntaxError as exc:
            if "depth" in str(exc).lower():  # lxml's own limit (256 levels) met first
                raise too_deep() from None
    if count > MAX_BLOCKS:
        raise too_many_blocks(count)


def check_html(html: str) -> None:
    """Refuse HTML with more than ``MAX_BLOCKS`` paragraphs, list items, cells and other
    blocks (its nesting is checked by ``html.refuse_deep``)."""
    count = sum(1 for _ in _HTML_BLOCK.finditer(html))
    if count > MAX_BLOCKS:
        raise too_many_blocks(count)


def check_pdf(data: bytes, path: Path) -> None:
    """Refuse a PDF with more than ``MAX_PDF_OBJECTS`` object headers (``N G obj``, found as
    pypdf finds them when it rebuilds the cross-reference table) before pypdf reads it."""
    count = data.count(b" obj")
    if count > MAX_PDF_OBJECTS:
        raise DocumentError(
            tr("refused: the PDF is made of {count} objects (at most {limit}), far more than "
               "a press release has; is it damaged?", count=count, limit=MAX_PDF_OBJECTS),
            path=path,
        )  # fmt: skip
