"""Import a document as an article: read it (bounded), convert it by its kind, store its
pictures (photo pipeline; named after the article's title, ``banjir-rob-1.jpg``) and its plain
text (``source.txt``, else a free ``source-2.txt``: never over a file there) in
``OUT_files/``, write ``OUT`` with its front matter, and keep the import as the first
version of the article's history. Its label is the one a new story filed in ``OUT``'s folder
takes (``templates.labels.folder_label``: ``daerah/`` gives ``Daerah`` when the desk's stories
carry that label), as a story from a template there has.

The output is never a link; an existing ``OUT`` is refused unless the caller asks to replace
it (the window's save dialog asked the user already). The window's Cancel stops an import
between its steps, before it writes anything (``importing.cancel``): everything the article
needs is made before the first file is written."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from netizen_editor.errors import ArticleError
from netizen_editor.i18n import tr
from netizen_editor.importing.cancel import Cancel, checkpoint, start_writing, watching
from netizen_editor.importing.images import ImageStore, StoreImage
from netizen_editor.importing.result import Converted
from netizen_editor.importing.safety import (
    DocumentError,
    Notes,
    corrupt,
    read_document,
    size_problem,
)
from netizen_editor.importing.tracked import Review
from netizen_editor.photos.options import PhotoOptions
from netizen_editor.settings import Settings
from netizen_editor.timebudget import Stopped

#: the kinds of document that can be imported, by suffix
IMPORT_SUFFIXES = {".docx": "docx", ".odt": "odt", ".pdf": "pdf", ".html": "html",
                   ".htm": "html", ".txt": "txt"}  # fmt: skip
KIND_NAMES = {"docx": "Word", "odt": "LibreOffice Writer", "pdf": "PDF", "html": "HTML"}
SOURCE_TEXT = "source.txt"


@dataclass
class Imported:
    """An import done: where the article went, its text, what the user should know."""

    out: Path
    text: str
    warnings: list[str] = field(default_factory=list)
    suggestions: int = 0
    comments: int = 0
    images: int = 0


def can_import(path: Path) -> bool:
    return path.suffix.lower() in IMPORT_SUFFIXES


def size_refusal(path: Path) -> DocumentError | None:
    """The refusal ``path``'s size alone brings (see ``safety.size_problem``), or None."""
    return size_problem(path, IMPORT_SUFFIXES.get(path.suffix.lower()) == "txt")


def default_output(path: Path) -> Path:
    """``NAME.md`` beside the document; ``NAME-2.md`` when the article's folder for pictures
    (``NAME_files``) would be the saved web page's own (see :func:`into_page_folder`)."""
    out = path.with_suffix(".md")
    if not into_page_folder(path, out):
        return out
    from netizen_editor.storage.copy_names import free_path

    return free_path(out, lambda candidate: into_page_folder(path, candidate))


def into_page_folder(path: Path, out: Path) -> bool:
    """Whether the article ``out``'s folder (``NAME_files``) is the web page ``path``'s own
    ``NAME_files``, where a browser saves a page's pictures: the import reads it and never
    writes into it."""
    from netizen_editor.photos.importing import files_folder

    if IMPORT_SUFFIXES.get(path.suffix.lower()) != "html":
        return False
    own = path.parent / f"{path.stem}_files"
    return _same_place(files_folder(out), own)


def _same_place(one: Path, other: Path) -> bool:
    try:
        return os.path.normcase(one.resolve()) == os.path.normcase(other.resolve())
    except (OSError, RuntimeError):
        return os.path.normcase(os.path.abspath(one)) == os.path.normcase(os.path.abspath(other))


def import_document(
    path: Path,
    out: Path,
    settings: Settings,
    *,
    accept_changes: bool = False,
    replace: bool = False,
    now: dt.datetime | None = None,
    cancel: Cancel | None = None,
    desk_labels: Iterable[str] = (),
) -> Imported:
    """Import ``path`` into the article ``out``; DocumentError (one line) when it cannot,
    ``Stopped`` (nothing written) when ``cancel`` was asked before it started writing.
    ``desk_labels`` (the open desk's) name the labels ``out``'s folder may stand for."""
    with watching(cancel):
        return _import(path, out, settings, accept_changes, replace, now, desk_labels)


def _import(
    path: Path,
    out: Path,
    settings: Settings,
    accept_changes: bool,
    replace: bool,
    now: dt.datetime | None,
    desk_labels: Iterable[str],
) -> Imported:
    from netizen_editor.photos.importing import files_folder
    from netizen_editor.templates.labels import folder_label

    kind = IMPORT_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise DocumentError(
            tr("cannot import this kind of file; Netizen Editor imports {kinds}",
               kinds=", ".join(IMPORT_SUFFIXES)),
            path=path,
        )  # fmt: skip
    moved = ""
    if into_page_folder(path, out):  # never written into: its pictures are read from there
        from netizen_editor.storage.copy_names import free_path

        moved, out = out.name, free_path(out, lambda candidate: into_page_folder(path, candidate))
    if os.path.lexists(out) and (not replace or out.is_symlink() or not out.is_file()):
        raise DocumentError(
            tr("already exists; give another name with -o (nothing was written)"), path=out
        )
    data = read_document(path)
    checkpoint()
    notes = Notes()
    store = ImageStore(out, PhotoOptions.from_settings(settings), notes)
    review = Review(zone=settings.timezone)
    try:
        converted = _convert(kind, data, path, store, review, accept_changes)
    except Stopped:  # cancelled
        raise
    except DocumentError as exc:
        if exc.path is None:  # said by a part that does not know the file
            exc.path = path
        raise
    except Exception as exc:  # a reader's own error on a damaged or hostile document
        raise corrupt(path, KIND_NAMES.get(kind, ""), exc) from None
    if moved:
        notes.add(tr("saved as {name}, not {wanted}: the folder {folder} is the page's own",
                     name=out.name, wanted=moved, folder=f"{path.stem}_files"))  # fmt: skip
    for warning in converted.warnings:
        notes.add(warning)
    label = folder_label(out.parent, desk_labels)  # the folder's stories' heads, bounded
    checkpoint()
    return _write(path, out, converted, settings, notes, now, files_folder(out), store, label)


def keep_text(folder: Path, data: bytes) -> str:
    """Write the document's plain text ``data`` into the article's ``folder`` (made already)
    as ``source.txt``, else the first free ``source-2.txt``, ``source-3.txt``…; its name. A
    file there is never replaced, nor written through when a link: the folder may be another
    story's (``banjir_files/`` kept by ``banjir-lama.md`` after a rename), whose
    ``source_file`` names its own ``source.txt``. The text is written whole under a name of
    its own first, then given the free name, which fails if a file took it meanwhile."""
    import secrets

    from netizen_editor.storage.atomic import SaveError, atomic_write_bytes
    from netizen_editor.storage.copy_names import MAX_TRIES
    from netizen_editor.storage.no_replace import rename_no_replace

    stem, suffix = os.path.splitext(SOURCE_TEXT)
    temp = folder / f".{SOURCE_TEXT}.{secrets.token_hex(6)}.new"
    atomic_write_bytes(temp, data, below=folder.parent)
    try:
        for number in range(1, MAX_TRIES + 1):
            name = SOURCE_TEXT if number == 1 else f"{stem}-{number}{suffix}"
            try:
                rename_no_replace(temp, folder / name)
            except FileExistsError:
                continue
            return name
        # every name taken: the folder keeps earlier imports' texts (or was filled on purpose)
        raise SaveError(folder / SOURCE_TEXT, tr(
            "the document's text cannot be kept in {folder}: every name from {first} to {last} "
            "is taken there; import it under another name (-o), whose files then have a folder "
            "of their own", folder=f"{folder}{os.sep}", first=SOURCE_TEXT,
            last=f"{stem}-{MAX_TRIES}{suffix}"))  # fmt: skip
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _convert(
    kind: str, data: bytes, path: Path, store: StoreImage | None, review: Review, accept: bool
) -> Converted:
    if kind == "docx":
        from netizen_editor.importing.docx import convert_docx

        return convert_docx(data, path, store, review, accept)
    if kind == "odt":
        from netizen_editor.importing.odt import convert_odt

        return convert_odt(data, path, store, review, accept)
    if kind == "pdf":
        from netizen_editor.importing.pdf import convert_pdf

        return convert_pdf(data, path, store)
    if kind == "html":
        from netizen_editor.importing.webpage import convert_webpage

        return convert_webpage(data, path, store)
    from netizen_editor.importing.plain import convert_text

    return convert_text(data, path)


def _write(
    path: Path,
    out: Path,
    converted: Converted,
    settings: Settings,
    notes: Notes,
    now: dt.datetime | None,
    folder: Path,
    store: ImageStore,
    label: str,
) -> Imported:
    from netizen_editor.article.frontmatter import set_field
    from netizen_editor.history.saving import Keeper, id_edit
    from netizen_editor.importing.front_matter import article_text, letterhead_sender, split_title
    from netizen_editor.importing.heading_levels import under_title
    from netizen_editor.review.marks import review_marks
    from netizen_editor.storage.atomic import SaveError, atomic_write_bytes, make_folder

    title, body = split_title(converted.markdown, converted.title, store.leave_out_logo)
    body = under_title(body)  # the title is the page's H1
    undescribed = store.in_article(converted.undescribed)  # the logo left out is no photo
    if undescribed:
        notes.add(tr("{count} photo(s) have no description (alt text): write one for each in "
                     "the article", count=len(undescribed)))  # fmt: skip
    # the name the release prints on its letterhead, else the document's company or author
    sender = letterhead_sender(converted.markdown, store.leave_out_logo) or converted.sender
    checkpoint()
    likely = f"{folder.name}/{SOURCE_TEXT}"  # the plain text's name, known once it is kept
    text = article_text(body, title, sender, likely, settings, now, converted.summary)
    if label:
        text = set_field(text, "labels", [label])
    start_writing()  # a cancel is refused from here on
    try:
        make_folder(folder)
        source_file = f"{folder.name}/{keep_text(folder, converted.plain.encode('utf-8'))}"
    except (SaveError, OSError) as exc:
        raise DocumentError(getattr(exc, "message", None) or str(exc), path=out) from None
    if source_file != likely:
        text = set_field(text, "source_file", source_file)
    text = store.store_all(text)  # named after the article's title, now known
    edit = id_edit(text)
    if edit is not None:
        text = edit.apply(text)
    try:
        atomic_write_bytes(out, text.encode("utf-8"))
    except (SaveError, OSError) as exc:
        raise DocumentError(getattr(exc, "message", None) or str(exc), path=out) from None
    kept = Keeper(settings.default_author, settings.timezone).keep(out, text, "import")
    if kept.problem:
        notes.add(tr("the version history could not be written: {problem}",
                     problem=kept.problem))  # fmt: skip
    try:
        marks = review_marks(text)
    except ArticleError as exc:  # more than a story may hold (mark_cap): written, not counted
        exc.path = out
        notes.add(exc.located())
        marks = []
    suggestions = sum(1 for mark in marks if mark.is_suggestion)
    return Imported(out, text, notes.items, suggestions, len(marks) - suggestions,
                    len(store.stored))  # fmt: skip
