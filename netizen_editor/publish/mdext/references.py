"""Python-Markdown's link reference definitions, read by a pattern whose time grows with the
line.

The library's pattern (``markdown.blockprocessors.ReferenceProcessor.RE``) lets the address
give characters back to a title that starts inside it: on a line of quotes after ``[id]: u``
it tries every quote as a title's start and reads the rest of the line from each, all inside
one regular-expression call the time budget never gets a look in (8,000 quotes took a second,
100 KB most of a minute). Here the address keeps every character it reads (``[^\\s]++``):
``[id]: foto.jpg "Judul"`` and ``[id]: foto.jpg"Judul"`` read as before; only an address run
into a title with a space in it (``[id]: a"b c"``) is text now, as the grammar reads it
(``grammar.definitions``).
"""

from __future__ import annotations

import re

import markdown

#: the library's pattern, with the address possessive
LINK_DEFINITION = re.compile(
    r"^[ ]{0,3}\[([^\[\]]*)\]:[ ]*(?:\n[ ]*)?([^\s]++)[ ]*(?:\n[ ]*)?"
    r'((["\'])(.*)\4[ ]*|\((.*)\)[ ]*)?$',
    re.MULTILINE,
)


def bound_references(md: markdown.Markdown) -> None:
    """Read ``md``'s reference definitions with :data:`LINK_DEFINITION`."""
    md.parser.blockprocessors["reference"].RE = LINK_DEFINITION  # type: ignore[attr-defined]
