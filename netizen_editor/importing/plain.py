"""Plain text (``.txt``, and the text of a PDF) → paragraphs, headings and lists as HTML, which
goes the way every document goes. Lines wrapped by hand are joined; a short first line alone
is the title; lines that start with a bullet are list items."""

from __future__ import annotations

import html
import re
from pathlib import Path

from netizen_editor.i18n import tr
from netizen_editor.importing.html import convert_html
from netizen_editor.importing.result import Converted
from netizen_editor.importing.safety import MAX_PLAIN_TEXT, DocumentError, Notes, too_long

_BULLET = re.compile(r"^\s*(?:[-*•●▪◦‣]|\d{1,3}[.)])\s+")
_ORDERED = re.compile(r"^\s*\d{1,3}[.)]\s+")
_BLANK = re.compile(r"\n[ \t]*\n")
WRAP_WIDTH = 90  # lines no longer than this, in a paragraph of several, were wrapped by hand
TITLE_WIDTH = 150


def decode_text(data: bytes, path: Path) -> str:
    """The text of a ``.txt``: UTF-8 (with or without BOM, or UTF-16 with a BOM), else the
    encoding the reader guesses; DocumentError for a binary file."""
    from netizen_editor.storage.reading import guess_encoding, looks_binary

    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if looks_binary(data[:8192]):
        raise DocumentError(tr("this is not a text file (it looks like a binary file)"), path=path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        encoding = guess_encoding(data, exc.start) or "cp1252"
        return data.decode(encoding, errors="replace")


def paragraphs_html(text: str, title_first: bool = True) -> str:
    """HTML for plain ``text``: blank lines separate paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    out: list[str] = []
    for index, block in enumerate(_BLANK.split(text)):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        alone = index == 0 and len(lines) == 1 and len(lines[0]) <= TITLE_WIDTH
        if title_first and alone and not _BULLET.match(lines[0]) and not out:
            out.append(f"<h1>{html.escape(lines[0])}</h1>")
            continue
        out.extend(_block(lines))
    return "".join(out)


def _block(lines: list[str]) -> list[str]:
    if all(_BULLET.match(line) for line in lines):
        kind = "ol" if all(_ORDERED.match(line) for line in lines) else "ul"
        items = "".join(f"<li>{html.escape(_BULLET.sub('', line))}</li>" for line in lines)
        return [f"<{kind}>{items}</{kind}>"]
    if len(lines) > 1 and max(len(line) for line in lines) > WRAP_WIDTH * 1.3:
        return [f"<p>{html.escape(line)}</p>" for line in lines]  # one paragraph a line
    return [f"<p>{html.escape(join_lines(lines))}</p>"]


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph joined; a word broken by a hyphen at a line's end is joined."""
    text = ""
    for line in lines:
        if text.endswith("-") and line[:1].islower() and not text.endswith(" -"):
            text = text[:-1] + line
        else:
            text = f"{text} {line}" if text else line
    return text


def convert_text(data: bytes, path: Path) -> Converted:
    if len(data) > MAX_PLAIN_TEXT:
        raise too_long(path, len(data), MAX_PLAIN_TEXT)
    notes = Notes()
    text = decode_text(data, path)
    markdown = convert_html(paragraphs_html(text), notes, None)
    plain = "\n\n".join(p.strip() for p in _BLANK.split(text) if p.strip())
    return Converted(markdown, plain + "\n" if plain else "", "", "", notes.items)
