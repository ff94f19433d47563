"""Counts a journalist glances at: words, characters and reading time of an article's body."""

from __future__ import annotations

import math
from dataclasses import dataclass

from netizen_editor.grammar.scan import ArticleScan, scan_article

WORDS_PER_MINUTE = 200


@dataclass(frozen=True)
class TextStats:
    words: int
    characters: int  # characters of the body, line breaks not counted
    reading_minutes: int  # at WORDS_PER_MINUTE, rounded up; 0 for an empty body


def reading_minutes(words: int, per_minute: int = WORDS_PER_MINUTE) -> int:
    return math.ceil(words / per_minute) if words > 0 else 0


def text_stats(text: str, scan: ArticleScan | None = None) -> TextStats:
    """Stats of an article's full text (front matter excluded); ``scan`` is the text's scan
    when the caller has it (its blocks keep their word counts from revision to revision)."""
    if scan is None or scan.text != text:
        scan = scan_article(text)
    body = scan.body
    words = scan.words
    characters = len(body) - body.count("\n") - body.count("\r")
    return TextStats(words=words, characters=characters, reading_minutes=reading_minutes(words))
