"""A PDF's pages as the article's HTML: each page's blocks (importing/pdf_layout.py) with its
photos where they are drawn, and what the blocks are in the story.

- A photo goes before the first block below its top edge that stands in its column (starts
  across the photo's width): on a two-column page the photo in the right column went above the
  lead, whose left column starts lower than the photo's top. One whose place is unknown goes
  after the page's first paragraph.
- The block right under a photo is its caption when it is in italics or smaller type than the
  body, or ends with a photo's credit (``Foto: Humas Kemenhub``): marked as one
  (captions.CAPTION), it becomes the photo's title as a Word caption does.
- A subheading of the story (a line or two in bold or larger type than the body's, no sentence
  nor label, over body text) below the lead is a heading: a PDF's text read as plain text knew
  none, and ``Kapasitas dan Jadwal`` stood as a paragraph. Above the lead (the letterhead, the
  label, the headline) nothing is: the headline is found as the title.
- A paragraph that runs past a page's foot goes on at the top of the next page: its last line
  ends no sentence and the next page's first paragraph starts in lower case in the same type."""

from __future__ import annotations

import html
from itertools import pairwise

from netizen_editor.importing.captions import CAPTION, MAX_CAPTION_CHARS
from netizen_editor.importing.front_matter import is_label
from netizen_editor.importing.pdf_layout import BULLET, Block, Page, blocks_of, bullet_text
from netizen_editor.importing.pdf_shape import OPEN_END, SENTENCE_END, SHORT_LINE
from netizen_editor.importing.plain import paragraphs_html
from netizen_editor.publish.mdext.newsroom import CREDIT_SUFFIX

Flow = list[Block | str]  # a page's blocks and its photos' placeholders, in the story's order
#: a subheading's most lines and characters (the lines shorter than SHORT_LINE of the page's
#: longest end a paragraph, as they may a column's)
SUBHEADING_LINES, SUBHEADING_CHARS = 2, 120
#: a caption's most lines
CAPTION_LINES = 5
#: a subheading's type is at least this much larger than the body's (or bold); a page's
#: headline's, pdf_shape.LARGER
SUBHEADING_LARGER = 1.1


def flow_of(found: Page, srcs: dict[str, str], body: float = 0.0) -> Flow:
    """The page's blocks with its photos (``srcs``: their placeholders by the names the page
    draws them by) where they are drawn; ``body``: the size of the document's body text."""
    if found.lines:
        flow: Flow = list(blocks_of(found.lines, body))
    else:  # no places read: the text alone, as pypdf gives it
        flow = [Block("plain", [], rebuild_paragraphs(found.text))] if found.text.strip() else []
    placed: set[str] = set()
    for drawn in found.drawn:
        src = srcs.get(drawn.name)
        if src is None or src in placed:
            continue
        placed.add(src)
        below = [(i, b.lines[0].x) for i, b in enumerate(flow) if isinstance(b, Block)
                 and b.lines and b.lines[0].y < drawn.top - 0.1]  # fmt: skip
        beside = [i for i, x in below if drawn.left - 1 <= x < drawn.right]  # in its column
        at = beside or [i for i, _ in below]
        flow.insert(at[0] if at else len(flow), src)
    for src in srcs.values():
        if src not in placed:
            first = [i for i, b in enumerate(flow) if isinstance(b, Block)
                     and b.kind == "text" and SENTENCE_END.search(b.text)]  # fmt: skip
            flow.insert(first[0] + 1 if first else len(flow), src)
    return flow


def shape_story(flows: list[Flow], body: float) -> None:
    """Mark the subheadings below the lead in the pages' ``flows`` and join a paragraph that
    runs over a page's foot (see the module)."""
    lead = False
    for flow in flows:
        for index, part in enumerate(flow):
            if not isinstance(part, Block):
                continue
            if lead and _subheading(part, flow[index + 1 : index + 2], body):
                part.kind = "heading"
            lead = lead or _body_text(part, body)
    for before, after in pairwise(flows):
        last, first = before[-1:], after[:1]
        if (
            last and first and isinstance(last[0], Block) and isinstance(first[0], Block)
            and _goes_on(last[0], first[0])
        ):  # fmt: skip
            last[0].lines.extend(first[0].lines)
            del after[0]


def _body_text(block: Block, body: float) -> bool:
    """Whether ``block`` is a paragraph of the story's text: in the body's type, of several
    lines or a sentence."""
    return (
        block.kind == "text"
        and _size(block, body)
        and (len(block.lines) > 1 or bool(SENTENCE_END.search(block.text)))
    )


def _size(block: Block, body: float) -> bool:
    return bool(block.lines) and abs(block.lines[0].size - body) < 0.1 * body


def _subheading(block: Block, after: Flow, body: float) -> bool:
    if block.kind != "text" or not 0 < len(block.lines) <= SUBHEADING_LINES:
        return False
    text = block.text
    return (
        len(text) <= SUBHEADING_CHARS
        and not SENTENCE_END.search(text)
        and not OPEN_END.search(text)
        and not BULLET.match(text)
        and (
            block.lines[0].size >= SUBHEADING_LARGER * body
            or all(line.bold for line in block.lines)
        )
        and not is_label(text)
        and bool(after)
        and isinstance(after[0], Block)
        and _body_text(after[0], body)
    )


def _goes_on(last: Block, first: Block) -> bool:
    """Whether the paragraph ``first`` at the top of a page goes on with ``last`` at the foot
    of the one before (a page's running foot is a line, never a paragraph of several)."""
    return (
        last.kind == first.kind == "text"
        and len(last.lines) > 1
        and abs(first.lines[0].size - last.lines[-1].size) <= 0.1 * last.lines[-1].size
        and not SENTENCE_END.search(last.text)
        and first.text[:1].islower()
    )


def _caption(block: Block, body: float) -> bool:
    """Whether ``block``, right under a photo, is its caption."""
    if block.kind != "text":
        return False
    if not 0 < len(block.lines) <= CAPTION_LINES or len(block.text) > MAX_CAPTION_CHARS:
        return False
    return (
        all(line.italic for line in block.lines)
        or block.lines[0].size < 0.95 * body
        or CREDIT_SUFFIX.search(block.text) is not None
    )


def texts_of(flow: Flow) -> list[str]:
    """The page's text blocks as plain text (blank lines apart; a list's items together)."""
    out: list[str] = []
    for block in flow:
        if not isinstance(block, Block):
            continue
        if block.kind == "item":
            line = bullet_text(block.text)
            if out and out[-1].startswith("- ") and out[-1].split("\n")[-1].startswith("- "):
                out[-1] += "\n" + line
                continue
            out.append(line)
        else:
            out.append(block.text)
    return out


def page_html(flow: Flow, title_first: bool, shown: list[str], body: float = 0.0) -> str:
    """The page as HTML: its text as plain text's paragraphs, its subheadings, its photos
    between them (their placeholders added to ``shown``), a caption under a photo marked."""
    parts: list[str] = []
    segment: list[Block] = []

    def close() -> None:
        text = "\n\n".join(texts_of(list(segment)))
        if text:
            parts.append(paragraphs_html(text, title_first=title_first and not parts))
        segment.clear()

    for index, part in enumerate(flow):
        if isinstance(part, Block):
            photo_above = index and not isinstance(flow[index - 1], Block)
            if part.kind == "heading":
                close()
                parts.append(f"<h2>{html.escape(part.text)}</h2>")
            elif photo_above and _caption(part, body):
                close()
                parts.append(f'<p class="{CAPTION}">{html.escape(part.text)}</p>')
            else:
                segment.append(part)
            continue
        close()
        shown.append(part)
        parts.append(f'<p><img src="{part}" alt=""></p>')
    close()
    return "".join(parts)


def rebuild_paragraphs(text: str) -> str:
    """A page's lines as paragraphs separated by blank lines: a paragraph ends at a short line
    that ends a sentence, or at a short line without punctuation (a heading) before a capital;
    a line that starts with a bullet is a paragraph of its own (the list is rebuilt later)."""
    lines = [line.strip() for line in text.replace("\r", "\n").split("\n")]
    longest = max((len(line) for line in lines), default=0)
    following_of = [""] * len(lines)  # the next line that is not blank, after each
    for index in range(len(lines) - 2, -1, -1):
        following_of[index] = lines[index + 1] or following_of[index + 1]
    out: list[str] = []
    for index, line in enumerate(lines):
        if not line:
            if out and out[-1]:
                out.append("")
            continue
        bullet = bool(BULLET.match(line))
        if (
            out
            and out[-1]
            and (bullet or BULLET.match(out[-1]))
            and not (bullet and BULLET.match(out[-1]))
        ):
            out.append("")
        out.append(line)
        following = following_of[index]  # (a look ahead at each line was quadratic: RV4 #9)
        heading = not OPEN_END.search(line) and following[:1].isupper() and not bullet
        if len(line) < longest * SHORT_LINE and (SENTENCE_END.search(line) or heading):
            out.append("")
    return "\n".join(out).strip()
