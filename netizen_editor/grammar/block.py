"""A block of an article's body: its kind, its lines and what it says (no position: a block
of one revision is reused by the next as it is)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from netizen_editor.grammar.escapes import escaped_before
from netizen_editor.grammar.inline import count_words, plain_text

#: every kind of block
KINDS = (
    "paragraph", "heading", "list", "quote", "code", "indented", "html", "comment", "table",
    "reference", "deflist", "rule", "ad", "more", "image", "related",
)  # fmt: skip
#: blocks without words for the counts: markers, comments and definitions
NO_WORDS = frozenset({"ad", "more", "comment", "reference"})
#: blocks whose backslashes are text (Python-Markdown reads no escape in them)
_LITERAL = frozenset({"code", "indented", "html"})
#: the blocks a reader reads as the story's text
TEXT_KINDS = frozenset({"paragraph", "list", "quote", "deflist", "related"})


T = TypeVar("T")


class _cached(Generic[T]):
    """``functools.cached_property`` without its lock (Python 3.11 takes one on every first
    read, most of the cost of reading 300,000 one-line paragraphs); writes past the frozen
    dataclass's ``__setattr__`` into the instance's dict."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__

    def __get__(self, obj: Any, owner: type | None = None) -> T:
        value = obj.__dict__[self.name] = self.func(obj)
        return value


@dataclass(frozen=True, eq=False)
class Block:
    """One block. ``lines`` are its source lines (without line ends); ``level`` a heading's
    level; ``name`` a heading's title, an ad slot's name or a fence's language."""

    kind: str
    lines: tuple[str, ...]
    joined: bool = False
    level: int = 0
    name: str = ""

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def size(self) -> int:
        return len(self.lines)

    @_cached
    def words(self) -> int:
        """Its words (a block reused by the next revision keeps its count)."""
        if self.kind in NO_WORDS:
            return 0
        return count_words(self.text, escapes=self.kind not in _LITERAL)

    @_cached
    def plain(self) -> str:
        """Its text without Markdown marks (a heading: its title), links read as their text."""
        if self.kind == "heading":
            return plain_text(self.name)
        lines = self.lines
        if len(lines) == 1:
            return plain_text(lines[0])
        # a backslash ending a line (not the last) is a line break on the page
        return plain_text(
            " ".join(_unbroken(x.strip()) for x in lines[:-1]) + " " + lines[-1].strip()
        )


def _unbroken(line: str) -> str:
    """``line`` without the backslash that ends it as a line break (an odd run: ``\\\\`` is an
    escaped backslash)."""
    if line.endswith("\\") and escaped_before(line + " ", len(line)):
        return line[:-1]
    return line
