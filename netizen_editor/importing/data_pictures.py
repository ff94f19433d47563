"""The pictures a saved web page carries in itself (``<img src="data:image/jpeg;base64,…">``,
as a mail program or a newsroom's own page saves a press release's photo) into the photo
pipeline, as a Word document's pictures go.

The sanitizer drops every ``data:`` address, and a photo's base64 would count as the page's
markup against its limits, so :func:`take_out` lifts each one out of the page before anything
else reads it (a regular expression over the tags, not a parse), leaving the index of its
address on the ``img``; once the page is sanitized and read, :func:`hand_over` gives each one
the page still shows to the photo pipeline. An address is checked before it is decoded (its
length, that it says it is a picture, its base64), and what cannot be used is said in the
import's warnings, naming the picture by its alt text."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from urllib.parse import unquote_to_bytes

from bs4 import BeautifulSoup, Tag

from netizen_editor.i18n import tr
from netizen_editor.importing.images import Pending
from netizen_editor.importing.page_parts import MAX_PHOTO_BYTES
from netizen_editor.importing.safety import Notes

#: the attribute a picture's address leaves in its place (the sanitizer keeps ``data-``)
CARRIED = "data-netizen-carried"
#: the longest picture address decoded: a photo of ``MAX_PHOTO_BYTES`` in base64
MAX_ADDRESS = (MAX_PHOTO_BYTES + 2) // 3 * 4
# an img's data: source in any quoting; the value never crosses a tag's end, so each search
# stops at the next "<" or ">", and a run of blanks is never read again (possessive: without,
# a tag of "src=" and a thousand blanks, again and again, took minutes)
_SOURCE = re.compile(
    r"""(<img\b[^<>]*?\s)src\s*+=\s*+(?:"\s*+(data:[^"<>]*+)"|'\s*+(data:[^'<>]*+)'"""
    r"""|(data:[^\s"'<>`]+))""",
    re.IGNORECASE,
)
# one the expression above cannot take (a ">" in it): not a picture the pipeline reads
_LEFT = re.compile(r"""<img\b[^<>]*?\ssrc\s*+=\s*+["']?\s*+data:""", re.IGNORECASE)
_BLANKS = re.compile(r"\s+")


def take_out(page: str, notes: Notes) -> tuple[str, list[str]]:
    """``page`` without its pictures' ``data:`` addresses, each ``img`` holding the index of
    its own (:data:`CARRIED`; the same address twice is one), and the addresses."""
    addresses: list[str] = []
    known: dict[str, int] = {}

    def lift(match: re.Match[str]) -> str:
        address = match.group(2) or match.group(3) or match.group(4)
        index = known.setdefault(address, len(addresses))
        if index == len(addresses):
            addresses.append(address)
        return f'{match.group(1)}{CARRIED}="{index}"'

    page = _SOURCE.sub(lift, page)
    if _LEFT.search(page):
        notes.add(tr("an image was left out: {why}",
                     why=tr("its data: address in the page cannot be read")))  # fmt: skip
    return page, addresses


def hand_over(soup: BeautifulSoup, addresses: list[str], pending: Pending, notes: Notes) -> None:
    """Each picture the page ``soup`` still shows whose address :func:`take_out` lifted,
    handed to the photo pipeline (its ``src`` the placeholder), or gone with a note."""
    for image, index, name in _shown(soup, addresses):
        src = pending.known(f"data:{index}")
        if src is None:
            data = picture(addresses[index], name, notes)
            src = pending.add(data, name, key=f"data:{index}") if data else None
        if src is None:
            image.decompose()
        else:
            image["src"] = src


def pasted_pictures(html: str) -> tuple[list[tuple[bytes, str]], list[str]]:
    """The pictures pasted ``html`` (a web page's, a mail's) carries in itself, each once with
    its alt text, for the editor to store as a pasted picture; and why any was left out."""
    notes = Notes()
    html, addresses = take_out(html, notes)
    pictures: list[tuple[bytes, str]] = []
    if addresses:
        seen: set[int] = set()
        for image, index, name in _shown(BeautifulSoup(html, "html.parser"), addresses):
            data = picture(addresses[index], name, notes) if index not in seen else None
            seen.add(index)
            if data:
                pictures.append((data, str(image.get("alt") or "").strip()))
    return pictures, notes.items


def _shown(soup: BeautifulSoup, addresses: list[str]) -> Iterator[tuple[Tag, int, str]]:
    """Each ``img`` of ``soup`` whose address :func:`take_out` lifted (its attribute gone),
    with the address's index and the picture's name in notes (its alt text, else its number)."""
    number = 0
    for image in soup.find_all("img", attrs={CARRIED: True}):
        index = str(image[CARRIED])
        del image[CARRIED]
        # a page may plant the attribute: only an index the page's own addresses have counts
        if not (index.isascii() and index.isdigit()) or len(index) > 6:
            continue
        if int(index) >= len(addresses):
            continue
        number += 1
        alt = str(image.get("alt") or "").strip()
        name = (tr("the page's picture “{alt}”", alt=alt[:60]) if alt
                else tr("the page's picture {number}", number=number))  # fmt: skip
        yield image, int(index), name


def picture(address: str, name: str, notes: Notes) -> bytes | None:
    """The bytes of the ``data:`` ``address`` of the picture ``name``; None, said in
    ``notes``, when it is no picture, too long, damaged or empty."""
    data, why = _decoded(address)
    if why:
        notes.add(tr("an image was left out: {why}", why=f"{name}: {why}"))
        return None
    return data


def _decoded(address: str) -> tuple[bytes, str]:
    """The bytes ``address`` holds, or why it holds no picture."""
    header, comma, payload = address.partition(",")
    params = [part.strip().lower() for part in header[len("data:") :].split(";")]
    kind = params[0] or "text/plain"  # RFC 2397: no type is plain text
    if not comma:
        return b"", tr("its data: address is damaged (it has no comma)")
    if not kind.startswith("image/"):
        return b"", tr("its data: address holds {kind}, not a picture", kind=kind[:40])
    encoded = "base64" in params[1:]
    if encoded:
        payload = _BLANKS.sub("", payload)  # a mail program breaks base64 into lines
    if len(payload) > MAX_ADDRESS:  # before a byte is decoded
        return b"", tr("it is over {size} MB", size=MAX_PHOTO_BYTES >> 20)
    try:
        data = (base64.b64decode(payload + "=" * (-len(payload) % 4), validate=True)
                if encoded else unquote_to_bytes(payload))  # fmt: skip
    except (binascii.Error, ValueError):
        return b"", tr("its data: address is damaged (not base64)")
    return data, "" if data else tr("its data: address is empty")
