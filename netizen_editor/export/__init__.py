"""Exporters, one module per format behind one interface, and the file-level export step."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from netizen_editor.article.model import Article, repeated_key_warnings, spiked_warning
from netizen_editor.export.atom import AtomExporter
from netizen_editor.export.base import Exporter, ExportResult
from netizen_editor.export.blogger import BloggerExporter
from netizen_editor.export.outputs import OutputRefused, check_outputs, target_lock, well_formed
from netizen_editor.export.page import PageExporter
from netizen_editor.i18n import tr
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.review.publish import publishable
from netizen_editor.settings import Settings
from netizen_editor.storage.capped import FileTooLarge, read_regular
from netizen_editor.storage.kept_aside import KeptAside, drop, keep_aside, put_back
from netizen_editor.templates.placeholders import refuse_unfilled


class Reviewed:
    """An exporter that publishes no review mark and no template text left to fill in: an
    article with unresolved suggestions is refused (``review.publish.UnresolvedSuggestions``),
    and one made from a template that still holds placeholders
    (``templates.placeholders.UnfilledPlaceholders``); highlights are exported as their plain
    text and comments are dropped; then ``inner`` exports it. Every format goes through one,
    for the command line and the window's export dialog alike."""

    def __init__(self, inner: Exporter) -> None:
        self.inner = inner
        self.name, self.label, self.suffix = inner.name, inner.label, inner.suffix

    def export(
        self,
        article: Article,
        settings: Settings,
        renderer: BodyRenderer,
        out: Path | None = None,
    ) -> ExportResult:
        reviewed = publishable(article)
        refuse_unfilled(article)
        result = self.inner.export(reviewed, settings, renderer, out)
        warned = repeated_key_warnings(article.front_matter, article.path)
        spiked = spiked_warning(article)
        warned += [spiked] if spiked is not None else []
        result.warnings[:0] = [f"{w.located()} ({tr('warning')})" for w in warned]
        return result


EXPORTERS: dict[str, Exporter] = {
    e.name: Reviewed(e) for e in (PageExporter(), BloggerExporter(), AtomExporter())
}


def get_exporter(name: str) -> Exporter:
    try:
        return EXPORTERS[name]
    except KeyError:
        raise ValueError(f"unknown export format '{name}' (use {', '.join(EXPORTERS)})") from None


def side_file(out: Path, suffix: str) -> Path:
    return out.with_name(out.stem + suffix)


def write_export(result: ExportResult, out: Path, inputs: Iterable[Path] = ()) -> list[Path]:
    """Write the export's files, each atomically, after checking that none of them is one of
    ``inputs`` or the article's images, a link, a device or a read-only file, and that no
    folder it makes (``NAME_images``) is a link (:class:`OutputRefused`). Nothing is written
    through a link, even one planted after the check. Each old file is kept aside first, never
    read whole (:func:`_before`); if one write fails, the ones already written are put back as
    they were (Ctrl+C too), so a failed export leaves no trace and every old file untouched.
    Two exports to the same target write one after the other."""
    from netizen_editor.storage.atomic import SaveError

    files: list[tuple[Path, str | bytes]] = [(out, result.html)]
    files += [(side_file(out, suffix), text) for suffix, text in result.side_files.items()]
    files += [(out.parent / name, data) for name, data in result.assets.items()]  # web copies
    originals = {path.resolve() for path in result.images}
    for target, _ in files:
        if target.resolve() in originals:  # an original photo is never replaced by an export
            raise SaveError(
                target,
                tr("{target} is one of the article's images: not overwritten", target=target),
            )
    base = out.parent
    with target_lock(out):
        check_outputs([target for target, _ in files], [*inputs, *result.images], base)
        made = [f for f in dict.fromkeys(t.parent for t, _ in files) if not os.path.lexists(f)]
        kept: list[tuple[Path, _Before]] = []
        written = 0
        try:
            for target, _ in files:  # all of them first: one that cannot be kept writes nothing
                kept.append((target, _before(target, base)))
            for target, text in files:
                data = text if isinstance(text, bytes) else well_formed(text)
                _write(target, data, base)
                written += 1
        except BaseException:  # Ctrl+C between two files too: no half an export
            for target, old in reversed(kept[:written]):
                with contextlib.suppress(OSError):  # a file not put back stays aside, hidden
                    _put_back(target, old, base)
            for folder in reversed(made):  # NAME_images/ made for this export, if empty now
                with contextlib.suppress(OSError):
                    folder.rmdir()
            _drop([old for _, old in kept[written:]])
            raise
        _drop([old for _, old in kept])
    return [target for target, _ in files]


#: the largest old file an export keeps in memory to put back if a later write fails, where
#: the drive has no hard links to keep it aside by (FAT, exFAT, some shares): more than the
#: largest file an export writes, a page with its pictures embedded (images.EMBED_BUDGET_BYTES
#: as base64) around a story's text (storage.reading.MAX_BYTES)
MAX_KEPT_BYTES = 64 * 1024 * 1024

#: ("aside", its hidden name) / ("file", bytes) / ("link", its text) / nothing
_Before = tuple[str, KeptAside | bytes | str] | None


def _before(target: Path, base: Path) -> _Before:
    """What is at ``target`` now, to put back if the export fails: a file is kept aside under
    a hidden name, never read (a colleague may have planted one of any size there), or where
    the drive has no hard links read up to :data:`MAX_KEPT_BYTES` (:class:`OutputRefused`
    past it); a link is kept as its text, not followed."""
    try:
        st = os.lstat(target)
    except (FileNotFoundError, NotADirectoryError):
        return None
    if stat.S_ISLNK(st.st_mode):
        return ("link", os.readlink(target))
    if not stat.S_ISREG(st.st_mode):
        return None
    try:
        kept = keep_aside(target, below=base)
    except FileNotFoundError:
        return None  # gone since the look: nothing to put back
    if kept is not None:
        return ("aside", kept)
    try:
        return ("file", read_regular(target, MAX_KEPT_BYTES)[0])
    except FileTooLarge:
        raise OutputRefused(
            tr(
                "too large to be replaced by an export ({size} MB); move or delete it",
                size=max(os.lstat(target).st_size, MAX_KEPT_BYTES + 1) // (1024 * 1024),
            ),
            path=target,
        ) from None


def _drop(kept: Iterable[_Before]) -> None:
    for old in kept:
        if old is not None and isinstance(old[1], KeptAside):
            drop(old[1])


def _write(target: Path, data: str | bytes, base: Path) -> None:
    from netizen_editor.storage.atomic import atomic_write_bytes, atomic_write_text, make_folder

    if target.parent != base:
        make_folder(target.parent, below=base)
    if isinstance(data, bytes):
        atomic_write_bytes(target, data, below=base)
    else:
        atomic_write_text(target, data, below=base)


def _put_back(target: Path, old: _Before, base: Path) -> None:
    from netizen_editor.storage.atomic import atomic_symlink, atomic_write_bytes

    if old is None:
        target.unlink()
    elif isinstance(old[1], KeptAside):
        put_back(old[1])
    elif isinstance(old[1], str):
        atomic_symlink(target, old[1], below=base)
    else:
        atomic_write_bytes(target, old[1], below=base)


def export_article(
    article: Article,
    out: Path,
    fmt: str,
    settings: Settings,
    renderer: BodyRenderer | None = None,
    inputs: Iterable[Path] = (),
) -> tuple[ExportResult, list[Path]]:
    """Export ``article`` to ``out``; ``inputs`` (the article's own file is added) are never
    overwritten."""
    result = get_exporter(fmt).export(article, settings, renderer or BodyRenderer(), out)
    sources = [*inputs, *([article.path] if article.path else [])]
    return result, write_export(result, out, sources)


__all__ = [
    "EXPORTERS",
    "ExportResult",
    "Exporter",
    "OutputRefused",
    "export_article",
    "get_exporter",
]
