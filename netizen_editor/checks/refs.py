"""Images, links and embeds of the body as written, with their file line and column.

Read from the Markdown source (inline ``![alt](src "title")`` and ``[text](url)``, and the
raw HTML tags ``<img>``, ``<a>``, ``<iframe>``, ``<video>``, ``<audio>``, ``<source>``), so a
finding points at what the journalist typed. What the grammar calls not prose is skipped
(fenced and indented code, HTML comments, inline code), except raw HTML blocks: their tags are
the page's own images, links and embeds.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

from netizen_editor.checks.registry import CheckContext
from netizen_editor.grammar.inline import blank_code
from netizen_editor.grammar.prose import NOT_PROSE_KINDS
from netizen_editor.grammar.scan import LocatedBlock

#: blocks whose images and links the page does not show
NOT_READ = NOT_PROSE_KINDS - {"html"}

# Linear in the length of a line however it is made (a megabyte of ``![x](``, of ``<a `` or of one
# word): a part may not run into the start of another candidate (``[^\[\]]``, ``[^<>]``), the text
# of an <a> stops at the next <a>, and an attribute name starts only where a name starts.
_MD_IMAGE = re.compile(
    r"!\[(?P<alt>[^\[\]]*)\]\(\s*<?(?P<src>[^)\s<>\[\]]*)>?"
    r"(?:\s+(?:\"(?P<t1>[^\"]*)\"|'(?P<t2>[^']*)'))?\s*\)"
)
_MD_LINK = re.compile(
    r"(?<![!\\])\[(?P<text>(?:[^\[\]]|!\[[^\[\]]*\]\([^)\[\]]*\))*)\]"
    r"\(\s*<?(?P<url>[^)\s<>\[\]]*)>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
)
_AUTOLINK = re.compile(r"<(?P<url>(?:https?|ftp)://[^<>\s]+)>")
_HTML_A = re.compile(r"<a\s(?P<attrs>[^<>]*)>(?P<text>(?:[^<]|<(?!a\s|/a\s*>))*+)</a\s*>", re.I)
_HTML_MEDIA = re.compile(r"<(?P<tag>img|iframe|video|audio|source|embed)\b(?P<attrs>[^<>]*)>", re.I)
_ATTR = re.compile(r"(?<![\w-])([\w-]++)\s*+=\s*+(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))")
_INNER_TAG = re.compile(r"<[^<>]+>")


@dataclass(frozen=True)
class Ref:
    """An image, link or embed: ``kind`` is image, link or media (iframe, video, audio)."""

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


def refs(context: CheckContext) -> Iterator[tuple[int, Ref]]:
    """(file line, ref) of every image, link and embed of the body, in order."""
    for located in ref_blocks(context):
        for ref in block_refs(context, located):
            yield located[0] + ref.offset, ref


def _read(context: CheckContext, located: LocatedBlock) -> Iterator[Ref]:
    first, block = located
    kind = block.kind
    for offset, raw in enumerate(block.lines):
        line = blank_code(raw)
        if "[" not in line and "<" not in line:
            continue
        context.step(first + offset)
        for m in _MD_IMAGE.finditer(line):
            yield Ref("image", offset, m.start() + 1, m.group("src"), m.group("alt").strip(),
                      (m.group("t1") or m.group("t2") or "").strip(), block_kind=kind)  # fmt: skip
        for m in _MD_LINK.finditer(line):
            yield Ref("link", offset, m.start() + 1, m.group("url"), m.group("text").strip(),
                      block_kind=kind)  # fmt: skip
        for m in _AUTOLINK.finditer(line):
            yield Ref("link", offset, m.start() + 1, m.group("url"), m.group("url"),
                      block_kind=kind)  # fmt: skip
        if "<" not in line:
            continue
        for m in _HTML_A.finditer(line):
            attrs = attributes(m.group("attrs"))
            text = _INNER_TAG.sub("", m.group("text")).strip()
            yield Ref("link", offset, m.start() + 1, attrs.get("href", ""), html.unescape(text),
                      block_kind=kind, tag="a")  # fmt: skip
        for m in _HTML_MEDIA.finditer(line):
            tag = m.group("tag").lower()
            attrs = attributes(m.group("attrs"))
            yield Ref("image" if tag == "img" else "media", offset, m.start() + 1,
                      attrs.get("src", ""), attrs.get("alt", "").strip(), attrs.get("title", ""),
                      has_alt="alt" in attrs, block_kind=kind, tag=tag)  # fmt: skip
