"""Exporters, one module per format behind one interface, and the file-level export step."""

from __future__ import annotations

from pathlib import Path

from netizen_editor.article import Article
from netizen_editor.export.base import Exporter, ExportResult
from netizen_editor.export.blogger import BloggerExporter
from netizen_editor.export.page import PageExporter
from netizen_editor.render import BodyRenderer
from netizen_editor.settings import Settings

EXPORTERS: dict[str, Exporter] = {e.name: e for e in (PageExporter(), BloggerExporter())}


def get_exporter(name: str) -> Exporter:
    try:
        return EXPORTERS[name]
    except KeyError:
        raise ValueError(f"unknown export format '{name}' (use {', '.join(EXPORTERS)})") from None


def side_file(out: Path, suffix: str) -> Path:
    return out.with_name(out.stem + suffix)


def write_export(result: ExportResult, out: Path) -> list[Path]:
    """Write the export atomically; a failure leaves every existing output file untouched."""
    from netizen_editor.storage.atomic import atomic_write_text

    written: list[Path] = []
    for suffix, text in result.side_files.items():
        target = side_file(out, suffix)
        atomic_write_text(target, text)
        written.append(target)
    atomic_write_text(out, result.html)
    written.append(out)
    return written


def export_article(
    article: Article,
    out: Path,
    fmt: str,
    settings: Settings,
    renderer: BodyRenderer | None = None,
) -> tuple[ExportResult, list[Path]]:
    result = get_exporter(fmt).export(article, settings, renderer or BodyRenderer())
    return result, write_export(result, out)


__all__ = ["EXPORTERS", "ExportResult", "Exporter", "export_article", "get_exporter"]
