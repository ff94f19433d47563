"""Inline Markdown inside a block: what is prose and what is not."""

from __future__ import annotations

import re

# A word: letters or digits, joined by inner apostrophes, hyphens, dots or commas
# ("Kim's", "kerja-sama", "13.9.2023", "1,5"). Markdown markup around it is not a word.
_WORD = re.compile(r"\w+(?:['’\-.,/]\w+)*", re.UNICODE)
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
_LINK_TARGET = re.compile(r"(!?\[[^\[\]\n]*\])\([^()\[\]\n]*\)")  # linear: no "[" inside
# Linear on any line: a link or a tag may not contain the start of another
_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\([^)\[\]\n]*\)")
_TAG = re.compile(r"<[^<>\n]+>")
_MARKS = re.compile(r"(\*\*|__|\*|_|`|~~)")
_MARKUP = re.compile(r"[\[<*_`~]")  # a character any of the three above starts with
_TICKS = re.compile(r"`+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


def plain_text(text: str) -> str:
    """``text`` without Markdown marks or HTML tags: a link reads as its text, an image as
    nothing (a heading's title as the outline shows it, a paragraph's words for the checks)."""
    if not _MARKUP.search(text):
        return text.strip()
    text = _LINK.sub(lambda m: "" if m.group(0).startswith("!") else m.group(1), text)
    return _MARKS.sub("", _TAG.sub(" ", text)).strip()


def sentence_lengths(plain: str) -> list[int]:
    """Words in each sentence of the plain text ``plain``."""
    if "." not in plain and "!" not in plain and "?" not in plain:
        count = len(plain.split())
        return [count] if count else []
    return [len(s.split()) for s in _SENTENCE_END.split(plain) if s.strip()]


def count_words(text: str) -> int:
    """The words a reader reads in ``text``: HTML comments and link targets are not words."""
    visible = _LINK_TARGET.sub(r"\1", _COMMENT.sub(" ", text))
    return sum(1 for _ in _WORD.finditer(visible))


def code_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of the inline code spans of ``line``: a run of backticks up to the next run
    of the same length (as Python-Markdown reads them), in one pass over the runs."""
    if "`" not in line:
        return []
    runs = [m.span() for m in _TICKS.finditer(line)]
    partner: list[int | None] = [None] * len(runs)
    nearest: dict[int, int] = {}  # run length -> index of the nearest such run to the right
    for index in range(len(runs) - 1, -1, -1):
        size = runs[index][1] - runs[index][0]
        partner[index] = nearest.get(size)
        nearest[size] = index
    spans = []
    index = 0
    while index < len(runs):
        closing = partner[index]
        if closing is None:
            index += 1
            continue
        spans.append((runs[index][0], runs[closing][1]))
        index = closing + 1
    return spans


def blank_code(line: str) -> str:
    """``line`` with its inline code spans replaced by spaces."""
    spans = code_spans(line)
    if not spans:
        return line
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts += (line[last:start], " " * (end - start))
        last = end
    parts.append(line[last:])
    return "".join(parts)


def comment_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of the HTML comments of ``line``: each ``<!--`` to the next ``-->``, in
    one pass (a pattern with ``.*?`` rescans the rest of the line from every unclosed one)."""
    spans = []
    start = line.find("<!--")
    while start >= 0:
        end = line.find("-->", start + 4)
        if end < 0:
            break
        spans.append((start, end + 3))
        start = line.find("<!--", end + 3)
    return spans
