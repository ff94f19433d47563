"""Pure text operations behind the editor's formatting actions (no Qt).

Every operation takes the text and a selection (Python string indices, ``start <= end``) and
returns an :class:`Edit`: replace ``text[start:end]`` with ``replacement`` and then select
``sel_start:sel_end`` in the new text. Edits are kept small (the changed span only) so the
editor can apply them as one undo step without disturbing the rest of the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from netizen_editor.grammar.frontmatter import split_front_matter
from netizen_editor.grammar.inline import only_comments
from netizen_editor.grammar.patterns import ATX, INLINE_LINK, LIST_ITEM_PARTS, QUOTE_MARKS, URL

INDENT = "    "  # one list nesting level: Python-Markdown wants four spaces

_WORD = re.compile(r"\w+", re.UNICODE)
_QUOTE = re.compile(r"^([ ]{0,3})>[ ]?")  # one level of quote, what the quote action adds
_BULLET = re.compile(r"^([ \t]*)[-*+][ \t]+")


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``; then select ``sel_start:sel_end``."""

    start: int
    end: int
    replacement: str
    sel_start: int
    sel_end: int

    def apply(self, text: str) -> str:
        return text[: self.start] + self.replacement + text[self.end :]


# -- helpers ----------------------------------------------------------------------------------
def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _lines_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start of the first and end of the last line touched by ``start:end``."""
    first, _ = _line_bounds(text, start)
    # a selection that ends at the start of a line does not include that line
    last_pos = end - 1 if end > start and text[end - 1 : end] == "\n" else end
    _, last = _line_bounds(text, max(last_pos, start))
    return first, last


def word_at(text: str, pos: int) -> tuple[int, int]:
    """The word around ``pos`` as (start, end); (pos, pos) when there is none."""
    line_start, line_end = _line_bounds(text, pos)
    for m in _WORD.finditer(text, line_start, line_end):
        if m.start() <= pos <= m.end():
            return m.start(), m.end()
    return pos, pos


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _target(text: str, start: int, end: int) -> tuple[int, int]:
    if start == end:
        return word_at(text, start)
    return _trim(text, start, end)


def _run(text: str, pos: int, step: int, char: str, limit: int = 3) -> int:
    """How many ``char`` in a row from ``pos`` going ``step`` (-1 left, +1 right), up to limit."""
    count = 0
    i = pos - 1 if step < 0 else pos
    while 0 <= i < len(text) and text[i] == char and count < limit:
        count += 1
        i += step
    return count


# -- inline emphasis --------------------------------------------------------------------------
def toggle_emphasis(text: str, start: int, end: int, marker: str) -> Edit:
    """Wrap the selection (or the word at the cursor) in ``**`` / ``*``, or unwrap it."""
    if marker not in ("*", "**"):
        raise ValueError(f"unknown emphasis marker {marker!r}")
    size = len(marker)
    s, e = _target(text, start, end)
    # markers inside the selection: "**word**" selected as a whole
    inner_l, inner_r = _run(text, s, 1, "*"), _run(text, e, -1, "*")
    if e - s > 2 * size and _active(min(inner_l, inner_r), size):
        body = text[s + size : e - size]
        return Edit(s, e, body, s, s + len(body))
    # markers around the selection: the cursor inside "**word**"
    outer_l, outer_r = _run(text, s, -1, "*"), _run(text, e, 1, "*")
    if _active(min(outer_l, outer_r), size):
        body = text[s:e]
        return Edit(s - size, e + size, body, s - size, s - size + len(body))
    body = text[s:e]
    if s == e:  # nothing to wrap: put the cursor between the markers
        return Edit(s, e, marker + marker, s + size, s + size)
    return Edit(s, e, marker + body + marker, s + size, s + size + len(body))


def _active(run: int, size: int) -> bool:
    """Whether ``run`` asterisks on both sides mean bold (size 2) or italic (size 1)."""
    if size == 2:
        return run >= 2
    return run in (1, 3)


# -- links and images -------------------------------------------------------------------------
def toggle_link(text: str, start: int, end: int, url_placeholder: str = "https://") -> Edit:
    """``[text](https://)`` with the URL selected; a link around the cursor is unwrapped."""
    line_start, line_end = _line_bounds(text, start)
    if end <= line_end:
        for m in INLINE_LINK.finditer(text, line_start, line_end):
            image = bool(m.group("bang"))
            if not image and m.start() <= start and end <= m.end() and start < m.end():
                label = m.group("text")
                return Edit(m.start(), m.end(), label, m.start(), m.start() + len(label))
    s, e = _target(text, start, end)
    if start != end and not text[s:e].strip():
        s, e = start, end
    selected = text[s:e]
    if URL.fullmatch(selected):
        replacement = f"[]({selected})"
        return Edit(s, e, replacement, s + 1, s + 1)
    replacement = f"[{selected}]({url_placeholder})"
    if not selected:  # nothing to link yet: type the text first, Tab goes on to the address
        return Edit(s, e, replacement, s + 1, s + 1)
    url_start = s + len(selected) + 3
    return Edit(s, e, replacement, url_start, url_start + len(url_placeholder))


def insert_image(
    text: str,
    start: int,
    end: int,
    path_placeholder: str = "image.jpg",
    caption_placeholder: str = "Caption (Foto: credit)",
) -> Edit:
    """``![alt](path "caption")`` with the path selected; the selection becomes the alt text."""
    alt = text[start:end].strip().replace("\n", " ")
    replacement = f'![{alt}]({path_placeholder} "{caption_placeholder}")'
    path_start = start + len(alt) + 4
    return Edit(start, end, replacement, path_start, path_start + len(path_placeholder))


def image_link(path: str, alt: str = "") -> str:
    """Markdown for an image at a relative ``path``; awkward characters are %-encoded."""
    from urllib.parse import quote

    safe = "/-_.~!$&'*+,;=:@"
    return f"![{alt}]({quote(path, safe=safe)})"


# -- whole lines ------------------------------------------------------------------------------
def _map_lines(text: str, start: int, end: int, change) -> Edit:
    first, last = _lines_bounds(text, start, end)
    lines = text[first:last].split("\n")
    new_lines = change(lines)
    replacement = "\n".join(new_lines)
    if len(lines) == 1:
        # keep the cursor (or selection) on the same characters of the line
        old_prefix, new_prefix = _prefix_len(lines[0]), _prefix_len(new_lines[0])
        shift = len(new_lines[0]) - len(lines[0])

        def move(pos: int) -> int:
            col = pos - first
            new_col = new_prefix if col < old_prefix else col + shift
            return first + max(0, min(new_col, len(new_lines[0])))

        return Edit(first, last, replacement, move(start), move(end))
    return Edit(first, last, replacement, first, first + len(replacement))


def _prefix_len(line: str) -> int:
    level, end = _heading(line)
    if level:
        return end
    m = _QUOTE.match(line) or LIST_ITEM_PARTS.match(line)
    return m.end() if m else 0


def _heading(line: str) -> tuple[int, int]:
    """(level, where its title starts) of a heading line as the page reads it (the grammar's
    ATX: ``#judul`` is a heading too); (0, 0) for any other line."""
    m = ATX.match(line)
    if m is None:
        return 0, 0
    end = m.end("hashes")
    while line[end : end + 1] in (" ", "\t"):
        end += 1
    return len(m.group("hashes")), end


def cycle_heading(text: str, start: int, end: int) -> Edit:
    """No heading → ``## `` → ``### `` → no heading (``# `` becomes ``## ``)."""

    def change(lines: list[str]) -> list[str]:
        level = _heading(lines[0])[0]
        new_level = {0: 2, 1: 2, 2: 3}.get(level, 0)
        prefix = "#" * new_level + " " if new_level else ""
        return [prefix + line[_heading(line)[1] :] if line.strip() else line for line in lines]

    first, last = _lines_bounds(text, start, end)
    if not text[first:last].strip():  # an empty line: start a heading there
        return Edit(first, last, "## ", first + 3, first + 3)
    return _map_lines(text, start, end, change)


def toggle_quote(text: str, start: int, end: int) -> Edit:
    """Add ``> `` to the touched lines, or remove it when every non-blank line has it."""

    def change(lines: list[str]) -> list[str]:
        filled = [line for line in lines if line.strip()]
        if filled and all(_QUOTE.match(line) for line in filled):
            return [_QUOTE.sub(r"\1", line, count=1) for line in lines]
        if len(lines) == 1:
            return ["> " + lines[0]]
        return ["> " + line if line.strip() else ">" for line in lines]

    return _map_lines(text, start, end, change)


def toggle_list(text: str, start: int, end: int) -> Edit:
    """Add ``- `` to the touched lines, or remove it when every non-blank line is a bullet."""

    def change(lines: list[str]) -> list[str]:
        filled = [line for line in lines if line.strip()]
        if filled and all(_BULLET.match(line) for line in filled):
            return [_BULLET.sub(r"\1", line, count=1) for line in lines]
        out = []
        for line in lines:
            if not line.strip() and len(lines) > 1:
                out.append(line)
                continue
            m = LIST_ITEM_PARTS.match(line)
            if m:  # a numbered item becomes a bullet
                out.append(m.group("indent") + "- " + line[m.end("space") :])
            else:
                indent = line[: len(line) - len(line.lstrip(" \t"))]
                out.append(indent + "- " + line[len(indent) :])
        return out

    return _map_lines(text, start, end, change)


def indent_lines(text: str, start: int, end: int, outdent: bool = False) -> Edit:
    """Indent (or outdent) the touched lines by one list level."""

    def change(lines: list[str]) -> list[str]:
        if not outdent:
            return [INDENT + line if line.strip() else line for line in lines]
        out = []
        for line in lines:
            if line.startswith("\t"):
                out.append(line[1:])
            else:
                spaces = len(line) - len(line.lstrip(" "))
                out.append(line[min(spaces, len(INDENT)) :])
        return out

    return _map_lines(text, start, end, change)


def is_list_item(line: str) -> bool:
    return bool(LIST_ITEM_PARTS.match(line))


# -- paragraphs of their own ------------------------------------------------------------------
def insert_paragraph(
    text: str, pos: int, block: str, select: tuple[int, int] | None = None, above: bool = False
) -> Edit:
    """Insert ``block`` as its own paragraph at the cursor's line, with blank lines around.

    ``select`` is a (start, end) range inside ``block`` to select afterwards; by default the
    cursor goes after the inserted paragraph. With ``above``, at the start of a line that is
    not blank the block goes above that line (the body's start), else below it.
    """
    line_start, line_end = _line_bounds(text, pos)
    if above and pos == line_start and text[line_start:line_end].strip():
        block += "\n"  # the blank line between the block and the line it goes above
        a = b = line_start
    elif text[line_start:line_end].strip():
        a = b = line_end
    else:
        a, b = line_start, line_end
    before, after = text[:a], text[b:]
    if not before or before.endswith("\n\n"):
        lead = ""
    elif before.endswith("\n"):
        lead = "\n"
    else:
        lead = "\n\n"
    if not after:
        tail = "\n"
    elif after == "\n" or after.startswith("\n\n"):
        tail = ""
    else:
        tail = "\n"
    replacement = lead + block + tail
    if select is not None:
        s = a + len(lead) + select[0]
        return Edit(a, b, replacement, s, a + len(lead) + select[1])
    # the character after the block is always a newline: put the cursor on the next line
    cursor = a + len(lead) + len(block) + 1
    return Edit(a, b, replacement, cursor, cursor)


def insert_ad(text: str, pos: int, name: str = "", above: bool = False) -> Edit:
    return insert_paragraph(text, pos, f"[[ad:{name}]]" if name else "[[ad]]", above=above)


def insert_jump_break(text: str, pos: int, above: bool = False) -> Edit:
    return insert_paragraph(text, pos, "<!--more-->", above=above)


def insert_baca_juga(
    text: str,
    pos: int,
    title: str = "Judul",
    url: str = "https://",
    label: str = "Baca juga",
    above: bool = False,
) -> Edit:
    block = f"{label}: [{title}]({url})"
    start = len(label) + 3
    return insert_paragraph(text, pos, block, select=(start, start + len(title)), above=above)


# -- Enter ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LineEdit:
    """Replace ``line[start:end]`` with ``replacement``; the cursor ends at ``cursor``."""

    start: int
    end: int
    replacement: str
    cursor: int


def continue_block(line: str, col: int) -> LineEdit | None:
    """What Enter does at column ``col`` of ``line`` inside a list item or a quote.

    Returns None when Enter should just insert a newline. An empty item (or quote line) ends
    the list: its marker is removed and the line stays blank, so the next paragraph does not
    join the last item.
    """
    m = LIST_ITEM_PARTS.match(line)
    if m:
        if col < m.end():
            return None
        if not line[m.end() :].strip():
            return LineEdit(0, len(line), "\n", 1)
        if m.group("num") is not None:
            marker = f"{int(m.group('num')) + 1}{m.group('delim')}"
        else:
            marker = m.group("marker")
        task = "[ ] " if m.group("task") else ""
        prefix = m.group("indent") + marker + m.group("space") + task
        return LineEdit(col, col, "\n" + prefix, col + 1 + len(prefix))
    q = QUOTE_MARKS.match(line)
    if q:
        if col < q.end():
            return None
        if not line[q.end() :].strip():
            return LineEdit(0, len(line), "\n", 1)
        prefix = q.group()
        if not prefix.endswith(" "):
            prefix += " "
        return LineEdit(col, col, "\n" + prefix, col + 1 + len(prefix))
    return None


_YAML_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?P<dash>-[ \t]+)?")


def continue_yaml(line: str, col: int) -> LineEdit:
    """Enter inside the front matter: keep the line's indentation, YAML style. Under a
    ``- key: value`` list item the next line lines up with ``key`` (a new key of the same
    item); no Markdown list marker is added."""
    m = _YAML_ITEM.match(line)
    assert m is not None
    indent = m.group("indent")
    if m.group("dash") and ":" in line[m.end() :]:
        indent += " " * len(m.group("dash"))
    if not line[:col].strip():
        indent = line[:col]
    return LineEdit(col, col, "\n" + indent, col + 1 + len(indent))


_PLACEHOLDER_FIELDS = re.compile(
    r'\[(?P<text>[^\[\]\n]*)\]\((?P<url>[^()\s]*)(?: "(?P<title>[^"\n]*)")?\)'
)


def next_placeholder(snippet: str, after: int) -> tuple[int, int] | None:
    """In an inserted link, image or "Baca juga" template, the field (text, address,
    caption) that starts after index ``after``: what Tab selects next. A link without an
    address, ``[nama narasumber]()``, is one field, selected whole: an article template's text
    still to be filled in (``netizen_editor.templates``), which what is typed replaces."""
    for m in _PLACEHOLDER_FIELDS.finditer(snippet):
        if (
            not m.group("url")
            and m.group("title") is None
            and snippet[m.start() - 1 : m.start()] != "!"
        ):
            if m.start() > after:
                return m.start(), m.end()
            continue
        for name in ("text", "url", "title"):
            if m.start(name) > after:
                return m.start(name), m.end(name)
    return None


# -- dispatcher -------------------------------------------------------------------------------
FORMAT_KINDS = (
    "bold",
    "italic",
    "link",
    "heading",
    "quote",
    "list",
    "image",
    "ad",
    "baca_juga",
    "jump_break",
)


#: actions that add a block of their own: asked in the front matter, they add it at the body's
#: start; the others (emphasis, links, headings, quotes, lists) are refused there
BLOCK_KINDS = ("ad", "baca_juga", "jump_break", "image")


class InFrontMatter(ValueError):
    """A formatting action asked of the front matter, which is YAML: Markdown there breaks it
    (``[[ad]]`` in the fields, ``**`` read as an alias, ``# `` as a comment)."""


def body_start(text: str) -> int:
    """Where the body starts: just after the front matter's closing line (0 without one)."""
    return len(split_front_matter(text)[0])


def apply_format(text: str, start: int, end: int, kind: str, **placeholders: str) -> Edit:
    """The edit for a formatting action ``kind`` (one of :data:`FORMAT_KINDS`); raises
    :class:`InFrontMatter` for an action that cannot go to the body's start instead."""
    if start > end:
        start, end = end, start
    front = body_start(text)
    if start < front:
        if kind not in BLOCK_KINDS:
            raise InFrontMatter(kind)
        return _at_body_start(text, front, kind, placeholders)
    if kind == "bold":
        return toggle_emphasis(text, start, end, "**")
    if kind == "italic":
        return toggle_emphasis(text, start, end, "*")
    if kind == "link":
        return toggle_link(text, start, end, **_pick(placeholders, "url_placeholder"))
    if kind == "heading":
        return cycle_heading(text, start, end)
    if kind == "quote":
        return toggle_quote(text, start, end)
    if kind == "list":
        return toggle_list(text, start, end)
    if kind == "image":
        return insert_image(
            text, start, end, **_pick(placeholders, "path_placeholder", "caption_placeholder")
        )
    above = start == end and _starts_paragraph(text, end, front)
    if kind == "ad":
        return insert_ad(text, end, above=above)
    if kind == "baca_juga":
        fields = _baca_juga_fields(placeholders)
        return insert_baca_juga(
            text, end, fields["title"], fields["url"], fields["label"], above=above
        )
    if kind == "jump_break":
        return insert_jump_break(text, end, above=above)
    raise ValueError(f"unknown formatting kind {kind!r}")


def _starts_paragraph(text: str, pos: int, front: int) -> bool:
    """``pos`` is the start of a paragraph's first line, past the body's first paragraph: a
    block asked there goes above the paragraph (the cursor put before it), not below it. A line
    inside a paragraph is not such a start, nor is the first paragraph's (an ad or a jump
    break before the lead is too early: it goes after the lead)."""
    if (pos > 0 and text[pos - 1] != "\n") or not text[front:pos].strip():
        return False
    previous = text[text.rfind("\n", 0, pos - 1) + 1 : pos - 1]
    return not previous.strip()


def _at_body_start(text: str, front: int, kind: str, placeholders: dict[str, str]) -> Edit:
    """A block action asked in the front matter: an ad slot, a jump break or a "Baca juga"
    after the story's first paragraph (where the newsroom puts them: the checks call an ad
    before it too early), else first in the body; a photo first in the body."""
    after = _first_paragraph_end(text, front)
    where, above = (after, False) if after is not None else (front, True)
    if kind == "ad":
        return insert_ad(text, where, above=above)
    if kind == "jump_break":
        return insert_jump_break(text, where, above=above)
    if kind == "baca_juga":
        fields = _baca_juga_fields(placeholders)
        return insert_baca_juga(
            text, where, fields["title"], fields["url"], fields["label"], above=above
        )
    path = placeholders.get("path_placeholder", "image.jpg")
    caption = placeholders.get("caption_placeholder", "Caption (Foto: credit)")
    image = insert_image("", 0, 0, path, caption).replacement  # no alt: the selection is YAML
    return insert_paragraph(text, front, image, (4, 4 + len(path)), above=True)


def _first_paragraph_end(text: str, front: int) -> int | None:
    """The start of the last line of the body's first paragraph of text (not a lone review
    comment), or None when the body has none."""
    lines = text[front:].split("\n")
    at, last = front, None
    for line in lines:
        if line.strip() and not only_comments(line):
            last = at
        elif last is not None:
            return last
        at += len(line) + 1
    return last


def _baca_juga_fields(placeholders: dict[str, str]) -> dict[str, str]:
    return {"title": "Judul", "url": "https://", "label": "Baca juga"} | _pick(
        placeholders, "title", "url", "label"
    )


def _pick(values: dict[str, str], *names: str) -> dict[str, str]:
    return {name: values[name] for name in names if name in values}
