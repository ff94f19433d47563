"""A photo brought into an article (paste, drop, "Image…"): its web copy stored beside it.

No Qt. The web copy goes into the article's images folder ``<article>_files/``; the original
can be kept beside it (a setting, ``NAME.original.EXT``); the original file itself is never
changed. A file that already lives in the article's folder is linked where it is (when the one
rule of :func:`netizen_editor.photos.address.locate_image` reads its address back to it). The
outcome says what was done in words for the status bar ("foto.jpg: 8,0 MB → 220 KB, GPS
location removed").
"""

from __future__ import annotations

import io
import os
import re
import stat
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from netizen_editor.article.model import Article, slugify
from netizen_editor.errors import ArticleError, plain_reason
from netizen_editor.i18n import language, tr
from netizen_editor.photos.address import locate_image
from netizen_editor.photos.options import PhotoOptions, WebImage
from netizen_editor.photos.refusal import refusal_reason
from netizen_editor.photos.source import SourceRejected, read_image_file
from netizen_editor.storage.capped import read_regular

_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)
ORIGINAL_MARK = ".original"
PASTED_STEM = "foto"  # a pasted picture's name in an article without a title
FORMAT_SUFFIXES = {"JPEG": ".jpg", "MPO": ".jpg", "PNG": ".png", "WEBP": ".webp", "GIF": ".gif",
                   "HEIF": ".heic", "AVIF": ".avif", "TIFF": ".tif", "BMP": ".bmp"}  # fmt: skip


class PhotoImportError(Exception):
    """A photo could not be stored beside the article (message is for the user)."""


@dataclass
class Imported:
    relative: str  # the link target, relative to the article's folder
    path: Path  # the stored web copy (or the file linked in place)
    message: str  # what was done, for the status bar
    web: WebImage | None = None  # None when linked in place
    original: Path | None = None  # the kept original, when the setting asks for it


def files_folder(article: Path) -> Path:
    """``<article folder>/<stem>_files``: where the article's imported images live."""
    return article.parent / f"{article.stem}_files"


def relative_to_article(article: Path, target: Path) -> str:
    """``target`` as a POSIX path relative to the article's folder (absolute when outside)."""
    folder = article.parent.resolve()
    resolved = target.resolve()
    try:
        return resolved.relative_to(folder).as_posix()
    except ValueError:
        return resolved.as_posix()


def featured_address(relative: str) -> str:
    """``relative`` as a front matter ``image``: ``%``, ``#`` and ``?`` encoded, so that the
    one rule (:func:`~netizen_editor.photos.address.locate_image`) reads it back to the file
    (a body link encodes more: :func:`netizen_editor.editing.formatting.image_link`)."""
    return relative.replace("%", "%25").replace("#", "%23").replace("?", "%3F")


def linked_in_place(article: Path, source: Path) -> str | None:
    """The address of ``source`` relative to the article's folder (not encoded), when it
    already lies in that folder and the one rule finds it again by that address; None when it
    must be copied in (it lies elsewhere, or its name would read as something else, such as
    ``http:`` or ``data:``)."""
    if not is_inside(article.parent, source):
        return None
    relative = relative_to_article(article, source)
    try:
        found = locate_image(featured_address(relative), article)
    except SourceRejected as exc:  # not there (yet): the address leads to its place all the same
        return relative if exc.reason == SourceRejected.NOT_FOUND else None
    return relative if found is not None and found == source.resolve() else None


def is_inside(folder: Path, target: Path) -> bool:
    try:
        target.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def unique_path(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem-N.suffix`` with the first N (from 1) that is not taken."""
    n = 1
    while (candidate := folder / f"{stem}-{n}{suffix}").exists():
        n += 1
    return candidate


def safe_stem(name: str) -> str:
    return _UNSAFE.sub("-", Path(name).stem).strip("-.") or "image"


def pasted_stem(text: str) -> str:
    """The name a picture pasted into the article ``text`` is stored under, before its
    ``-N``: the article's slug as its permalink has it (``banjir-rob-jakarta``), made a plain
    file name; ``foto`` when the article has no title (or its front matter does not read)."""
    try:
        slug = Article.parse(text).slug
    except ArticleError:
        slug = ""
    return slugify(slug) or PASTED_STEM


def import_photo(
    article: Path,
    *,
    source: Path | None = None,
    data: bytes | None = None,
    name: str = "image",
    stem: str = "",
    options: PhotoOptions | None = None,
    keep_original: bool = False,
    web: WebImage | None = None,
    number: int = 0,
) -> Imported:
    """Store the web copy of ``source`` (a file) or ``data`` (clipboard bytes) beside
    ``article``, pasted bytes as ``stem-N`` (``name``'s stem when not given; see
    :func:`pasted_stem`); ``web``: the web copy of ``data``, made already (a document's
    import); ``number``: the N a paste kept for it (:func:`reserve_numbers`), taken while it is
    still free. :class:`PhotoImportError` with a message naming the file when it cannot."""
    options = options or PhotoOptions()
    if source is not None:
        name = source.name
        relative = linked_in_place(article, source)
        if relative is not None:
            return Imported(relative, source, tr("{name}: linked where it is", name=name))
        try:
            data = read_image_file(source, [source.parent]).data
        except SourceRejected as exc:
            raise PhotoImportError(_why(name, exc)) from None
    data = data or b""
    web = web or web_copy(data, name, options)
    folder = files_folder(article)
    stem = safe_stem(stem if stem and source is None else name)
    try:
        _make_folder(folder)  # never a link planted as ARTICLE_files/
        target = _free_target(folder, stem, web.suffix, web.data, source is None, number)
        if not os.path.lexists(target):
            _write(target, web.data)
        original = None
        if keep_original:
            suffix = Path(name).suffix.lower() or FORMAT_SUFFIXES.get(web.source_format, ".img")
            original = target.with_name(target.stem + ORIGINAL_MARK + suffix)
            if not os.path.lexists(original):
                _write(original, data)
    except OSError as exc:
        raise PhotoImportError(
            tr(
                "{name}: cannot store it in {folder}: {problem}",
                name=name,
                folder=folder,
                problem=plain_reason(exc),
            )
        ) from None
    relative = relative_to_article(article, target)
    return Imported(relative, target, describe(name, web), web, original)


def web_copy(data: bytes, name: str, options: PhotoOptions) -> WebImage:
    """The web copy of the picture ``data`` (the pipeline's cached one when it was made
    before); :class:`PhotoImportError` naming ``name`` when it is empty or no picture."""
    from netizen_editor.photos.cache import cached_web_copy  # loads Pillow

    if not data:
        raise PhotoImportError(_why(name, SourceRejected(SourceRejected.EMPTY)))
    try:
        return cached_web_copy(data, options)
    except SourceRejected as exc:
        raise PhotoImportError(_why(name, exc)) from None


def _free_target(
    folder: Path, stem: str, suffix: str, data: bytes, numbered: bool, kept: int = 0
) -> Path:
    """The file to write. A pasted picture takes ``stem-{kept}`` while no file has that number,
    else the first free ``stem-N``; a named file keeps its name, reuses a file with the same
    content, and takes ``stem-N`` when the name is taken by another picture."""

    def candidates():
        if not numbered:
            yield folder / f"{stem}{suffix}"
        n = 1
        while True:
            yield folder / f"{stem}-{n}{suffix}"
            n += 1

    taken = _numbers_taken(folder, stem) if numbered else set()
    if numbered and kept and str(kept) not in taken:
        target = folder / f"{stem}-{kept}{suffix}"
        if not os.path.lexists(target):
            return target
    for target in candidates():
        if numbered and target.stem.removeprefix(f"{stem}-") in taken:
            continue  # image-1.png taken: a pasted photo becomes image-2.jpg, not image-1.jpg
        if not os.path.lexists(target):
            return target
        if not numbered and _holds(target, data):
            return target  # a link is never reused: the article would point through it
    raise AssertionError("unreachable")


def reserve_numbers(article: Path, stem: str, count: int, kept: Collection[str] = ()) -> list[int]:
    """The N of ``count`` pictures a paste stores as ``stem-N`` beside ``article``, kept before
    their files are written (their links go in the text at once): the first numbers no file
    of the folder has (one look at it) and not ``kept`` for pictures being stored meanwhile."""
    taken = _numbers_taken(files_folder(article), stem) | set(kept)
    numbers: list[int] = []
    number = 0
    while len(numbers) < count:
        number += 1
        if str(number) not in taken:
            numbers.append(number)
    return numbers


def likely_suffix(data: bytes, options: PhotoOptions) -> str:
    """The suffix the web copy of the picture ``data`` most likely gets, read from its header
    alone as the pipeline chooses (``pipeline._encode``): a photo's format (JPEG, or WebP by
    the setting), PNG for transparency or a graphic, GIF for an animation. A paste names the
    picture's file with it before the copy is made; should the copy differ (a graphic that
    is smaller as JPEG), the link is set right once it is stored."""
    from PIL import Image  # loaded already: a paste looked for spacers with it

    photo = ".webp" if options.format == "webp" else ".jpg"
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format or ""
            clear = "A" in image.mode or "transparency" in image.info
            moving = kind == "GIF" and bool(getattr(image, "is_animated", False))
    except Exception:  # Pillow raises many kinds for a damaged picture: the pipeline says it
        return photo
    if moving:
        return ".gif"
    if clear:
        return ".webp" if options.format == "webp" else ".png"
    return photo if kind in ("JPEG", "MPO", "HEIF", "AVIF", "WEBP", "TIFF") else ".png"


def _numbers_taken(folder: Path, stem: str) -> set[str]:
    """The N of every ``stem-N.*`` in ``folder`` (as written: ``image-01.png`` is "01"), from
    one look at the folder: a glob for each N tried was a look at all of it each time, and a
    colleague's 4,000 planted ``image-N.x`` made each pasted picture take 11 s (QA32 #15)."""
    flags = re.IGNORECASE if os.name == "nt" else 0  # as pathlib's glob compares names there
    numbered = re.compile(rf"{re.escape(stem)}-([0-9]+)\.", flags)
    taken = set()
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                match = numbered.match(entry.name)
                if match is not None:
                    taken.add(match.group(1))
    except OSError:  # no folder yet (or none to read): the names are tried one by one
        pass
    return taken


def _holds(path: Path, data: bytes) -> bool:
    """``path`` is a regular file holding exactly ``data``. A colleague may have planted a file
    of any size there (or swap in a link after the look): its size is compared first, and
    then at most ``len(data)`` bytes are read, never through a link, never waiting on a pipe."""
    try:
        st = os.lstat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size != len(data):
            return False
        held, _ = read_regular(path, len(data))
    except OSError:
        return False
    return held == data


def _make_folder(folder: Path) -> None:
    from netizen_editor.storage.atomic import make_folder as make

    make(folder)


def _write(target: Path, data: bytes) -> None:
    """Write inside the folder the import made; neither it nor ``target`` is followed if a
    link."""
    from netizen_editor.storage.atomic import atomic_write_bytes

    atomic_write_bytes(target, data, below=target.parent.parent)


def human_size(size: int) -> str:
    """``8,0 MB`` / ``220 KB`` (decimal comma in Indonesian)."""
    megabytes, kilobytes = f"{size / 1_000_000:.1f} MB", f"{max(1, round(size / 1000))} KB"
    text = megabytes if size >= 1_000_000 else kilobytes
    return text.replace(".", ",") if language() == "id" else text


def describe(name: str, web: WebImage) -> str:
    """What the pipeline did to a photo, for the status bar."""
    parts = [f"{name}: {human_size(web.source_bytes)} → {human_size(len(web.data))}"]
    if (web.width, web.height) != web.source_size:
        parts.append(f"{web.width}×{web.height}")
    if "gps" in web.removed:
        parts.append(tr("GPS location removed"))
    if "serial" in web.removed:
        parts.append(tr("camera serial removed"))
    elif {"exif", "xmp", "iptc", "comment"} & set(web.removed) and "gps" not in web.removed:
        parts.append(tr("metadata removed"))
    return ", ".join(parts)


def figure_markdown(src: str, alt: str = "", caption: str = "", credit: str = "") -> str:
    """``![alt](src "Caption. Foto: Credit")``, the figure syntax of the newsroom extension."""
    from netizen_editor.editing.formatting import image_link
    from netizen_editor.publish.mdext.newsroom import credit_line

    title = caption.strip().replace('"', "'")
    credit = credit.strip().replace('"', "'")
    if credit:
        if title and title[-1] not in ".!?":
            title += "."
        title = f"{title} {credit_line(credit)}".strip()
    alt = alt.replace("[", "(").replace("]", ")").replace("\n", " ").strip()
    link = image_link(src, alt)
    return f'{link[:-1]} "{title}")' if title else link


def _why(name: str, exc: SourceRejected) -> str:
    return tr("{name}: {reason}", name=name, reason=refusal_reason(exc))
