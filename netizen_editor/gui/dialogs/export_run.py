"""The export dialog's work off the window's thread: the article converted (the Markdown
converter within its budgets, its photos resized) and its files written. A 2-3 MB story or
many photos took seconds; on the window's thread the window froze that long, unpainted and
without a word. Everything the work reads is taken on the window's thread before it starts
(``ExportJob``): no widget, and a copy of the settings the window may change meanwhile."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path

from netizen_editor.errors import ArticleError, NetizenError
from netizen_editor.export import ExportResult, get_exporter, side_file, write_export
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import Settings
from netizen_editor.snapshot import Snapshot
from netizen_editor.storage.atomic import make_folder


@dataclass(frozen=True)
class ExportJob:
    """One export: the tab's snapshot (the dialog's), the settings, the format, the file;
    ``make_below``: the folder, there, in which the missing folders of ``out``'s are made."""

    snapshot: Snapshot
    settings: Settings
    fmt: str
    out: Path
    article_path: Path | None  # never written over
    make_below: Path | None = None

    @classmethod
    def taken(
        cls,
        snapshot: Snapshot,
        settings: Settings,
        fmt: str,
        out: Path,
        article_path: Path | None,
        make_below: Path | None = None,
    ) -> ExportJob:
        """The job with its own copy of ``settings``: the settings dialog changes the
        window's in place, and the export's thread must not read them half changed."""
        return cls(snapshot, copy.deepcopy(settings), fmt, out, article_path, make_below)


@dataclass(frozen=True)
class ExportOutcome:
    """What became of a job: the files written, or the exception that stopped it, raised by
    the conversion (``result`` None) or by the writing; ``unexpected``: not one of the
    errors an export has (a bug), said all the same (the dialog never waits for ever)."""

    result: ExportResult | None = None
    written: list[Path] = field(default_factory=list)
    problem: Exception | None = None
    unexpected: bool = False


def convert(job: ExportJob) -> ExportOutcome:
    """Convert ``job``'s article (on the export's thread: it touches no Qt object); nothing is
    written yet, the user may still be asked about the files it would replace."""
    try:
        article = job.snapshot.article
        if article is None:
            raise job.snapshot.error or ArticleError("the article was not read")
        result = get_exporter(job.fmt).export(article, job.settings, BodyRenderer(), job.out)
    except NetizenError as exc:  # the article, or its skin
        return ExportOutcome(problem=exc)
    except Exception as exc:
        return ExportOutcome(problem=exc, unexpected=True)
    return ExportOutcome(result)


def files_of(result: ExportResult, out: Path) -> list[Path]:
    """The files ``write_export`` writes for ``result``: ``out``, its side files, its photos."""
    return [
        out,
        *(side_file(out, suffix) for suffix in result.side_files),
        *(out.parent / name for name in result.assets),
    ]


def write(job: ExportJob, result: ExportResult) -> ExportOutcome:
    """Write ``job``'s converted ``result`` (on the export's thread)."""
    inputs = [job.article_path] if job.article_path else []
    try:
        if job.make_below is not None:  # once the article converted: a refused one makes none
            make_folder(job.out.parent, below=job.make_below)  # each one made, never a link
        written = write_export(result, job.out, inputs)
    except (NetizenError, OSError) as exc:  # a device, a read-only file, the article itself
        return ExportOutcome(result, problem=exc)
    except Exception as exc:
        return ExportOutcome(result, problem=exc, unexpected=True)
    return ExportOutcome(result, written)
