"""Where the front matter is: the YAML block between ``---`` lines at the top of an article.

Blank lines and spaces above the opening ``---`` are tolerated (they belong to the raw block,
so the text still round-trips byte for byte). An opening fence without a closing one is not
front matter: the whole text is the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from netizen_editor.grammar.patterns import FRONT_CLOSE, FRONT_KEY, FRONT_OPEN

#: texts not found where a value is written, after which no more are looked for (each miss
#: reads the rest of the value: a hostile value of escapes stays linear)
MAX_MISSES = 8


def fence_start(text: str) -> int:
    """Index where the first line that is not blank starts (after a byte order mark)."""
    pos = 1 if text.startswith("\ufeff") else 0
    while True:
        nl = text.find("\n", pos)
        if nl < 0 or text[pos:nl].strip():
            return pos
        pos = nl + 1


def fence_end(raw: str) -> int:
    """Index just after the opening fence line of a front matter block from
    :func:`split_front_matter` (blank lines above the fence are part of the block)."""
    start = fence_start(raw)
    nl = raw.find("\n", start)
    return len(raw) if nl < 0 else nl + 1


def split_front_matter(text: str) -> tuple[str, str, int]:
    """(raw front matter with its fences and trailing newline, body, body's 1-based line)."""
    start = fence_start(text)
    first_nl = text.find("\n", start)
    first = text[start:] if first_nl < 0 else text[start:first_nl]
    if not FRONT_OPEN.match(first.lstrip("\ufeff")):
        return "", text, 1
    pos = first_nl + 1
    line_no = text.count("\n", 0, start) + 1
    while pos <= len(text) and first_nl >= 0:
        nl = text.find("\n", pos)
        line = text[pos:] if nl < 0 else text[pos:nl]
        line_no += 1
        if FRONT_CLOSE.match(line):
            end = len(text) if nl < 0 else nl + 1
            return text[:end], text[end:], line_no + 1
        if nl < 0:
            break
        pos = nl + 1
    return "", text, 1


def inner(raw: str) -> tuple[str, int]:
    """The YAML between the fences of ``raw`` and the 1-based file line it starts on."""
    opening = fence_end(raw)
    lead = raw.count("\n", 0, opening)  # the opening fence's line and the blank ones above it
    text = raw[opening:]
    pos = 0
    for line in text.splitlines(keepends=True):
        if FRONT_CLOSE.match(line.rstrip("\n")):
            return text[:pos], lead + 1
        pos += len(line)
    return text, lead + 1


def _key_positions(raw: str) -> list[tuple[str, int]]:
    """Every top-level key line of the front matter ``raw``, in order: (key, 1-based line)."""
    yaml_text, first = inner(raw)
    found: list[tuple[str, int]] = []
    for number, line in enumerate(yaml_text.splitlines(), start=first):
        m = FRONT_KEY.match(line)
        if m:
            found.append((m.group(1), number))
    return found


def key_lines(raw: str) -> dict[str, int]:
    """Each top-level key of the front matter ``raw`` and its 1-based file line: the last time
    it is given, whose value YAML reads (the earlier ones are :func:`repeated_keys`)."""
    return dict(_key_positions(raw))


def repeated_keys(raw: str) -> list[tuple[str, int, int]]:
    """Each key written again: (key, the line it was given on before, the line of the value
    that is read), in the order of the later lines."""
    seen: dict[str, int] = {}
    repeats: list[tuple[str, int, int]] = []
    for key, number in _key_positions(raw):
        if key in seen:
            repeats.append((key, seen[key], number))
        seen[key] = number
    return repeats


def key_span(raw: str, key: str) -> tuple[int, int] | None:
    """The 1-based file lines (first, last) the value of front matter ``key`` is written on:
    its key line (the last time it is given, the value YAML reads) and the lines below it up
    to the next key or the closing fence. None when the key is not there."""
    positions = _key_positions(raw)
    found = [index for index, (name, _line) in enumerate(positions) if name == key]
    if not found:
        return None
    index = found[-1]
    first = positions[index][1]
    if index + 1 < len(positions):
        return first, positions[index + 1][1] - 1
    yaml_text, start = inner(raw)
    return first, max(first, start + len(yaml_text.splitlines()) - 1)


def key_line(raw: str, key: str) -> int | None:
    """The 1-based file line of front matter ``key:``, or None when it is not there."""
    return key_lines(raw).get(key)


def scalar(raw: str, key: str) -> str | None:
    """The value of a one-line ``key: value`` of the front matter ``raw`` as written (quotes
    and a trailing comment dropped), read without YAML: for a view that needs it before the
    article is parsed (the spell layer's ``lang``). None when the key is not there."""
    line = key_line(raw, key)
    if line is None:
        return None
    text = raw.splitlines()[line - 1]
    value = text.split(":", 1)[1].strip()
    if value[:1] in ("'", '"'):
        end = value.find(value[0], 1)
        return value[1:end] if end > 0 else value[1:]
    return value.split(" #", 1)[0].strip()


class WrittenValue:
    """Where the text of a front matter value, as YAML read it (quotes, folded and literal
    blocks, a template's ``title: >-`` with the text on the lines below), is written in the
    file: each piece looked for as a whole word, in order, in the lines the key's value is
    written on (:func:`key_span`), from after the last piece found."""

    def __init__(self, span: tuple[int, int], lines: Sequence[str]) -> None:
        first, last = span
        self.key_line = first
        #: (file line, its text), from the key's line; ``lines[n - 1]`` is line ``n``
        self.written = [(n, lines[n - 1]) for n in range(first, min(last, len(lines)) + 1)]
        self._at = 0
        self._pos = self.written[0][1].find(":") + 1 if self.written else 0  # after "key:"
        self._misses = 0

    def find(self, text: str) -> tuple[int, int, int] | None:
        """(file line, start, end) of ``text`` (end: index in that line), the next place it is
        written; None when it is not written as read (a YAML escape such as ``\\u00e9``, a
        phrase a folded block breaks over two lines) or too many were not. A ``'`` read may be
        written ``’``."""
        if self._misses >= MAX_MISSES:
            return None
        pattern = re.compile(r"(?<!\w)" + re.escape(text).replace("'", "['’]") + r"(?!\w)")
        for index in range(self._at, len(self.written)):
            number, line = self.written[index]
            m = pattern.search(line, self._pos if index == self._at else 0)
            if m:
                self._at, self._pos = index, m.end()
                return number, m.start(), m.end()
        self._misses += 1
        return None
