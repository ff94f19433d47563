"""A press release's own dateline at the start of its first paragraph, which the import moves
into the front matter's ``dateline`` field (the site's dateline takes its place on the page).

The forms Indonesian releases use: a city in capitals (``JAKARTA – ``, ``BANDUNG, 5 Desember
2026 - ``) or in title case (``Jakarta — ``, ``Kota Bandung, Jumat (5/12/2026) - ``), an
optional date (``5 Desember 2026``, ``Jumat (5/12/2026)``, ``(5/12)``) or news agency
(``JAKARTA (ANTARA) - ``), in bold or not, then a dash with a space on each side.

A city in title case is a name only with the dash right after it or after a date or agency
(``Jakarta, kota terbesar di Indonesia, ...`` is a sentence), before a sentence that starts
with a capital, a digit or a quotation mark (``Jakarta - bukan ibu kota`` is a sentence), and
never as a dash-framed apposition (``Sri Mulyani – Menteri Keuangan – mengatakan``)."""

from __future__ import annotations

import re

_S = r"[ \t\u00a0]"
#: a province's prefix before a city, kept in capitals when a city in capitals is made a name
_PREFIXES = ("DKI", "DIY", "DI")
_MONTHS = (
    "Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|Nopember"
    "|November|Desember|January|February|March|May|June|July|August|October|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Ags|Aug|Sep|Sept|Okt|Oct|Nov|Des|Dec"
)
_DAYS = "Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Jum’at|Sabtu|Minggu|Ahad"
_DATE = (
    rf"(?:(?:{_DAYS}){_S}*,?{_S}*)?"  # Jumat, / Jumat
    rf"(?:\d{{1,2}}{_S}+(?:{_MONTHS})\.?(?:{_S}+\d{{4}})?"  # 5 Desember 2026
    r"|\(\d{1,2}/\d{1,2}(?:/\d{2}(?:\d{2})?)?\)"  # (5/12/2026), (5/12)
    r"|\d{1,2}/\d{1,2}/\d{4}"  # 5/12/2026
    rf"|(?:{_DAYS}))"  # a day alone: Jakarta, Jumat -
)
_AGENCY = r"\([A-Z][\w.]*(?: [A-Z][\w.]*){0,2}\)"  # (ANTARA), (ANTARA News)
_PARTS = rf"(?:(?:,{_S}*|{_S}+)(?:{_DATE}|{_AGENCY})){{1,2}}"
_DASH = rf"{_S}+(?:[–—]|--?){_S}+"
_CAPITALS = r"[A-Z][A-Z'’.]{2,}(?: [A-Z][A-Z'’.]+){0,3}"
_WORD = rf"(?!(?:{_DAYS}|{_MONTHS})\b)[A-Z][a-z]+(?:['’-][A-Za-z]+)*"  # not Jumat, Desember
_TITLED = rf"(?:(?:{'|'.join(_PREFIXES)}) )?{_WORD}(?: {_WORD}){{0,2}}"
_EM = r"(?P<em>\*\*|__)?"
_CLOSE = r"(?(em)(?:\*\*|__)?)"
_IN_CAPITALS = re.compile(
    rf"^{_EM}(?P<city>{_CAPITALS}){_CLOSE}(?:{_PARTS}|,[^\n–—-]{{1,40}})?{_CLOSE}{_DASH}"
)
_IN_TITLE_CASE = re.compile(
    rf"^{_EM}(?P<city>{_TITLED}){_CLOSE}(?P<parts>{_PARTS})?{_CLOSE}{_DASH}"
    r"(?=[A-Z0-9\"“'‘])"
)
# words in title case that open a sentence like a city but are none
_NOT_CITIES = re.compile(r"(?:Hari|Tanggal|Pada|Sejak|Mulai|Hingga|Selama|Per)\b")
_SENTENCE_END = re.compile(r"[.!?\n]")


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
    if match.group("em") and match.group(0).count(match.group("em")) != 2:
        return None  # bold opened and never closed: not the dateline's own
    return match


def split_dateline(body: str) -> tuple[str, str]:
    """(the city of the dateline the body's first paragraph starts with, as a name, or "", the
    body without it): the site's dateline takes its place (``JAKARTA, Netizen.co.id - ``)."""
    at = 0
    while body.startswith("#", at):  # the first paragraph after the headings above it
        end = body.find("\n\n", at)
        if end < 0:
            return "", body
        at = end + 2
    match = _dateline(body[at:])
    if match is None:
        return "", body
    city = match.group("city")
    if city.isupper():
        words = city.split(" ")
        city = " ".join(w if w in _PREFIXES else w.title() for w in words)
        city = city.replace("'S", "'s").replace("’S", "’s")
    return city, body[:at] + body[at + match.end() :]
