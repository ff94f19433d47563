"""The imported article's front matter: title (the document's title property, else its first
heading, else its first line; a release label above the headline such as ``SIARAN PERS`` is
never the title and leaves the body), the sender in ``source``, ``date`` now in the newsroom's zone,
the importing user as ``author``, ``template: rilis`` and ``source_file`` (the document's
text kept beside the article, which the press-release check compares the rewrite with).

Review marks never go into the front matter: the title is taken as if every change were
accepted, without Markdown syntax."""

from __future__ import annotations

import datetime as dt
import re

from netizen_editor.article.frontmatter import set_field
from netizen_editor.article.new_article import new_article_text
from netizen_editor.grammar.inline import accepted_text, only_pictures
from netizen_editor.i18n import tr
from netizen_editor.importing.boilerplate import as_comment, comment_boilerplate, drop_end_marks
from netizen_editor.importing.dateline import split_dateline
from netizen_editor.settings import Settings

TEMPLATE = "rilis"
_HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t#]*$")
_SYNTAX = re.compile(r"[*_`]|\\(?=[^\w\s])|\[\^\d+\]|!?\[([^\]]*)\]\([^)]*\)")
TITLE_WIDTH = 150
# the labels a release puts above its headline (a line of nothing else is a kicker, not text)
_LABELS = (
    "SIARAN PERS", "RILIS PERS", "RILIS MEDIA", "SIARAN MEDIA", "RILIS BERITA", "SIARAN BERITA",
    "KETERANGAN PERS", "PERNYATAAN PERS", "PRESS RELEASE", "NEWS RELEASE", "MEDIA RELEASE",
    "PRESS STATEMENT", "FOR IMMEDIATE RELEASE", "UNTUK SEGERA DISIARKAN",
    "UNTUK DISIARKAN SEGERA", "SEGERA DISIARKAN", "UNTUK SEGERA DIPUBLIKASIKAN",
    "UNTUK DIPUBLIKASIKAN SEGERA", "UNTUK SEGERA DITERBITKAN", "UNTUK DITERBITKAN SEGERA", "RILIS",
)  # fmt: skip
_SITE_SUFFIX = re.compile(r"(?P<head>.*\S)[ \t]+[|–—-][ \t]+(?P<tail>[^|–—]+)")
_KICKER = re.compile(rf"(?:(?:{'|'.join(_LABELS)})\b[^\w]*)+")


def clean_title(text: str) -> str:
    """A line of Markdown as plain text: changes accepted, comments, emphasis and links gone."""
    text = _SYNTAX.sub(lambda m: m.group(1) or "", accepted_text(text))
    return " ".join(text.split())


def is_kicker(line: str) -> bool:
    """Whether a line is only a release's label (``SIARAN PERS``, ``PRESS RELEASE –
    UNTUK SEGERA DISIARKAN``, ``**Rilis Pers**``, ``# SIARAN PERS``), never its headline."""
    heading = _HEADING.match(line.strip())
    text = clean_title(heading.group(1) if heading else line).upper()
    return len(text) <= 80 and _KICKER.fullmatch(text.strip(" .:|/–—-")) is not None


def _drop_kickers(body: str) -> str:
    """``body`` without the release's labels it starts with (``SIARAN PERS``)."""
    while True:  # the release's labels above the headline: neither title nor text
        first, _, after = body.lstrip("\n").partition("\n\n")
        if "\n" in first.strip() or not is_kicker(first):
            return body
        body = after


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _same(one: str, other: str) -> bool:
    return _fold(one) == _fold(other)


def without_site(title: str, headline: str) -> str:
    """``title`` without the site's name a web page (or a PDF made from one) puts after the
    headline (``Banjir Rob | Humas Jakarta``, ``Banjir Rob - Pemkot``): only trailing parts
    after `` | ``, `` – ``, `` — `` or `` - `` that come after the whole headline or that the
    headline does not have."""
    while not _same(title, headline):
        found = _SITE_SUFFIX.fullmatch(title)
        if found is None:
            break
        head, tail = found.group("head"), found.group("tail")
        if not _fold(head).startswith(_fold(headline)) and _fold(tail) in _fold(headline):
            break  # the headline's own words (``Jokowi - Prabowo Bertemu``)
        title = head
    return title


def split_title(body: str, title: str) -> tuple[str, str]:
    """(the title, the body without the block the title came from when it was the first).

    ``title`` is the document's title property ("" when none): then the body stays whole
    unless it starts with a heading of the same text. Kickers (``SIARAN PERS``) the body
    starts with are left out, and a title property that is one is none. Pictures above a
    heading (a letterhead's logo) stay where they are; the heading after them is read as the
    first block is."""
    body = _drop_kickers(body)
    blocks = body.strip("\n").split("\n\n")
    lead = 0
    while lead < len(blocks) - 1 and only_pictures(blocks[lead]):
        lead += 1
    pictures, after = "\n\n".join(blocks[:lead]), "\n\n".join(blocks[lead:])
    first_line = _drop_kickers(after).split("\n", 1)[0]
    if not lead or not _HEADING.match(first_line):  # after a logo, a heading only
        return _split_title(body, title)
    found, rest = _split_title(after, title)
    return found, body if rest == _drop_kickers(after) else pictures + "\n\n" + rest


def _split_title(body: str, title: str) -> tuple[str, str]:
    body = _drop_kickers(body)
    title = "" if is_kicker(title) else title
    blocks = body.strip("\n").split("\n\n", 1)
    first = blocks[0].strip() if blocks else ""
    rest = blocks[1].lstrip("\n") if len(blocks) > 1 else ""
    heading = _HEADING.match(first) if "\n" not in first else None
    if title:
        if heading:
            title = without_site(title, clean_title(heading.group(1)))
        if heading and _same(clean_title(heading.group(1)), title):
            return title, _drop_kickers(rest)
        return title, body
    if heading:
        return clean_title(heading.group(1)), _drop_kickers(rest)
    for line in body.split("\n"):
        match = _HEADING.match(line)
        if match:
            return clean_title(match.group(1)), body
    line = clean_title(first.split("\n", 1)[0]) if first else ""
    if (
        line
        and "\n" not in first
        and len(line) <= TITLE_WIDTH
        and not first.startswith(("-", "|", ">", "!"))
    ):
        return line, rest  # a short first paragraph alone is the title
    return line[:TITLE_WIDTH], body


def article_text(
    body: str,
    title: str,
    sender: str,
    source_file: str,
    settings: Settings,
    now: dt.datetime | None = None,
) -> str:
    """The whole article: front matter, a blank line, the body. The release's contact and
    "about" blocks are review comments in their place, its own date one at the top: the
    journalist sees them, an export leaves them out (the article's date is its publication).
    Its end mark (``###``, ``-selesai-``) after the story goes."""
    city, body, date = split_dateline(drop_end_marks(comment_boilerplate(body)))
    if date:
        body = as_comment(tr("Press release date: {date}", date=date)) + "\n\n" + body.lstrip("\n")
    text = new_article_text(settings, now)
    if city:
        text = set_field(text, "dateline", city)
    for key, value in (("title", title), ("source", sender), ("template", TEMPLATE),
                       ("source_file", source_file)):  # fmt: skip
        text = set_field(text, key, value)
    if not sender:
        text = set_field(text, "source", " ").replace("source: ' '", "source: ''")
    return text + body.strip("\n") + "\n"
