"""Images pasted, dropped or chosen with "Image…": made web-sized off the GUI thread.

Every image goes through the core pipeline (:mod:`netizen_editor.photos.importing`): the
article's ``<stem>_files/`` folder gets an optimised copy (upright, no GPS or other metadata,
long edge at most the setting; a photo stays JPEG, a screenshot may stay PNG), the original
optionally beside it. A pasted picture is named after the article (``banjir-rob-jakarta-N.jpg``
or ``.png``, ``foto-N`` while it has no title; see
:func:`netizen_editor.photos.importing.pasted_stem`); a file keeps
its name (``name-2.jpg`` when that name holds another picture); a file that already lives in
the article's folder is linked where it is. The work runs in Qt's thread pool; the result
comes back by signal to the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMimeData,
    QObject,
    QRunnable,
    QTimer,
    QUrl,
)
from PySide6.QtCore import Signal as _Signal
from PySide6.QtGui import QImage, QPixmap, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QWidget

from netizen_editor.article.model import ARTICLE_SUFFIXES
from netizen_editor.editing.formatting import image_link
from netizen_editor.editing.own_block import block_padding
from netizen_editor.gui.editor.positions import py_index
from netizen_editor.gui.plain_text import shown_plain
from netizen_editor.photos import storing
from netizen_editor.photos.importing import (
    PASTED_STEM,
    Imported,
    PhotoImportError,
    describe,
    files_folder,
    import_photo,
    is_inside,
    pasted_stem,
    relative_to_article,
    unique_path,
)
from netizen_editor.photos.named import named_files
from netizen_editor.photos.options import PhotoOptions, WebImage

if TYPE_CHECKING:
    from netizen_editor.importing.images import ImportBudget

IMAGE_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".avif", ".heic", ".heif", ".tif", ".tiff"}
)
# what a browser or an image viewer puts on the clipboard, best first: the file's own bytes
# (a JPEG stays a JPEG) before Qt's decoded bitmap
CLIPBOARD_FORMATS = ("image/jpeg", "image/webp", "image/png", "image/gif", "image/heic")

__all__ = [
    "ImageImportError",
    "ImportItem",
    "PhotoJob",
    "article_files",
    "files_folder",
    "image_files",
    "image_markdown",
    "is_inside",
    "local_files",
    "mime_image",
    "own_block",
    "relative_to_article",
    "unique_path",
]

ImageImportError = PhotoImportError


@dataclass
class ImportItem:
    """One image to bring in: a file, the clipboard's encoded bytes, or a bitmap."""

    path: Path | None = None
    data: bytes | None = None
    image: QImage | None = None
    alt: str = ""
    caption: str = ""
    credit: str = ""
    label: str = ""  # its name in messages when it has no file (pasted HTML's “foto”)
    # pasted HTML's picture whose link the paste put in the text: the file's name kept for it
    # (``stem-number``) and that link's target (``html_paste``)
    stem: str = ""
    number: int = 0
    target: str = ""
    # its web copy in the format the target's name says, made when it was stored under another
    # name: written under the target's when the link cannot be set right (``paste_in_place``)
    linked: WebImage | None = None

    @property
    def name(self) -> str:
        """The picture's name in messages, in the interface's words."""
        if self.path is not None:
            return self.path.name
        return self.label or pasted_name()


def pasted_name() -> str:
    """A pasted picture's name in messages when it has none of its own."""
    return QCoreApplication.translate("ImageImport", "the pasted picture")


def say_not_added(parent: QWidget, problems: list[str]) -> None:
    """The pictures that could not be added, if any, in one box: a paste's own (a page's
    picture left out) with those its pictures' storing refused. An empty one is a picture
    counted in another's note (those past a paste's budget beyond the few named)."""
    problems = [problem for problem in problems if problem]
    if problems:
        title = QCoreApplication.translate("MarkdownEditor", "Image not added")
        QMessageBox.warning(parent, title, shown_plain("\n".join(problems)))


def undone_paste_note(problems: list[str], document: QTextDocument) -> list[str]:
    """What the status bar says of the pictures a paste could not add when the paste was undone
    while they were stored and its Redo step was set right: a warning box for a paste no
    longer in the text was noise, and Redo brings the paste back without them. Nothing when no
    Redo can bring it back (the text edited since the Undo)."""
    problems = [problem for problem in problems if problem]
    if not problems or not document.isRedoAvailable():
        return []
    note = QCoreApplication.translate(
        "MarkdownEditor", "Image not added to the undone paste: {problems}"
    )
    return [note.format(problems="; ".join(problems))]


def stored_message(imported: Imported) -> str:
    """What the status bar says of a pasted picture stored: its file and what was done."""
    if imported.web is None:
        return imported.message
    # the status bar names the pasted picture by its file, in the interface's words
    label = QCoreApplication.translate("ImageImport", "pasted image ({file})")
    return describe(label.format(file=imported.path.name), imported.web)


def image_markdown(relative: str, item: ImportItem | None = None) -> str:
    if item is None or not (item.alt or item.caption or item.credit):
        return image_link(relative, item.alt if item else "")
    from netizen_editor.photos.importing import figure_markdown

    return figure_markdown(relative, item.alt, item.caption, item.credit)


def own_block(cursor: QTextCursor, markdown: str) -> str:
    """``markdown`` (photos) with the blank lines that make it a block of its own where
    ``cursor`` puts it: never glued to the paragraph above or below it."""
    document = cursor.document()
    first = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    first_text, last_text = first.text(), last.text()
    left = first_text[: py_index(first_text, cursor.selectionStart() - first.position())]
    right = last_text[py_index(last_text, cursor.selectionEnd() - last.position()) :]
    above, below = first.previous(), last.next()
    prefix, suffix = block_padding(
        above.text() if above.isValid() else None,
        left,
        right,
        below.text() if below.isValid() else None,
    )
    return prefix + markdown + suffix


def insert_links(editor: QPlainTextEdit, cursor: QTextCursor, links: list[str]) -> None:
    """The stored pictures' ``links`` in at ``cursor`` (where they were pasted or dropped), a
    block of their own, in one undo step."""
    if links and not editor.isReadOnly():
        cursor.beginEditBlock()
        cursor.insertText(own_block(cursor, "\n\n".join(links)))
        cursor.endEditBlock()
        editor.setTextCursor(cursor)
        editor.ensureCursorVisible()


def png_bytes(image: QImage) -> bytes:
    """A bitmap as PNG (lossless; the pipeline then picks JPEG for a photo)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # fast compression: the pipeline re-encodes anyway. PySide's stub wants the format as
    # bytes, but the binding accepts only str
    image.save(buffer, "PNG", 1)  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def run_import(
    item: ImportItem,
    article: Path,
    options: PhotoOptions,
    keep_original: bool,
    stem: str = "",
    budget: ImportBudget | None = None,
) -> Imported:
    """Bring ``item`` into ``article`` (any thread): :class:`ImageImportError` when it fails.
    A pasted picture is stored as ``stem-N`` (:func:`pasted_stem` of the article's text), as
    the name kept for it when its link is in the text already (``item.number``), its pixels
    decoded within the paste's ``budget`` (``OverBudget`` when they do not fit)."""
    from netizen_editor.importing.images import pasted_copy

    if item.path is not None:
        return import_photo(article, source=item.path, options=options, keep_original=keep_original)
    data = item.data
    if data is None and item.image is not None:
        if item.image.isNull():
            raise ImageImportError(
                QCoreApplication.translate("ImageImport", "the clipboard image is empty")
            )
        data = png_bytes(item.image)
    imported = import_photo(
        article,
        data=data,
        # the label named in a refusal, not here: its "." would read as the original's suffix
        name=pasted_name(),
        web=pasted_copy(data or b"", item.name, options, budget),
        stem=item.stem or stem or PASTED_STEM,
        options=options,
        keep_original=keep_original,
        number=item.number,
    )
    if imported.web is None:
        return imported
    return replace(imported, message=stored_message(imported))


class _JobSignals(QObject):
    finished = _Signal(object)  # list of (ImportItem, Imported | str) — str is the problem


class PhotoJob(QRunnable):
    """Imports a batch of images in the thread pool; ``signals.finished`` carries the result."""

    def __init__(
        self,
        items: list[ImportItem],
        article: Path,
        options: PhotoOptions,
        keep_original: bool,
        text: str = "",
        problems: list[str] | None = None,
    ):
        super().__init__()
        self.items, self.article = items, article
        self.problems = problems or []  # the paste's own, said with the batch's (GUI thread)
        self.options, self.keep_original = options, keep_original
        self.text = text  # the article's text: pasted pictures are named after its title
        self.signals = _JobSignals()
        # the files of the pictures whose links are in the text already: until they are
        # written (and their links set right), the preview says they are being stored
        files = named_files([item.target for item in items if item.target], article)
        if files:
            storing.begin(files)
            self.signals.finished.connect(
                lambda _outcomes: QTimer.singleShot(0, lambda: storing.end(files))
            )  # after the editor has settled the links (its slot, connected later, runs first)

    def run(self) -> None:
        from netizen_editor.importing.images import ImportBudget, OverBudget

        outcomes: list[tuple[ImportItem, Imported | str]] = []
        pasted = any(item.path is None for item in self.items)
        stem = pasted_stem(self.text) if pasted else ""  # its front matter read off the GUI
        # a paste's pictures decode within what one import's may: hundreds of large pictures
        # in a pasted page are not all decoded (the files chosen or dropped are not held to it)
        budget, over = ImportBudget(pasted=True), -1
        for item in self.items:
            try:
                outcomes.append((item, run_import(item, self.article, self.options,
                                                  self.keep_original, stem, budget)))  # fmt: skip
                _copy_as_linked(item, outcomes[-1][1], self.options)
            except OverBudget as exc:  # named for the first few, "" for the rest
                over = len(outcomes)
                outcomes.append((item, str(exc)))
            except ImageImportError as exc:
                outcomes.append((item, str(exc)))
            except Exception as exc:  # never lose the batch to one bad picture
                outcomes.append((item, f"{item.name}: {exc}"))
        if budget.more():  # the rest counted where the last of them was, after those named
            outcomes[over] = (outcomes[over][0], budget.more())
        self.signals.finished.emit(outcomes)


def _copy_as_linked(item: ImportItem, outcome: Imported | str, options: PhotoOptions) -> None:
    """``item.linked`` made (off the window's thread) when its picture was stored under another
    name than its link's."""
    from netizen_editor.importing.images import link_target
    from netizen_editor.photos.linked_copy import copy_as

    if (
        item.target
        and isinstance(outcome, Imported)
        and outcome.web is not None
        and link_target(outcome.relative) != item.target
    ):
        item.linked = copy_as(outcome.web, item.target, options.quality)


# -- reading mime data ------------------------------------------------------------------------
def local_files(source: QMimeData) -> list[Path]:
    if not source.hasUrls():
        return []
    paths = []
    for url in source.urls():
        url = QUrl(url)
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.is_file():
                paths.append(path)
    return paths


def image_files(paths: list[Path]) -> list[Path]:
    return [p for p in paths if p.suffix.lower() in IMAGE_SUFFIXES]


def article_files(paths: list[Path]) -> list[Path]:
    return [p for p in paths if p.suffix.lower() in ARTICLE_SUFFIXES]


def mime_image(source: QMimeData) -> ImportItem | None:
    """The picture on the clipboard, if any: its encoded bytes when offered, else the bitmap."""
    for fmt in CLIPBOARD_FORMATS:
        if source.hasFormat(fmt):
            data = bytes(source.data(fmt).data())
            if data:
                return ImportItem(data=data)
    if not source.hasImage():
        return None
    picture = source.imageData()
    if isinstance(picture, QPixmap):
        picture = picture.toImage()
    if isinstance(picture, QImage) and not picture.isNull():
        return ImportItem(image=picture.copy())
    return None
