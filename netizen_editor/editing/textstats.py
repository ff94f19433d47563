"""Counts a journalist glances at: words, characters and reading time of an article's body."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from netizen_editor.grammar.frontmatter import split_front_matter

WORDS_PER_MINUTE = 200

# A word: letters or digits, joined by inner apostrophes, hyphens, dots or commas
# ("Kim's", "kerja-sama", "13.9.2023", "1,5"). Markdown markup around it is not a word.
_WORD = re.compile(r"\w+(?:['’\-.,/]\w+)*", re.UNICODE)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_LINK_TARGET = re.compile(r"(!?\[[^\]]*\])\([^)]*\)")


@dataclass(frozen=True)
class TextStats:
    words: int
    characters: int  # characters of the body, line breaks not counted
    reading_minutes: int  # at WORDS_PER_MINUTE, rounded up; 0 for an empty body


def body_of(text: str) -> str:
    """The article body: the text without its YAML front matter."""
    _front, body, _line = split_front_matter(text)
    return body


def count_words(text: str) -> int:
    visible = _LINK_TARGET.sub(r"\1", _COMMENT.sub(" ", text))
    return sum(1 for _ in _WORD.finditer(visible))


def reading_minutes(words: int, per_minute: int = WORDS_PER_MINUTE) -> int:
    return math.ceil(words / per_minute) if words > 0 else 0


class WordCounter:
    """``count_words`` of a body, paragraph by paragraph, remembering the paragraphs it saw:
    a keystroke costs one paragraph's count. Not thread-safe: one per thread."""

    def __init__(self, size: int = 8192) -> None:
        self._cache: dict[str, int] = {}
        self._size = size

    def count(self, body: str) -> int:
        total = 0
        cache = self._cache
        fresh: dict[str, int] = {}
        for paragraph in _COMMENT.sub(" ", body).split("\n\n"):
            words = cache.get(paragraph)
            if words is None:
                words = fresh[paragraph] = count_words(paragraph)
            total += words
        if fresh:
            if len(cache) + len(fresh) > self._size:
                cache.clear()
            cache.update(fresh)
        return total


def text_stats(text: str, counter: WordCounter | None = None) -> TextStats:
    """Stats of an article's full text (front matter excluded)."""
    body = body_of(text)
    words = counter.count(body) if counter is not None else count_words(body)
    characters = len(body) - body.count("\n") - body.count("\r")
    return TextStats(words=words, characters=characters, reading_minutes=reading_minutes(words))
