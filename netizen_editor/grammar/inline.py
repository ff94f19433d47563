"""Inline Markdown inside a block: what is prose and what is not.

Everything a reader of the text skips is known here: inline code (``code_spans``), HTML
comments (``comment_spans``), review marks (``critic_marks``) and the rest of what is not
prose (tags, autolinks, link targets, URLs, e-mail addresses, domain names, markers:
``non_prose_spans``). The word counter (``count_words``) and the spell checker's word finder
(``spelling/words.py``) read text through them. Every function here is linear in the length
of its text, however the text is made (a megabyte of ``[``, of ``{++`` or of backticks).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import NamedTuple

from netizen_editor.grammar.escapes import escaped_before, mask, unescaped, unmask
from netizen_editor.grammar.page_text import code_edges, markup_read
from netizen_editor.grammar.patterns import INLINE_LINK, URL

# A word: letters or digits, joined by inner apostrophes, hyphens, dots or commas
# ("Kim's", "kerja-sama", "13.9.2023", "1,5"). Markdown markup around it is not a word.
_WORD = re.compile(r"\w+(?:['’\-.,/]\w+)*", re.UNICODE)
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
_MARKUP = re.compile(r"[\[<*_`&{\\]")  # what markup, a review mark or an escape start with
_SPACES = re.compile(r"[ \t]{2,}")
_TICKS = re.compile(r"`+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


def plain_text(text: str) -> str:
    """``text`` as the page shows it, without Markdown marks or HTML tags: a link reads as its
    text, an image as nothing, review marks as if accepted, a backslash escape as the character
    it escapes, a code span's text as typed, an entity as its character, an autolink as its
    address; a ``*``, ``_`` or backtick the renderer does not pair stays (``a * b``,
    ``snake_case``). A heading's title as the outline shows it, a paragraph's words for the
    checks. Property-tested against the renderer (tests/grammar/test_plain_text_page.py)."""
    if not _MARKUP.search(text):
        return text.strip()
    if "{" in text:
        hidden = critic_hidden_spans(text)
        if hidden:
            text = _SPACES.sub(" ", cut_spans(text, hidden))
    literal = "\\" in text or "`" in text  # escapes and code spans: read as typed
    if literal:
        code = code_spans(text)
        text = code_edges(mask(text, code, in_code=True), code)
    text = markup_read(text)
    return unmask(text) if literal else text


#: sentence lengths of the plain texts read lately: a block the next revision reuses brings
#: the same string back (the checks read every block's sentences every revision)
_SENTENCES: dict[str, tuple[int, ...]] = {}
_SENTENCES_KEPT = 32_768


def _link_text(m: re.Match[str]) -> str:
    return "" if m.group("bang") else m.group("text")


def sentence_lengths(plain: str) -> list[int]:
    """Words in each sentence of the plain text ``plain``, counted as ``count_words`` counts
    them (a dash or a bracket alone is no word)."""
    found = _SENTENCES.get(plain)
    if found is None:
        if len(_SENTENCES) >= _SENTENCES_KEPT:
            _SENTENCES.clear()
        if "." not in plain and "!" not in plain and "?" not in plain:
            count = len(_WORD.findall(plain))
            found = (count,) if count else ()
        else:
            counts = (len(_WORD.findall(s)) for s in _SENTENCE_END.split(plain))
            found = tuple(n for n in counts if n)
        _SENTENCES[plain] = found
    return list(found)


def count_words(text: str, escapes: bool = True) -> int:
    """The words a reader reads in ``text``: HTML comments and link targets are not words, and
    the text is read as if every review suggestion were accepted (deleted text, the old side
    of a substitution, review comments and the marks themselves are not words). ``escapes``:
    whether a backslash escape is read as the character it escapes (not in code or HTML)."""
    if "{" in text:
        text = blank_spans(text, critic_hidden_spans(text))
    if "<!--" in text:  # each pattern only where it can match: a desk counts thousands of texts
        text = _COMMENT.sub(" ", text)
    if escapes and "\\" in text:
        return escaped_words(text)
    return words_without_targets(text) if "](" in text else word_total(text)


def escaped_words(text: str) -> int:
    """``words_without_targets`` of ``text`` with each backslash escape read as the character
    it escapes: ``\\[a\\](b)`` is no link (its ``(b)`` is read), ``a\\-b`` one word."""
    masked = mask(text, code_spans(text))
    targets = [masked[m.end("text") + 1 : m.end()] for m in _links(masked)]
    total = word_total(unmask(masked))
    return total - word_total(unmask(" ".join(targets))) if targets else total


# -- counting the pattern's words without making them ---------------------------------------------
# ``_WORD`` starts a word at a word character whose previous character is neither a word
# character nor a joiner right after one. With every character made one of three classes ("a" a
# word character, "j" a joiner, " " anything else) those starts are the pairs " a", " ja" and
# "jja" (none of which can overlap itself, so ``str.count`` counts them) and an "a" or a "ja" at
# the very start. ~6x faster than ``findall`` on news copy: a desk counts thousands of articles.
_WORD_CHAR = re.compile(r"\w")
_JOINERS = frozenset("'’-.,/")  # what ``_WORD`` joins words with
_ASCII_BYTES = bytes(range(128))
#: a text with more distinct non-ASCII characters than this is left to ``findall``
_REPLACED_AT_MOST = 24


def _word_class(char: str) -> str:
    if _WORD_CHAR.match(char):
        return "a"
    return "j" if char in _JOINERS else " "


_CLASSES = {code: _word_class(chr(code)) for code in range(128)}  # str.translate's fast path
#: a non-ASCII character is first replaced by an ASCII one of its class ("j" is a letter)
_STAND_IN = {"a": "a", "j": "-", " ": " "}
_STAND_INS: dict[str, str] = {}  # the non-ASCII characters seen: their stand-ins
_STAND_INS_KEPT = 4096


def word_total(text: str) -> int:
    """``len(_WORD.findall(text))``: the words of ``text`` as the word counter finds them."""
    if not text.isascii():
        # its non-ASCII characters: the UTF-8 bytes without the ASCII ones (3x a pattern's scan)
        chars = set(
            text.encode("utf-8", "surrogatepass")
            .translate(None, _ASCII_BYTES)
            .decode("utf-8", "surrogatepass")
        )
        if len(chars) > _REPLACED_AT_MOST:
            return len(_WORD.findall(text))
        if len(_STAND_INS) > _STAND_INS_KEPT:
            _STAND_INS.clear()
        for char in chars:
            stand_in = _STAND_INS.get(char)
            if stand_in is None:
                stand_in = _STAND_INS[char] = _STAND_IN[_word_class(char)]
            text = text.replace(char, stand_in)
    classes = text.translate(_CLASSES)
    starts = classes.count(" a") + classes.count(" ja") + classes.count("jja")
    return starts + (classes[:1] == "a") + (classes[:2] == "ja")


#: characters per ``]`` below which ``_links`` leaves the rest of the scan to the pattern (a
#: text made of brackets); news copy has hundreds
_LINK_SPACING = 64


def words_without_targets(text: str) -> int:
    """The words of ``text`` with each link read as its text (``INLINE_LINK.sub(
    r"\\g<bang>[\\g<text>]", text)``), without making that text: the words of ``text`` less
    those of its links' ``(target)``. A target starts with ``(`` and ends with ``)``, neither a
    word's character nor a joiner, and follows a ``]``, which is neither either: the word
    starts inside it and after it are those it would have on its own and without it."""
    targets = [text[m.end("text") + 1 : m.end()] for m in _links(text)]
    total = word_total(text)
    return total - word_total(" ".join(targets)) if targets else total


def _links(text: str) -> Iterator[re.Match[str]]:
    """``INLINE_LINK.finditer(text)``, the pattern tried only where a link can start, found
    from the ``](`` each one holds (its ``[`` is the last one before that on its line, with no
    ``]`` between), instead of at every character of a long text: a desk counts the words of
    thousands. The ``]`` are found at memory speed; past one per ``_LINK_SPACING`` characters
    the pattern's own scan does the rest (the same matches: it has no look-behind)."""
    done = 0  # the end of the last link
    after = 0  # a link's "[" comes after the last "](" looked at: each look is short
    budget = len(text) // _LINK_SPACING + 8
    at = text.find("]")
    while at >= 0:
        budget -= 1
        if budget < 0:  # dense: the pattern's own scan is faster
            yield from INLINE_LINK.finditer(text, done)
            return
        if text.startswith("(", at + 1):
            start = text.rfind("[", max(done, after), at)
            if start >= 0 and text.find("]", start + 1, at) < 0 and text.find("\n", start, at) < 0:
                begin = start - 1 if start > done and text[start - 1] == "!" else start
                m = INLINE_LINK.match(text, begin)
                if m is not None:
                    yield m
                    done = after = m.end()
                    at = text.find("]", done)
                    continue
            after = at + 1
        at = text.find("]", at + 1)


def code_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of the inline code spans of ``line``, as Python-Markdown reads them: a run of
    backticks up to the next run of the same length, else up to the longest shorter run after
    it (as many of the opening run's first backticks open it, the others are its text: two
    backticks, ``a`` and one backtick are one backtick and ``a`` in code), in one pass over the
    runs. A run after an odd run of backslashes opens with its second
    backtick (the first is escaped); inside a span a backslash is literal, so any run closes it."""
    if "`" not in line:
        return []
    runs = [m.span() for m in _TICKS.finditer(line)]
    # an opening run's start and length (an escaped first backtick is not in it)
    opens = runs
    if "\\" in line:
        opens = [(s + escaped_before(line, s), e) for s, e in runs]
    partner: list[int | None] = [None] * len(runs)
    nearest: dict[int, int] = {}  # run length -> index of the nearest such run to the right
    longest = -1  # the index of the first longest run to the right
    for index in range(len(runs) - 1, -1, -1):
        start, end = opens[index]
        size = end - start
        found = nearest.get(size) if size else None
        if found is None and longest >= 0 and runs[longest][1] - runs[longest][0] < size:
            found = longest
        partner[index] = found
        nearest[runs[index][1] - runs[index][0]] = index
        if longest < 0 or runs[index][1] - runs[index][0] >= runs[longest][1] - runs[longest][0]:
            longest = index
    spans = []
    index = 0
    while index < len(runs):
        closing = partner[index]
        if closing is None:
            index += 1
            continue
        spans.append((opens[index][0], runs[closing][1]))
        index = closing + 1
    return spans


def blank_code(line: str) -> str:
    """``line`` with its inline code spans replaced by spaces."""
    return blank_spans(line, code_spans(line))


def cut_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without each of ``spans`` (in order, not overlapping)."""
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts.append(text[last:start])
        last = end
    parts.append(text[last:])
    return "".join(parts)


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` (in order, not overlapping) replaced by spaces: every
    other character keeps its position."""
    if not spans:
        return text
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts += (text[last:start], " " * (end - start))
        last = end
    parts.append(text[last:])
    return "".join(parts)


def comment_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of the HTML comments of ``line``: each ``<!--`` to the next ``-->``, in
    one pass (a pattern with ``.*?`` rescans the rest of the line from every unclosed one)."""
    spans = []
    start = line.find("<!--")
    while start >= 0:
        end = line.find("-->", start + 4)
        if end < 0:
            break
        spans.append((start, end + 3))
        start = line.find("<!--", end + 3)
    return spans


# -- what is not prose ---------------------------------------------------------------------------
# Read on a line whose code spans, comments and review marks are already blanked out. Every
# pattern is linear in the line's length, however the line is made (a megabyte of one word, of
# ``<a:`` or of ``](``): a scan that may not cross the start of the next candidate (``[^<>]``),
# or a possessive run that starts only where a run starts (``(?<![\w-])[\w-]++``), so no start
# position rescans what another one scanned.
_NOT_PROSE = re.compile(
    "|".join(
        (
            r"</?[A-Za-z][^<>]*>",  # HTML tag
            r"(?i:<[a-z][a-z0-9+.-]*+:[^<>\s]*>)",  # <autolink>
            r"\]\([^)\]]*\)",  # link / image target
            r"^\s{0,3}\[[^\]]+\]:\s*\S.*$",  # reference definition
            r"\[\[[\w:-]+\]\]",  # [[ad]], [[more]]
            r"!(?=\[)",  # an image's "!" does not end a sentence
            URL.pattern,
            r"(?<![\w.+-])[\w.+-]++@[\w-]+(?:\.[\w-]+)+",  # e-mail
            r"(?<![\w-])[\w-]++(?:\.[A-Za-z][\w-]*)+\b",  # domain, file name: netizen.co.id
        )
    )
)


def non_prose_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of what is not prose in ``line``, in order and not overlapping: inline
    code, HTML comments (an unclosed one to the end of the line), the review marks' syntax,
    deleted text and review comments, HTML tags, autolinks, link and image targets, reference
    definitions, ad and jump-break markers, an image's ``!``, URLs, e-mail addresses and domain
    or file names. What is left is what a reader reads (the spell checker's words)."""
    spans = _hidden(line)
    found = _not_prose(blank_spans(line, spans))
    if not spans:
        return found
    return _merged(spans + found)


def blank_non_prose(line: str) -> str:
    """``line`` with everything that is not prose (``non_prose_spans``) replaced by spaces."""
    blanked = blank_spans(line, _hidden(line))
    if "\\" in blanked:
        return blank_spans(blanked, _not_prose(blanked))
    return _NOT_PROSE.sub(_spaces, blanked)


def _not_prose(line: str) -> list[tuple[int, int]]:
    """The spans of ``_NOT_PROSE`` in ``line`` (code, comments and marks blanked), read with its
    escapes as the page shows them: ``\\[a\\](b)`` is no link, ``netizen\\.co\\.id`` a
    domain (a span starting at an escaped character takes its backslash)."""
    read = unescaped(line) if "\\" in line else None
    if read is None:
        return [m.span() for m in _NOT_PROSE.finditer(line)]
    text, where = read
    spans = []
    for m in _NOT_PROSE.finditer(text):
        start, end = m.span()
        if start == end:
            continue
        first = where[start]
        if first and line[first - 1] == "\\" and (start == 0 or where[start - 1] != first - 1):
            first -= 1  # its backslash
        spans.append((first, where[end - 1] + 1))
    return spans


def _spaces(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def _hidden(line: str) -> list[tuple[int, int]]:
    """Code spans, then comments outside them, then review marks outside both: in order."""
    spans = code_spans(line)
    if "<!--" in line:
        spans = _merged(spans + _comments_to_end(blank_spans(line, spans)))
    if "{" in line:
        spans = _merged(spans + critic_hidden_spans(blank_spans(line, spans), code=False))
    return spans


def _comments_to_end(line: str) -> list[tuple[int, int]]:
    """``comment_spans`` and an unclosed comment's rest of the line."""
    spans = comment_spans(line)
    rest = spans[-1][1] if spans else 0
    start = line.find("<!--", rest)
    if start >= 0:
        spans.append((start, len(line)))
    return spans


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, overlapping or touching ones joined."""
    spans.sort()
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


# -- review marks (CriticMarkup) -----------------------------------------------------------------
#: a mark's kind by its opening: the names ``netizen-editor review`` prints
CRITIC_KINDS = {
    "{++": "insert",
    "{--": "delete",
    "{~~": "substitute",
    "{==": "highlight",
    "{>>": "comment",
}
#: each mark's closing, by its opening
CRITIC_CLOSINGS = {"{++": "++}", "{--": "--}", "{~~": "~~}", "{==": "==}", "{>>": "<<}"}
#: what parts a substitution's old text from its new one
CRITIC_ARROW = "~>"
#: every delimiter of the marks: the openings, the closings and a substitution's arrow
CRITIC_DELIMITERS = (*CRITIC_KINDS, *CRITIC_CLOSINGS.values(), CRITIC_ARROW)
#: a mark's opening (``{++``, ``{--``, ``{~~``, ``{==``, ``{>>``)
CRITIC_OPENING = re.compile("|".join(map(re.escape, CRITIC_KINDS)))
#: a mark's closing (``++}``, ``--}``, ``~~}``, ``==}``, ``<<}``)
CRITIC_CLOSING = re.compile("|".join(map(re.escape, CRITIC_CLOSINGS.values())))
#: an opening or a closing: what a text must not hold to be put inside a mark (the arrow
#: alone opens or closes nothing)
CRITIC_DELIMITER = re.compile(f"{CRITIC_OPENING.pattern}|{CRITIC_CLOSING.pattern}")
#: a comment's attribution head: ``@Name (2026-12-06T10:30+07:00)``, then ``: text`` or nothing;
#: or, typed by hand, ``@Name: text`` (a name of at most 60 characters, no time). A name holds
#: no colon, so ``@Impor: Dewi (0812…)`` is by Impor, its text naming Dewi and her number
_HEAD = re.compile(
    r"@(?:([^():\n]+)\(([^()\n]*)\)(?:[ \t]*:)?|(?P<name>[^()\n:@{}<>]{1,60}?)[ \t]*:)[ \t]*"
)


class CriticMark(NamedTuple):
    """A review mark of a text. ``start``/``end`` span the whole mark with its delimiters (and,
    for a change or a highlight, the comment directly after it that attributes or explains it);
    ``text`` is what it holds (an insertion's or deletion's text, a substitution's old text, the
    highlighted text, a comment's text after its attribution head) at ``text_start`` to
    ``text_end``; a substitution's new text is ``new_text`` at ``new_start`` to ``new_end``.
    ``author`` and ``time`` come from an attribution ``@Name (ISO 8601 time)`` (None when there
    is none, ``time`` also when it is not a valid time); ``comment`` is the text of a change's
    or a highlight's comment ("" when it has none)."""

    kind: str
    start: int
    end: int
    text: str
    text_start: int
    text_end: int
    new_text: str = ""
    new_start: int = -1
    new_end: int = -1
    author: str | None = None
    time: dt.datetime | None = None
    comment: str = ""


def critic_marks(text: str) -> list[CriticMark]:
    """The review marks of ``text`` (a line, a block or a run of prose blocks), in order.

    CriticMarkup as issue 23 writes it: ``{++added++}``, ``{--deleted--}``,
    ``{~~old~>new~~}``, ``{==highlighted==}``, ``{>>comment<<}``. Marks do not nest (a mark
    ends at the first closing of its own kind; another mark's opening inside it is text) and
    have no escapes; ``{~~x~~}`` without ``~>`` is not a substitution. An opening or a closing
    inside an inline code span is text (a mark may hold a whole code span). A mark may span
    lines and paragraphs of ``text``; fenced code is not inline text: the caller passes the
    text of prose blocks only (the scan's), so a mark never crosses a fence. A comment directly
    after a change or a highlight (no space between) belongs to it: its ``@Name (time)`` head
    attributes the change, its text is the mark's ``comment``; replies after that are comments
    of their own. One pass: each kind's closing is searched for once per stretch of text.
    """
    marks: list[CriticMark] = []
    raw = _raw_marks(text)
    index = 0
    while index < len(raw):
        opening, start, end, arrow = raw[index]
        index += 1
        kind = CRITIC_KINDS[opening]
        if kind == "comment":
            author, time, body, body_start = _attribution(text, start + 3, end - 3)
            marks.append(
                CriticMark(kind, start, end, body, body_start, end - 3, author=author, time=time)
            )
            continue
        text_end = arrow if arrow >= 0 else end - 3
        mark = CriticMark(kind, start, end, text[start + 3 : text_end], start + 3, text_end)
        if arrow >= 0:
            mark = mark._replace(new_text=text[arrow + 2 : end - 3], new_start=arrow + 2,
                                 new_end=end - 3)  # fmt: skip
        if index < len(raw) and raw[index][0] == "{>>" and raw[index][1] == end:
            _o, c_start, c_end, _a = raw[index]
            index += 1
            author, time, body, _b = _attribution(text, c_start + 3, c_end - 3)
            mark = mark._replace(end=c_end, author=author, time=time, comment=body)
        marks.append(mark)
    return marks


def is_reply(kind: str, start: int, previous_end: int | None) -> bool:
    """Whether a mark of ``kind`` starting at ``start`` answers the mark before it, which ends
    at ``previous_end`` (None: none): a comment written right after it, as the app writes a
    reply (after the thread's last)."""
    return kind == "comment" and previous_end is not None and previous_end == start


def only_comments(text: str) -> bool:
    """Whether ``text`` holds review comments and nothing else but white space (a note on a
    line or paragraph of its own: no text of the story)."""
    marks = critic_marks(text) if "{>>" in text else []
    if not marks or any(mark.kind != "comment" for mark in marks):
        return False
    return not cut_spans(text, [(mark.start, mark.end) for mark in marks]).strip()


def only_pictures(text: str) -> bool:
    """Whether ``text`` (a paragraph) holds pictures (``![alt](src)``) and nothing else but
    white space: a letterhead's logo above a release, not a paragraph of the story."""
    if "![" not in text:
        return False
    pictures = [m for m in INLINE_LINK.finditer(text) if m.group("bang")]
    return bool(pictures) and not cut_spans(text, [m.span() for m in pictures]).strip()


def accepted_text(text: str) -> str:
    """``text`` as if every suggestion were accepted: without deleted text, the old side of a
    substitution, comments and the marks' syntax (an addition's or a highlight's text stays).
    What a title or a label reads as once the review is done."""
    return cut_spans(text, critic_hidden_spans(text)) if "{" in text else text


def _attribution(
    text: str, start: int, end: int
) -> tuple[str | None, dt.datetime | None, str, int]:
    """(author, time, text, where the text starts) of the comment ``text[start:end]``."""
    head = _HEAD.match(text, start, end)
    if head is None:
        return None, None, text[start:end], start
    if head.group("name") is not None:  # "@Name: text", typed by hand
        return head.group("name").strip(), None, text[head.end() : end], head.end()
    try:
        time: dt.datetime | None = dt.datetime.fromisoformat(head.group(2).strip())
    except ValueError:
        time = None
    return head.group(1).strip(), time, text[head.end() : end], head.end()


def _raw_marks(
    text: str, code: bool = True, most: int | None = None
) -> list[tuple[str, int, int, int]]:
    """(opening, start, end, index of a substitution's ``~>`` or -1) of each mark, in order;
    ``code``: blank the code spans first (the caller did not); ``most``: stop past so many."""
    if "{" not in text:
        return []
    if code and "`" in text:
        text = blank_code(text)
    found: list[tuple[str, int, int, int]] = []
    # the last search for each closing (and for "~>"): (from where, found where); a search
    # from a later start that is still before what was found finds the same again
    searched: dict[str, tuple[int, int]] = {}

    def find(needle: str, start: int) -> int:
        last = searched.get(needle)
        if last is not None and last[0] <= start and (last[1] < 0 or last[1] >= start):
            return last[1]
        at = text.find(needle, start)
        searched[needle] = (start, at)
        return at

    pos = 0
    while True:
        m = CRITIC_OPENING.search(text, pos)
        if m is None:
            return found
        opening, start = m.group(), m.start()
        close = find(CRITIC_CLOSINGS[opening], start + 3)
        arrow = -1
        if close >= 0 and opening == "{~~":
            arrow = find(CRITIC_ARROW, start + 3)
            if arrow < 0 or arrow + 2 > close:
                close = -1  # no "~>" in it: not a substitution
        if close < 0:
            pos = start + 1
            continue
        found.append((opening, start, close + 3, arrow))
        if most is not None and len(found) > most:
            return found
        pos = close + 3


def critic_hidden_spans(text: str, code: bool = True) -> list[tuple[int, int]]:
    """(start, end) of what of ``text``'s review marks a reader of the accepted text does not
    read, in order: the marks' syntax, deleted text, a substitution's old text and every
    comment. ``code``: whether ``text`` may still hold code spans (they hold no marks)."""
    spans: list[tuple[int, int]] = []
    for opening, start, end, arrow in _raw_marks(text, code):
        if opening in ("{--", "{>>"):
            spans.append((start, end))
        elif opening == "{~~":
            spans += ((start, arrow + 2), (end - 3, end))
        else:
            spans += ((start, start + 3), (end - 3, end))
    return spans
