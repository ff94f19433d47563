"""Text that starts a line of Markdown and would be read as its syntax, kept as the text it was.

A Word paragraph "#tagar" is a heading in Markdown, "- SELESAI -" or "+ catatan" a list item,
a typed "1. Pertama" a numbered list, "> kutipan" a quote, "---" a rule (under a line broken
with Shift+Enter, like "===", a heading's underline), "[1]: sumber" a link definition that
vanishes, "[[ad]]" an ad slot, "--|--" under a line a table. Before the HTML becomes Markdown,
each text that starts a Markdown line (a paragraph's, a list item's, a quote's, or the one after
a line break) gets a backslash before such a mark, or an HTML entity where Markdown has no
escape (``=``, ``:``, ``~``); the page shows the text as it was. Word's own headings, lists
and quotes are elements and stay what they are; code, headings' titles and table cells are
never a line's start.
The patterns are the article grammar's (``grammar.patterns``), which reads as the page does.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from netizen_editor.grammar.patterns import (
    DEFINITION,
    FENCE_OPEN,
    LIST_ITEM,
    MARKER_LINE,
    QUOTE,
    REFERENCE,
    RULE,
    SETEXT,
)

#: elements whose start or end begins a new line of Markdown
_BLOCKS = frozenset(
    "p div li ul ol dl dt dd blockquote table thead tbody tfoot tr td th pre hr h1 h2 h3 h4 h5 "
    "h6 article section header footer aside nav main figure figcaption address body html".split()
)
#: text inside these never starts a line of the story: code, a heading's title, a table cell
_NO_LINES = frozenset("pre code kbd samp h1 h2 h3 h4 h5 h6 td th".split())
#: inline elements that write a mark before their text (``**``, ``*``, ``[``, ``~~``): their
#: text does not start the line
_MARKED = frozenset("a b strong em i del s strike".split())
#: a first character Markdown may read as syntax at a line's start (``*`` is escaped anyway)
_CANDIDATE = re.compile(r"^\s*[#>+\-_=\[:`~\d|]")
#: under a line, a table's header rule (``--|--``, ``|``): the two lines would be a table
_TABLE_RULE = re.compile(r"[-:| ]*\|[-:| ]*$")
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")
#: characters Markdown has no backslash escape for: an entity keeps them
_ENTITIES = {"=": "&#61;", ":": "&#58;", "~": "&#126;"}
#: enough of a line to tell a rule or an underline from text
_LOOK_AHEAD = 120


def keep_literal_starts(soup: BeautifulSoup) -> None:
    """Escape, in ``soup``'s text, each mark at a line's start that Markdown would read as
    syntax (see the module's description)."""
    found = []
    for node in soup.find_all(string=_CANDIDATE):
        if type(node) is not NavigableString or _inside(node, _NO_LINES):
            continue
        start = _line_start(node)
        if start:
            bullet = start == "block" and _in_bullet(node)
            escaped = _escaped(node, _line_text(node), start == "break", bullet)
            if escaped is not None:
                found.append((node, escaped))
    for node, escaped in found:
        node.replace_with(NavigableString(escaped))


def _inside(node: NavigableString, names: frozenset[str]) -> bool:
    return any(parent.name in names for parent in node.parents)


def _line_start(node: NavigableString) -> str:
    """``block`` when ``node`` starts a block's line, ``break`` when it follows a line break,
    ``""`` when text, a picture or an inline mark comes before it on its line."""
    ancestors = {id(parent) for parent in node.parents}
    for before in node.previous_elements:
        if isinstance(before, Tag):
            if id(before) in ancestors:
                if before.name in _BLOCKS:
                    return "block"
                if before.name in _MARKED:
                    return ""
            elif before.name == "br":
                return "break"
            elif before.name == "img":
                return ""
            elif before.name in _BLOCKS:
                return "block"  # an empty block (a rule) ends the line
            continue
        if not isinstance(before, NavigableString) or not before.strip():
            continue
        # text before it: on the same line unless a block holding it has ended
        for parent in before.parents:
            if id(parent) in ancestors:
                return ""
            if parent.name in _BLOCKS:
                return "block"
        return ""
    return "block"  # the fragment's first text


def _in_bullet(node: NavigableString) -> bool:
    """Whether ``node`` starts a bulleted list item (its first block, when it has some)."""
    box = next((p for p in node.parents if p.name in _BLOCKS), None)
    while box is not None and box.name != "li":
        parent = box.parent
        if parent is None or parent.find(True) is not box:
            return False
        box = parent
    return box is not None and box.parent is not None and box.parent.name == "ul"


def _line_text(node: NavigableString) -> str:
    """The start of the line ``node`` begins (its text and the inline text after it), its
    spaces as the conversion writes them."""
    box = next((p for p in node.parents if p.name in _BLOCKS), None)
    parts = [str(node)]
    size = len(parts[0])
    for after in node.next_elements:
        if size > _LOOK_AHEAD:
            break
        if isinstance(after, Tag):
            if after.name == "br" or after.name in _BLOCKS:
                break
            if after.name == "img":
                parts.append("!")  # a picture is something on the line
            continue
        if box is not None and not any(p is box for p in after.parents):
            break
        parts.append(str(after))
        size += len(parts[-1])
    return _SPACES.sub(" ", "".join(parts)).lstrip()


def _escaped(node: NavigableString, line: str, after_break: bool, bullet: bool) -> str | None:
    """``node``'s text with the mark that starts ``line`` escaped; None when the line is
    text to Markdown (or its mark is in another piece of text)."""
    at = _mark_at(line, after_break, bullet)
    if at is None:
        return None
    text = str(node)
    index = len(text) - len(text.lstrip()) + at
    if text[index : index + 1] != line[at]:
        return None
    mark = line[at]
    return text[:index] + _ENTITIES.get(mark, "\\" + mark) + text[index + 1 :]


def _mark_at(line: str, after_break: bool, bullet: bool = False) -> int | None:
    """Where in ``line`` the character is that makes it Markdown syntax, if any (``bullet``:
    the line is a bulleted item's text, after its ``- ``)."""
    first = line[:1]
    if first == "#" or QUOTE.match(line) or FENCE_OPEN.match(line) or DEFINITION.match(line):
        return 0
    if LIST_ITEM.match(line):
        digits = _DIGITS.match(line)
        return digits.end() if digits else 0  # "1. x": the dot; "- x": the dash
    if first in "-_" and RULE.match(line):
        return 0
    if bullet and first == "-" and RULE.match("- " + line):
        return 0  # "--" after the item's "- ": a rule
    if after_break and SETEXT.match(line):
        return 0  # under the line before it, a heading's underline
    if after_break and _TABLE_RULE.match(line):
        return line.index("|")
    if first == "[" and (REFERENCE.match(line) or MARKER_LINE.match(line)):
        return 0
    return None
