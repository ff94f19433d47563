"""One scan of an article's text: its front matter, its blocks, its outline.

``scan_article(text, previous)`` reuses the blocks of the previous revision's scan that the
edit did not touch, so a keystroke in a long article scans a few lines. Everything that reads
the article's structure reads a scan (the snapshot keeps the revision's one).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, NamedTuple

from netizen_editor.grammar.block import Block
from netizen_editor.grammar.blocks import BlockScan, scan_blocks, split_lines
from netizen_editor.grammar.frontmatter import split_front_matter
from netizen_editor.grammar.inline import (
    cut_spans,
    escaped_words,
    plain_text,
    sentence_lengths,
    word_total,
    words_without_targets,
)
from netizen_editor.grammar.mark_count import openings_past
from netizen_editor.grammar.patterns import MARKER_LINE, REFERENCE

#: blocks whose lines are code, not prose
CODE_KINDS = frozenset({"code", "indented"})


class Heading(NamedTuple):
    level: int
    title: str
    line: int  # 1-based line in the whole file


class LocatedBlock(NamedTuple):
    """A block of the body with the file line it starts on (what the checks read)."""

    line: int
    block: Block

    @property
    def kind(self) -> str:
        return self.block.kind

    @property
    def lines(self) -> tuple[str, ...]:
        return self.block.lines

    @property
    def level(self) -> int:
        return self.block.level

    @property
    def text(self) -> str:
        return self.block.text

    @property
    def words(self) -> int:
        return self.block.words

    @property
    def plain(self) -> str:
        return self.block.plain

    def sentence_lengths(self) -> list[int]:
        return sentence_lengths(self.block.plain)


@dataclass(frozen=True, eq=False)
class ArticleScan:
    text: str
    front_matter: str  # the raw block with its fences, or ""
    body: str
    body_line: int  # the file line the body starts on
    blocks: BlockScan
    #: what readers of the article keep from one revision to the next, by name (the checks'
    #: per-block results): one dict, handed on to every scan made from this one
    kept: dict[str, Any] = field(default_factory=dict, repr=False)

    @cached_property
    def located(self) -> list[LocatedBlock]:
        """Every block of the body with its 1-based file line."""
        first = self.body_line
        return [
            LocatedBlock(first + s, b)
            for s, b in zip(self.blocks.starts, self.blocks.blocks, strict=True)
        ]

    @cached_property
    def words(self) -> int:
        """The words of its blocks; past the blocks a stopped scan read (``most``), those of
        the rest of the body as plain text (the marks and links in it are not read)."""
        words = sum(block.words for block in self.blocks.blocks)
        if self.blocks.at_least:
            words += word_total("\n".join(self.blocks.lines[self.blocks.read_to :]))
        return words

    @cached_property
    def headings(self) -> tuple[Heading, ...]:
        """The outline: the page's top-level headings with their titles as plain text (an
        empty heading, ``#`` alone, is left out)."""
        found = []
        for line, block in self.located:
            if block.kind == "heading":
                title = plain_text(block.name)
                if title:
                    found.append(Heading(block.level, title, line))
        return tuple(found)


def scan_article(
    text: str, previous: ArticleScan | None = None, *, most: int | None = None
) -> ArticleScan:
    """The scan of ``text``; ``previous`` (the last revision's) makes it incremental. ``most``:
    the scan stops past that many blocks (``BlockScan.at_least``)."""
    if previous is not None and previous.text == text:
        return previous
    raw, body, body_line = split_front_matter(text)
    lines = split_lines(body)
    blocks = scan_blocks(lines, previous.blocks if previous is not None else None, most=most)
    kept = previous.kept if previous is not None else {}
    return ArticleScan(text, raw, body, body_line, blocks, kept)


# -- the words without the blocks -----------------------------------------------------------------
def count_article_words(text: str) -> int:
    """``scan_article(text).words`` (the status bar's count), without the block scan when the
    body allows it (:func:`count_body_words`)."""
    return count_body_words(split_front_matter(text)[1])


def count_body_words(body: str) -> int:
    """The words of the blocks of ``body``, as :class:`ArticleScan` counts them (each block's
    ``count_words``, none for markers, comments and definitions), in one count of the whole
    body when nothing in it makes the blocks' counts differ from that: a block's count differs
    only by its review marks (``{``) and HTML comments, which may span lines but not blocks,
    and by the blocks without words. Ad and jump-break marker lines are such blocks wherever a
    fence or an HTML block cannot hold them, so they are taken out; a body with a definition's
    line is scanned. Words, links and images never span lines (blocks are runs of lines).
    A backslash escape is read as the character it escapes (``escaped_words``); a body where
    code or HTML may hold a backslash that is text is scanned. One-character tests first: they
    run at memory speed. A body with more openings of review marks than a story may hold marks
    (``MAX_MARKS``) is read as if it had none: each mark's text is counted as typed (10 MB of
    ``{++a++}`` held the desk's listing 3-6 s while every mark was read)."""
    if "{" in body and openings_past(body):
        body = body.replace("{", "}")  # no word either, and it opens no mark
    if "{" in body or ("<" in body and "<!--" in body):
        return _scanned_words(body)
    if "\r" in body:  # the lines as the scan reads them (an indented line after a lone CR)
        body = body.replace("\r\n", "\n").replace("\r", "\n")
    escaped = "\\" in body
    if escaped and _literal_backslashes(body):
        return _scanned_words(body)  # code spans and blocks, HTML: some are text
    markers: list[tuple[int, int]] = []
    at = body.find("[")
    while at >= 0:  # the lines with a "[": a definition's or a marker's is near their start
        start = body.rfind("\n", 0, at) + 1
        end = body.find("\n", at)
        end = len(body) if end < 0 else end
        if at - start <= 4:
            line = body[start:end]
            if REFERENCE.match(line):
                return _scanned_words(body)
            if MARKER_LINE.match(line):
                markers.append((start, end))
        at = body.find("[", end)
    if markers:
        if "<" in body or ("`" in body and "```" in body) or ("~" in body and "~~~" in body):
            return _scanned_words(body)  # a fence or an HTML block may hold a marker
        body = cut_spans(body, markers)
    if escaped:
        return escaped_words(body)
    return words_without_targets(body) if "](" in body else word_total(body)


def _literal_backslashes(body: str) -> bool:
    """Whether ``body`` may hold a backslash that is no escape: inline code, fenced or indented
    code, HTML (escapes are read per block there)."""
    return (
        "`" in body
        or "~~~" in body
        or "<" in body
        or "\n    " in body
        or "\n\t" in body
        or body.startswith(("    ", "\t"))
    )


def _scanned_words(body: str) -> int:
    return sum(block.words for block in scan_blocks(split_lines(body)).blocks)
