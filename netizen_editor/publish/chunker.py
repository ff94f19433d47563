"""Split a Markdown body into independent top-level chunks, each with its source line.

A chunk is a run of lines that Python-Markdown parses the same way alone as inside the whole
document: blank lines separate chunks, except where the next block continues the previous one
(indented continuation, another item of the same list or quote, a definition, an open fence,
an open HTML block). ATX headings and marker lines (``[[ad]]``, ``<!--more-->``) always stand
alone. Both the full renderer (one conversion, chunks marked by line) and the incremental
preview renderer (one conversion per changed chunk) are built on this split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE_OPEN = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r"^[ ]{0,3}([*+-]|\d+[.)])[ \t]+")
_QUOTE = re.compile(r"^[ ]{0,3}>")
_DEFINITION = re.compile(r"^[ ]{0,3}:[ \t]+")
_ATX = re.compile(r"^[ ]{0,3}#{1,6}(?:[ \t]|$)")
_MARKER = re.compile(r"^[ ]{0,3}(?:\[\[(?:ad(?::[\w-]+)?|more)\]\]|<!--\s*more\s*-->)[ \t]*$")
_HTML_OPEN = re.compile(r"^<([a-zA-Z][a-zA-Z0-9]*)\b")
_DEF_LINE = re.compile(r"^[ ]{0,3}(?:\[[^\]]+\]:|\*\[[^\]]+\]:)")

BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "del", "details", "dialog", "div", "dl",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "iframe", "ins", "main", "math", "menu", "nav", "noscript", "ol",
        "p", "pre", "section", "table", "ul", "video", "audio", "canvas", "script", "style",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Chunk:
    line: int  # 1-based line in the file where the chunk starts
    text: str

    @property
    def is_definition(self) -> bool:
        return bool(_DEF_LINE.match(self.text))


def split_chunks(body: str, first_line: int = 1) -> list[Chunk]:
    """Split ``body`` (whose first line is line ``first_line`` of the file) into chunks."""
    lines = body.split("\n")
    chunks: list[Chunk] = []
    current: list[str] = []
    start = 0
    kind = ""  # "list", "quote" or "" for the chunk being built
    i = 0
    n = len(lines)

    def flush() -> None:
        nonlocal current
        if current:
            chunks.append(Chunk(first_line + start, "\n".join(current)))
            current = []

    while i < n:
        line = lines[i].rstrip("\r")
        if not line.strip():
            # look ahead: does the next non-blank line continue this chunk?
            j = i + 1
            while j < n and not lines[j].strip():
                j += 1
            following = lines[j + 1] if j + 1 < n else ""
            if current and j < n and _continues(lines[j], kind, following):
                current.extend([""] * (j - i))
                i = j
                continue
            flush()
            kind = ""
            i = j
            continue
        if _MARKER.match(line) or (_ATX.match(line) and kind == ""):
            flush()
            chunks.append(Chunk(first_line + i, line))
            i += 1
            continue
        if not current:
            start = i
            kind = "list" if _LIST_ITEM.match(line) else "quote" if _QUOTE.match(line) else ""
        if kind == "" and _DEFINITION.match(line):
            kind = "deflist"
        fence = _FENCE_OPEN.match(line)
        if fence:
            end = _fence_end(lines, i, fence.group(1))
            current.extend(x.rstrip("\r") for x in lines[i:end])
            i = end
            continue
        html = _HTML_OPEN.match(line) if not current or kind == "" else None
        if html and html.group(1).lower() in BLOCK_TAGS and not current:
            end = _html_end(lines, i, html.group(1).lower())
            current.extend(x.rstrip("\r") for x in lines[i:end])
            i = end
            continue
        if line.lstrip().startswith("<!--") and "-->" not in line and not current:
            end = i + 1
            while end < n and "-->" not in lines[end - 1]:
                end += 1
            current.extend(x.rstrip("\r") for x in lines[i:end])
            i = end
            continue
        current.append(line)
        i += 1
    flush()
    return chunks


def _continues(line: str, kind: str, following: str) -> bool:
    if line.startswith(("    ", "\t")) or _DEFINITION.match(line):
        return True
    if kind == "deflist":  # another term of the same definition list
        return bool(_DEFINITION.match(following))
    if kind == "list":
        return bool(_LIST_ITEM.match(line))
    if kind == "quote":
        return bool(_QUOTE.match(line))
    return False


def _fence_end(lines: list[str], i: int, fence: str) -> int:
    """Index after the closing fence (or the end of the text)."""
    closing = re.compile(rf"^[ ]{{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*\r?$")
    j = i + 1
    while j < len(lines):
        if closing.match(lines[j]):
            return j + 1
        j += 1
    return j


def _html_end(lines: list[str], i: int, tag: str) -> int:
    opener = re.compile(rf"<{tag}\b", re.IGNORECASE)
    closer = re.compile(rf"</{tag}\s*>", re.IGNORECASE)
    depth = 0
    j = i
    while j < len(lines):
        text = lines[j]
        depth += len(opener.findall(text)) - len(closer.findall(text))
        j += 1
        if depth <= 0 or text.rstrip().endswith("/>"):
            break
    # the raw block runs on to the next blank line
    while j < len(lines) and lines[j].strip():
        j += 1
    return j


def definitions(chunks: list[Chunk]) -> str:
    """The reference, footnote and abbreviation definitions, to give to every chunk."""
    return "\n\n".join(c.text for c in chunks if c.is_definition)
