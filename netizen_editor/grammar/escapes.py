"""Backslash escapes as Python-Markdown reads them: ``\\_`` is a literal ``_`` on the page.

Python-Markdown pairs each backslash with the character after it, left to right (``\\\\_`` is
a literal backslash, then a ``_`` that is markup); the pair is an escape when that character
is one of ``ESCAPABLE`` (the backslash is dropped), else both stay text (``C:\\Users``). Inside
an inline code span a backslash is literal. Review marks have no escapes (the renderer reads
``\\{++x++}`` as a mark).

The readers of inline constructs (links, emphasis, code spans) run their patterns on the
``mask``ed line: every escaped character is replaced by a stand-in no pattern matches, at the
same position, so the spans they find are the original line's. ``unmask`` gives the text back
as the page shows it. The stand-ins are Unicode noncharacters (U+FDD0…), which no text holds.
"""

from __future__ import annotations

import re

#: what a backslash escapes: Python-Markdown's ``ESCAPED_CHARS`` with the tables extension's
#: ``|`` (a test keeps it equal to the renderer's)
ESCAPABLE = "\\`*_{}[]()>#+-.!|"
#: what a code span's text holds that an inline pattern reads as markup
_CODE_MARKUP = "`*_[]()<>~!{}\\&"

_ESCAPE = re.compile(r"\\(.)")  # the pairs, left to right (``.``: not a line's end)
_ESCAPED_BASE = 0xFDD0
_CODE_BASE = _ESCAPED_BASE + len(ESCAPABLE)  # 17 + 15: within the 32 noncharacters
_ESCAPED_IN = {char: chr(_ESCAPED_BASE + i) for i, char in enumerate(ESCAPABLE)}
_CODE_IN = str.maketrans({char: chr(_CODE_BASE + i) for i, char in enumerate(_CODE_MARKUP)})
_ESCAPED_OUT = {chr(_ESCAPED_BASE + i): char for i, char in enumerate(ESCAPABLE)}
_CODE_OUT = str.maketrans({chr(_CODE_BASE + i): char for i, char in enumerate(_CODE_MARKUP)})
_MASKED_ESCAPE = re.compile(f"\\\\([{chr(_ESCAPED_BASE)}-{chr(_CODE_BASE - 1)}])")


def escapes(line: str, code: list[tuple[int, int]]) -> list[int]:
    """Where the escaping backslashes of ``line`` are (each escapes the character after it),
    outside its inline code spans ``code`` ((start, end), in order)."""
    found = []
    spans = iter(code)
    span = next(spans, None)
    for m in _ESCAPE.finditer(line):
        at = m.start()
        while span is not None and span[1] <= at:
            span = next(spans, None)
        if span is not None and span[0] <= at:
            continue  # inside code: literal
        if m.group(1) in _ESCAPED_IN:
            found.append(at)
    return found


def escaped_before(line: str, at: int) -> bool:
    """Whether the character at ``at`` follows an odd run of backslashes (is escaped when the
    run is outside code)."""
    start = at
    while start > 0 and line[start - 1] == "\\":
        start -= 1
    return (at - start) % 2 == 1


def mask(line: str, code: list[tuple[int, int]], in_code: bool = False) -> str:
    """``line`` with each escaped character replaced by its stand-in (the backslash stays),
    and, with ``in_code``, the markup characters inside the code spans ``code`` (between
    their backticks) too: every other character keeps its position."""
    if not code:  # one pass of the pattern (a whole body's count)
        return _ESCAPE.sub(_masked_pair, line)
    chars = list(line)
    for at in escapes(line, code):
        chars[at + 1] = _ESCAPED_IN[line[at + 1]]
    if in_code:
        for start, end in code:
            ticks = end - start - len(line[start:end].rstrip("`"))  # the closing run
            inner = slice(start + ticks, end - ticks)
            chars[inner] = line[inner].translate(_CODE_IN)
    return "".join(chars)


def _masked_pair(m: re.Match[str]) -> str:
    stand_in = _ESCAPED_IN.get(m.group(1))
    return m.group() if stand_in is None else "\\" + stand_in


def unmask(text: str) -> str:
    """A ``mask``ed text (or what is left of it) as the page shows it: an escape as the
    character it escapes, without its backslash; a code span's text as typed."""
    text = _MASKED_ESCAPE.sub(_escaped_char, text)
    return text.translate(_CODE_OUT)


def _escaped_char(m: re.Match[str]) -> str:
    return _ESCAPED_OUT[m.group(1)]


#: escaped characters a name is made of: read as themselves where names are looked for
#: (``netizen\.co\.id`` is a domain); the others stay stand-ins (``\[a\](b)`` is no link)
_NAME_CHARS = frozenset(".-_+")


def unescaped(line: str) -> tuple[str, list[int]] | None:
    """``line`` (with no code spans left in it) without its escaping backslashes, an escaped
    ``.``, ``-``, ``_`` or ``+`` as itself and any other escaped character as its stand-in,
    with where each of its characters is in ``line``; None when it has no escape."""
    found = escapes(line, [])
    if not found:
        return None
    chars: list[str] = []
    where: list[int] = []
    last = 0
    for at in found:
        chars.append(line[last:at])
        where.extend(range(last, at))
        char = line[at + 1]
        chars.append(char if char in _NAME_CHARS else _ESCAPED_IN[char])
        where.append(at + 1)
        last = at + 2
    chars.append(line[last:])
    where.extend(range(last, len(line)))
    return "".join(chars), where
