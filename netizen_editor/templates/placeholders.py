"""Placeholders: the text of a template still to be filled in.

They are the fields Tab walks through in the editor (``editing.formatting.next_placeholder``):
a link whose address is empty, ``[nama narasumber]()`` (Tab selects it whole: what is typed
replaces it), or still the bare ``https://`` of the "Baca juga" and link templates,
``[Judul berita](https://)`` (Tab selects the title, then the address)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

#: a link (not an image) whose address is empty or only ``https://`` / ``http://``
PLACEHOLDER = re.compile(
    r'(?<!!)\[(?P<text>[^\[\]\n]*)\]\((?P<url>(?:https?://)?)(?: "[^"\n]*")?\)'
)


@dataclass(frozen=True)
class Placeholder:
    start: int  # index in the text
    end: int
    line: int  # 1-based file line
    column: int  # 1-based
    hint: str  # what to fill in (the link's text)
    is_link: bool  # the address is still to be given (``https://``)


def find_placeholders(text: str) -> Iterator[Placeholder]:
    """The placeholders of ``text`` in order."""
    line, line_start, counted = 1, 0, 0
    for m in PLACEHOLDER.finditer(text):
        breaks = text.count("\n", counted, m.start())
        if breaks:
            line += breaks
            line_start = text.rfind("\n", counted, m.start()) + 1
        counted = m.start()
        yield Placeholder(
            m.start(),
            m.end(),
            line,
            m.start() - line_start + 1,
            m.group("text"),
            bool(m.group("url")),
        )


def first_placeholder(text: str) -> tuple[int, int] | None:
    """Where the first placeholder's field is: the whole placeholder, or a link's text."""
    for found in find_placeholders(text):
        if found.is_link:
            return found.start + 1, found.start + 1 + len(found.hint)
        return found.start, found.end
    return None
