"""Word's tracked changes and comments, rewritten in ``word/document.xml`` before mammoth reads it.

mammoth reads ``w:ins`` as plain text, skips ``w:del`` and ignores comments. Here each
``w:ins``/``w:moveTo`` keeps its runs between an insertion's markers, each ``w:del``/
``w:moveFrom`` has its ``w:delText`` turned back into text between a deletion's markers, and
each comment range gets a start and an end marker (see :mod:`.tracked`). Accepting the changes
instead unwraps the insertions and drops the deletions. Drawings that link an image outside the
document (``r:link``) are dropped: the image is never fetched.
"""

from __future__ import annotations

from typing import Any

from netizen_editor.importing.tracked import (
    CLOSE,
    COMMENT_END,
    COMMENT_START,
    DELETE,
    INSERT,
    Review,
    marker,
)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
_INSERTS = {f"{{{W}}}ins", f"{{{W}}}moveTo"}
_DELETES = {f"{{{W}}}del", f"{{{W}}}moveFrom"}
_PROPERTIES = {f"{{{W}}}rPr", f"{{{W}}}pPr", f"{{{W}}}trPr", f"{{{W}}}tcPr", f"{{{W}}}sectPr",
               f"{{{W}}}numPr", f"{{{W}}}pPrChange", f"{{{W}}}rPrChange"}  # fmt: skip


def w(name: str) -> str:
    return f"{{{W}}}{name}"


def _run(text: str) -> Any:
    from lxml import etree

    run = etree.Element(w("r"))
    t = etree.SubElement(run, w("t"))
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return run


def read_comments(root: Any, review: Review) -> None:
    """The comments of ``word/comments.xml`` (its parsed root) into ``review``."""
    for comment in root.iter(w("comment")):
        paragraphs = []
        for p in comment.iter(w("p")):
            paragraphs.append("".join(t.text or "" for t in p.iter(w("t"))))
        review.add_comment(
            comment.get(w("id"), ""),
            comment.get(w("author"), ""),
            comment.get(w("date"), ""),
            " ".join(text for text in paragraphs if text.strip()),
        )


def rewrite_document(root: Any, review: Review, accept: bool) -> int:
    """Rewrite the parsed ``word/document.xml`` in place; the number of changes found."""
    found = 0
    for element in list(root.iter(*_INSERTS, *_DELETES)):
        parent = element.getparent()
        if parent is None or parent.tag in _PROPERTIES or len(element) == 0:
            continue  # a change of formatting or of a paragraph mark: no text
        found += 1
        deleting = element.tag in _DELETES
        if deleting:
            for text in element.iter(w("delText")):
                text.tag = w("t")
            for text in element.iter(w("delInstrText")):
                text.tag = w("instrText")
        if accept:
            if deleting:
                parent.remove(element)
            else:
                _unwrap(element, [], [])
            continue
        number = review.add_change(element.get(w("author"), ""), element.get(w("date"), ""))
        code = DELETE if deleting else INSERT
        _unwrap(element, [_run(marker(code, number))], [_run(CLOSE)])
    _comment_ranges(root, review)
    return found


def _unwrap(element: Any, before: list[Any], after: list[Any]) -> None:
    parent = element.getparent()
    index = parent.index(element)
    children = [*before, *list(element), *after]
    parent.remove(element)
    for offset, child in enumerate(children):
        parent.insert(index + offset, child)


def _comment_ranges(root: Any, review: Review) -> None:
    for start in list(root.iter(w("commentRangeStart"))):
        number = review.comment_keys.get(start.get(w("id"), ""))
        if number is not None:
            _place(start, _run(marker(COMMENT_START, number)), at_start=True)
    for end in list(root.iter(w("commentRangeEnd"))):
        number = review.comment_keys.get(end.get(w("id"), ""))
        if number is not None:
            _place(end, _run(marker(COMMENT_END, number)), at_start=False)


def _place(anchor: Any, run: Any, at_start: bool) -> None:
    """Put ``run`` where ``anchor`` is when that is inside a paragraph, else into the paragraph
    next to it (a range may start or end between paragraphs)."""
    parent = anchor.getparent()
    if parent is None:
        return
    if parent.tag in (w("p"), w("hyperlink"), w("smartTag"), w("fldSimple")):
        parent.insert(parent.index(anchor), run)
        return
    paragraphs = anchor.itersiblings(w("p"), preceding=not at_start)
    paragraph = next(paragraphs, None)
    if paragraph is None:
        return
    if at_start:
        properties = paragraph.find(w("pPr"))
        paragraph.insert(0 if properties is None else 1, run)
    else:
        paragraph.append(run)


def drop_linked_images(root: Any) -> int:
    """Remove drawings whose picture is linked outside the document; how many went."""
    dropped = 0
    for blip in list(root.iter(f"{{{A}}}blip")):
        if blip.get(f"{{{R}}}link") and not blip.get(f"{{{R}}}embed"):
            dropped += _drop_drawing(blip)
    return dropped


def _drop_drawing(element: Any) -> int:
    node = element
    while node is not None and node.tag not in (w("drawing"), w("pict")):
        node = node.getparent()
    if node is None or node.getparent() is None:
        return 0
    node.getparent().remove(node)
    return 1
