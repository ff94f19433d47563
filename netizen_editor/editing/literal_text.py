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

import bisect
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
    r"|(?P<tag><)"  # a tag, a comment, a web or mail address (``_Line.tag_at``)
    r"|(?P<entity>&(?=#)|&[A-Za-z0-9]+;?)"  # a character reference, as a browser reads one
    r"|(?P<note>\[(?=\^))"  # a footnote's reference
    r"|(?P<close>\](?=[ ]?[\[(]))"  # a link's or a reference's text ends
    r"|(?P<label>(?<=\[)\](?=:))"  # "[]:" a definition (whose line ignores a backslash)
    r"|(?P<open>\{(?=\+\+|--|~~|==|>>))"  # a review mark opens
    r"|(?P<shut>(?<=\+\+|--|~~|==|<<)\})"  # … or closes
    r"|(?P<attrs>\{)"  # attributes, at the end of a line (``_Line.attrs_at``)
    r"|(?P<bracket>[\[\]])"  # in a link's text, any bracket (``[]:`` a definition)
)
_ATTRS_AFTER_MARK = re.compile(r"\{(?=:?[ ]*[^}\s][^\n]*\})")  # attributes of the mark before
_TRAILING_HASHES = re.compile(r"#+$")
_STRETCH = re.compile(r"[^>\s]+")
_TAG_STARTS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz/!?")
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

    line = _Line(text)

    def escaped(match: re.Match[str]) -> str:
        kind, mark = match.lastgroup, match.group(0)
        if (kind == "tag" and not line.tag_at(match.start())) or (
            kind == "attrs" and not line.attrs_at(match.start())
        ):
            return mark
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


class _Line:
    """What decides whether a ``<`` or a ``{`` of ``text`` is syntax, looked at once for the
    whole text: a lookahead from each of them to the line's end made a run of 100,000 ``<`` or
    ``{`` (a planted .txt, a paste) take half a minute, the work growing with the square of the
    run. ``tag_at`` is ``<(?=[A-Za-z/!?]|[^>\\s]*(?:@|$))``, ``attrs_at`` is
    ``\\{(?=:?[ ]*[^}\\s][^\\n]*\\}[ ]*$)``, each in time independent of the text's length
    (but for the blanks after the ``{``, which no other ``{`` reads again)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._runs: tuple[list[int], list[int], list[int]] | None = None
        # where ``$`` matches: the end, or before a newline that ends the text
        self.end = len(text) - 1 if text.endswith("\n") else len(text)
        core = text[: self.end].rstrip(" ")
        self.last_brace = len(core) - 1 if core.endswith("}") else -1
        self.last_newline = text.rfind("\n", 0, self.end)

    def tag_at(self, at: int) -> bool:
        following = self.text[at + 1 : at + 2]
        if following and (following in _TAG_STARTS):
            return True
        starts, ends, ats = self._stretches()
        index = bisect.bisect_right(starts, at) - 1  # the stretch of no ">" nor blank with it
        end, last_at = ends[index], ats[index]
        return last_at > at or end == len(self.text) or end == self.end

    def attrs_at(self, at: int) -> bool:
        if at <= self.last_newline or self.last_brace < 0:
            return False
        text, first = self.text, at + 1
        if text.startswith(":", first):
            if first < self.last_brace:
                return True  # the ":" is the attribute's first character itself
            first += 1
        while text.startswith(" ", first):
            first += 1
        char = text[first : first + 1]
        return bool(char) and char != "}" and not char.isspace() and first < self.last_brace

    def _stretches(self) -> tuple[list[int], list[int], list[int]]:
        """The text's stretches without ">" or a blank: their starts, ends and last "@"."""
        if self._runs is None:
            starts: list[int] = []
            ends: list[int] = []
            ats: list[int] = []
            for found in _STRETCH.finditer(self.text):
                starts.append(found.start())
                ends.append(found.end())
                ats.append(self.text.rfind("@", found.start(), found.end()))
            self._runs = (starts, ends, ats)
        return self._runs


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
