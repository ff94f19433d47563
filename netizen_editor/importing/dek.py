"""A release's dek: the sentence under its headline that Word's Subtitle style sets
(``Program menyasar 1,2 juta warga di lima kabupaten hingga akhir 2027``). It says what the
story is about, which the article's ``summary`` (the search description) is for; read as a
heading it stood above the lead as ``## *...*``, a second headline the dateline check said
came before the dateline.

The reader gives a paragraph in that style the class :data:`SUBTITLE`; the first one right
under the document's first heading (its headline) is the dek, taken out of the body. Any other
stays a paragraph where it is, never a heading. A dek holding a tracked change or a comment
stays too: review marks never go into the front matter."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

from netizen_editor.importing.captions import neighbour
from netizen_editor.sentinels import ESCAPE, holds_sentinels, show_sentinels

#: the class of a paragraph in Word's Subtitle style (the reader's style map gives it)
SUBTITLE = "netizen-subtitle"
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_HIDDEN = re.compile(f"{ESCAPE}.", re.DOTALL)  # a character of the document's own, hidden


def take_dek(soup: BeautifulSoup) -> str:
    """The text of the release's dek in ``soup`` (its characters as the document has them),
    taken out of it; "" when it has none."""
    subtitles = soup.find_all("p", class_=SUBTITLE)
    if not subtitles:
        return ""
    first = subtitles[0]
    text = " ".join(first.get_text().split())
    headline = soup.find(_HEADINGS)
    if (
        not text
        or holds_sentinels(_HIDDEN.sub("", text))  # a tracked change's or a comment's marks
        or first.find(("a", "sup", "img"))  # a link, a footnote: the front matter has none
        or headline is None
        or neighbour(first, before=True) is not headline
    ):
        return ""
    first.decompose()
    return show_sentinels(text)
