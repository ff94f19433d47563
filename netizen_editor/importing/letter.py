"""The head of an Indonesian official letter that a release sent as one starts with, which the
import keeps for the journalist as a review comment (the sender's filing and the address to
the newsroom, never the story nor its headline)::

    Jakarta, 5 Desember 2026
    Nomor    : 123/HUMAS/XII/2026
    Lampiran : -
    Perihal  : Undangan Peliputan

    Kepada Yth.
    Pemimpin Redaksi
    di Tempat

Its lines come in one paragraph (soft line breaks) or in several, so they are read as one run
of lines across the leading paragraphs: labelled lines (``Nomor``/``Nomor Surat``, with a
number; ``Lampiran``/``Lamp.``, ``Perihal``/``Hal``, ``Sifat``, ``Tanggal``/``Tgl.``, each
with a colon), the address (``Kepada Yth.``, ``Yth.``, ``Kepada:`` and the lines under it to
``di Tempat``, ``di -`` ``Tempat`` or ``di Jakarta``, at most :data:`MAX_ADDRESS_LINES`) and
a line of place and date. A date or a place and date alone is no letter's head.

Every line is looked at only when it is short (:data:`MAX_LINE_CHARS` with its markup), its
blanks made one space first, by patterns anchored at its start with no repeated group, so a
crafted line costs time in proportion to its length at most."""

from __future__ import annotations

import re
from collections.abc import Sequence

from netizen_editor.grammar.inline import CRITIC_DELIMITER
from netizen_editor.importing.boilerplate import plain_line
from netizen_editor.importing.dateline import DATE

#: the longest line of a letter's head, with its markup (a bold label, a link)
MAX_LINE_CHARS = 300
#: the most lines a letter's head has (place and date, five labels, an address)
MAX_LINES = 16
#: the most lines of an address under ``Kepada Yth.``, ``di Tempat`` included
MAX_ADDRESS_LINES = 6
# blanks made one space before these are tried (``Nomor\t\t: 123``)
_LABEL = re.compile(
    r"(?i:(?P<label>nomor(?: surat)?|lampiran|lamp|perihal|hal|sifat|tanggal|tgl))\.? ?: ?"
    r"(?P<value>.*)"
)
_WEAK = ("tanggal", "tgl")  # a letter's date alone is no letter
_TO = re.compile(r"(?i:(?:kepada ?:? ?)?(?:yth\b\.?|yang terhormat\b)|kepada ?:?$)")
_AT = re.compile(r"(?i:di ?[-–—]? ?(?:tempat)?\.?)|(?i:di) [A-Z][\w.-]*(?: [A-Z][\w.-]*)?")
_THERE = re.compile(r"(?i:tempat)\.?")  # under ``di -``
_PLACE_DATE = re.compile(rf"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}, ?{DATE}\.?")
_DATE_LINE = re.compile(rf"(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}, ?)?{DATE}\.?")


def _text(line: str) -> str | None:
    """``line`` as plain text, its blanks one space; None when it is too long to be one."""
    if len(line) > MAX_LINE_CHARS:
        return None
    return " ".join(plain_line(line).split())


def opens_letter_line(line: str) -> bool:
    """Whether ``line`` (text) opens with a letter head's label or address (``Perihal :``,
    ``Kepada Yth.``) with a capital: no paragraph's line goes on into it."""
    text = _text(line) if line[:1].isupper() else None
    return text is not None and (_LABEL.match(text) or _TO.match(text)) is not None


def is_date_line(line: str) -> bool:
    """Whether ``line`` is a place and date or a date alone (``Jakarta, 5 Desember 2026``,
    ``Senin, 7 Desember 2026``): a letter's date, with the letterhead when under it."""
    text = _text(line)
    return text is not None and _DATE_LINE.fullmatch(text) is not None


def head_length(lines: Sequence[str]) -> int:
    """How many of ``lines`` (a text's first, plain or Markdown) are a letter's head; 0 when
    they do not start with one."""
    count = 0
    strong = False  # a label other than a date, or an address
    while count < min(len(lines), MAX_LINES):
        line = _text(lines[count])
        if line is None:
            break
        label = _LABEL.match(line) if line else None
        if not line:
            count += 1  # an empty line inside a paragraph (two soft breaks)
        elif label:
            name = label.group("label").lower()
            if name.startswith("nomor") and not any(c.isdigit() for c in label.group("value")):
                break  # ``Nomor: dua`` is no number
            strong = strong or name not in _WEAK
            count += 1
        elif _TO.match(line):
            count += _address(lines, count)
            strong = True
        elif _PLACE_DATE.fullmatch(line):
            count += 1
        else:
            break
    return count if strong else 0


def _address(lines: Sequence[str], start: int) -> int:
    """How many lines from ``start`` (``Kepada Yth.``) the address takes: to ``di Tempat``
    (and ``Tempat`` under ``di -``); without one, its line, and the next when it names no one."""
    end = min(len(lines), start + MAX_ADDRESS_LINES)
    for index in range(start + 1, end):
        line = _text(lines[index])
        if line is None or _LABEL.match(line):
            break
        if _AT.fullmatch(line):
            there = _text(lines[index + 1]) if index + 1 < len(lines) else None
            return index - start + (2 if there and _THERE.fullmatch(there) else 1)
    opener = _text(lines[start]) or ""
    found = _TO.match(opener)
    named = found is not None and opener[found.end() :].strip(" .:")
    return 1 if named or start + 1 >= len(lines) else 2


def head_lines(blocks: Sequence[Sequence[str]]) -> list[int]:
    """How many lines of each of the leading ``blocks`` (paragraphs, each its lines) are a
    letter's head: every block's all but the last's, which may be part; [] when none."""
    flat: list[str] = []
    sizes: list[int] = []
    for lines in blocks:
        if len(flat) >= MAX_LINES:
            break
        flat.extend(lines[: MAX_LINES - len(flat)])
        sizes.append(len(lines))
    left = head_length(flat)
    taken: list[int] = []
    for size in sizes:
        if left <= 0:
            break
        taken.append(min(size, left))
        left -= size
    return taken


def letter_blocks(blocks: Sequence[str]) -> int:
    """How many of the leading Markdown ``blocks`` are wholly a letter's head (a block with a
    review mark in it is none: marks do not nest in the comment it becomes)."""
    split: list[list[str]] = []
    for block in blocks[:MAX_LINES]:
        if len(block) > MAX_LINES * MAX_LINE_CHARS or CRITIC_DELIMITER.search(block):
            break
        split.append(block.strip("\n").split("\n"))
    whole = 0
    for count, lines in zip(head_lines(split), split, strict=False):
        if count < len(lines):
            break
        whole += 1
    return whole
