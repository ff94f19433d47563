"""The imported article's front matter: title (the headline the body starts with, else the
document's title property, else its first heading, else its first line; a release label above
the headline such as ``SIARAN PERS`` is never the title and leaves the body, its reference
number ``Nomor: 215/HM/2026`` is a review comment, as is the head of a release sent as a
letter: ``Nomor``, ``Lampiran``, ``Perihal``, ``Kepada Yth.``, and the sender's name and
address above them, ``KEMENTERIAN ...``, ``Jl. ...``), the sender in ``source``,
``date`` now in the newsroom's zone, the importing user as ``author``, ``template: rilis``
and ``source_file`` (the document's text kept beside the article, which the press-release
check compares the rewrite with).

Review marks never go into the front matter: the title is taken as if every change were
accepted, without Markdown syntax."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable
from typing import NamedTuple

from netizen_editor.article.frontmatter import set_field
from netizen_editor.article.new_article import new_article_text
from netizen_editor.grammar.inline import accepted_text, only_comments, only_pictures
from netizen_editor.i18n import tr
from netizen_editor.importing.boilerplate import as_comment, comment_boilerplate, drop_end_marks
from netizen_editor.importing.cancel import checkpoint
from netizen_editor.importing.dateline import split_dateline
from netizen_editor.importing.letter import is_date_line, letter_blocks
from netizen_editor.importing.sender import sender_blocks, sender_name
from netizen_editor.settings import Settings

TEMPLATE = "rilis"
#: whether a paragraph of pictures above the headline is only the sender's logo (then left out)
Logo = Callable[[str], bool]
# a heading's text without its closing #s, in one greedy run after a possessive start: a lazy
# text tried the blanks after it from each of its characters (20,000 blanks took a second)
_HEADING = re.compile(r"#{1,6}[ \t]++(.*[^ \t#]|.)[ \t#]*")
# an escaped mark (the text's own: it stays), emphasis and code marks (an underscore inside a
# word is text), a footnote's number, a link or a picture
_SYNTAX = re.compile(
    r"\\(?P<mark>[!-/:-@[-`{-~])|[*`]|(?<!\w)_++|(?<!_)_++(?!\w)|\[\^\d+\]"
    r"|(?P<picture>!?)\[(?P<text>[^\]]*)\]\([^)]*\)"
)
# a paragraph of one line in bold: a headline written without a heading's style
_BOLD = re.compile(r"(\*\*|__)(?:(?!\1).)+\1")
# a photo's credit or caption line, bold or not ("**Foto: Humas Pemprov**"): never a headline
_CREDIT = re.compile(
    r"(?:foto|photo|dok(?:\.|umentasi)?|sumber(?: foto)?|ilustrasi|keterangan(?: foto)?|"
    r"kredit|credit)\s*[:.\-–—/]",
    re.IGNORECASE,
)
TITLE_WIDTH = 150
#: the longest title the document's title property makes (a PDF's ``/Title``, Word's
#: ``dc:title``, a page's ``<title>`` may be a whole paragraph, or megabytes): cut at a word
MAX_TITLE_CHARS = 300
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
_LABEL_FIRST = re.compile(_KICKER.pattern, re.IGNORECASE)  # ``Siaran Pers Pelabuhan ...``
# a release's reference number: ``Nomor: 215/HM/KOMDIGI/12/2026``, ``No. 045/SP/XII/2026``
_REFERENCE = re.compile(
    r"(?i:nomor|no|nr|ref|referensi|reference)(?:[ \t]+(?i:siaran[ \t]+pers|rilis|press"
    r"[ \t]+release))?\.?[ \t]*(?P<colon>:)?[ \t]*(?P<number>[\w.()/-]+(?:[ \t]+[\w.()/-]+){0,2})"
)
# a title property that is the file's name (``Microsoft Word - rilis.docx``), said by no one
_FILE_NAME = re.compile(r"(?i)^microsoft word - |\.(?:docx?|odt|rtf|pdf|txt|html?)$")


#: a label's or a reference number's line with its markup (bold, a link's address) is
#: shorter than this: a longer one (a 1.5 MB block) is not cleaned to find out; a title is
#: made of a line's first this many characters
LABEL_LINE_CHARS = 2000


def clean_title(text: str) -> str:
    """A line of Markdown as plain text: changes accepted, comments, emphasis, links and
    pictures gone (a link's text stays, a picture's description does not: it says what the
    photo shows, never the story), and the text's own marks as the page shows them: the
    escapes that kept them text in the body (``\\*``, ``&lt;b>``, ``&#123;++``) undone. Only
    its first ``LABEL_LINE_CHARS`` characters are read: from each ``[`` the link pattern
    looks as far as the line's next ``]``, so a line of 50,000 ``[`` took 21 s."""
    return " ".join(_plain(accepted_text(text[:LABEL_LINE_CHARS])).split())


def _plain(text: str) -> str:
    """Inline Markdown as the text the page shows: escaped marks as marks, entities as the
    characters they stand for (the import writes an entity only for a mark of the text; an
    ``&`` of the text that would start one is ``&amp;``)."""
    return html.unescape(_SYNTAX.sub(_syntax_text, text))


def _syntax_text(found: re.Match[str]) -> str:
    if found.group("mark"):
        return found.group("mark")
    if found.group("text") is not None and not found.group("picture"):
        return _SYNTAX.sub(_syntax_text, found.group("text"))  # entities: in the whole
    return ""


def is_kicker(line: str) -> bool:
    """Whether a line is only a release's label (``SIARAN PERS``, ``PRESS RELEASE –
    UNTUK SEGERA DISIARKAN``, ``**Rilis Pers**``, ``# SIARAN PERS``), never its headline."""
    if len(line) > LABEL_LINE_CHARS:  # cleaned, never 80 characters: not read whole
        return False
    heading = _HEADING.fullmatch(line.strip())
    text = clean_title(heading.group(1) if heading else line).upper()
    return len(text) <= 80 and _KICKER.fullmatch(text.strip(" .:|/–—-")) is not None


def is_reference(line: str) -> bool:
    """Whether a line is only a release's reference number (``Nomor: 215/HM/KOMDIGI/12/2026``,
    ``No. 045/SP/XII/2026``): the sender's filing, neither headline nor text."""
    if len(line) > LABEL_LINE_CHARS:
        return False
    text = clean_title(line)
    found = _REFERENCE.fullmatch(text)
    if found is None or len(text) > 80 or not any(c.isdigit() for c in found.group("number")):
        return False
    return bool(found.group("colon")) or "/" in found.group("number")


class Front(NamedTuple):
    """What a release puts above its headline (see :func:`_front`)."""

    blocks: list[str]
    body: str
    own: bool
    named: bool
    sender: str  # the sender's name on its letterhead (when ``named``), as a story writes it


# what a block above the headline is: the body's own, a note (a comment), the sender's name
_OWN, _NOTE, _SENDER = "own", "note", "sender"
# a line that ends a sentence (``... di Indonesia.``): no headline
_STATEMENT = re.compile(r"[^\W\d_]{4,}\.$")


def _front(body: str, logo: Logo | None = None, top: bool = True) -> Front:
    """The blocks a release puts above its headline (or its first paragraph), the body after
    them, whether any of them is the body's own (a letterhead's logo, a review comment) and
    whether the sender's name was among them: labels (``SIARAN PERS``) are left out, a
    reference number (``Nomor: 215/HM/2026``) and a letter's head (``Nomor``, ``Lampiran``,
    ``Perihal``, ``Kepada Yth.`` ..., importing.letter) are a review comment (kept, never the
    story), comments stay and so do pictures, but for a paragraph above text that ``logo``
    says is only the sender's logo (left out: the rest is read as if it had never been
    there). At the ``top`` (above the headline), the sender's name and address (importing.
    sender) with the labels, number and letter's head under it are one comment, when they are
    a letterhead: a sure address under the name (a street alone is a subtitle's) or a label
    after it, and a headline next (never the story's dateline)."""
    blocks = body.strip("\n").split("\n\n")
    front: list[tuple[str, str]] = []  # each block, and what it is (_OWN, _NOTE, _SENDER)
    named: tuple[int, list[str], bool] | None = None  # front and blocks at the name, address
    signs = 0  # labels, numbers and letter heads under the sender's name
    while blocks:
        block = blocks[0]
        single = "\n" not in block.strip()
        kept = only_pictures(block) or only_comments(block)
        letter = 0 if kept else letter_blocks(blocks)
        sender = 0
        if top and named is None and not kept and not letter:
            sender, addressed = sender_blocks(blocks, is_label)
            named = (len(front), list(blocks), addressed) if sender else None
        sign = named is not None and not (kept or sender)  # a label, number or letter head
        if kept:
            front.append((block, _OWN))
        elif sender:
            front.append(("\n".join(blocks[:sender]), _SENDER))
            del blocks[1:sender]
        elif letter:  # its lines in one paragraph or several: one comment
            front.append(("\n".join(blocks[:letter]), _NOTE))
            del blocks[1:letter]
        elif single and is_reference(block):
            front.append((block.strip(), _NOTE))
        elif named is not None and single and is_date_line(block):
            front.append((block.strip(), _NOTE))  # the letter's date: no sign of a letterhead
            sign = False  # (a headline in capitals may have its date under it)
        elif not (single and is_kicker(block)):
            break
        signs += sign
        blocks.pop(0)
    if named is not None and not ((named[2] or signs) and _headline_first(blocks)):
        front, blocks = front[: named[0]], named[1]  # a headline in capitals: read as before
        named = None
    if logo is not None and blocks:  # above a headline or text, not a page of pictures alone
        front = [(block, kind) for block, kind in front
                 if not (kind == _OWN and only_pictures(block) and logo(block))]  # fmt: skip
    name = next((sender_name(text) for text, kind in front if kind == _SENDER), "")
    return Front(_notes(front), "\n\n".join(blocks), any(k == _OWN for _, k in front),
                 named is not None, name if named is not None else "")  # fmt: skip


def is_label(line: str) -> bool:
    """Whether a line is a release's label or reference number (``SIARAN PERS``)."""
    return is_kicker(line) or is_reference(line)


def _headline_first(blocks: list[str]) -> bool:
    """Whether the first of ``blocks`` may be a release's headline: a heading, or one short
    line that is no sentence, list, table, quotation, photo credit nor dateline."""
    first = blocks[0].strip() if blocks else ""
    if "\n" in first:
        return False
    if _HEADING.fullmatch(first):
        return True
    text = clean_title(first)
    return (
        0 < len(text) <= TITLE_WIDTH
        and not first.startswith(("-", "|", ">", "!", "+"))
        and not _STATEMENT.search(text)
        and not _CREDIT.match(text)
        and not split_dateline(first).city
    )


def _notes(front: list[tuple[str, str]]) -> list[str]:
    """The front's blocks, each note a review comment; the notes right under the sender's
    name (its letter head) in its comment, without the labels in its lines."""
    out: list[tuple[str, bool]] = []  # each block, and whether it is the body's own
    joined = False  # whether a note goes on in the last comment, the sender's
    for text, kind in front:
        if kind == _NOTE and joined:
            out[-1] = (f"{out[-1][0]}\n{text}", False)
            continue
        if kind == _SENDER:
            text = "\n".join(line for line in text.split("\n") if not is_kicker(line))
        out.append((text, kind == _OWN))
        joined = kind == _SENDER
    return [text if own else as_comment(text) for text, own in out]


def _join(blocks: list[str]) -> str:
    return "\n\n".join(block for block in blocks if block)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _same(one: str, other: str) -> bool:
    return _fold(one) == _fold(other)


def _words_of(part: str, whole: str) -> bool:
    """Whether ``part``'s words are words of ``whole``, one after the other."""
    return f" {_fold(part)} " in f" {_fold(whole)} "


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


def split_title(body: str, title: str, logo: Logo | None = None) -> tuple[str, str]:
    """(the title, the body without the blocks it came from).

    A heading the body starts with (after the release's labels, reference number and logo) is
    the title and leaves the body; ``title``, the document's title property ("" when none), is
    then a review comment when it says something else (a PDF's ``/Title`` that named the event,
    not the story). So is the line under the sender's name and address (a letterhead
    written as text: importing.sender), whatever its style. Without such a heading the
    property is the title and the body stays whole; a property that is a label (``SIARAN
    PERS``) is none. Pictures above stay where they are, but for a paragraph that ``logo``
    (the import's pictures) says is only the sender's logo: it leaves the body (see
    importing.logo)."""
    front, rest, own, named, _ = _front(body, logo)
    title = "" if is_kicker(title) else title
    first, _, after = rest.partition("\n\n")
    heading = _HEADING.fullmatch(first.strip())
    if heading or named:  # under the sender's name, the headline whatever its style
        found = clean_title(heading.group(1) if heading else first)
        more, after, *_ = _front(after, top=False)  # labels and a number under it too
        return found, _join([*_title_note(title, found), *front, *more, after])
    found, rest = _untitled(rest, title, under_photo=own)
    return found, _join([*front, rest])


def letterhead_sender(body: str, logo: Logo | None = None) -> str:
    """The sender's name on the letterhead ``body`` starts with (as :func:`split_title` reads
    it), as a story writes it; "" when it starts with none."""
    return _front(body, logo).sender


def _title_note(title: str, headline: str) -> list[str]:
    """A review comment with the document's title property when it says more than the
    headline: not when it is the headline, or a part of it after a release's label (a web
    page's ``<title>Siaran Pers Pelabuhan Patimban</title>``, printed as a PDF)."""
    if not title or _FILE_NAME.search(title):
        return []
    title = without_site(title, headline)
    label = _LABEL_FIRST.match(title)
    if _same(title, headline) or (label and _words_of(title[label.end() :], headline)):
        return []
    return [as_comment(tr("Title in the document's properties: {title}", title=title))]


def _untitled(body: str, title: str, under_photo: bool = False) -> tuple[str, str]:
    """The title of a body that starts with no heading: the title property (cut at a word past
    ``MAX_TITLE_CHARS``), else the first heading, else a short first paragraph (which leaves
    the body), else its first line.
    ``under_photo``: the body is under a photo kept above it, whose caption (or the story's
    first sentence) its first paragraph may be: only one in bold (a headline without a
    heading's style) is the title then, else there is none (never the photo's description)."""
    if title:
        return short_title(title), body
    for line in body.split("\n"):
        match = _HEADING.fullmatch(line)
        if match:
            return clean_title(match.group(1)), body
    first, _, rest = body.partition("\n\n")
    if under_photo and (
        not _BOLD.fullmatch(first.strip()) or _CREDIT.match(clean_title(first.strip()))
    ):
        return "", body
    # a comment of several lines (a letter's head) goes whole, never its first line
    head = accepted_text(first).lstrip().split("\n", 1)[0].rstrip() if first else ""
    if "\n" in first and head.endswith("\\") and not head.endswith("\\\\"):
        head = head[:-1]  # a hard line break's backslash, not the title's
    line = clean_title(head)
    if (
        line
        and "\n" not in first
        and len(line) <= TITLE_WIDTH
        and not first.startswith(("-", "|", ">", "!"))
    ):
        return line, rest.lstrip("\n")  # a short first paragraph alone is the title
    return line[:TITLE_WIDTH], body


def short_title(text: str) -> str:
    """``text`` in at most ``MAX_TITLE_CHARS`` characters: cut after its last whole word that
    fits, with "…" (inside a word only when one word is longer than that)."""
    if len(text) <= MAX_TITLE_CHARS:
        return text
    head = text[:MAX_TITLE_CHARS]  # its last character is the "…"'s place, or a blank after
    cut = max((index for index, char in enumerate(head) if char.isspace()), default=0)
    return (head[:cut] if cut else head[:-1]).rstrip() + "…"


def article_text(
    body: str,
    title: str,
    sender: str,
    source_file: str,
    settings: Settings,
    now: dt.datetime | None = None,
    summary: str = "",
) -> str:
    """The whole article: front matter, a blank line, the body. The release's contact and
    "about" blocks are review comments in their place, its own date one at the top: the
    journalist sees them, an export leaves them out (the article's date is its publication).
    Its end mark (``###``, ``-selesai-``) after the story goes. ``summary``: its dek
    (importing.dek), the article's search description."""
    body = comment_boilerplate(drop_end_marks(body))  # a mark glued to the contact's line too
    checkpoint()
    city, body, date = split_dateline(drop_end_marks(body))
    if date:
        body = as_comment(tr("Press release date: {date}", date=date)) + "\n\n" + body.lstrip("\n")
    text = new_article_text(settings, now)
    if city:
        text = set_field(text, "dateline", city)
    for key, value in (("title", title), ("source", sender), ("template", TEMPLATE),
                       ("source_file", source_file)):  # fmt: skip
        text = set_field(text, key, value)
    if summary:
        text = set_field(text, "summary", summary)
    if not sender:
        text = set_field(text, "source", " ").replace("source: ' '", "source: ''")
    return text + body.strip("\n") + "\n"
