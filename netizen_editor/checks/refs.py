"""Images, links and embeds of the body as written, with their file line and column.

Read from the Markdown source (inline ``![alt](src "title")`` and ``[text](url)``, images by
reference ``![alt][id]``, ``![alt][]`` and ``![alt]`` with their ``[id]: address`` lines, and
the raw HTML tags ``<img>``, ``<a>``, ``<iframe>``, ``<video>`` with its ``poster``,
``<audio>``, ``<source>``), so a finding points at what the journalist typed. A block is read
whole, as Markdown reads it: an image or a tag may go on over the next lines. What the grammar
calls not prose is skipped (fenced and indented code, HTML comments, inline code), except raw
HTML blocks: their tags are the page's own images, links and embeds.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate
from typing import Any

from netizen_editor.checks.registry import CheckContext
from netizen_editor.grammar.inline import blank_code
from netizen_editor.grammar.prose import NOT_PROSE_KINDS
from netizen_editor.grammar.scan import LocatedBlock

#: blocks whose images and links the page does not show
NOT_READ = NOT_PROSE_KINDS - {"html"}

# Linear in the length of a line however it is made (a megabyte of ``![x](``, of ``<a `` or of one
# word): a part may not run into the start of another candidate (``[^\[\]]``, ``[^<>]``), the text
# of an <a> stops at the next <a>, and an attribute name starts only where a name starts.
# An image's alt text may hold [brackets] (Markdown counts them), but no other image's start:
# so the part each ``![`` reads ends at the next one.
_ALT = r"(?P<alt>(?:[^\[\]!]|!(?!\[)|\[[^\[\]]*\])*)"
_MD_IMAGE = re.compile(
    r"!\[" + _ALT + r"\]\(\s*<?(?P<src>[^)\s<>\[\]]*)>?"
    r"(?:\s+(?:\"(?P<t1>[^\"]*)\"|'(?P<t2>[^']*)'))?\s*\)"
)
#: ``![alt][id]``, ``![alt][]`` (the id is the alt) and ``![alt]`` alone, as Python-Markdown's
#: image_reference and short_image_ref read them (an id never holds a bracket)
_MD_IMAGE_REF = re.compile(r"!\[" + _ALT + r"\](?:\s?\[(?P<id>[^\[\]]*)\]|(?![(\[]))")
#: ``[id]: address`` (in a list or a quote too): the address an image by reference loads. It
#: may stand on the next line when nothing follows the colon, and only a title may follow it
#: (``[id]: foto.jpg kata`` is text), as Python-Markdown reads it
_DEFINITION = re.compile(
    r"^[ \t>]*\[(?P<id>(?!\^)[^\[\]]*)\]:[ \t]*(?:\n[ \t>]*)?<?(?P<url>[^\s<>]+)>?"
    r"(?=[ \t]*(?:$|[\"'(]))",
    re.M,
)
_MD_LINK = re.compile(
    r"(?<![!\\])\[(?P<text>(?:[^\[\]]|!\[[^\[\]]*\]\([^)\[\]]*\))*)\]"
    r"\(\s*<?(?P<url>[^)\s<>\[\]]*)>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
)
_AUTOLINK = re.compile(r"<(?P<url>(?:https?|ftp)://[^<>\s]+)>")
_HTML_A = re.compile(r"<a\s(?P<attrs>[^<>]*)>(?P<text>(?:[^<]|<(?!a\s|/a\s*>))*+)</a\s*>", re.I)
_HTML_MEDIA = re.compile(r"<(?P<tag>img|iframe|video|audio|source|embed)\b(?P<attrs>[^<>]*)>", re.I)
_SPACES = re.compile(r"\s+")
_ATTR = re.compile(r"(?<![\w-])([\w-]++)\s*+=\s*+(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))")
_INNER_TAG = re.compile(r"<[^<>]+>")


@dataclass(frozen=True)
class Ref:
    """An image, link or embed: ``kind`` is image, link, media (iframe, video, audio),
    poster (a video's picture) or image-ref (an image by reference: ``url`` is its id, see
    :func:`definitions`)."""

    kind: str
    offset: int  # its line in its block (0: the block's first line)
    column: int
    url: str
    text: str = ""  # a link's text, an image's alt
    title: str = ""  # an image's title (the figure caption)
    has_alt: bool = True  # False for an <img> without an alt attribute
    block_kind: str = ""  # kind of the block it sits in (related, image, paragraph...)
    tag: str = ""


def attributes(attrs: str) -> dict[str, str]:
    return {
        m.group(1).lower(): html.unescape(m.group(2) or m.group(3) or m.group(4) or "")
        for m in _ATTR.finditer(attrs)
    }


def block_refs(context: CheckContext, located: LocatedBlock) -> tuple[Ref, ...]:
    """The images, links and embeds of one block, read once per block (the article's
    ``checks.cache`` keeps them for its next revision)."""
    block = located[1]
    if block.kind in NOT_READ or not any("[" in line or "<" in line for line in block.lines):
        return ()
    slot = context.slot("refs", shared=True)
    return slot.value(located, lambda at: tuple(_read(context, at)))


def ref_blocks(context: CheckContext) -> list[LocatedBlock]:
    """The blocks that hold an image, a link or an embed, in order (found once per run)."""
    found: list[LocatedBlock] | None = context.__dict__.get("_ref_blocks")
    if found is None:
        found = [located for located in context.blocks if block_refs(context, located)]
        context.__dict__["_ref_blocks"] = found
    return found


def refs(
    context: CheckContext, blocks: Iterable[LocatedBlock] | None = None
) -> Iterator[tuple[int, Ref]]:
    """(file line, ref) of every image, link and embed of the body (of ``blocks``: those
    of the body a caller picked), in order."""
    for located in ref_blocks(context) if blocks is None else blocks:
        for ref in block_refs(context, located):
            yield located[0] + ref.offset, ref


def definitions(context: CheckContext) -> dict[str, list[tuple[int, str]]]:
    """Each reference id (lowercase, as Markdown looks it up) with the file line and address
    of each of its ``[id]: address`` lines, in order (Markdown uses one: the page may load
    any)."""
    found: dict[str, list[tuple[int, str]]] = {}
    for first, block in context.blocks:
        if block.kind in NOT_PROSE_KINDS or not any("]:" in line for line in block.lines):
            continue
        context.step(first)
        text, starts = _joined(block.lines)
        for m in _DEFINITION.finditer(text):
            line = first + bisect_right(starts, m.start()) - 1
            found.setdefault(reference_id(m.group("id")), []).append((line, m.group("url")))
    return found


def images(
    context: CheckContext, blocks: Iterable[LocatedBlock] | None = None
) -> Iterator[tuple[int, Ref]]:
    """(file line, image) of every body image (of ``blocks``), with the address the page loads:
    an image by reference (``![alt][id]``, ``![id][]``, ``![id]``) has the address of its
    ``[id]:`` line (the last one: Markdown keeps the last), and one whose id nothing defines is
    left out (the page shows it as text)."""
    addresses: dict[str, list[tuple[int, str]]] | None = None
    for line, ref in refs(context, blocks):
        if ref.kind == "image-ref":
            if addresses is None:
                addresses = definitions(context)
            defined = addresses.get(ref.url)
            if not defined:
                continue
            ref = replace(ref, kind="image", url=defined[-1][1])
        elif ref.kind != "image":
            continue
        yield line, ref


def first_image(context: CheckContext) -> str:
    """The address of the body's first image, as :func:`images` reads them ("" when it has
    none): the picture a share shows when no featured image is set, as Blogger makes a post's
    first picture its thumbnail (``publish.page_view.share_picture``, from the rendered body).
    Only the blocks up to it that may hold one are read (the share card asks on the window's
    thread)."""
    found = images(context, (located for located in context.blocks if _may_picture(located)))
    return next((ref.url.strip() for _line, ref in found if ref.url.strip()), "")


def _may_picture(located: LocatedBlock) -> bool:
    return any("![" in line or ("<" in line and "<img" in line.lower())
               for line in located.block.lines)  # fmt: skip


def _joined(lines: Sequence[str]) -> tuple[str, list[int]]:
    """The block's text, and where each of its lines starts in it."""
    return "\n".join(lines), list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))


def reference_id(text: str) -> str:
    """The id Markdown looks a reference up by: lowercase, each run of white space one space."""
    return _SPACES.sub(" ", text.strip().lower())


def _read(context: CheckContext, located: LocatedBlock) -> Iterator[Ref]:
    first, block = located
    kind = block.kind
    text, starts = _joined([blank_code(raw) for raw in block.lines])
    #: each line's refs, in the order they were always read in: images, links, tags
    by_line: dict[int, list[Ref]] = {}

    def add(what: str, m: re.Match[str], url: str, words: str = "", **more: Any) -> None:
        offset = bisect_right(starts, m.start()) - 1
        context.step(first + offset)
        column = m.start() - starts[offset] + 1
        ref = Ref(what, offset, column, url, _one_line(words), block_kind=kind, **more)
        by_line.setdefault(offset, []).append(ref)

    if "[" in text:
        for m in _MD_IMAGE.finditer(text):
            add("image", m, m.group("src"), m.group("alt"), title=_one_line(m["t1"] or m["t2"]))
        for m in _MD_IMAGE_REF.finditer(text):
            add("image-ref", m, reference_id(m.group("id") or m.group("alt")), m.group("alt"))
        for m in _MD_LINK.finditer(text):
            add("link", m, m.group("url"), m.group("text"))
    if "<" in text:
        for m in _AUTOLINK.finditer(text):
            add("link", m, m.group("url"), m.group("url"))
        for m in _HTML_A.finditer(text):
            attrs = attributes(m.group("attrs"))
            words = html.unescape(_INNER_TAG.sub("", m.group("text")))
            add("link", m, attrs.get("href", ""), words, tag="a")
        for m in _HTML_MEDIA.finditer(text):
            tag = m.group("tag").lower()
            attrs = attributes(m.group("attrs"))
            add("image" if tag == "img" else "media", m, attrs.get("src", ""), attrs.get("alt", ""),
                title=attrs.get("title", ""), has_alt="alt" in attrs, tag=tag)  # fmt: skip
            if tag == "video" and "poster" in attrs:
                add("poster", m, attrs["poster"], tag=tag)
    for offset in sorted(by_line):
        yield from by_line[offset]


def _one_line(text: str | None) -> str:
    """A text read over several lines as the page shows it: on one line, trimmed."""
    return (text or "").replace("\n", " ").strip()
