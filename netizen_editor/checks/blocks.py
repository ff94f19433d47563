"""The body's top-level blocks as the rules see them: where they start and what they are.

A light reading of the Markdown source (no rendering): blank lines separate blocks, fenced code
is one block, headings and the newsroom's marker lines are blocks of their own. Positions are
file lines, so a finding points at the text the journalist typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from netizen_editor.publish.markers import JUMP_BREAK_LINE, MARKER_LINE, RELATED_PREFIX

_FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})")
# Every pattern here is linear in the length of a line, however it is made: a heading's closing
# hashes are stripped in Python (``(.*?)[ \t#]*$`` rescans a run of spaces once per character), a
# link or a tag may not contain the start of another (``[^\[\]]``, ``[^<>]``).
_HEADING = re.compile(r"^[ ]{0,3}(#{1,6})[ \t]+(.*)$")
_LIST = re.compile(r"^[ ]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+")
_LONE_IMAGE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")
_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^)\[\]]*\)")
_TAG = re.compile(r"<[^<>]+>")
_MARKS = re.compile(r"(\*\*|__|\*|_|`|~~)")
_MARKUP = re.compile(r"[\[<*_`~]")  # a character any of the three above starts with
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


T = TypeVar("T")


class _cached(Generic[T]):
    """``functools.cached_property`` without its lock (3.11 takes one per first read, which is
    most of the cost of reading 300,000 one-line paragraphs)."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__

    def __get__(self, obj: Any, owner: type | None = None) -> T:
        value = obj.__dict__[self.name] = self.func(obj)
        return value


@dataclass
class Block:
    """One block: ``kind`` is paragraph, heading, ad, more, list, quote, code, html, table,
    related or image; ``line`` is the file line it starts on; ``lines`` its source lines."""

    kind: str
    line: int
    lines: list[str]
    level: int = 0  # a heading's level

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @_cached
    def plain(self) -> str:
        """The block's words without Markdown marks, links reduced to their text."""
        lines = self.lines
        text = lines[0].strip() if len(lines) == 1 else " ".join(line.strip() for line in lines)
        if self.kind == "heading":
            text = _HEADING.sub(lambda m: m.group(2).rstrip(" \t#"), text)
        if not _MARKUP.search(text):
            return text
        text = _LINK.sub(lambda m: "" if m.group(0).startswith("!") else m.group(1), text)
        return _MARKS.sub("", _TAG.sub(" ", text)).strip()

    @_cached
    def words(self) -> int:
        # whitespace-separated words, lone dashes not counted (fast; textstats' count within 1 %)
        plain = self.plain
        dashes = plain.count(" - ") + plain.count(" – ") + plain.count(" — ")
        return len(plain.split()) - dashes

    def sentence_lengths(self) -> list[int]:
        """Words in each sentence."""
        plain = self.plain
        if "." not in plain and "!" not in plain and "?" not in plain:
            count = len(plain.split())
            return [count] if count else []
        return [len(s.split()) for s in _SENTENCE_END.split(self.plain) if s.strip()]


def split_blocks(lines: list[str], body_line: int) -> list[Block]:
    """Blocks of the body, which starts at 1-based file line ``body_line``."""
    blocks: list[Block] = []
    i = body_line - 1
    n = len(lines)
    while i < n:
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if line.lstrip(" ")[:1] in _STARTS:  # else none of the patterns below can match
            fence = _FENCE.match(line)
            if fence:
                mark = fence.group(1)
                j = i + 1
                while j < n and not lines[j].lstrip().startswith(mark):
                    j += 1
                blocks.append(Block("code", i + 1, lines[i : j + 1]))
                i = j + 1
                continue
            heading = _HEADING.match(line)
            if heading:
                blocks.append(Block("heading", i + 1, [line], level=len(heading.group(1))))
                i += 1
                continue
            marker = MARKER_LINE.match(line)
            if marker or JUMP_BREAK_LINE.match(line):
                kind = "more" if (not marker or marker.group(1) == "more") else "ad"
                blocks.append(Block(kind, i + 1, [line]))
                i += 1
                continue
        j = i + 1
        while j < n and lines[j].strip() and not _breaks(lines[j]):
            j += 1
        blocks.append(Block(_kind(lines[i:j]), i + 1, lines[i:j]))
        i = j
    return blocks


#: first characters (after up to three spaces) of a fence, a heading, a marker, a jump break
_STARTS = frozenset("`~#[<")


def _breaks(line: str) -> bool:
    """A line that starts a block of its own even without a blank line before it."""
    if line.lstrip(" ")[:1] not in _STARTS:
        return False
    return bool(
        _HEADING.match(line) or MARKER_LINE.match(line) or JUMP_BREAK_LINE.match(line)
        or _FENCE.match(line)
    )  # fmt: skip


def _kind(lines: list[str]) -> str:
    first = lines[0].lstrip()
    if first[:1].isalpha() and first[:1] not in "bB":
        return "paragraph"  # the common case, without the patterns below
    if first.startswith(">"):
        return "quote"
    if _LIST.match(lines[0]):
        return "list"
    if first.startswith("|"):
        return "table"
    if first.startswith("<"):
        return "html"
    if RELATED_PREFIX.match(first):
        return "related"
    if len(lines) == 1 and _LONE_IMAGE.match(first):
        return "image"
    return "paragraph"


def text_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks a reader reads as the story's text (paragraphs, lists and quotes)."""
    return [b for b in blocks if b.kind in ("paragraph", "list", "quote")]


def meta_line(lines: list[str], body_line: int, key: str) -> int:
    """The file line of front matter ``key:``; else the first line (where it would go)."""
    prefix = re.compile(rf"^{re.escape(key)}\s*:")
    for number in range(1, body_line):
        if prefix.match(lines[number - 1]):
            return number
    return 1


def first_paragraph(blocks: list[Block]) -> Block | None:
    return next((b for b in blocks if b.kind == "paragraph"), None)
