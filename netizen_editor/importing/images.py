"""A document's pictures into the article's ``NAME_files/`` through the photo pipeline (web
size, metadata stripped), the way Insert › Image… stores them (``photos.importing``).

The readers hand the pictures over as they meet them (:class:`Pending`) and the pipeline starts
on them at once in a worker thread, while the text is still being converted (Pillow works
outside Python's lock); the pictures are stored, in document order, once the article's title
is known, named after it as a pasted picture is.

What an import may cost is bounded: a picture used many times (a logo on every page, one photo
placed twice) is read, decoded and stored once, every use linking the one file; the distinct
pictures held at once are at most :data:`MAX_HELD_BYTES`; and the pixels decoded for one import
are at most :data:`IMPORT_PIXEL_BUDGET` (the export's mechanism, ``photos.limits``). What is
left out is said, naming the picture.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from netizen_editor.i18n import tr
from netizen_editor.importing.safety import Notes
from netizen_editor.photos.importing import PhotoImportError
from netizen_editor.photos.limits import DecodeBudget
from netizen_editor.photos.options import PhotoOptions, WebImage

MAX_IMAGES = 200
#: the bytes of the distinct pictures an import holds at once (a press release's few dozen
#: camera photos are 5-15 MB each)
MAX_HELD_BYTES = 300 * 1024 * 1024
#: the pixels one import may decode: forty photos of 24 megapixels (a JPEG is decoded at a
#: reduced scale when that is enough, so this is more than a hundred 12 MP camera photos)
IMPORT_PIXEL_BUDGET = 40 * 24_000_000
#: pictures left out over that budget named one by one; the rest are counted in one note
NAMED_LEFT_OUT = 5
#: the ``src`` of a picture not stored yet: ``netizen-image:N``
PENDING = "netizen-image:"
#: the link of a picture waiting for the article's name: ``netizen-photo:N``
WAITING = "netizen-photo:"
# a waiting picture's Markdown, with its alt text and caption
_PLACED = re.compile(
    r'!\[(?:\\.|[^\]\\\n])*\]\(netizen-photo:(?P<index>\d+)(?:[ \t]+"[^"\n]*")?\)'
    r"|netizen-photo:(?P<bare>\d+)"
)
WORKERS = 2


class StoreImage(Protocol):
    def __call__(self, data: bytes, name: str) -> str | None: ...


class ImportBudget(DecodeBudget):
    """The pixels one import (or one paste: ``pasted``) may still decode; it remembers, per
    thread, whether it refused the picture being made (so the note can say the budget was the
    reason), and counts the pictures it left out (:meth:`left_out`)."""

    def __init__(self, pixels: int | None = None, pasted: bool = False):
        super().__init__(IMPORT_PIXEL_BUDGET if pixels is None else pixels)
        self.pasted = pasted
        self.over = 0  # pictures left out because the budget was spent
        self._here = threading.local()

    def spend(self, pixels: int) -> bool:
        taken = super().spend(pixels)
        if not taken:
            self._here.refused = True
        return taken

    def start(self) -> None:
        self._here.refused = False

    def refused(self) -> bool:
        return bool(getattr(self._here, "refused", False))

    def web_copy(self, data: bytes, options: PhotoOptions) -> WebImage | Exception:
        """The web copy of the picture ``data`` made within what is left (the pipeline's cached
        one costs nothing), or why not: :class:`OverBudget` when the budget was the reason."""
        from netizen_editor.photos.cache import cached_web_copy
        from netizen_editor.photos.source import SourceRejected

        self.start()
        try:
            return cached_web_copy(data, options, self)
        except SourceRejected as exc:
            return OverBudget() if self.refused() else exc

    def left_out(self, name: str) -> str:
        """The note on the picture ``name``, left out over the budget: the first
        :data:`NAMED_LEFT_OUT` are named, the rest "" (counted in :meth:`more`)."""
        self.over += 1
        if self.over > NAMED_LEFT_OUT:
            return ""
        limit = IMPORT_PIXEL_BUDGET // 1_000_000
        if self.pasted:
            return tr("{name} was left out: the pictures pasted before it used up what one "
                      "paste may decode ({limit} megapixels)", name=name, limit=limit)  # fmt: skip
        return tr("{name} was left out: the pictures before it used up what one import may "
                  "decode ({limit} megapixels)", name=name, limit=limit)  # fmt: skip

    def more(self) -> str:
        """The note counting the pictures left out past those named ("" when none were)."""
        more = self.over - NAMED_LEFT_OUT
        if more <= 0:
            return ""
        return tr("{count} more pictures were left out the same way", count=more)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def pending_link(src: str, stored: Sequence[str | None]) -> str | None:
    """The link of the picture whose placeholder is ``src`` (``netizen-image:N``) among the
    ``stored`` (:meth:`Pending.store_all`); None when it was left out or ``src`` is none."""
    index = src[len(PENDING) :] if src.startswith(PENDING) else ""
    # a planted ``netizen-image:`` of thousands of digits is none (int() would refuse it)
    if not (index.isascii() and index.isdigit()) or len(index) > 6 or int(index) >= len(stored):
        return None
    return stored[int(index)]


@dataclass
class ImageStore:
    """Pictures for the article ``out``; what went wrong goes to ``notes``.

    A picture's web copy is made when the reader hands it over (one that is no picture is left
    out there), once per distinct picture and within the import's decoding ``budget``; its link
    in the text is a placeholder (``netizen-photo:N``, the same for every use of one picture)
    until the article's title is known: :meth:`store_all` then stores each one under the
    article's name as a pasted picture is (``banjir-rob-jakarta-1.jpg``, ``foto-1.jpg``
    without a title). A paragraph of only the sender's logo above the headline is left out
    (:meth:`leave_out_logo`)."""

    out: Path
    options: PhotoOptions
    notes: Notes
    budget: ImportBudget = field(default_factory=ImportBudget)
    waiting: list[WebImage] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # each waiting picture's name in notes
    stored: list[str] = field(default_factory=list)
    _made: dict[str, WebImage | Exception] = field(default_factory=dict)
    _placed: dict[str, str] = field(default_factory=dict)
    _logos: set[int] = field(default_factory=set)  # waiting pictures left out as the logo

    def prepare(self, data: bytes, key: str = "") -> None:
        """Make the web copy of ``data`` (its :func:`digest` ``key``) once, keeping it or why
        it failed (called from the readers' worker threads, each with another picture)."""
        key = key or digest(data)
        if key not in self._made:
            self._made[key] = self.budget.web_copy(data, self.options)

    def __call__(self, data: bytes, name: str) -> str | None:
        from netizen_editor.photos.source import SourceRejected

        key = digest(data)
        if key in self._placed:
            return self._placed[key]  # the same picture again: the same file
        if len(self.waiting) >= MAX_IMAGES:
            self.notes.add(tr("only the first {count} images were imported", count=MAX_IMAGES))
            return None
        if not data:
            self.notes.add(
                tr(
                    "an image was left out: {why}",
                    why=_reason(name, SourceRejected(SourceRejected.EMPTY)),
                )
            )
            return None
        self.prepare(data, key)
        made = self._made.pop(key)
        if isinstance(made, OverBudget):
            note = self.budget.left_out(name)  # past the first few: counted (``store_all``)
            if note:
                self.notes.add(note)
            return None
        if isinstance(made, Exception):
            self.notes.add(tr("an image was left out: {why}", why=_reason(name, made)))
            return None
        self.waiting.append(made)
        self.names.append(name)
        self._placed[key] = f"{WAITING}{len(self.waiting) - 1}"
        return self._placed[key]

    def store_all(self, text: str) -> str:
        """The article ``text`` with its pictures stored, each placeholder its link; a picture
        that cannot be stored is left out of the text with a note (its paragraph too when it
        held nothing else), as is the sender's logo (:meth:`leave_out_logo`) wherever used."""
        from netizen_editor.photos.importing import import_photo, pasted_stem

        more = self.budget.more()
        if more:
            self.notes.add(more)
        stem = pasted_stem(text)
        links: dict[str, str] = {}
        for index, web in enumerate(self.waiting):
            if index in self._logos:
                continue
            try:
                photo = import_photo(self.out, stem=stem, options=self.options, web=web)
            except PhotoImportError as exc:
                self.notes.add(tr("an image was left out: {why}", why=str(exc)))
                continue
            self.stored.append(photo.relative)
            links[str(index)] = link_target(photo.relative)
        self.waiting, self.names, self._logos = [], [], set()
        return place_links(text, links)

    def in_article(self, links: Sequence[str]) -> list[str]:
        """Those of ``links`` (each a picture's waiting link, before :meth:`store_all`) that
        the article keeps: not the sender's logo."""
        logos = {f"{WAITING}{index}" for index in self._logos}
        return [link for link in links if link not in logos]

    def leave_out_logo(self, block: str) -> bool:
        """Whether ``block``, a paragraph above the headline, is only the sender's logo (its
        pictures each :func:`logo.is_logo`); if so they are left out of the article, every use
        of them, each named in a note."""
        from netizen_editor.importing.logo import is_logo

        placed = [m.group("index") for m in _PLACED.finditer(block)]
        if not placed or None in placed or _PLACED.sub("", block).strip():
            return False  # no picture, or something else in the paragraph too
        found = [int(index) for index in placed]
        if not all(i < len(self.waiting) and is_logo(self.waiting[i].source_size) for i in found):
            return False
        for index in found:
            if index not in self._logos:
                self._logos.add(index)
                name = self.names[index].rsplit("/", 1)[-1]
                self.notes.add(tr("{name} was left out: a small picture above the headline "
                                  "is the sender's logo, not the story's photo",
                                  name=name))  # fmt: skip
        return True


def link_target(relative: str) -> str:
    """The picture ``relative`` as a link's target in the text, as ``image_link`` writes it."""
    from netizen_editor.editing.formatting import image_link

    return image_link(relative)[len("![](") : -1]


def place_links(text: str, links: Mapping[str, str]) -> str:
    """``text`` with each waiting picture's placeholder (``netizen-photo:N``) its link target
    in ``links`` (by N, as ``image_link`` writes it); a picture not in ``links`` is left out of
    the text, its paragraph too when it held nothing else (an import's, a paste's)."""

    def link(match: re.Match[str]) -> str:
        key = match.group("index") or match.group("bare")
        found = links.get(key)
        if found is None:
            return ""  # left out: the picture's Markdown goes with it
        return match.group(0).replace(f"{WAITING}{key}", found, 1)

    blocks = []
    for block in text.split("\n\n"):
        if WAITING in block:
            block = _PLACED.sub(link, block)
            if not block.strip():
                continue  # a paragraph of pictures left out goes with them
        blocks.append(block)
    linked = "\n\n".join(blocks)
    return linked + "\n" if text.endswith("\n") and not linked.endswith("\n") else linked


def _reason(name: str, exc: Exception) -> str:
    from netizen_editor.photos.refusal import refusal_reason
    from netizen_editor.photos.source import SourceRejected

    reason = refusal_reason(exc) if isinstance(exc, SourceRejected) else str(exc)
    return f"{name}: {reason}"


class OverBudget(PhotoImportError):
    """A picture the import's (or the paste's) decoding budget had no room for; as raised by
    :func:`pasted_copy`, its message is the note naming it ("" past the first few)."""


def pasted_copy(
    data: bytes, name: str, options: PhotoOptions, budget: ImportBudget | None = None
) -> WebImage:
    """The web copy of the pasted picture ``data`` (``name`` in messages), within the paste's
    ``budget`` as an import's pictures are: :class:`PhotoImportError` naming it when it is no
    picture, :class:`OverBudget` when the pictures pasted before it used up the budget."""
    from netizen_editor.photos.importing import web_copy

    if budget is None or not data:
        return web_copy(data, name, options)
    made = budget.web_copy(data, options)
    if isinstance(made, OverBudget):
        raise OverBudget(budget.left_out(name))
    if isinstance(made, Exception):
        raise PhotoImportError(_reason(name, made))
    return made


class Pending:
    """Pictures met while reading, each distinct one held once: its web copy is made in the
    background at once; :meth:`store_all` stores them all. ``key`` names a picture where the
    reader knows it (its name in the archive, its file), so a picture used again is found
    before it is read again; pictures are also told apart by their content."""

    def __init__(self, store: StoreImage | None, notes: Notes | None = None):
        self.store = store
        self.notes = notes if notes is not None else Notes()
        self.pictures: list[bytes] = []
        self.names: list[str] = []
        self.held = 0  # bytes of the pictures held
        self._keys: dict[str, str] = {}  # a picture's key or digest → its placeholder
        self._futures: list[Future[object]] = []
        self._pool: ThreadPoolExecutor | None = None

    def known(self, key: str) -> str | None:
        """The placeholder of the picture already handed over under ``key``, or None."""
        return self._keys.get(key)

    def add(self, data: bytes, name: str = "image", key: str = "") -> str | None:
        """The placeholder ``src`` for the picture ``data`` (named ``name`` in notes); None
        when it is left out (too many pictures, or too many bytes of them), with a note."""
        if key and key in self._keys:
            return self._keys[key]
        hashed = digest(data)
        found = self._keys.get(hashed)
        if found is None:
            found = self._hold(data, name, hashed)
            if found is None:
                return None
            self._keys[hashed] = found
        if key:
            self._keys[key] = found
        return found

    def _hold(self, data: bytes, name: str, hashed: str) -> str | None:
        if len(self.pictures) >= MAX_IMAGES:
            self.notes.add(tr("only the first {count} images were imported", count=MAX_IMAGES))
            return None
        if self.held + len(data) > MAX_HELD_BYTES:
            self.notes.add(tr("{name} was left out: the document's pictures are over {size} MB",
                              name=name, size=MAX_HELD_BYTES >> 20))  # fmt: skip
            return None
        self.pictures.append(data)
        self.names.append(name)
        self.held += len(data)
        prepare = getattr(self.store, "prepare", None)
        if prepare is not None:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(WORKERS, thread_name_prefix="import-photo")
            self._futures.append(self._pool.submit(prepare, data, hashed))
        return f"{PENDING}{len(self.pictures) - 1}"

    def store_all(self) -> list[str | None]:
        """Each picture's link relative to the article (None when it was left out)."""
        for future in self._futures:
            future.exception()  # wait; a picture that fails is reported by the store below
        if self._pool is not None:
            self._pool.shutdown()
        if self.store is None:
            return [None] * len(self.pictures)
        stored = [
            self.store(data, name) for data, name in zip(self.pictures, self.names, strict=True)
        ]
        self.pictures, self.held = [], 0  # stored: the originals are no longer needed
        return stored
