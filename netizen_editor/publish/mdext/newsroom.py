"""The newsroom's Markdown: ad slots, jump break, "Baca juga" boxes and captioned figures.

Marker elements (``div.nz-ad``, ``div.nz-more``) are turned into mode-specific HTML after
sanitising (see ``netizen_editor.publish.body``), so the same body serves preview and export.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from typing import Any

from markdown import Extension, Markdown
from markdown.blockprocessors import BlockProcessor
from markdown.inlinepatterns import SubstituteTagInlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from netizen_editor.grammar.patterns import JUMP_BREAK_LINE, MARKER_LINE, RELATED_PREFIX

#: a line ending in a backslash: a line break (CommonMark's, as other editors and the import
#: write a Shift+Enter; Python-Markdown knows only two trailing spaces, invisible in the editor)
BACKSLASH_BREAK = r"\\\n"

CREDIT_SUFFIX = re.compile(
    r"\s*[\(\[]?\s*(?:foto|photo)\s*:\s*(?P<credit>[^\)\]]+?)[\)\]]?\s*$", re.I
)
#: a credit that already says what it is ("Foto: Budi", "photo: AP"), as CREDIT_SUFFIX reads it
CREDIT_PREFIX = re.compile(r"^\s*(?:foto|photo)\s*:", re.I)


def credit_line(credit: str) -> str:
    """A photo's credit as captions show it: ``Foto: Name``. A credit typed with its prefix
    ("Foto: Budi", any case, or "Photo:") is kept as typed, not given a second one; no
    credit, "" (nothing to show)."""
    credit = credit.strip()
    if not credit or CREDIT_PREFIX.match(credit):
        return credit
    return f"Foto: {credit}"


def credit_name(credit: str) -> str:
    """A photo's credit without the ``Foto:``/``Photo:`` typed before it: what a skin that
    writes its own ``Foto:`` (as the old built-in ones did) prints after it."""
    return CREDIT_PREFIX.sub("", credit, count=1).strip()


class JumpBreakPreprocessor(Preprocessor):
    """``<!--more-->`` on its own line becomes the ``[[more]]`` marker before HTML is stashed."""

    def run(self, lines: list[str]) -> list[str]:
        return ["[[more]]" if JUMP_BREAK_LINE.match(line) else line for line in lines]


class MarkerBlockProcessor(BlockProcessor):
    """``[[ad]]``, ``[[ad:NAME]]`` and ``[[more]]`` lines become marker elements."""

    def test(self, parent: etree.Element, block: str) -> bool:
        return bool(MARKER_LINE.search(block))

    def run(self, parent: etree.Element, blocks: list[str]) -> bool:
        block = blocks.pop(0)
        m = MARKER_LINE.search(block)
        assert m is not None
        before, after = block[: m.start()].rstrip("\n"), block[m.end() :].lstrip("\n")
        if before:
            self.parser.parseBlocks(parent, [before])
        if m.group(1) == "more":
            etree.SubElement(parent, "div", {"class": "nz-more"})
        else:
            attrs = {"class": "nz-ad", "data-slot": "in_article"}
            if m.group(2):
                attrs["data-name"] = m.group(2)
            etree.SubElement(parent, "div", attrs)
        if after:
            blocks.insert(0, after)
        return True


_STASH_PLACEHOLDER = re.compile(r"\x02wzxhzdk:(\d+)\x03")
_FIRST_TAG = re.compile(r"^(\s*<[a-zA-Z][\w-]*)")
#: a private-use character (``netizen_editor.sentinels``): the renderer hides the article's own
#: characters of that range before it puts the sentinels in
LINE_SENTINEL = "\ue000L"


class LineSentinelProcessor(BlockProcessor):
    """A block ``\ue000L<line>`` between chunks gives the next top-level element its source line
    (``data-line``); ``\ue000L@`` marks the chunk's first element for the line to be filled in
    later (the chunk cache stores HTML independent of where the chunk sits)."""

    def __init__(self, parser, ext: NewsroomExtension):
        super().__init__(parser)
        self.ext = ext

    def test(self, parent: etree.Element, block: str) -> bool:
        return block.startswith(LINE_SENTINEL)

    def run(self, parent: etree.Element, blocks: list[str]) -> bool:
        block = blocks.pop(0)
        self.ext.finish_line(parent)
        self.ext.pending_line = (block[len(LINE_SENTINEL) :].strip(), len(parent))
        return True


class LineFinishTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, ext: NewsroomExtension):
        super().__init__(md)
        self.ext = ext

    def run(self, root: etree.Element) -> None:
        self.ext.finish_line(root)


class NewsroomTreeprocessor(Treeprocessor):
    """Top-level paragraphs: ``Baca juga:`` boxes and captioned figures."""

    def __init__(self, md: Markdown, ext: NewsroomExtension):
        super().__init__(md)
        self.ext = ext

    def run(self, root: etree.Element) -> None:
        for index, child in enumerate(list(root)):
            if child.tag != "p":
                continue
            related = len(child) and RELATED_PREFIX.match(child.text or "")
            if related and any(el.tag == "a" for el in child):
                root[index] = _keep_line(child, self._related(child))
                continue
            if _is_lone_image(child):
                img = child[0]
                if img.get("title"):
                    root[index] = _keep_line(child, self._figure(img))

    def _related(self, p: etree.Element) -> etree.Element:
        aside = etree.Element("aside", {"class": "baca-juga"})
        label = etree.SubElement(aside, "strong", {"class": "baca-juga-label"})
        label.text = "Baca juga:"
        label.tail = " " + RELATED_PREFIX.sub("", p.text or "", count=1)
        for el in p:
            aside.append(el)
        return aside

    def _figure(self, img: etree.Element) -> etree.Element:
        caption = img.attrib.pop("title", "").strip()
        credit = ""
        m = CREDIT_SUFFIX.search(caption)
        if m:
            credit = m.group("credit").strip()
            caption = caption[: m.start()].rstrip(" .,-–—") + ("." if caption[: m.start()] else "")
            caption = caption if caption != "." else ""
        img.tail = None
        figure = etree.Element("figure", {"class": "nz-figure"})
        figure.append(img)
        figcaption = etree.SubElement(figure, "figcaption")
        figcaption.text = caption
        if credit:
            span = etree.SubElement(figcaption, "span", {"class": "credit"})
            span.text = credit_line(credit)
            if caption:
                span.text = " " + span.text
        return figure


def _keep_line(old: etree.Element, new: etree.Element) -> etree.Element:
    line = old.get("data-line")
    if line is not None:
        new.set("data-line", line)
    return new


def _is_lone_image(p: etree.Element) -> bool:
    return (
        len(p) == 1
        and p[0].tag == "img"
        and not (p.text or "").strip()
        and not (p[0].tail or "").strip()
    )


class StripFootnotesTreeprocessor(Treeprocessor):
    """In chunked rendering each chunk is converted with all footnote definitions; the
    footnote list is rendered once at the end, so it is removed from every chunk."""

    def __init__(self, md: Markdown, ext: NewsroomExtension):
        super().__init__(md)
        self.ext = ext

    def run(self, root: etree.Element) -> None:
        if not self.ext.strip_footnotes:
            return
        for child in list(root):
            if child.tag == "div" and "footnote" in (child.get("class") or "").split():
                root.remove(child)


class NewsroomExtension(Extension):
    """Registers the newsroom processors. ``strip_footnotes`` is set by the renderer before
    each conversion. A photo shows only its own credit: the featured photo's is not lent to
    photos without one (another photographer's photo would be credited to the wrong one)."""

    def __init__(self, **kwargs: Any) -> None:
        self.strip_footnotes = False
        self.pending_line: tuple[str, int] | None = None
        super().__init__(**kwargs)

    def reset(self) -> None:
        self.pending_line = None

    def finish_line(self, root: etree.Element) -> None:
        """Give the first element added since the last sentinel its ``data-line``."""
        if self.pending_line is None:
            return
        line, index = self.pending_line
        self.pending_line = None
        if index >= len(root):
            return
        element = root[index]
        m = _STASH_PLACEHOLDER.fullmatch(element.text or "") if element.tag == "p" else None
        if m is None:
            element.set("data-line", line)
            return
        # raw HTML and fenced code wait in the stash: the line goes onto their first tag
        blocks = self.md.htmlStash.rawHtmlBlocks
        number = int(m.group(1))
        block = blocks[number] if number < len(blocks) else None
        if isinstance(block, str):
            blocks[number] = _FIRST_TAG.sub(rf'\1 data-line="{line}"', block, count=1)

    def extendMarkdown(self, md: Markdown) -> None:
        self.md = md
        md.registerExtension(self)
        md.parser.blockprocessors.register(
            LineSentinelProcessor(md.parser, self), "nz_line_sentinel", 200
        )
        md.treeprocessors.register(LineFinishTreeprocessor(md, self), "nz_line_finish", 40)
        md.preprocessors.register(JumpBreakPreprocessor(md), "nz_jump_break", 35)
        md.parser.blockprocessors.register(MarkerBlockProcessor(md.parser), "nz_markers", 75)
        md.treeprocessors.register(NewsroomTreeprocessor(md, self), "nz_newsroom", 15)
        md.treeprocessors.register(StripFootnotesTreeprocessor(md, self), "nz_strip_fn", 1)
        # after code spans (190) and the escapes (180): a backslash in code or escaped stays text
        md.inlinePatterns.register(
            SubstituteTagInlineProcessor(BACKSLASH_BREAK, "br"), "nz_backslash_break", 170
        )
