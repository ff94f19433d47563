"""A document's pictures into the article's ``NAME_files/`` through the photo pipeline (web
size, metadata stripped), the way Insert › Image… stores them (``photos.importing``).

The readers hand the pictures over as they meet them (:class:`Pending`) and the pipeline starts
on them at once in a worker thread, while the text is still being converted (Pillow works
outside Python's lock); the pictures are stored, in document order, once the article's title
is known, named after it as a pasted picture is.
"""

from __future__ import annotations

import re
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from netizen_editor.i18n import tr
from netizen_editor.importing.safety import Notes
from netizen_editor.photos.options import PhotoOptions

MAX_IMAGES = 200
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


@dataclass
class ImageStore:
    """Pictures for the article ``out``; what went wrong goes to ``notes``.

    A picture's web copy is made when the reader hands it over (one that is no picture is left
    out there), and its link in the text is a placeholder (``netizen-photo:N``) until the
    article's title is known: :meth:`store_all` then stores each one under the article's name
    as a pasted picture is (``banjir-rob-jakarta-1.jpg``, ``foto-1.jpg`` without a title)."""

    out: Path
    options: PhotoOptions
    notes: Notes
    waiting: list[bytes] = field(default_factory=list)
    stored: list[str] = field(default_factory=list)

    def __call__(self, data: bytes, name: str) -> str | None:
        from netizen_editor.photos.importing import PhotoImportError, web_copy

        if len(self.waiting) >= MAX_IMAGES:
            self.notes.add(tr("only the first {count} images were imported", count=MAX_IMAGES))
            return None
        try:
            web_copy(data, name, self.options)  # kept in the pipeline's cache for storing
        except PhotoImportError as exc:
            self.notes.add(tr("an image was left out: {why}", why=str(exc)))
            return None
        self.waiting.append(data)
        return f"{WAITING}{len(self.waiting) - 1}"

    def store_all(self, text: str) -> str:
        """The article ``text`` with its pictures stored, each placeholder its link; a picture
        that cannot be stored is left out of the text with a note."""
        from netizen_editor.editing.formatting import image_link
        from netizen_editor.photos.importing import PhotoImportError, import_photo, pasted_stem

        stem = pasted_stem(text)
        links: dict[str, str] = {}
        for index, data in enumerate(self.waiting):
            try:
                photo = import_photo(self.out, data=data, stem=stem, options=self.options)
            except PhotoImportError as exc:
                self.notes.add(tr("an image was left out: {why}", why=str(exc)))
                continue
            self.stored.append(photo.relative)
            links[str(index)] = image_link(photo.relative)[len("![](") : -1]
        self.waiting = []

        def link(match: re.Match[str]) -> str:
            key = match.group("index") or match.group("bare")
            found = links.get(key)
            if found is None:
                return ""  # left out: the picture's Markdown goes with it
            return match.group(0).replace(f"{WAITING}{key}", found, 1)

        return _PLACED.sub(link, text)


class Pending:
    """Pictures met while reading: each one's web copy is made in the background at once;
    :meth:`store` stores them all (the copies are then in the pipeline's cache)."""

    def __init__(self, store: StoreImage | None):
        self.store = store
        self.pictures: list[bytes] = []
        self._futures: list[Future[object]] = []
        self._pool: ThreadPoolExecutor | None = None

    def add(self, data: bytes) -> str:
        """The placeholder ``src`` for the picture ``data``."""
        self.pictures.append(data)
        options = getattr(self.store, "options", None)
        if options is not None and len(self.pictures) <= MAX_IMAGES:
            from netizen_editor.photos.cache import cached_web_copy

            if self._pool is None:
                self._pool = ThreadPoolExecutor(WORKERS, thread_name_prefix="import-photo")
            self._futures.append(self._pool.submit(cached_web_copy, data, options))
        return f"{PENDING}{len(self.pictures) - 1}"

    def store_all(self) -> list[str | None]:
        """Each picture's link relative to the article (None when it was left out)."""
        for future in self._futures:
            future.exception()  # wait; a picture that fails is reported by the store below
        if self._pool is not None:
            self._pool.shutdown()
        if self.store is None:
            return [None] * len(self.pictures)
        return [self.store(data, "image") for data in self.pictures]
