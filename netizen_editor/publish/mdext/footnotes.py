"""Python-Markdown's footnotes, with patterns that read from each ``[^`` only as far as it
could still close.

The library reads a reference with ``\\[\\^([^\\]]*)\\]``: from every ``[^`` to the next ``]``,
wherever that is. In a paragraph of ``[^`` that close nothing, each one reads to the
paragraph's end, all inside one regular-expression call where the time budget never gets a
look in (97 KB of ``[^`` ran for minutes). Its definition pattern does the same across lines
from every line that opens with ``[^``. Here a reference's name stops at the next ``[^`` (a
reference never holds another) and a definition's at the end of its line (the grammar reads a
definition on one line, ``grammar.patterns.REFERENCE``): each ``[^`` is read at most up to
the next one, so the time grows with the text, and a ``[^`` that closes nothing stays text.
"""

from __future__ import annotations

import re

from markdown import Markdown
from markdown.extensions import footnotes

#: ``[^name]``: the name holds no ``]`` and no ``[^`` (a lone ``[`` is kept, as the library does)
REFERENCE = r"\[\^([^\[\]]*(?:\[(?!\^)[^\[\]]*)*)\]"
#: ``[^name]: text`` opening a line: the name holds no ``]`` and no line end
DEFINITION = re.compile(r"^[ ]{0,3}\[\^([^\]\n]*)\]:[ ]*(.*)$", re.MULTILINE)


class FootnoteExtension(footnotes.FootnoteExtension):
    """The library's footnotes with the bounded patterns above in place of its own."""

    def extendMarkdown(self, md: Markdown) -> None:
        super().extendMarkdown(md)
        md.inlinePatterns.register(
            footnotes.FootnoteInlineProcessor(REFERENCE, self), "footnote", 175
        )
        md.parser.blockprocessors["footnote"].RE = DEFINITION  # type: ignore[attr-defined]
