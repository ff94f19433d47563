"""Exporters, one module per format behind one interface, and the file-level export step."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path

from netizen_editor.article.model import Article
from netizen_editor.export.atom import AtomExporter
from netizen_editor.export.base import Exporter, ExportResult
from netizen_editor.export.blogger import BloggerExporter
from netizen_editor.export.outputs import OutputRefused, check_outputs, target_lock, well_formed
from netizen_editor.export.page import PageExporter
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import Settings

EXPORTERS: dict[str, Exporter] = {
    e.name: e for e in (PageExporter(), BloggerExporter(), AtomExporter())
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
    ``inputs`` or the article's images, a device or a read-only file (:class:`OutputRefused`).
    If one write fails, the ones already written are put back as they were, so a failed export
    leaves no trace and every old file untouched. Two exports to the same target write one
    after the other."""
    from netizen_editor.storage.atomic import SaveError, atomic_write_bytes, atomic_write_text

    files: list[tuple[Path, str | bytes]] = [(out, result.html)]
    files += [(side_file(out, suffix), text) for suffix, text in result.side_files.items()]
    files += [(out.parent / name, data) for name, data in result.assets.items()]  # web copies
    originals = {path.resolve() for path in result.images}
    for target, _ in files:
        if target.resolve() in originals:  # an original photo is never replaced by an export
            raise SaveError(target, f"{target} is one of the article's images: not overwritten")
    with target_lock(out):
        check_outputs([target for target, _ in files], [*inputs, *result.images])
        before: list[tuple[Path, bytes | None]] = []
        try:
            for target, text in files:
                old = target.read_bytes() if target.is_file() else None
                if isinstance(text, bytes):
                    target.parent.mkdir(parents=True, exist_ok=True)
                    atomic_write_bytes(target, text)
                else:
                    atomic_write_text(target, well_formed(text))
                before.append((target, old))
        except Exception:
            for target, old in reversed(before):
                with contextlib.suppress(OSError):
                    if old is None:
                        target.unlink()
                    else:
                        atomic_write_bytes(target, old)
            raise
    return [target for target, _ in files]


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
