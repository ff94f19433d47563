"""Where Python-Markdown reads a definition: a footnote, a link reference or an abbreviation,
and on how many lines.

Its reference processor (with the preview's bounded pattern,
``publish.mdext.references.LINK_DEFINITION``) takes ``[id]:`` then an address (on the same
line or, when nothing follows the colon, on the next one) and an optional title in quotes or
parentheses (after the address or on the line under it): ``[id]:`` with ``  foto.jpg`` under
it is a definition, ``[id]: foto.jpg kata`` is text. Its abbreviation extension
(``patterns.ABBR_DEFINITION``) takes ``*[KPK]:`` or ``*[KPK] :`` at the very start of a line,
then the meaning (on the same line or, when nothing follows the colon, the next one); a name
or a meaning that is only spaces makes no definition. A footnote (``[^1]: …``) is read by its
first line here; its indented lines are the block reader's. A reference whose id goes over two
lines (Python-Markdown takes ``[Kompas`` and ``TV]: url``) is not read.

The lines under a definition that Python-Markdown takes first (a fence or raw HTML, taken
before the blocks are read; a heading, a rule, a quote, a definition list's ``: …``) and blank
lines end the block it can read. Each line is read once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from netizen_editor.grammar.patterns import (
    ABBR_DEFINITION,
    ATX,
    BLOCK_TAGS,
    DEFINITION,
    FENCE_OPEN,
    FOOTNOTE_DEFINITION,
    HTML_COMMENT_OPEN,
    HTML_OPEN,
    QUOTE,
    RULE,
)

#: a link reference's ``[id]:`` (the id holds no bracket, and may be empty)
_LINK_OPEN = re.compile(r"[ ]{0,3}\[[^\[\]]*\]:")
_ADDRESS = re.compile(r"\S+")
#: the character that closes a title opened by each
_CLOSING = {'"': '"', "'": "'", "(": ")"}
#: Python-Markdown expands tabs before it reads a block
_TAB = 4


def definition_end(lines: Sequence[str], k: int, end: int) -> int | None:
    """The line after the definition Python-Markdown reads from line ``k`` of a block whose
    lines run to ``end`` at most (exclusive), or None when it reads none there."""
    line = lines[k]
    if FOOTNOTE_DEFINITION.match(line):
        return k + 1
    end = min(end, k + 3)  # a definition spans three lines at most
    if line.startswith("*"):
        return _abbreviation_end(lines, k, end)
    return _reference_end(lines, k, end)


def _goes_on(lines: Sequence[str], j: int, end: int) -> bool:
    """Whether line ``j`` is in the block of the line above it: not blank, and not a line
    Python-Markdown takes out of the block first (a title in quotes never is one)."""
    if j >= end:
        return False
    line = lines[j]
    return not (
        not line.strip()
        or (line.startswith("#") and ATX.match(line))
        or RULE.match(line)
        or QUOTE.match(line)
        or DEFINITION.match(line)
        or FENCE_OPEN.match(line)
        or HTML_COMMENT_OPEN.match(line)
        or ((html := HTML_OPEN.match(line)) and html.group(1).lower() in BLOCK_TAGS)
    )


def _abbreviation_end(lines: Sequence[str], k: int, end: int) -> int | None:
    text = lines[k].expandtabs(_TAB)
    m = ABBR_DEFINITION.match(text)  # linear: the name stops at the first "]:" or "] :"
    if m is not None and not m.group("title") and _goes_on(lines, k + 1, end):
        m = ABBR_DEFINITION.match(text + "\n" + lines[k + 1].expandtabs(_TAB))  # on the next
    if m is None or not m.group("abbr").strip() or not m.group("title").strip():
        return None
    return k + 1 + m.group(0).count("\n")


def _reference_end(lines: Sequence[str], k: int, end: int) -> int | None:
    opening = _LINK_OPEN.match(lines[k].expandtabs(_TAB))
    if opening is None:
        return None
    at = k  # the address's line
    rest = lines[k].expandtabs(_TAB)[opening.end() :].lstrip(" ")
    if not rest:
        at = k + 1
        if not _goes_on(lines, at, end):
            return None
        rest = lines[at].expandtabs(_TAB).lstrip(" ")
    address = _ADDRESS.match(rest)
    if address is None:
        return None
    after = rest[address.end() :]
    if not after.strip(" "):  # only the address: a title may stand on the next line
        if at + 1 < end and _is_title(lines[at + 1].expandtabs(_TAB).lstrip(" ")):
            return at + 2
        return at + 1
    if after.startswith(" ") and _is_title(after.lstrip(" ")):
        return at + 1
    return None


def _is_title(text: str) -> bool:
    """Whether ``text`` (a line's rest) is a title and nothing but spaces after it."""
    text = text.rstrip(" ")
    return len(text) >= 2 and _CLOSING.get(text[0]) == text[-1]
