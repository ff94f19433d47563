"""Text that Markdown would read as inline syntax, kept as the text it was.

A Word paragraph whose text is ``a <b>tebal</b> c`` would publish in bold, a typed
``<!--more-->`` would be a jump break, ``_catatan_`` or ``*bintang*`` italics, ``[teks](url)`` a
link, ``{++ ... ++}`` a review suggestion that blocks every export. Before the HTML becomes
Markdown, each such mark in the source's text gets a backslash, or an entity where Markdown has
no escape or the article grammar (checks, highlighting) reads none (``<``, ``&``, ``{``, ``}``,
``[``, ``]``); the marks the conversion itself writes (Word's bold, italics, links, code) are
not text and stay. Ordinary text stays as it is where nothing would
be read as syntax: ``snake_case`` inside a word, ``a < b``, ``[sic]``, ``R&D``. What starts a
line (``#tagar``, ``- SELESAI -``) is ``literal_starts``' part.
"""

from __future__ import annotations

import html
import re

from bs4 import BeautifulSoup, NavigableString

#: markdownify writes the text of these as it is (code): nothing in it is read as syntax
_VERBATIM = frozenset("pre code kbd samp".split())
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
#: a character that may make text Markdown syntax
_SPECIAL = re.compile(r"[\\*_`<&\[\]{}#]")
_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_MARKS = re.compile(
    r"(?P<slash>\\(?=[" + re.escape(_PUNCTUATION) + r"]|$))"
    r"|(?P<star>[*`])"
    r"|(?P<under>_+)"
    r"|(?P<tag><(?=[A-Za-z/!?]|[^>\s]*(?:@|$)))"  # a tag, a comment, a web or mail address
    r"|(?P<entity>&(?=#)|&[A-Za-z0-9]+;?)"  # a character reference, as a browser reads one
    r"|(?P<note>\[(?=\^))"  # a footnote's reference
    r"|(?P<close>\](?=[ ]?[\[(]))"  # a link's or a reference's text ends
    r"|(?P<label>(?<=\[)\](?=:))"  # "[]:" a definition (whose line ignores a backslash)
    r"|(?P<open>\{(?=\+\+|--|~~|==|>>))"  # a review mark opens
    r"|(?P<shut>(?<=\+\+|--|~~|==|<<)\})"  # … or closes
    r"|(?P<attrs>\{(?=:?[ ]*[^}\s][^\n]*\}[ ]*$))"  # attributes, at the end of a line
    r"|(?P<bracket>[\[\]])"  # in a link's text, any bracket (``[]:`` a definition)
)
_ATTRS_AFTER_MARK = re.compile(r"\{(?=:?[ ]*[^}\s][^\n]*\})")  # attributes of the mark before
_TRAILING_HASHES = re.compile(r"#+$")
_ALNUM = re.compile(r"[^\W_]")
_ENTITIES = {"<": "&lt;", "&": "&amp;", "{": "&#123;", "}": "&#125;", "[": "&#91;", "]": "&#93;"}


def keep_literal_text(soup: BeautifulSoup) -> None:
    """Escape, in ``soup``'s text, each mark Markdown would read as inline syntax (see the
    module's description)."""
    soup.smooth()  # one piece of text where the source had several runs
    found = []
    for node in soup.find_all(string=_SPECIAL):
        if type(node) is not NavigableString:
            continue
        names = {parent.name for parent in node.parents}
        if names & _VERBATIM:
            continue
        text = escape_text(str(node), after=_next_text(node), in_link="a" in names)
        if names & _HEADINGS and _last_text(node):
            text = _TRAILING_HASHES.sub(lambda m: "\\#" * len(m.group(0)), text)
        if text != str(node):
            found.append((node, text))
    for node, text in found:
        node.replace_with(NavigableString(text))


def escape_text(text: str, after: str = "", in_link: bool = False) -> str:
    """``text`` (a piece of an element's text; ``after`` the text that follows it; ``in_link``
    when it is a link's text) as Markdown that shows it as it is."""

    def escaped(match: re.Match[str]) -> str:
        kind, mark = match.lastgroup, match.group(0)
        if kind == "under":
            return mark if _intraword(text, match.start(), match.end()) else "\\_" * len(mark)
        if kind in ("slash", "star"):
            return "\\" + mark
        if kind == "bracket" and not in_link:
            return mark
        if kind == "entity" and mark != "&" and html.unescape(mark) == mark:
            return mark  # "R&D": no character reference
        return _ENTITIES[mark[0]] + mark[1:]

    out = _MARKS.sub(escaped, text)
    if not in_link and text.endswith("]") and re.match(r"[ ]?[\[(]", after):
        out = out[:-1] + _ENTITIES["]"]
    if out.startswith("{") and _ATTRS_AFTER_MARK.match(text):
        out = _ENTITIES["{"] + out[1:]
    return out


def _intraword(text: str, start: int, end: int) -> bool:
    """Whether the underscores at ``start:end`` are inside a word (a letter or digit on both
    sides), where Markdown never reads them as emphasis."""
    before, after = text[start - 1 : start], text[end : end + 1]
    return bool(_ALNUM.match(before) and _ALNUM.match(after))


def _next_text(node: NavigableString) -> str:
    following = node.find_next(string=True)
    return str(following) if following is not None else ""


def _last_text(node: NavigableString) -> bool:
    """Whether no text follows ``node`` in its heading (its end is the heading line's)."""
    heading = next(p for p in node.parents if p.name in _HEADINGS)
    for after in node.next_elements:
        if not any(p is heading for p in after.parents):
            return True
        if isinstance(after, NavigableString) and after.strip():
            return False
    return True
