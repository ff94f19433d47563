"""The pictures a saved web page carries in itself (``<img src="data:image/jpeg;base64,…">``,
as a mail program or a newsroom's own page saves a press release's photo) into the photo
pipeline, as a Word document's pictures go.

The sanitizer drops every ``data:`` address, and a photo's base64 would count as the page's
markup against its limits, so :func:`take_out` lifts each one out of the page before anything
else reads it (``img_tags``: regular expressions over the tags, quotes honoured, not a parse),
leaving the index of its address on the ``img``; once the page is sanitized and read,
:func:`hand_over` gives each one the page still shows to the photo pipeline. An address is
checked before it is decoded (its length, that it says it is a picture, its base64), and what
cannot be used is said in the import's warnings, naming the picture by its alt text. A
lazy-loading page's placeholder is not its photo: an ``img`` that names its picture's web
address (``data-src``) is that picture, and a spacer (1x1, fully transparent) is left out."""

from __future__ import annotations

import base64
import binascii
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

from bs4 import BeautifulSoup, Tag

from netizen_editor.i18n import tr
from netizen_editor.importing.images import NAMED_LEFT_OUT, PENDING, Pending
from netizen_editor.importing.img_tags import IMG, attributes, quoted, real_address, with_attribute
from netizen_editor.importing.page_parts import MAX_PHOTO_BYTES
from netizen_editor.importing.safety import MAX_INPUT_BYTES, Notes

#: the attribute a picture's address leaves in its place (the sanitizer keeps ``data-``)
CARRIED = "data-netizen-carried"
#: the longest picture address decoded: a photo of ``MAX_PHOTO_BYTES`` in base64
MAX_ADDRESS = (MAX_PHOTO_BYTES + 2) // 3 * 4
#: a picture no bigger than this each way is a spacer (a lazy-loading page's placeholder, a
#: mail's tracking pixel), never an article's photo
SPACER_SIDE = 2
#: a picture of at most these pixels is decoded to see whether it is fully transparent (a
#: placeholder of the photo's own size); a bigger one is taken for a photo unread
SPACER_PIXELS = 1_000_000
_BLANKS = re.compile(r"\s+")


def take_out(page: str) -> tuple[str, list[str]]:
    """``page`` without its pictures' ``data:`` addresses, each ``img`` holding the index of
    its own (:data:`CARRIED`; the same address twice is one), and the addresses. An ``img``
    whose ``src`` is a placeholder while the page names the picture's web address (a
    lazy-loading page's ``data-src``, its ``srcset``) gets that address as its ``src``: the
    picture is the one on the web, not the placeholder."""
    addresses: list[str] = []
    known: dict[str, int] = {}

    def lift(match: re.Match[str]) -> str:
        tag = match.group()
        found = attributes(tag)
        source = found.get("src")
        address = source.value.strip() if source is not None else ""
        is_data = address[:5].lower() == "data:"
        real = real_address(found) if is_data or not address else ""
        if real:
            return with_attribute(tag, source, f"src={quoted(real)}")
        if not is_data:
            return tag
        index = known.setdefault(address, len(addresses))
        if index == len(addresses):
            addresses.append(address)
        return with_attribute(tag, source, f'{CARRIED}="{index}"')

    return IMG.sub(lift, page), addresses


def hand_over(soup: BeautifulSoup, addresses: list[str], pending: Pending, notes: Notes) -> None:
    """Each picture the page ``soup`` still shows whose address :func:`take_out` lifted,
    handed to the photo pipeline (its ``src`` the placeholder), or gone with a note."""
    left_out, refused = LeftOut(notes), set()
    for image, index, name in _shown(soup, addresses):
        src = pending.known(f"data:{index}")
        if src is None and index not in refused:
            data = picture(addresses[index], name, left_out)
            src = pending.add(data, name, key=f"data:{index}") if data else None
        if src is None:
            refused.add(index)
            image.decompose()
        else:
            image["src"] = src
    left_out.close()


@dataclass(frozen=True)
class PastedPicture:
    """A picture pasted HTML carries in itself: its bytes, its alt text, its name in notes."""

    data: bytes
    alt: str
    name: str


def pasted_pictures(html: str) -> tuple[str, list[PastedPicture], list[str]]:
    """Pasted ``html`` (a web page's, a mail's) with the pictures it carries in itself handed
    over as a document's are (:func:`hand_over`: each ``img`` kept says ``src="netizen-image:N"``,
    the N of its picture, for ``html.pasted_markdown`` to put its link where it was; a
    lazy-loading page's photo at its web address), those pictures, each once, for the editor to
    store as a pasted picture; and why any was left out. The import's caps hold: at most
    ``MAX_IMAGES`` pictures, of at most ``MAX_HELD_BYTES`` (a page is refused before:
    :func:`too_big`)."""
    notes = Notes()
    html, addresses = take_out(html)
    if not addresses:
        return html, [], notes.items
    soup = BeautifulSoup(html, "html.parser")
    held = Pending(None, notes)  # holds nothing to store: it counts, and says what is over
    hand_over(soup, addresses, held, notes)
    alts: dict[str, str] = {}
    for image in soup.find_all("img", src=lambda src: str(src or "").startswith(PENDING)):
        alts.setdefault(str(image["src"]), str(image.get("alt") or "").strip())  # first use's
    held_pictures = enumerate(zip(held.pictures, held.names, strict=True))
    pictures = [PastedPicture(data, alts.get(f"{PENDING}{index}", ""), name)
                for index, (data, name) in held_pictures]  # fmt: skip
    return str(soup), pictures, notes.items


def too_big(html: str) -> str:
    """Why pasted ``html`` is too big to read as the import would read a page ("" when it is
    not): over ``MAX_INPUT_BYTES``, the most an import reads of a document."""
    if len(html) <= MAX_INPUT_BYTES:  # characters: at least as many bytes
        return ""
    return tr("the pasted HTML is {size} MB, over {limit} MB: its text is pasted without its "
              "formatting and pictures", size=-(-len(html) // 2**20),
              limit=MAX_INPUT_BYTES >> 20)  # fmt: skip


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


class LeftOut:
    """The notes on one page's pictures left out: the first ``NAMED_LEFT_OUT`` each said, the
    rest counted in one (a page of three thousand spacers is one warning, not 3,000 lines)."""

    def __init__(self, notes: Notes):
        self.notes, self.count = notes, 0

    def add(self, text: str) -> None:
        self.count += 1
        if self.count <= NAMED_LEFT_OUT:
            self.notes.add(text)

    def close(self) -> None:
        more = self.count - NAMED_LEFT_OUT
        if more > 0:
            self.notes.add(tr("{count} more of the page's pictures were left out for such "
                              "reasons", count=more))  # fmt: skip


def picture(address: str, name: str, notes: Notes | LeftOut) -> bytes | None:
    """The bytes of the ``data:`` ``address`` of the picture ``name``; None, said in
    ``notes``, when it is no picture, too long, damaged or empty, or a spacer."""
    data, why = _decoded(address)
    if why:
        notes.add(tr("an image was left out: {why}", why=f"{name}: {why}"))
        return None
    if is_spacer(data):
        notes.add(tr("{name} was left out: a tiny or fully transparent picture is a page's "
                     "placeholder, not the story's photo", name=name))  # fmt: skip
        return None
    return data


def is_spacer(data: bytes) -> bool:
    """Whether the picture ``data`` is a spacer: at most :data:`SPACER_SIDE` pixels each way
    (a lazy-loading page's 1x1 GIF, a mail's tracking pixel), or fully transparent. Read only
    as far as that tells: a picture that does not read is the photo pipeline's to name."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width <= SPACER_SIDE and height <= SPACER_SIDE:
                return True
            if width * height > SPACER_PIXELS:
                return False
            if "A" not in image.mode and "transparency" not in image.info:
                return False  # nothing in it can be transparent (a JPEG, an opaque PNG)
            return image.convert("RGBA").getchannel("A").getextrema()[1] == 0
    except Exception:  # Pillow raises many kinds for a damaged picture
        return False


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
