"""Insert › Add Update: a new entry at the top of a developing story's ``updates`` list in the
front matter, timed now in the newsroom's zone, written as a block the journalist can read and
edit::

    updates:
      - time: 2026-12-06T14:30:00+07:00
        text: Korban meninggal bertambah menjadi lima orang.

No Qt. An ``updates`` list already written in the flow style (``[...]``) stays in that style.
A story that times its updates in the body instead (the live template's ``### 14.30 WIB``
headings, newest first) gets a new heading of the same kind above the newest, with the text
under it: one kind of update list per story, never both.
"""

from __future__ import annotations

import datetime as dt

from netizen_editor.article.dates import DAYS, newsroom_now
from netizen_editor.article.frontmatter import field_edit, field_value
from netizen_editor.article.frontmatter import scalar as yaml_scalar
from netizen_editor.article.updates import UPDATE_HEADING, new_update
from netizen_editor.editing.formatting import Edit
from netizen_editor.grammar.frontmatter import fence_start, key_lines, split_front_matter
from netizen_editor.grammar.scan import Heading, scan_article

KEY = "updates"
_PLACEHOLDER = "nz-update-placeholder"


def entry_lines(message: str, when: dt.datetime, indent: str = "  ", nl: str = "\n") -> str:
    """One update as block YAML items, ``indent`` before its dash."""
    pad = indent + "  "
    return (
        f"{indent}- time: {when.isoformat()}{nl}"
        f"{pad}text: {yaml_scalar(' '.join(message.split()))}{nl}"
    )


def add_update_edit(text: str, message: str, zone: str, when: dt.datetime | None = None) -> Edit:
    """The edit that puts an update saying ``message`` first in ``text``'s ``updates`` (made
    when missing), or above the newest timed heading of a body that has them; the edit
    selects the new entry's text. ``when``: now in ``zone``."""
    when = when or newsroom_now(zone)
    raw, _body, _line = split_front_matter(text)
    nl = "\r\n" if "\r\n" in raw else "\n"
    line = key_lines(raw).get(KEY) if raw else None
    if line is None:
        heading = _newest_heading(text)
        if heading is not None:
            return _heading_edit(text, heading, message, when, zone)
    if line is not None:
        lines = raw.splitlines(keepends=True)
        head = lines[line - 1]
        if head.rstrip("\r\n").rstrip() == f"{KEY}:":  # a block list: the new item goes first
            following = lines[line] if line < len(lines) else ""
            stripped = following.lstrip(" \t")
            indent = following[: len(following) - len(stripped)] if stripped[:1] == "-" else "  "
            at = sum(len(item) for item in lines[:line])
            new = entry_lines(message, when, indent, nl)
            return _selecting(Edit(at, at, new, at, at), message)
        value = new_update(field_value(raw, KEY), message, zone, when)
        edit = field_edit(text, KEY, value)
        assert edit is not None  # a new entry always changes the value
        return edit
    edit = field_edit(text, KEY, _PLACEHOLDER)  # where the key goes (made if missing)
    assert edit is not None
    block = f"{KEY}:{nl}" + entry_lines(message, when, "  ", nl)
    replacement = edit.replacement.replace(f"{KEY}: {_PLACEHOLDER}{nl}", block, 1)
    if replacement == edit.replacement:  # no front matter yet: a block of its own
        start = fence_start(text)
        return _selecting(Edit(start, start, f"---{nl}{block}---{nl}", start, start), message)
    return _selecting(Edit(edit.start, edit.end, replacement, edit.start, edit.start), message)


def _selecting(edit: Edit, message: str) -> Edit:
    """``edit`` selecting the new entry's text (the last ``text:`` value it writes)."""
    value_at = edit.replacement.rfind("text: ") + len("text: ")
    end = edit.replacement.find("\n", value_at)
    end = len(edit.replacement) if end < 0 else end
    end -= 1 if edit.replacement[end - 1 : end] == "\r" else 0
    return Edit(edit.start, edit.end, edit.replacement, edit.start + value_at, edit.start + end)


def _newest_heading(text: str) -> Heading | None:
    """The first heading of ``text``'s body that times an update (``### 14.30 WIB``)."""
    return next(
        (h for h in scan_article(text).headings if UPDATE_HEADING.match(h.title.strip())), None
    )


def _heading_edit(text: str, newest: Heading, message: str, when: dt.datetime, zone: str) -> Edit:
    """A heading of ``newest``'s level timed ``when`` (with the day when ``newest`` names
    one), ``message`` under it, put above ``newest``; the message selected."""
    lines = text.splitlines(keepends=True)
    at = sum(len(line) for line in lines[: newest.line - 1])
    nl = "\r\n" if lines[newest.line - 1].endswith("\r\n") else "\n"
    found = UPDATE_HEADING.match(newest.title.strip())
    day = f"{DAYS[when.weekday()]} ({when.day}/{when.month}/{when.year}) "
    stamp = f"{day if found and found.group('day') else ''}{when.hour:02d}.{when.minute:02d} {zone}"
    words = " ".join(message.split())
    head = f"{'#' * newest.level} {stamp}{nl}{nl}"
    new = f"{head}{words}{nl}{nl}"
    return Edit(at, at, new, at + len(head), at + len(head) + len(words))
