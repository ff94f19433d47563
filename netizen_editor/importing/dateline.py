"""A press release's own dateline at the start of its first paragraph, which the import moves
into the front matter's ``dateline`` field (the site's dateline takes its place on the page).

The forms Indonesian releases use: a city in capitals (``JAKARTA – ``, ``BANDUNG, 5 Desember
2026 - ``) or in title case (``Jakarta — ``, ``Kota Bandung, Jumat (5/12/2026) - ``), an
optional date (``5 Desember 2026``, ``Jumat (5/12/2026)``, ``(5/12)``) or news agency
(``JAKARTA (ANTARA) - ``), in bold or not (the dash inside the bold or not: ``**JAKARTA –**
``), then a dash with a space on each side.

A city in title case is a name only with the dash right after it or after a date or agency
(``Jakarta, kota terbesar di Indonesia, ...`` is a sentence), before a sentence that starts
with a capital, a digit or a quotation mark (``Jakarta - bukan ibu kota`` is a sentence), and
never as a dash-framed apposition (``Sri Mulyani – Menteri Keuangan – mengatakan``). Without
a date or an agency, a place right after the dash makes a pair (``Jakarta – Bandung kini
terhubung ...``, a route), not a dateline.

The release's own date is kept apart (the journalist sees it; the article's date is its
publication): ``Jumat (5/12/2026)`` is ``Jumat, 5 Desember 2026``."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from netizen_editor.article.dates import DAYS, MONTHS
from netizen_editor.grammar.inline import only_comments, only_pictures
from netizen_editor.importing.places import starts_with_place

_S = r"[ \t\u00a0]"
#: a province's prefix before a city, kept in capitals when a city in capitals is made a name
_PREFIXES = ("DKI", "DIY", "DI")
_MONTHS = (
    "Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|Nopember"
    "|November|Desember|January|February|March|May|June|July|August|October|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Ags|Aug|Sep|Sept|Okt|Oct|Nov|Des|Dec"
)
_DAYS = "Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Jum’at|Sabtu|Minggu|Ahad"
#: a date as releases write one (a pattern's text; the letter head's place and date use it too)
DATE = (
    rf"(?:(?:{_DAYS}){_S}*,?{_S}*)?"  # Jumat, / Jumat
    rf"(?:\d{{1,2}}{_S}+(?:{_MONTHS})\.?(?:{_S}+\d{{4}})?"  # 5 Desember 2026
    r"|\(\d{1,2}/\d{1,2}(?:/\d{2}(?:\d{2})?)?\)"  # (5/12/2026), (5/12)
    r"|\d{1,2}/\d{1,2}/\d{4}"  # 5/12/2026
    rf"|(?:{_DAYS}))"  # a day alone: Jakarta, Jumat -
)
_AGENCY = r"\([A-Z][\w.]*(?: [A-Z][\w.]*){0,2}\)"  # (ANTARA), (ANTARA News)
_PARTS = rf"(?:(?:,{_S}*|{_S}+)(?:{DATE}|{_AGENCY})){{1,2}}"
_DASH = rf"{_S}+(?:[–—]|--?){_S}+"
_CAPITALS = r"[A-Z][A-Z'’.]{2,}(?: [A-Z][A-Z'’.]+){0,3}"
_WORD = rf"(?!(?:{_DAYS}|{_MONTHS})\b)[A-Z][a-z]+(?:['’-][A-Za-z]+)*"  # not Jumat, Desember
_TITLED = rf"(?:(?:{'|'.join(_PREFIXES)}) )?{_WORD}(?: {_WORD}){{0,2}}"
_EM = r"(?P<em>\*\*|__)?"
_CLOSE = r"(?(em)(?:\*\*|__)?)"
_IN_CAPITALS = re.compile(
    rf"^{_EM}(?P<city>{_CAPITALS}){_CLOSE}(?P<parts>{_PARTS}|,[^\n–—-]{{1,40}})?{_CLOSE}{_DASH}"
)
_IN_TITLE_CASE = re.compile(
    rf"^{_EM}(?P<city>{_TITLED}){_CLOSE}(?P<parts>{_PARTS})?{_CLOSE}{_DASH}"
    r"(?=(?:\*\*|__|[*_])?[A-Z0-9\"“'‘])"  # the sentence, its first words bold or not
)
# words in title case that open a sentence like a city but are none
# the bold closed after the dash (``**JAKARTA –** Isi``, ``**JAKARTA – **Isi``): read as
# ``**JAKARTA** – Isi``, the bold the city's and the dash after it
_BOLD_DASH = re.compile(
    rf"^(?P<em>\*\*|__)(?P<head>[^*_\n]{{1,80}}?)(?P<dash>{_S}+(?:[–—]|--?)){_S}*(?P=em){_S}*(?=\S)"
)
_NOT_CITIES = re.compile(r"(?:Hari|Tanggal|Pada|Sejak|Mulai|Hingga|Selama|Per)\b")
_SENTENCE_END = re.compile(r"[.!?\n]")
_DAY = re.compile(rf"(?<!\w)(?:{_DAYS})(?!\w)")
_NAMED_DATE = re.compile(rf"(?<!\d)(\d{{1,2}}){_S}+({_MONTHS})\.?(?:{_S}+(\d{{4}}))?(?!\w)")
_NUMBERED_DATE = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?!\d)")
_MONTH_NUMBERS = {"jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "mei": 5, "may": 5,
                  "jun": 6, "jul": 7, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "sep": 9,
                  "okt": 10, "oct": 10, "nov": 11, "nop": 11, "des": 12, "dec": 12}  # fmt: skip


class Dateline(NamedTuple):
    """A release's dateline read: its ``city`` as a name ("" when the body has none), the
    ``body`` without it, and the release's own ``date`` as the house writes one ("" when it
    names none)."""

    city: str
    body: str
    date: str = ""


def _dateline(paragraph: str) -> re.Match[str] | None:
    match = _IN_CAPITALS.match(paragraph)
    if match is None:
        match = _IN_TITLE_CASE.match(paragraph)
        if match is None or _NOT_CITIES.match(match.group("city")):
            return None
        dash = match.group(0).rstrip()[-1]
        sentence = _SENTENCE_END.split(paragraph[match.end() :], 1)[0]
        if not match.group("parts") and f" {dash} " in sentence:
            return None  # an apposition between two dashes, not a dateline
    if not match.group("parts") and starts_with_place(paragraph[match.end() :]):
        return None  # two places: "Jakarta – Bandung kini terhubung ..."
    if match.group("em") and match.group(0).count(match.group("em")) != 2:
        return None  # bold opened and never closed: not the dateline's own
    return match


def split_dateline(body: str) -> Dateline:
    """The dateline the body's first paragraph (after the headings, review comments and
    pictures above it: a letterhead's logo) starts with, and the body without it: the site's
    dateline takes its place on the page (``JAKARTA, Netizen.co.id - ``)."""
    at = 0
    while True:  # past headings and paragraphs that are only a review comment or pictures
        end = body.find("\n\n", at)
        block = body[at : end if end >= 0 else None]
        if not (body.startswith("#", at) or only_comments(block) or only_pictures(block)):
            break
        if end < 0:
            return Dateline("", body)
        at = end + 2
    paragraph = _BOLD_DASH.sub(r"\g<em>\g<head>\g<em>\g<dash> ", body[at:], count=1)
    match = _dateline(paragraph)
    if match is None:
        return Dateline("", body)
    city = match.group("city")
    if city.isupper():
        words = city.split(" ")
        city = " ".join(w if w in _PREFIXES else w.title() for w in words)
        city = city.replace("'S", "'s").replace("’S", "’s")
    date = release_date(match.group("parts") or "")
    return Dateline(city, body[:at] + paragraph[match.end() :], date)


def release_date(text: str) -> str:
    """The date in a dateline's ``text`` after its city (``, Jumat (5/12/2026)``) as the house
    writes one: ``Jumat, 5 Desember 2026`` (the day the release names, else the date's own);
    a date that is none (``35/14``) as written; "" when there is none."""
    day = _DAY.search(text)
    named = _NAMED_DATE.search(text)
    numbered = None if named else _NUMBERED_DATE.search(text)
    found = named or numbered
    if found is None:
        return day.group(0).replace("'", "").replace("’", "") if day else ""
    number, month, year = found.groups()
    if named:
        month = str(_MONTH_NUMBERS.get(month[:3].lower(), 0))
    if year and len(year) == 2:
        year = f"20{year}"
    try:
        when = dt.date(int(year or 2000), int(month), int(number))  # 2000: a leap year
    except ValueError:
        written = found.group(0)
        return f"{day.group(0)}, {written}" if day and day.start() < found.start() else written
    date = f"{when.day} {MONTHS[when.month - 1]}" + (f" {year}" if year else "")
    if day:
        name = day.group(0).replace("'", "").replace("’", "")
    else:
        name = DAYS[when.weekday()] if year else ""
    return f"{name}, {date}" if name else date
