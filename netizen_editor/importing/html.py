"""HTML → the article's Markdown, for every format: the editor's paste conversion
(``editing.html_to_markdown``) after the import's own pass over the HTML:

- footnotes (mammoth's ``#footnote-N`` links and list, and the ODT reader's) become Markdown
  footnotes ``[^N]`` with their text at the end;
- only web, mail and phone links stay (``file:`` and other links keep their text);
- images: a picture the document carries (a ``data:`` URI of an HTML page, taken out of a saved
  page before it is sanitized: ``data_pictures``) goes through the photo pipeline; one the
  reader already stored keeps its place; any other (``http:``, ``file:``, a path) is dropped
  with a warning: never fetched or read. A video's poster is such a picture; the video's own
  address stays a link when it is a web address;
- a photo's caption under it becomes its title, ``![alt](src "Caption. Foto: Credit")``
  (``captions``);
- scripts, frames and embedded objects are dropped with a warning.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from netizen_editor.editing.html_to_markdown import html_to_markdown, join_source_wraps
from netizen_editor.i18n import tr
from netizen_editor.importing.cancel import checkpoint
from netizen_editor.importing.captions import join_captions
from netizen_editor.importing.data_pictures import LeftOut
from netizen_editor.importing.images import (
    PENDING,
    WAITING,
    StoreImage,
    pending_link,
    place_links,
)
from netizen_editor.importing.img_tags import IMG, attributes
from netizen_editor.importing.safety import SAFE_SCHEMES, DocumentError, Notes, safe_href
from netizen_editor.photos.address import is_remote
from netizen_editor.sentinels import hide_sentinels, holds_sentinels, show_sentinels

# a note's number in the text, its text's element, the way back: mammoth's (footnote-1) and
# the readers', and Word's clipboard HTML (_ftn1 / ftn1, _edn1 / edn1)
_NOTE_REF = re.compile(r"^#((?:foot|end)note-|_ftn|_edn)(\d+)$")
_NOTE_ID = re.compile(r"^((?:foot|end)note-|ftn|edn)(\d+)$")
#: where a note's reference goes, until the conversion has escaped the text's own marks (a
#: sentinel: the text's own characters of its range are hidden meanwhile)
_NOTE_MARK = "\ue010"
_NOTE_PLACE = re.compile(f"{_NOTE_MARK}(\\d+){_NOTE_MARK}")
#: a character reference that may be one of the sentinels' (``&#xE010;`` is one once parsed)
_REFERENCE = re.compile(r"&#(?:[xX]0*[eE]0[0-9a-fA-F]{2}|0*57[345]\d\d)")
_BACK_REF = re.compile(r"^#(?:(?:foot|end)note-ref-|_ftnref|_ednref)\d+$")
_DATA_URI = re.compile(r"^data:image/[\w.+-]+;base64,", re.IGNORECASE)
_ACTIVE = ("script", "iframe", "object", "embed", "applet", "frame", "frameset", "form")
MAX_DATA_URI = 30 * 1024 * 1024
#: the deepest nesting of elements converted (pages nest a few dozen levels)
MAX_NESTING = 120
_PRE = re.compile(r"(<pre[\s>].*?</pre>)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"(<[^>]*>)")
_BLANKS = re.compile(r"[ \t]{2,}")


def refuse_deep(html: str) -> None:
    """The conversion recurses once per level of nesting (and the sanitizer's time grows with
    its square): a document nested deeper than any page is refused."""
    from netizen_editor.publish.mdext.budget import html_depth

    if html.count("<") > MAX_NESTING and html_depth(html) > MAX_NESTING:
        raise DocumentError(
            tr("refused: its elements are nested more than {limit} levels deep",
               limit=MAX_NESTING)
        )  # fmt: skip


def pasted_markdown(html: str, targets: Sequence[str] = ()) -> str:
    """Clipboard HTML (Word, LibreOffice, a web page) → Markdown the way documents are
    imported (footnotes, safe links only; a picture on the clipboard is pasted as a picture by
    the editor, a web picture stays a link, one on the disk (``file:``) goes). A picture the
    HTML carried in itself (``src="netizen-image:N"``: ``data_pictures.pasted_pictures``) is
    linked where it was, to ``targets[N]`` (as ``image_link`` writes it), as an import places
    a document's (``images.place_links``); without one it is left out."""
    stored: list[str | None] = [f"{WAITING}{index}" for index in range(len(targets))]
    try:
        markdown = convert_html(html, Notes(), None, web_images=True, stored=stored)
    except DocumentError:  # nested too deeply: the clipboard's plain text is pasted instead
        return ""
    if not targets:
        return markdown
    return place_links(markdown, {str(index): got for index, got in enumerate(targets) if got})


def convert_html(
    html: str | BeautifulSoup,
    notes: Notes,
    store: StoreImage | None,
    web_images: bool = False,
    stored: list[str | None] | None = None,
) -> str:
    """The Markdown of a document's HTML (footnotes last); ``stored``: where the reader's
    pictures (``src`` ``netizen-image:N``) were stored. DocumentError (without a path) when
    its elements nest deeper than ``MAX_NESTING``."""
    source = html if isinstance(html, str) else str(html)
    refuse_deep(source)
    soup = html if isinstance(html, BeautifulSoup) else BeautifulSoup(html, "html.parser")
    own = holds_sentinels(source) or _REFERENCE.search(source) is not None
    hidden = own and _hide_sentinels(soup)
    if soup.find(_ACTIVE):
        notes.add(tr("scripts, frames and embedded objects were left out"))
        for tag in soup.find_all(_ACTIVE):
            tag.decompose()
    footnotes = _footnotes(soup, notes, store, stored or [])
    _links(soup, notes)
    _images(soup, notes, store, web_images, stored or [])
    join_captions(soup)  # after the pictures that go are gone
    _tables(soup)
    for item in soup.find_all("li"):
        paragraphs = item.find_all("p", recursive=False)
        if len(paragraphs) == 1:  # <li><p>text</p>…: a tight list, as in Word's
            paragraphs[0].unwrap()
    checkpoint()  # an import cancelled meanwhile stops here (see importing.cancel)
    body = html_to_markdown(_join_source_lines(str(soup)))
    body = _NOTE_PLACE.sub(r"[^\1]", body)
    if footnotes:
        body = body.rstrip("\n") + "\n\n" + "\n\n".join(footnotes)
    return show_sentinels(body) if hidden else body


def _hide_sentinels(soup: BeautifulSoup) -> bool:
    """Hide the sentinels' characters of ``soup``'s texts and attributes (see ``sentinels``):
    a page's own U+E010 is never read as a note's place. Whether there were any."""
    found = False
    for text in soup.find_all(string=lambda text: text is not None and holds_sentinels(text)):
        text.replace_with(type(text)(hide_sentinels(str(text))))  # a comment stays one
        found = True
    for tag in soup.find_all(True):
        for name, value in tag.attrs.items():
            if isinstance(value, str):
                if holds_sentinels(value):
                    tag[name] = hide_sentinels(value)
                    found = True
            elif any(holds_sentinels(one) for one in value):  # a list of classes
                value[:] = [hide_sentinels(one) for one in value]
                found = True
    return found


def _join_source_lines(html: str) -> str:
    """The HTML with its source line breaks as spaces, outside ``pre`` (what the conversion
    does to each text; done here in one pass, as the conversion's replacing of text after text
    costs quadratic time in a page of thousands of paragraphs)."""
    parts = _PRE.split(html)
    for index in range(0, len(parts), 2):
        pieces = _TAG.split(join_source_wraps(parts[index]))
        for text in range(0, len(pieces), 2):  # a run of blanks in a text is one space, as
            pieces[text] = _BLANKS.sub(" ", pieces[text])  # the conversion makes it (and fast)
        parts[index] = "".join(pieces)
    return "".join(parts)


def _footnotes(
    soup: BeautifulSoup, notes: Notes, store: StoreImage | None, stored: list[str | None]
) -> list[str]:
    numbers: dict[str, int] = {}
    for link in soup.find_all("a", href=_NOTE_REF):
        match = _NOTE_REF.match(str(link.get("href")))
        if not match:
            continue
        key = f"{match.group(1).lstrip('_')}{match.group(2)}"
        number = numbers.setdefault(key, len(numbers) + 1)
        holder = link.parent if link.parent is not None and link.parent.name == "sup" else link
        holder.replace_with(f"{_NOTE_MARK}{number}{_NOTE_MARK}")  # text would be escaped
    texts = []
    for item in soup.find_all(["li", "div"], id=_NOTE_ID):
        found = numbers.get(str(item.get("id")))
        if found is None:
            continue
        for back in item.find_all("a", href=_BACK_REF):
            back.decompose()
        inner = BeautifulSoup(item.decode_contents(), "html.parser")
        _links(inner, notes)
        _images(inner, notes, store, False, stored)
        text = html_to_markdown(str(inner)).strip()
        lines = text.split("\n")
        texts.append(f"[^{found}]: " + "\n".join([lines[0], *("    " + x for x in lines[1:])]))
        parent = item.parent
        item.decompose()
        if isinstance(parent, Tag) and parent.name in ("ol", "ul") and not parent.find("li"):
            parent.decompose()
    return texts


def _links(soup: BeautifulSoup, notes: Notes) -> None:
    for link in soup.find_all("a"):
        href = str(link.get("href") or "")
        if href and not safe_href(href):
            _unsafe_link(href, notes)
            link.unwrap()
        elif not href:
            link.unwrap()  # a bookmark (mammoth's anchors for headings)


def _unsafe_link(href: str, notes: Notes) -> None:
    notes.add(tr("links to files and other programs were removed (their text stays): {link}",
                 link=href[:80]))  # fmt: skip


def _images(
    soup: BeautifulSoup,
    notes: Notes,
    store: StoreImage | None,
    web_images: bool,
    stored: list[str | None],
) -> None:
    """Each picture where :func:`_picture` puts it, or gone. A video's poster is a picture as
    an ``img`` is (the conversion shows it); the video's own address (``src``, a
    ``source``'s) stays a link when it is a web address, else goes as a link to a file does."""
    for image in soup.find_all("img"):
        src = _picture(str(image.get("src") or ""), notes, store, web_images, stored)
        if src:
            image["src"] = src
        else:
            image.decompose()
    for video in soup.find_all("video"):
        poster = str(video.get("poster") or "")
        kept = _picture(poster, notes, store, web_images, stored) if poster else None
        if kept:
            video["poster"] = kept
        elif poster:
            del video["poster"]
        address = ""
        for holder in [video, *video.find_all("source")]:
            src = str(holder.get("src") or "")
            if src and not safe_href(src):
                _unsafe_link(src, notes)
                del holder["src"]
            address = address or (src if holder.get("src") else "")
        if address and not kept and not video.get_text().strip():
            video.append(address)  # the link's text: an empty link shows nothing


def _picture(
    src: str,
    notes: Notes | LeftOut,
    store: StoreImage | None,
    web_images: bool,
    stored: list[str | None],
) -> str | None:
    """Where the picture ``src`` stands in the article: stored by the reader or the photo
    pipeline, or left on the web when pasting (``web_images``); None when it goes (a picture on
    the web or on the disk: said in ``notes``, never fetched or read)."""
    if src.startswith(PENDING):
        return pending_link(src, stored)
    if web_images and src.lower().startswith(("http:", "https:")):
        return src
    if _DATA_URI.match(src) and store is not None and len(src) <= MAX_DATA_URI:
        try:
            data = base64.b64decode(src.split(",", 1)[1], validate=False)
        except (binascii.Error, ValueError):
            data = b""
        saved = store(data, "image") if data else None
        if saved:
            return saved
    elif src and not _DATA_URI.match(src):
        if is_remote(src):
            notes.add(tr("a linked image was left out (never fetched): {src}", src=src[:80]))
        else:
            notes.add(tr("an image file the document links to was left out (never read): "
                         "{src}", src=src[:80]))  # fmt: skip
    return None


def note_unsafe_pictures(page: str, notes: Notes) -> None:
    """Say in ``notes`` which pictures of the web page ``page`` (before it is sanitized) are at
    an address the sanitizer drops without a word, as :func:`_picture` says of one it meets:
    a file on the disk (``file:///…``, ``C:\\…``) or of another program (``smb:``); the
    first few, the rest counted (a page of thousands is one warning, not thousands)."""
    left_out, said = LeftOut(notes), set()
    for tag in IMG.finditer(page):
        found = attributes(tag.group()).get("src")
        src = found.value.strip() if found is not None else ""
        try:
            scheme = urlsplit(src).scheme.lower()
        except ValueError:  # a web address the sanitizer cannot read either
            scheme = "http"
        if scheme and f"{scheme}:" not in SAFE_SCHEMES and scheme != "data" and src not in said:
            said.add(src)
            _picture(src, left_out, None, False, [])
    left_out.close()


def _tables(soup: BeautifulSoup) -> None:
    """A cell's paragraphs go on one line (a Markdown table row is one line)."""
    for cell in soup.find_all(["td", "th"]):
        paragraphs = cell.find_all("p")
        for index, paragraph in enumerate(paragraphs):
            if index:
                paragraph.insert_before(" ")
            paragraph.unwrap()
        for nested in cell.find_all(["ul", "ol"]):
            nested.unwrap()
        for item in cell.find_all("li"):
            item.insert_before(" ")
            item.unwrap()
