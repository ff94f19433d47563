"""Slips a desk checks first in news copy: a weekday that does not match its date, a word
written twice, a quotation mark or bracket left open.

All three read the prose as the reader sees it (``grammar.prose`` and the inline
``non_prose_spans``: code, links, URLs, HTML and review marks' syntax are blanked), block by
block, and keep each block's findings for the next revision (``checks.cache``).

- ``weekday``: "Sabtu (5/12/2026)", "Sabtu, 5 Desember 2026", "Sabtu (5/12)" (the year from the
  article's date, the nearest one to it) and, in English articles, "Saturday, December 5,
  2026" or "Saturday, 5 December 2026": the day must be the date's. In a sentence that says
  "kemarin" or "lalu" a date must not be after the article's date, and "kemarin (Sabtu)" must
  name the day before it.
- ``repeated-word``: "yang yang", "Yang yang" at a sentence's start. Reduplications are
  written with a hyphen (bersama-sama) and are not read as two words; two capitalised words
  are a name (Duran Duran, Bora Bora), a capitalised one and the same in lower case inside a
  sentence a species (Diuca diuca); a few repeats are grammar (English "had had", "that
  that").
- ``quotes``: an opening quotation mark (straight or curly) or bracket without its closing
  one in the same paragraph. A quotation that goes on into the next paragraph, which opens
  with a quotation mark again, is the convention for long quotes and is not a slip.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import islice, pairwise

from netizen_editor.checks.findings import Finding, Level
from netizen_editor.checks.registry import CheckContext, rule
from netizen_editor.grammar.inline import blank_non_prose
from netizen_editor.grammar.prose import NOT_PROSE_KINDS, ProseLines
from netizen_editor.grammar.scan import LocatedBlock
from netizen_editor.i18n import tr
from netizen_editor.spelling.speller import article_language

WEEKDAY = "weekday"
#: findings of one rule in one paragraph at most (a pasted table of dates is not copy)
PER_BLOCK = 20
REPEATED_WORD = "repeated-word"
QUOTES = "quotes"

DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAY_NUMBER = {
    **{name.lower(): n for n, name in enumerate(DAYS_ID)},
    **{name.lower(): n for n, name in enumerate(DAYS_EN)},
    "jum'at": 4,
    "jum’at": 4,
    "ahad": 6,
}
_MONTHS_ID = (
    "januari februari maret april mei juni juli agustus september oktober november desember"
).split()
_MONTHS_EN = (
    "january february march april may june july august september october november december"
).split()
_MONTH_NUMBER = {
    **{name: n for n, name in enumerate(_MONTHS_ID, start=1)},
    **{name: n for n, name in enumerate(_MONTHS_EN, start=1)},
    **{name[:3]: n for n, name in enumerate(_MONTHS_EN, start=1)},
    **{name[:3]: n for n, name in enumerate(_MONTHS_ID, start=1)},
    "agt": 8, "ags": 8, "sept": 9,
}  # fmt: skip


def _alternatives(words: list[str]) -> str:
    """A regex group of ``words`` as written in copy: capitalised or all capitals."""
    forms = {w[:1].upper() + w[1:] for w in words} | {w.upper() for w in words}
    return "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))


_ID_DAY = _alternatives([*(d.lower() for d in DAYS_ID), "jum'at", "jum’at", "ahad"])
_EN_DAY = _alternatives([d.lower() for d in DAYS_EN])
_ANY_MONTH = _alternatives(list(_MONTH_NUMBER))
_EN_MONTH = _alternatives([*_MONTHS_EN, *(m[:3] for m in _MONTHS_EN), "sept"])
_YEAR = r"(\d{4}|\d{2})"
#: "Sabtu (5/12/2026)", "Sabtu (5/12)"
_NUMERIC = re.compile(
    rf"(?<!\w)({_ID_DAY}|{_EN_DAY})\s*\(\s*(\d{{1,2}})/(\d{{1,2}})(?:/{_YEAR})?\s*\)"
)
#: "Sabtu, 5 Desember 2026", "Sabtu 5 Des", "Saturday, 5 December 2026"
_DAY_MONTH = re.compile(
    rf"(?<!\w)({_ID_DAY}|{_EN_DAY}),?\s+(?:tanggal\s+|the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?"
    rf"\s+(?:of\s+)?({_ANY_MONTH})\.?(?:,?\s+(\d{{4}}))?(?![\w/])"
)
#: "Saturday, December 5, 2026"
_MONTH_DAY = re.compile(
    rf"(?<!\w)({_EN_DAY}),?\s+({_EN_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?"
    rf"(?![\w/])"
)
#: "kemarin (Sabtu)", "kemarin, Sabtu", "Sabtu kemarin" ("Minggu kemarin" is last week)
_YESTERDAY_DAY = re.compile(
    rf"(?i:\bkemarin)\s*(?:\(\s*({_ID_DAY})\s*\)|,?\s+((?!Minggu)(?:{_ID_DAY}))\b)"
    rf"|(?<!\w)((?!Minggu)(?:{_ID_DAY}))\s+(?i:kemarin)\b"
)
_ENGLISH_DAYS = frozenset(d.lower() for d in DAYS_EN)
#: what says the past in a sentence: "kemarin", "pekan lalu", "dua hari lalu", "yesterday",
#: "last week", "ago" ("lalu" alone is also "then": "lalu dilanjutkan" is not the past)
_PAST_WORD = re.compile(
    r"(?i)(?<!\w)(kemarin|\w*(?:pekan|minggu|bulan|tahun|hari|malam|pagi|siang|sore)\s+lalu"
    r"|yesterday|last\s+\w+|\w+\s+ago)(?!\w)"
)
#: "lalu" right after the date: "Senin (7/12) lalu"
_LALU_AFTER = re.compile(r"(?i)\s*(?:pagi|siang|sore|malam)?\s*lalu(?!\w)")
#: what a line worth reading for ``weekday`` holds (in lower case): a day name and a digit,
#: or "kemarin"
_DAY_PARTS = ("senin", "selasa", "rabu", "kamis", "jum", "sabtu", "minggu", "ahad", "day")
_DIGIT = re.compile(r"\d")


def _may_date(line: str) -> bool:
    lower = line.lower()
    return "kemarin" in lower or (
        _DIGIT.search(line) is not None and any(part in lower for part in _DAY_PARTS)
    )


_SENTENCE_END = re.compile(r"(?<!\d)[.!?](?!\d)")


def _article_day(context: CheckContext) -> dt.date | None:
    value = context.article.date
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def _date(year: int | None, month: int, day: int, around: dt.date | None) -> dt.date | None:
    """The date, the year from ``around`` (the nearest) when the copy leaves it out."""
    try:
        if year is not None:
            return dt.date(year + 2000 if year < 100 else year, month, day)
        if around is None:
            return None
        options = []
        for y in (around.year - 1, around.year, around.year + 1):
            try:
                options.append(dt.date(y, month, day))
            except ValueError:
                continue
        return min(options, key=lambda d: abs(d - around)) if options else None
    except ValueError:
        return None  # 31/2: not a date; not this rule's to say


def _day_name(written: str, number: int, english: bool) -> str:
    name = (DAYS_EN if english else DAYS_ID)[number]
    return name.upper() if written.isupper() and len(written) > 1 else name


def _sentence(line: str, start: int, end: int) -> str:
    """The sentence of ``line`` around ``start``..``end`` (roughly: between full stops)."""
    before = [m.end() for m in _SENTENCE_END.finditer(line, 0, start)]
    after = _SENTENCE_END.search(line, end)
    return line[before[-1] if before else 0 : after.start() if after else len(line)]


def _weekday_findings(
    number: int, line: str, today: dt.date | None, english: bool
) -> Iterator[Finding]:
    found: list[tuple[re.Match[str], int, int, int | None]] = []  # match, day, month, year
    for m in _NUMERIC.finditer(line):  # day/month: Indonesian copy (not the US month/day)
        if m.group(1).lower() in _DAY_NUMBER and m.group(1).lower() not in _ENGLISH_DAYS:
            found.append((m, int(m.group(2)), int(m.group(3)), _year(m.group(4))))
    for m in _DAY_MONTH.finditer(line):
        month = _MONTH_NUMBER.get(m.group(3).lower())
        if month:
            found.append((m, int(m.group(2)), month, _year(m.group(4))))
    if english:
        for m in _MONTH_DAY.finditer(line):
            month = _MONTH_NUMBER.get(m.group(2).lower())
            if month:
                found.append((m, int(m.group(3)), month, _year(m.group(4))))
    for m, day, month, year in found:
        written = m.group(1)
        is_english = written.lower() in _ENGLISH_DAYS
        if is_english and not english:
            continue
        date = _date(year, month, day, today)
        if date is None:
            continue
        right = _day_name(written, date.weekday(), is_english)
        where = m.start(1) + 1
        shown = date.isoformat()
        if _DAY_NUMBER[written.lower()] != date.weekday():
            yield Finding(
                number, where, Level.WARNING, WEEKDAY,
                tr("'{day}' does not match the date {date}, which is a {right}",
                   day=written, date=shown, right=right),
                (right,), length=len(written),
            )  # fmt: skip
        elif today is not None and date > today:
            said = _PAST_WORD.search(_sentence(line, m.start(), m.end())) or _LALU_AFTER.match(
                line, m.end()
            )
            if said:
                yield Finding(
                    number, where, Level.WARNING, WEEKDAY,
                    tr("{date} is after the article's date ({today}) but the sentence says "
                       "'{word}'", date=shown, today=today.isoformat(), word=said.group().strip()),
                    length=m.end() - m.start(),
                )  # fmt: skip
    if today is None or english:
        return
    yesterday = today - dt.timedelta(days=1)
    dated = {m.start(1) for m, *_rest in found}  # a day with its date is judged by the date
    for m in _YESTERDAY_DAY.finditer(line):
        group = next(g for g in (1, 2, 3) if m.group(g))
        written = m.group(group)
        if m.start(group) not in dated and _DAY_NUMBER[written.lower()] != yesterday.weekday():
            right = _day_name(written, yesterday.weekday(), False)
            yield Finding(
                number, m.start(group) + 1, Level.WARNING, WEEKDAY,
                tr("'kemarin' is {right} {date} (the day before the article's date), not "
                   "'{day}'", right=right, date=yesterday.isoformat(), day=written),
                (right,), length=len(written),
            )  # fmt: skip


def _year(text: str | None) -> int | None:
    return int(text) if text else None


# -- reading the prose ---------------------------------------------------------------------------
def _prose(context: CheckContext) -> ProseLines:
    return context.prose


def _lines(located: LocatedBlock, prose: ProseLines) -> list[tuple[int, str]]:
    """(file line, the line as a reader reads it: not-prose parts blanked) of a block."""
    return [
        (number, blank_non_prose(prose.read(number, text)))
        for number, text in enumerate(located.block.lines, start=located.line)
    ]


@rule(WEEKDAY)
def check_weekday(context: CheckContext) -> Iterator[Finding]:
    today = _article_day(context)
    english = article_language(context.article.meta.get("lang")) == "en"
    prose = _prose(context)

    def block(located: LocatedBlock) -> list[Finding]:
        context.step(located.line)
        out: list[Finding] = []
        for number, raw in enumerate(located.block.lines, start=located.line):
            if _may_date(raw):  # most lines name no day: not read further
                line = blank_non_prose(prose.read(number, raw))
                out += islice(_weekday_findings(number, line, today, english), PER_BLOCK)
        return out[:PER_BLOCK]

    slot = context.slot(WEEKDAY, (today, english))
    yield from slot.collect(context.blocks, block, skip=NOT_PROSE_KINDS)


# -- a word written twice ------------------------------------------------------------------------
#: repeats that are grammar, not slips
KNOWN_REPEATS = frozenset({"had", "that", "is"})
_REPEAT = re.compile(r"(?<![\w'’-])([^\W\d_]+)([ \t]+|[ \t]*\n[ \t]*)(\1)(?![\w'’-])", re.I)


_WORD = re.compile(r"[\w'’-]+")  # masing-masing is one word


def _has_repeat(lines: Sequence[str]) -> bool:
    """Whether two words in a row are the same (a quick look before the precise one)."""
    words = _WORD.findall("\n".join(lines).lower())
    return any(a == b for a, b in pairwise(words))


_OPENING = re.compile(r"(?:^|[.!?:]|\n\n)[\s\"“'‘(\[*_>-]*$")


def _starts(text: str, at: int) -> bool:
    """Whether the word at ``at`` starts a sentence (or the block)."""
    return bool(_OPENING.search(text, max(0, at - 12), at))


@rule(REPEATED_WORD)
def check_repeated_word(context: CheckContext) -> Iterator[Finding]:
    prose = _prose(context)

    def block(located: LocatedBlock) -> list[Finding]:
        context.step(located.line)
        if not _has_repeat(located.block.lines):
            return []  # no word twice in a row, even in what is not prose
        lines = _lines(located, prose)
        text = "\n".join(line for _n, line in lines)
        starts = [0]
        for _n, line in lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        out: list[Finding] = []
        for m in _REPEAT.finditer(text):
            if len(out) >= PER_BLOCK:
                break
            first, second = m.group(1), m.group(3)
            if first.lower() in KNOWN_REPEATS or (
                first[:1].isupper() and (second[:1].isupper() or not _starts(text, m.start()))
            ):
                continue  # a name (Duran Duran) or a species (Diuca diuca)
            index = max(i for i, s in enumerate(starts) if s <= m.start())
            column = m.start() - starts[index] + 1
            suggestions: tuple[str, ...] = (first,)
            length = m.end() - m.start()
            if "\n" in m.group(2):  # over a line break: the second one, on its own line
                index += 1
                column = m.start(3) - starts[index] + 1
                length, suggestions = len(second), ()
            out.append(
                Finding(
                    lines[index][0], column, Level.WARNING, REPEATED_WORD,
                    tr("'{word}' is written twice", word=second), suggestions, length=length,
                )
            )  # fmt: skip
        return out

    yield from context.slot(REPEATED_WORD).collect(context.blocks, block, skip=NOT_PROSE_KINDS)


# -- quotation marks and brackets left open -----------------------------------------------------
_PAIRS = {"“": "”", "(": ")", "[": "]", "«": "»", "„": "”"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
#: quotation marks and brackets in one paragraph past which it is not judged (not copy)
MAX_MARKS = 10_000
_MARK = re.compile(r'["“”«»„()\[\]]')
_LINK_END = re.compile(r"\](?=\()")
_OPENS_WITH_QUOTE = re.compile(r'^\s*(?:[>*+-]\s*|\d+[.)]\s*)*["“«„]')


def _balanced(text: str) -> bool:
    """Each kind of mark is closed as often as it is opened (and straight quotes are paired):
    a quick look that most paragraphs pass, before the precise reading."""
    return (
        text.count('"') % 2 == 0
        and text.count("(") == text.count(")")
        and text.count("[") == text.count("]")
        and text.count("“") + text.count("„") == text.count("”")
        and text.count("«") == text.count("»")
    )


def open_marks(lines: list[tuple[int, str]], raw: list[str]) -> list[tuple[int, int, str]]:
    """(file line, 0-based column, mark) of each quotation mark or bracket that ``lines`` (a
    block's lines as read, not-prose parts blanked; ``raw``: as written) open and do not close.
    A link's ``](`` closes its ``[``. Linear in the block's length: only the marks are visited,
    and a closer looks for its opener only when one is open."""
    stack: list[tuple[int, int, str]] = []
    left: list[tuple[int, int, str]] = []
    opened = dict.fromkeys(_PAIRS, 0)
    straight: tuple[int, int, str] | None = None
    count = 0
    for (number, line), written in zip(lines, raw, strict=True):
        marks = [(m.start(), m.group()) for m in _MARK.finditer(line)]
        count += len(marks)
        if count > MAX_MARKS:
            return []  # not prose a person wrote: not judged
        if "](" in written:  # the link's text ends where its blanked target starts
            marks += [
                (m.start(), "]") for m in _LINK_END.finditer(written) if line[m.start()] == " "
            ]
            marks.sort()
        for at, ch in marks:
            if ch == '"':
                if straight is None and not (stack and stack[-1][2] in "“„«"):
                    straight = (number, at, ch)
                elif straight is not None:
                    straight = None
                else:  # “...": a straight mark closes a curly one
                    opened[stack.pop()[2]] -= 1
            elif ch in _PAIRS:
                stack.append((number, at, ch))
                opened[ch] += 1
            else:
                wanted = ("“", "„") if ch == "”" else (_CLOSERS[ch],)
                if not any(opened[w] for w in wanted):
                    continue  # nothing of its kind is open: a smiley's ), a list's 1)
                i = len(stack) - 1
                while stack[i][2] not in wanted:  # the nearest one it closes
                    i -= 1
                left += stack[i + 1 :]  # opened inside it and not closed there
                for entry in stack[i:]:
                    opened[entry[2]] -= 1
                del stack[i:]
    left += stack + ([straight] if straight else [])
    return sorted(left)


@rule(QUOTES)
def check_quotes(context: CheckContext) -> Iterator[Finding]:
    prose = _prose(context)

    def block(located: LocatedBlock) -> list[Finding]:
        context.step(located.line)
        if _balanced("\n".join(located.block.lines)):
            return []  # as many closing marks as opening ones of each kind: nothing open
        lines = _lines(located, prose)
        out = []
        seen: set[str] = set()
        for number, at, mark in open_marks(lines, list(located.block.lines)):
            if mark in seen:
                continue  # the first of each kind: one slip is told once per paragraph
            seen.add(mark)
            if mark in "([":
                message = tr("'{mark}' is opened and not closed in this paragraph", mark=mark)
            else:
                message = tr("this quotation is opened with {mark} and not closed in this "
                             "paragraph", mark=mark)  # fmt: skip
            out.append(
                Finding(
                    number, at + 1, Level.WARNING, QUOTES, message, length=1,
                    extra={"mark": mark},
                )
            )  # fmt: skip
        return out

    found = context.slot(QUOTES).collect(context.blocks, block, skip=NOT_PROSE_KINDS)
    if not found:
        return
    # a quotation that goes on in the next paragraph (which opens with a quotation mark)
    blocks = [b for b in context.blocks if b.block.kind not in NOT_PROSE_KINDS]
    next_opens: dict[int, bool] = {}
    for here, after in pairwise(blocks):
        first = after.block.lines[0] if after.block.lines else ""
        next_opens[here.line] = bool(_OPENS_WITH_QUOTE.match(first))
    starts = [b.line for b in blocks]
    for finding in found:
        if finding.extra.get("mark", "(") in "([" or not _continued(finding, starts, next_opens):
            yield finding


def _continued(finding: Finding, starts: list[int], next_opens: dict[int, bool]) -> bool:
    """The finding's quotation goes on in the next paragraph."""
    at = bisect_right(starts, finding.line) - 1
    return at >= 0 and next_opens.get(starts[at], False)
