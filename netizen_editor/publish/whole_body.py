"""The passes over the whole body after its chunks are converted one by one: what the
one-pass conversion would have numbered through the document (repeated heading ids, footnote
references and their ways back)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from markdown.extensions.toc import unique

_ANY_HEADING_ID = re.compile(r'(<h[1-6]\b[^>]*?\bid=")([^"]*)(")')  # toc adds ids last
_NUMBERED = re.compile(r"_\d+$")
_FOOTNOTE_REF = re.compile(r'<sup id="fnref\d*:([^"]+)">')
_FOOTNOTE_BACKREF = re.compile(r'<a class="footnote-backref" href="#fnref:([^"]+)"[^>]*>[^<]*</a>')
_LATER_BACKREF = re.compile(r'<a class="footnote-backref" href="#fnref\d+:[^"]+"[^>]*>[^<]*</a>')


@dataclass(frozen=True, slots=True)
class ChunkHtml:
    line: int
    html: str


def unique_heading_ids(chunks: list[ChunkHtml]) -> None:
    """Chunks are converted one by one, so repeated headings get their ``_1``, ``_2`` suffixes
    here, as the one-pass conversion gives them (a chunk may hold several headings: the ones
    its own conversion numbered are read back as the id they wanted)."""
    used: set[str] = set()
    last: dict[str, str] = {}  # the id last given for a wanted one: its chain is used up to it

    def renumber(m: re.Match[str], seen: set[str]) -> str:
        got = m.group(2)
        base = _NUMBERED.sub("", got)
        wanted = base if base != got and base in seen else got
        seen.add(wanted)
        given = unique(last.get(wanted, wanted), used)  # same ids, without the n² walk
        last[wanted] = given
        return f"{m.group(1)}{given}{m.group(3)}"

    for index, item in enumerate(chunks):
        if "<h" not in item.html:
            continue
        seen: set[str] = set()
        html = _ANY_HEADING_ID.sub(functools.partial(renumber, seen=seen), item.html)
        if html != item.html:
            chunks[index] = ChunkHtml(item.line, html)


def number_footnote_refs(chunks: list[ChunkHtml]) -> None:
    """Chunks are converted one by one, so each one calls its first reference to a footnote
    ``fnref:x``. Number them through the document (``fnref2:x``, ``fnref3:x``...) and give the
    footnote one way back per reference, as the one-pass conversion does."""
    seen: dict[str, int] = {}

    def number(m: re.Match[str]) -> str:
        label = m.group(1)
        seen[label] = count = seen.get(label, 0) + 1
        return f'<sup id="fnref{count if count > 1 else ""}:{label}">'

    for index, item in enumerate(chunks):
        if 'id="fnref' in item.html:
            html = _FOOTNOTE_REF.sub(number, item.html)
            if html != item.html:
                chunks[index] = ChunkHtml(item.line, html)
    if not chunks or chunks[-1].line != 0 or all(n < 2 for n in seen.values()):
        return

    def backrefs(m: re.Match[str]) -> str:
        first, label = m.group(0), m.group(1)
        plain = f'href="#fnref:{label}"'
        return first + "".join(
            first.replace(plain, f'href="#fnref{n}:{label}"', 1)
            for n in range(2, seen.get(label, 1) + 1)
        )

    footer = _LATER_BACKREF.sub("", chunks[-1].html)  # its own count of the later ones
    chunks[-1] = ChunkHtml(0, _FOOTNOTE_BACKREF.sub(backrefs, footer))
