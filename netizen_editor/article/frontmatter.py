"""Edit single front matter values inside the article text (no Qt).

The metadata panel and the text are one: setting a field rewrites only that key's line(s),
so comments, unknown keys and the formatting of every other line stay exactly as written.
Values are written the way YAML needs them: quoted only when a plain scalar would be read
back as something else (``yaml.safe_dump`` decides), lists in the style already used.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from netizen_editor.article.model import KNOWN_FIELDS, Article, front_matter_warning
from netizen_editor.editing.formatting import Edit
from netizen_editor.errors import ArticleError
from netizen_editor.grammar.frontmatter import fence_start, split_front_matter
from netizen_editor.grammar.frontmatter import scalar as scalar_line
from netizen_editor.grammar.patterns import FRONT_TOP_KEY

_BREAKS = re.compile("[\r\n\x85\u2028\u2029\ufeff]")
_WIDE = 1 << 30  # never let the emitter fold a long value over several lines


def get_fields(text: str) -> dict[str, Any]:
    """The parsed front matter; raises ArticleError (with ``.line``) when it is broken."""
    return Article.parse(text).meta


def field_value(raw: str, key: str) -> Any:
    """``key``'s value in the front matter block ``raw`` as the article model reads it (YAML:
    what the checks read), or as its one line reads when the block is broken (the checks do not
    run then; the editor still needs a value). None when the key is not there."""
    try:
        return Article.parse(raw).meta.get(key)
    except ArticleError:
        return scalar_line(raw, key)


def set_field(text: str, key: str, value: Any) -> str:
    """``text`` with ``key`` set to ``value`` in its front matter (None / "" / [] removes it)."""
    edit = field_edit(text, key, value)
    return text if edit is None else edit.apply(text)


def field_edit(text: str, key: str, value: Any) -> Edit | None:
    """The smallest edit that sets ``key`` to ``value``; None when nothing changes."""
    remove = value is None or value == "" or value == []
    raw, _body, _line = split_front_matter(text)
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    if not raw:
        if remove or front_matter_warning(text) is not None:
            return None  # text that looks like a broken block never gets a second one
        block = "---\n" + "".join(_entry_lines(key, value, "\n", None)) + "---\n"
        at = len(bom)
        return Edit(at, at, block, at + len(block), at + len(block))
    base = fence_start(raw)  # blank lines above the opening fence stay as they are
    lines = raw[base:].splitlines(keepends=True)
    nl = "\r\n" if lines[0].endswith("\r\n") else "\n"
    offsets = [base + offset for offset in _offsets(lines)]
    entries = _entries(lines)
    found = entries.get(key)
    if found is None:
        if remove:
            return None
        at_line = _insert_line(entries, key, len(lines) - 1)
        new = "".join(_entry_lines(key, value, nl, None))
        at = offsets[at_line]
        return Edit(at, at, new, at + len(new), at + len(new))
    first, last = found
    old = "".join(lines[first:last])
    if not remove and _same(old, key, value):
        return None
    start, end = offsets[first], offsets[last]
    if remove:
        if first == 1 and last == len(lines) - 1:
            keep = bom if base == 0 else ""
            return Edit(base, offsets[-1], keep, base + len(keep), base + len(keep))
        return Edit(start, end, "", start, start)
    new = "".join(_entry_lines(key, value, nl, lines[first:last]))
    return Edit(start, end, new, start + len(new), start + len(new))


# -- locating entries -------------------------------------------------------------------------
def _offsets(lines: list[str]) -> list[int]:
    out = [0]
    for line in lines:
        out.append(out[-1] + len(line))
    return out


def _entries(lines: list[str]) -> dict[str, tuple[int, int]]:
    """Top-level keys of the front matter → (first line, end line) indices into ``lines`` (of
    the last entry of a key written twice)."""
    entries: dict[str, tuple[int, int]] = {}
    closing = len(lines) - 1
    i = 1
    while i < closing:
        m = FRONT_TOP_KEY.match(lines[i])
        if not m:
            i += 1
            continue
        key = m.group("key").strip()
        inline = lines[i][m.end() :].strip()
        j = i + 1
        while j < closing and _continues(lines[j], inline):
            j += 1
        while j > i + 1 and not lines[j - 1].strip():
            j -= 1  # trailing blank lines belong to nobody
        entries[key] = (i, j)  # a key written twice: the last is the value YAML reads
        i = j
    return entries


def _continues(line: str, inline: str) -> bool:
    """Whether ``line`` still belongs to the entry above (indented, blank or a block item)."""
    if not line.strip() or line[0] in " \t":
        return True
    return not inline and line.startswith("-") and (line[1:2].isspace() or line[1:2] == "")


def _insert_line(entries: dict[str, tuple[int, int]], key: str, closing: int) -> int:
    """Where a new key goes: in the order of KNOWN_FIELDS next to its neighbours."""
    if key not in KNOWN_FIELDS:
        return closing
    rank = KNOWN_FIELDS.index(key)
    before = [(KNOWN_FIELDS.index(k), end) for k, (_s, end) in entries.items() if k in KNOWN_FIELDS]
    earlier = [item for item in before if item[0] < rank]
    if earlier:
        return max(earlier)[1]
    later = [
        (KNOWN_FIELDS.index(k), start)
        for k, (start, _e) in entries.items()
        if k in KNOWN_FIELDS and KNOWN_FIELDS.index(k) > rank
    ]
    if later:
        return min(later)[1]
    return closing


def _same(old: str, key: str, value: Any) -> bool:
    import yaml  # imported when first needed: not on the way to the window's first frame

    from netizen_editor.article import safe_yaml

    try:
        loaded = safe_yaml.load(old)
    except yaml.YAMLError:
        return False
    if not isinstance(loaded, dict) or key not in loaded:
        return False
    current = loaded[key]
    return type(current) is type(value) and current == value


# -- writing values ---------------------------------------------------------------------------
def scalar(value: Any) -> str:
    """One YAML scalar on one line, quoted only when YAML needs it."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, str) and _BREAKS.search(value):
        return _dump(value, default_style='"')
    out = _dump(value)
    if "\n" in out:  # the emitter wanted several lines: force one
        out = _dump(value, default_style='"')
    return out


def _dump(value: Any, **options: Any) -> str:
    import yaml  # imported when first needed: not on the way to the window's first frame

    out = yaml.safe_dump(value, allow_unicode=True, width=_WIDE, default_flow_style=True, **options)
    if out.endswith("\n...\n"):
        out = out[: -len("\n...\n")]
    return out.rstrip("\n")


def _flow_list(values: list[Any]) -> str:
    breaks = any(isinstance(v, str) and _BREAKS.search(v) for v in values)
    text = "\n" if breaks else _dump([_plain(v) for v in values])
    if "\n" in text:
        text = _dump([_plain(v) for v in values], default_style='"')
    return text


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.datetime | dt.date) else value


def _entry_lines(key: str, value: Any, nl: str, old: list[str] | None) -> list[str]:
    head, comment = f"{key}:", ""
    if old:
        m = FRONT_TOP_KEY.match(old[0])
        if m:
            head = old[0][: m.end()].rstrip(" \t\r\n")
            if len(old) == 1:
                comment = _trailing_comment(old[0][m.end() :].rstrip("\r\n"))
    if isinstance(value, list | tuple):
        items = list(value)
        block = _block_style(old)
        if block is not None:
            return [head + comment + nl] + [f"{block}- {scalar(_plain(v))}{nl}" for v in items]
        return [f"{head} {_flow_list(items)}{comment}{nl}"]
    folded = _folded_lines(head, value, nl, old)
    return folded or [f"{head} {scalar(value)}{comment}{nl}"]


_BLOCK_HEADER = re.compile(r"[ \t]*(?P<mark>[>|]-)[ \t]*\r?\n?")


def _folded_lines(head: str, value: Any, nl: str, old: list[str] | None) -> list[str] | None:
    """``value`` in the block scalar ``old`` was written in (``title: >-`` over an indented
    line, as the templates write a headline), when it reads back as exactly ``value``: a
    headline typed in the Details panel keeps the story's layout, and its Undo gives back
    the very text (the tab then reads as saved). None when ``old`` was no such block."""
    if not old or len(old) < 2 or not isinstance(value, str) or _BREAKS.search(value):
        return None
    m = FRONT_TOP_KEY.match(old[0])
    header = _BLOCK_HEADER.fullmatch(old[0][m.end() :]) if m else None
    body = next((line for line in old[1:] if line.strip()), "")
    indent = body[: len(body) - len(body.lstrip(" "))]
    if header is None or not indent or not value.strip() or value != value.strip():
        return None
    lines = [f"{head} {header.group('mark')}{nl}", f"{indent}{value}{nl}"]
    import yaml  # imported when first needed: not on the way to the window's first frame

    from netizen_editor.article import safe_yaml

    try:
        loaded = safe_yaml.load("".join(lines))
    except yaml.YAMLError:
        return None
    return lines if isinstance(loaded, dict) and list(loaded.values()) == [value] else None


def _block_style(old: list[str] | None) -> str | None:
    """The indentation of block list items in ``old``, or None when it was not a block list."""
    if not old or len(old) < 2:
        return None
    for line in old[1:]:
        stripped = line.lstrip(" \t")
        if stripped.startswith("-"):
            return line[: len(line) - len(stripped)]
    return None


def _trailing_comment(value_part: str) -> str:
    """`` # note`` at the end of a one-line value, kept when the value is rewritten."""
    if "#" not in value_part:
        return ""
    import yaml  # imported when first needed: not on the way to the window's first frame

    from netizen_editor.article import safe_yaml

    try:
        whole = safe_yaml.load(value_part)
    except yaml.YAMLError:
        return ""
    for m in re.finditer(r"[ \t]+#", value_part):
        try:
            head = safe_yaml.load(value_part[: m.start()])
        except yaml.YAMLError:
            continue
        if head == whole:
            return value_part[m.start() :]
    return ""
