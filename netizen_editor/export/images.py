"""The images an export takes along: found safely, made into web copies, named once each.

Every exporter asks an :class:`ExportImages` for each ``src`` of the body and for the front
matter ``image``. A local reference is used only when the one rule of
:func:`netizen_editor.photos.address.locate_image` finds it (relative to the article's folder;
inside it or the images folder of the settings, as written and with symlinks followed), it is
a regular file within the size limit, and it decodes as an image; the web copy (see
:mod:`netizen_editor.photos`) is what leaves, never the original's bytes. Anything else gets a
warning naming the file and line, and the output leaves it out (no reference to a file that
did not come along: a photo there on the reporter's computer, broken once uploaded). One file
named several ways (``./a.jpg``, ``././a.jpg``, a symlink) is processed, counted and named once.

Decoding is bounded (see :mod:`netizen_editor.photos.limits`): an image over the pixel, byte
or scan budget, or past what one export may decode, is a warning naming it; an animation past
the frame budget keeps its first frame, with a warning. The web copies share the export's time
(:data:`~netizen_editor.photos.limits.EXPORT_PHOTO_SECONDS` of CPU time): the photos not made
by then are left out, named in one warning, and the export goes on without them; how far they
are is told as they are made (:mod:`netizen_editor.export.progress`). For a
self-contained page the budget of :data:`EMBED_BUDGET_BYTES` counts every reference; an image
referred to more than once is embedded once, in a ``<style>`` rule that every reference's
``<img>`` picks up by its ``src`` (a tiny placeholder of the same size; see
:meth:`ExportImages.page_src`).
"""

from __future__ import annotations

import base64
import html as html_lib
import os
import re
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import quote, urlsplit

from netizen_editor.article.model import Article
from netizen_editor.export.progress import PhotoCount
from netizen_editor.i18n import tr
from netizen_editor.photos.address import image_roots, is_remote, local_path, locate_image
from netizen_editor.photos.limits import EXPORT_PHOTO_SECONDS, FRAME_BUDGET, DecodeBudget
from netizen_editor.photos.options import PhotoOptions, WebImage
from netizen_editor.photos.refusal import refusal_reason
from netizen_editor.photos.refused import IMG_SRC, leave_out
from netizen_editor.photos.source import SourceFile, SourceRejected, read_image_file
from netizen_editor.settings import Settings

EMBED_BUDGET_BYTES = 20 * 1024 * 1024  # all images embedded in one page, after web-sizing
SHARE_NAME = "share-1200x630.jpg"
MAX_WORKERS = 4
_UNSAFE_NAME = re.compile(r"[^\w.\-]+", re.UNICODE)
SHARED_MARK = "#nz-image-"  # the fragment of a shared image's placeholder src
NAMED_LATE = 20  # photos left out for time named in the warning; the rest are counted


@dataclass
class ExportImage:
    src: str  # the first way the article named it
    path: Path  # the resolved original
    web: WebImage
    name: str  # its file name among the export's images (unique)


def allowed_featured(src: str) -> bool:
    """The front matter ``image`` passes the same scheme filter as the body: web addresses
    and local paths only (no ``javascript:``, ``data:`` or other schemes)."""
    if not src.strip():
        return False
    scheme = urlsplit(src).scheme.lower()
    return is_remote(src) or scheme in ("", "file") or len(scheme) == 1


class ExportImages:
    """The images of one export run: web copies by resolved path, with the warnings."""

    def __init__(self, article: Article, settings: Settings):
        self.article = article
        self.options = PhotoOptions.from_settings(settings)
        self.images_folder = getattr(settings, "images_folder", "")
        self.roots = image_roots(article.path, self.images_folder)
        self._warnings: list[str] = []
        self._late: list[str] = []  # photos left out because the export's time was spent
        #: local images that cannot be used (not found, outside the folders, not an image…):
        #: the output leaves them out rather than point at a file it does not take along
        self.refused: set[str] = set()
        self._by_src: dict[str, ExportImage | None] = {}
        self._by_path: dict[Path, ExportImage] = {}
        self._names: set[str] = set()
        self._embedded: set[Path] = set()
        self._prepared: dict[Path, WebImage] = {}
        self._read_failed: set[str] = set()
        self._originals: list[Path] = []
        self._resolved: dict[str, Path] = {}  # src → resolved file, as prepare() read it
        self._references: Counter[str] = Counter()  # src → how often the page names it
        self._shared: dict[Path, int] = {}  # images embedded once for several references
        #: the pixels this export may decode in all, and the CPU time its photos may take
        self.budget = DecodeBudget(seconds=EXPORT_PHOTO_SECONDS)
        self.embedded_bytes = 0

    @property
    def images(self) -> list[ExportImage]:
        return list(self._by_path.values())

    @property
    def warnings(self) -> list[str]:
        """What the export says about its images: one warning each, and one for all the
        photos left out when the export's time for them was spent."""
        return self._warnings + ([self._late_warning()] if self._late else [])

    # -- finding ---------------------------------------------------------------------------
    def get(self, src: str) -> ExportImage | None:
        """The web copy for a local ``src``; None (with a warning) when it cannot be used, and
        None silently for remote addresses."""
        if src in self._by_src:
            return self._by_src[src]
        found = self._find(src)
        self._by_src[src] = found
        return found

    def prepare(self, body_html: str) -> None:
        """Make the web copies of the featured image and the body's images in parallel (Pillow
        works outside the GIL), so ten photos take a fraction of ten times one."""
        sources = [html_lib.unescape(m.group(2)) for m in IMG_SRC.finditer(body_html)]
        featured = self.article.get("image").strip()
        if featured and allowed_featured(featured):
            sources.insert(0, featured)
        self._references.update(sources)
        from netizen_editor.photos.cache import cached_web_copy
        from netizen_editor.photos.pipeline import register_openers

        register_openers()  # once, before the threads start
        workers = max(1, min(os.cpu_count() or 1, MAX_WORKERS))

        in_flight = threading.BoundedSemaphore(workers * 2)  # originals held in memory
        local = [src for src in dict.fromkeys(sources) if local_path(src, None) is not None]
        made = PhotoCount(len(local))  # told to the command line's terminal

        def make(source: SourceFile) -> WebImage | None:
            try:
                return _attempt(cached_web_copy, source.data, self.options, self.budget)
            finally:
                in_flight.release()
                made.one_done()

        futures = []
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for src in local:
                source = self._read(src)
                if source is None:
                    made.one_done()  # refused: nothing to make
                    continue
                self._resolved[src] = source.path
                if source.path in self._originals:
                    made.one_done()  # named before another way: made once
                    continue
                self._originals.append(source.path)
                in_flight.acquire()
                futures.append((source.path, pool.submit(make, source)))
        for path, future in futures:
            web = future.result()
            if web is not None:
                self._prepared[path] = web

    def prepared_originals(self) -> list[Path]:
        """The resolved files :meth:`prepare` found (the originals the export will use)."""
        return list(self._originals)

    def _read(self, src: str) -> SourceFile | None:
        """The file ``src`` names, read safely; None (warned about once) when it may not be."""
        if src in self._read_failed or local_path(src, None) is None:
            return None  # warned about already, or not a file (a web address, data:)
        self._read_failed.add(src)
        try:
            path = locate_image(src, self.article.path, self.images_folder)
            if path is None:
                return None
            source = read_image_file(path, self.roots)
        except SourceRejected as exc:
            self.warn(src, _reason(exc))
            if exc.reason != SourceRejected.NO_FOLDER:  # unsaved: it may be there once saved
                self.refused.add(src)
            return None
        self._read_failed.discard(src)
        return source

    def _find(self, src: str) -> ExportImage | None:
        path = self._resolved.get(src)
        if path is not None and path in self._by_path:
            return self._by_path[path]
        web = self._prepared.pop(path, None) if path is not None else None
        if path is None or web is None:  # not prepared (or it failed there): make it here
            source = self._read(src)
            if source is None:
                return None
            path = source.path
            if path in self._by_path:
                return self._by_path[path]
            from netizen_editor.photos.cache import cached_web_copy  # loads Pillow

            try:
                web = cached_web_copy(source.data, self.options, self.budget)
            except SourceRejected as exc:
                if exc.reason == SourceRejected.LATE:
                    self._late.append(src)  # named with the others in one warning
                else:
                    self.warn(src, _reason(exc))
                self.refused.add(src)
                return None
        image = ExportImage(src, path, web, self._unique_name(path, web))
        self._by_path[path] = image
        for note in web.notes:
            self.warn(src, _note(note))
        return image

    def share_image(self, src: str, chosen: bool = True) -> WebImage | None:
        """The 1200×630 share crop of a local image (None for remote ones); ``chosen``: the
        journalist chose it (the featured image), so a crop that cannot be made is said (the
        body's first photo, taken when there is none, goes without a crop silently)."""
        from netizen_editor.photos.cache import cached_share_image

        image = self.get(src)
        if image is None:
            return None
        try:
            source = read_image_file(image.path, self.roots)
            return cached_share_image(source.data, self.options, self.budget)
        except SourceRejected as exc:
            if chosen:
                reason = refusal_reason(exc)
                self.warn(src, tr("is not used as the share image: {reason}", reason=reason))
            return None

    def _unique_name(self, path: Path, web: WebImage) -> str:
        stem = _UNSAFE_NAME.sub("-", PurePosixPath(path.name).stem).strip("-.") or "gambar"
        name, n = f"{stem}{web.suffix}", 1
        while name in self._names or name == SHARE_NAME:
            n += 1
            name = f"{stem}-{n}{web.suffix}"
        self._names.add(name)
        return name

    # -- using ---------------------------------------------------------------------------
    def data_uri(self, src: str) -> str | None:
        """The web copy as a data URI for a self-contained page, within the embed budget,
        which every reference counts (each one embeds the bytes again)."""
        image = self.get(src)
        if image is None:
            return None
        if not self._fits(src, len(image.web.data)):
            return None
        self._embedded.add(image.path)
        return _data_uri(image.web)

    def page_src(self, src: str) -> str | None:
        """What a self-contained page puts in ``src``: the data URI of an image referred to
        once; for an image referred to more than once a placeholder of its size whose data
        :meth:`shared_style` embeds once for all its references. Within the embed budget."""
        image = self.get(src)
        if image is None:
            return None
        uses = sum(n for s, n in self._references.items() if self._path_of(s) == image.path)
        if uses <= 1:
            return self.data_uri(src)
        number = self._shared.get(image.path)
        if number is None:
            if not self._fits(src, len(image.web.data)):
                return None
            number = self._shared[image.path] = len(self._shared) + 1
            self._embedded.add(image.path)
        placeholder = _placeholder(image.web, number)
        return placeholder if self._fits(src, len(placeholder)) else None

    def shared_style(self) -> str:
        """The ``<style>`` element that embeds each shared image once (for the page's head);
        "" when no image is shared."""
        rules = []
        for path, number in self._shared.items():
            image = self._by_path[path]
            rules.append(
                f'img[src$="{SHARED_MARK}{number}"]{{content:url({_data_uri(image.web)})}}'
            )
        if not rules:
            return ""
        return '<style id="nz-images">' + "\n".join(rules) + "</style>\n"

    def _path_of(self, src: str) -> Path | None:
        found = self._by_src.get(src)
        return found.path if found is not None else self._resolved.get(src)

    def _fits(self, src: str, size: int) -> bool:
        """Count ``size`` bytes against the page's embed budget (an image's bytes each time it
        is embedded, a placeholder's for each reference to a shared one); False (warned) when
        it is full."""
        if self.embedded_bytes + size > EMBED_BUDGET_BYTES:
            budget = f"{EMBED_BUDGET_BYTES // (1024 * 1024)} MB"
            if self._by_src.get(src) is not None:
                self.warn(src, tr("is not embedded: the page's image budget of {budget} is "
                                  "used up; it stays a link", budget=budget))  # fmt: skip
            self._by_src[src] = None
            return False
        self.embedded_bytes += size
        return True

    def rewrite_body(self, body_html: str, replace) -> str:
        """Each ``<img src>`` of the body through ``replace(src) -> new src or None`` (None: it
        stays as written); a refused image is left out
        (:func:`netizen_editor.photos.refused.leave_out`)."""

        def one(m: re.Match) -> str:
            src = html_lib.unescape(m.group(2))
            new = replace(src)
            return m.group(0) if new is None else m.group(1) + html_lib.escape(new) + m.group(3)

        body_html = IMG_SRC.sub(one, body_html)
        return leave_out(body_html, self.refused) if self.refused else body_html

    def featured(self, replace) -> str:
        """The front matter image after the scheme filter and ``replace``; "" when refused."""
        src = self.article.get("image").strip()
        if not src:
            return ""
        if not allowed_featured(src):
            self.warn(src, tr("is not used: only web addresses and local image files are allowed"))
            return ""
        if is_remote(src):
            return src
        new = replace(src)
        if new is None and (src in self.refused or urlsplit(src).scheme.lower() == "file"):
            return ""  # a refused file (or a file: URL) is of no use to a reader
        return src if new is None else new

    def warn(self, src: str, reason: str) -> None:
        self._warnings.append(tr("{where}: warning: image '{src}' {reason}",
                                 where=self._where(src), src=src, reason=reason))  # fmt: skip

    def _where(self, src: str) -> str:
        """``FILE:LINE`` of the article's line that names ``src`` (``FILE`` when none does)."""
        where = str(self.article.path) if self.article.path else "<text>"
        line = line_of(self.article, src)
        return where if line is None else f"{where}:{line}"

    def _late_warning(self) -> str:
        """The one warning naming the photos left out when the export's time was spent (the
        first :data:`NAMED_LATE`, the rest counted), at the line of the first."""
        names = ", ".join(f"'{src}'" for src in self._late[:NAMED_LATE])
        if len(self._late) > NAMED_LATE:
            names = tr("{names} and {count} more", names=names, count=len(self._late) - NAMED_LATE)
        return tr("{where}: warning: {count} images left out: the export's photos used up "
                  "their time ({seconds} seconds of work) before these were made: {names}. "
                  "Exporting again goes on from the photos made so far",
                  where=self._where(self._late[0]), count=len(self._late),
                  seconds=f"{self.budget.allowed or 0:g}", names=names)  # fmt: skip


def _data_uri(web: WebImage) -> str:
    return f"data:{web.mime};base64," + base64.b64encode(web.data).decode("ascii")


def _placeholder(web: WebImage, number: int) -> str:
    """An empty SVG of the image's size (so the layout is right before and without the
    shared data), marked for the ``<style>`` rule that shows the image in it."""
    svg = f"<svg xmlns='http://www.w3.org/2000/svg' width='{web.width}' height='{web.height}'/>"
    return "data:image/svg+xml," + quote(svg, safe="") + f"{SHARED_MARK}{number}"


def _note(note: str) -> str:
    """A note of the photo pipeline as a warning's reason."""
    code, _, detail = note.partition(":")
    if code == "first_frame":
        over = detail.isdigit() and int(detail) > FRAME_BUDGET
        frames = tr("more than {count}", count=FRAME_BUDGET) if over else detail
        return tr("is an animation of {frames} frames, too many to keep: only its first frame "
                  "is used", frames=frames)  # fmt: skip
    if code == "damaged":
        return tr("is damaged; the decoder skipped what it could not read ({detail})",
                  detail=detail)  # fmt: skip
    return note


def _attempt(function, *args):
    """``function(*args)``, or None when it refuses (the caller tries again and warns)."""
    try:
        return function(*args)
    except SourceRejected:
        return None


def line_of(article: Article, needle: str) -> int | None:
    """The line of the article's text (front matter included) that names the image ``needle``:
    the first where it stands as a whole address (``foto.jpg`` is not the line of
    ``../arsip/foto.jpg``), else the first that holds it; None when none does."""
    import re

    whole = re.compile(r"(?<![\w./%-])" + re.escape(needle) + r"(?![\w./%-])")
    lines = article.to_text().splitlines()
    for wanted in (whole.search, lambda line: needle in line):
        for offset, line in enumerate(lines, start=1):
            if wanted(line):
                return offset
    return None


def _reason(exc: SourceRejected) -> str:
    """What a warning says after an image's name when ``exc`` refused it: the photo pipeline's
    reason (``refusal_reason``) in the export's sentence; an untitled article's image waits to
    be saved."""
    if exc.reason == SourceRejected.NO_FOLDER:
        return tr("is not embedded: save the article first (its folder is unknown)")
    return tr("is not used: {reason}", reason=refusal_reason(exc))
