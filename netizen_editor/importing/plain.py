"""Plain text (``.txt``, and the text of a PDF) → paragraphs, headings and lists: a PDF's as
HTML, which goes the way every document goes, a ``.txt``'s straight as the Markdown that HTML
would become (importing.plain_markdown). Lines wrapped by hand are joined; a short first line alone
is the title, under the release's label (``SIARAN PERS``) and a letter's head (``Nomor``,
``Lampiran``, ``Perihal``, ``Kepada Yth.``: its lines kept apart) when it has them; lines that
start with a bullet (``-``, ``*``, ``•``, ``1.``) are list items, also right under a
paragraph's line; a contact block's lines (``Narahubung:``) stay apart, as an about block's
label does, and an end mark (``###``) on its line is a paragraph of its own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from netizen_editor.i18n import tr
from netizen_editor.importing.boilerplate import is_end_mark, label_kind
from netizen_editor.importing.cancel import checkpoint
from netizen_editor.importing.front_matter import is_kicker, is_label, is_reference
from netizen_editor.importing.letter import MAX_LINES as MAX_LETTER_LINES
from netizen_editor.importing.letter import head_lines
from netizen_editor.importing.plain_markdown import Block, blocks_markdown
from netizen_editor.importing.result import Converted
from netizen_editor.importing.safety import MAX_PLAIN_TEXT, DocumentError, too_long
from netizen_editor.importing.sender import letterhead_length

_BULLET = re.compile(r"^\s*(?:[-*•●▪◦‣]|\d{1,3}[.)])\s+")
_ORDERED = re.compile(r"^\s*\d{1,3}[.)]\s+")
_BLANK = re.compile(r"\n[ \t]*\n")
_STATEMENT = re.compile(r"[^\W\d_]{4,}\.$")
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
    """HTML for plain ``text`` (its :func:`text_blocks`)."""
    return "".join(block.html() for block in text_blocks(text, title_first))


def text_blocks(text: str, title_first: bool = True) -> list[Block]:
    """The paragraphs, headline and lists of plain ``text``: blank lines separate paragraphs;
    a release's label above the headline (``SIARAN PERS``) and its reference number
    (``Nomor: 215/HM/2026``) are each a paragraph of its own, and so is each paragraph's part
    of a letter's head and the sender's name and address the text starts with (its lines
    apart, as soft line breaks), which the title leaves out."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    out: list[Block] = []
    heading = title_first  # until the first text that is not a kicker
    blocks = list(_blocks(text))
    for index, lines in enumerate(blocks):
        named = 0
        if heading and not index:  # the sender's name and address: its lines apart
            named = letterhead_length(lines, is_label, blocks[1][0] if len(blocks) > 1 else "")
        if named > 1 or 0 < named < len(lines):
            out.append(Block("p", [line.strip() for line in lines[:named]]))
            lines = lines[named:]
        while heading and lines:
            letter = head_lines(blocks[index : index + MAX_LETTER_LINES])
            if letter:  # each paragraph's lines of the letter's head kept apart
                lines = _letter_head(blocks, index, letter, out)
            elif is_kicker(lines[0]) or is_reference(lines[0]):
                out.append(Block("p", [lines.pop(0).strip()]))
            else:
                break
        if not lines:
            continue
        line = lines[0].strip()
        if heading and len(lines) == 1 and _headline(line):
            out.append(Block("h1", [line]))
        elif len(lines) == 1 and is_end_mark(line):
            out.append(Block("p", [line]))  # never a list item (``- SELESAI -``)
        elif len(lines) > 1 and label_kind(line):
            out.extend(_labelled(lines, label_kind(line)))
        else:
            out.extend(_block(lines))
        heading = False
    return out


def _letter_head(
    blocks: list[list[str]], index: int, taken: list[int], out: list[Block]
) -> list[str]:
    """Write the letter's head that ``blocks`` start with at ``index`` (``taken`` lines of
    each, :func:`letter.head_lines`), each block's part one paragraph of lines (which the title
    makes one review comment), and leave each block what follows it; the block at ``index``'s
    lines left."""
    for number, count in enumerate(taken):
        lines = blocks[index + number]
        out.append(Block("p", [line.strip() for line in lines[:count]]))
        blocks[index + number] = lines[count:]
    return blocks[index]


def _headline(line: str) -> bool:
    """Whether a release's first line may be its headline: short, no list item, and not a
    sentence (a headline ends with no full stop after a word: ``Indonesia.``)."""
    return len(line) <= TITLE_WIDTH and not _BULLET.match(line) and not _STATEMENT.search(line)


def _blocks(text: str) -> Iterator[list[str]]:
    """The lines of each block (blank lines apart); an end mark (``###``, ``-selesai-``) is a
    block of its own, as the line it stands on in a release."""
    for block in _BLANK.split(text):
        lines: list[str] = []
        for line in (line.rstrip() for line in block.split("\n") if line.strip()):
            if is_end_mark(line):
                yield from (lines, [line]) if lines else ([line],)
                lines = []
            else:
                lines.append(line)
        if lines:
            yield lines


def _block(lines: list[str]) -> list[Block]:
    """A block's paragraphs and lists: bullet lines are list items (a line indented under one,
    or going on in lower case, continues it) when the block is a list, has two of them, or one
    after a line ending in a colon; else a line starting with a dash was wrapped by hand."""
    bullets = [index for index, line in enumerate(lines) if _BULLET.match(line)]
    if not (
        len(bullets) == len(lines)
        or len(bullets) > 1
        or any(index == 0 or lines[index - 1].endswith(":") for index in bullets)
    ):
        return _paragraph([line.strip() for line in lines])
    out: list[Block] = []
    text: list[str] = []  # the paragraph's lines so far
    items: list[list[str]] = []  # the list's items so far: each its bullet line, then its text
    indent = 0
    for line in lines:
        stripped = line.strip()
        if _BULLET.match(line):
            out.extend(_paragraph(text))
            text = []
            items.append([line, _BULLET.sub("", line).strip()])
            indent = len(line) - len(line.lstrip())
        elif items and (len(line) - len(line.lstrip()) > indent or stripped[:1].islower()):
            items[-1].append(stripped)
        else:
            out.extend(_list(items))
            items = []
            text.append(stripped)
    return out + _paragraph(text) + _list(items)


def _labelled(lines: list[str], kind: str) -> list[Block]:
    """A contact block's lines each a paragraph (``Narahubung:``, a name, a phone number), or
    an about block's label apart from the text under it: what a document's paragraphs are."""
    if kind == "contact":
        return [Block("p", [line.strip()]) for line in lines]
    return [Block("p", [lines[0].strip()]), *_block(lines[1:])]


def _list(items: list[list[str]]) -> list[Block]:
    if not items:
        return []
    kind = "ol" if all(_ORDERED.match(item[0]) for item in items) else "ul"
    return [Block(kind, [join_lines(item[1:]) for item in items])]


def _paragraph(lines: list[str]) -> list[Block]:
    if not lines:
        return []
    if len(lines) > 1 and max(len(line) for line in lines) > WRAP_WIDTH * 1.3:
        return [Block("p", [line]) for line in lines]  # one paragraph a line
    return [Block("p", [join_lines(lines)])]


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph joined; a word broken by a hyphen at a line's end is joined
    (built as a list: adding each line to the text so far copied it once a line)."""
    parts: list[str] = []
    for line in lines:
        last = parts[-1] if parts else ""
        if not last and len(parts) <= 1:  # no text yet
            parts = [line]
        elif last.endswith("-") and line[:1].islower() and not _joined_dash(parts):
            parts[-1] = last[:-1] + line
        else:
            parts.append(line)
    return " ".join(parts)


def _joined_dash(parts: list[str]) -> bool:
    """Whether the text so far ends in `` -`` (a dash, not a broken word)."""
    last = parts[-1]
    return last.endswith(" -") or (last == "-" and len(parts) > 1)


def convert_text(data: bytes, path: Path) -> Converted:
    if len(data) > MAX_PLAIN_TEXT:
        raise too_long(path, len(data), MAX_PLAIN_TEXT, tr("text"))
    text = decode_text(data, path)
    blocks = text_blocks(text)
    checkpoint()
    markdown = blocks_markdown(blocks)  # no HTML to parse: see plain_markdown
    plain = "\n\n".join(p.strip() for p in _BLANK.split(text) if p.strip())
    return Converted(markdown, plain + "\n" if plain else "")
