"""``netizen-editor desk FOLDER``: the desk on the command line, or in the window.

``desk FOLDER [--status S]... [--author NAME] [--label L] [--since DATE] [--checks]
[--format text|json]`` prints the articles under FOLDER, newest first: with ``--format json`` a
list of objects with ``path`` (relative to FOLDER, ``/`` separators), ``title``, ``status``,
``author``, ``editor``, ``labels`` (a list), ``dateline``, ``date`` (ISO 8601 or null),
``modified`` (the file's mtime, ISO 8601), ``words``, ``locked_by`` (null, or ``user``,
``host``, ``since`` of a lock that is not stale) and ``problem`` (null, or why the file cannot
be read as an article); ``--checks`` adds ``errors`` and ``warnings``. Text is one line per
article, its last change first (the order: newest first) on the newsroom's clock (the
settings' zone). ``desk FOLDER`` alone (no ``--format``, no filter) opens the desk in the window.

Filters: ``--status`` (repeatable: any of them), ``--author`` and ``--label`` (case does not
matter), ``--since DATE`` (ISO 8601: the article's date, or its last change when it has no
date, on or after it; a date or time without an offset, given or in the front matter, is the
newsroom's, in the settings' zone). Exit status: 0, or 2 when FOLDER cannot be read (one line
saying why), an option is wrong or the list cannot be written (``terminal.write_out``).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any, cast

from netizen_editor import i18n
from netizen_editor.desk.entry import STATUSES, DeskEntry, newsroom_time
from netizen_editor.errors import NetizenError
from netizen_editor.i18n import tr
from netizen_editor.terminal import (
    SafeParser,
    command_settings,
    json_list,
    path_argument,
    say,
    terminal_safe,
    write_out,
)

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def _since(value: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("'{value}' is not an ISO 8601 date such as 2026-12-01", value=value)
        ) from None


def _parser() -> argparse.ArgumentParser:
    parser = SafeParser(
        prog="netizen-editor desk",
        description=tr("The articles of a desk folder and its subfolders, newest first; "
                       "without --format (and no filter) the desk opens in the window. "
                       "Exit status: 0, or 2 when the folder cannot be read."),
    )  # fmt: skip
    parser.add_argument("folder", type=path_argument, metavar="FOLDER",
                        help=tr("the desk: a folder of articles (and its subfolders)"))  # fmt: skip
    parser.add_argument("--status", action="append", choices=STATUSES, default=[],
                        help=tr("only articles of this status (repeat for several)"))  # fmt: skip
    parser.add_argument("--author", metavar="NAME", help=tr("only articles by this author"))
    parser.add_argument("--label", metavar="L", help=tr("only articles with this label"))
    since_help = tr("only articles dated DATE or later (ISO 8601, e.g. 2026-12-01): the date "
                    "in their front matter, else the file's last change")  # fmt: skip
    parser.add_argument("--since", type=_since, metavar="DATE", help=since_help)
    parser.add_argument("--checks", action="store_true",
                        help=tr("add the pre-publish checks' errors and warnings"))  # fmt: skip
    parser.add_argument("--format", choices=["text", "json"],
                        help=tr("print the list here instead of opening the window: text, one "
                                "line per article; json, a list of articles"))  # fmt: skip
    parser.add_argument(
        "--settings", type=path_argument, metavar="FILE", help=tr("settings file (TOML)")
    )
    return parser


def desk_main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)

    try:
        settings = command_settings(args.settings)
    except NetizenError as exc:
        say(f"netizen-editor desk: {exc.located()}")
        return EXIT_BAD_INPUT
    i18n.set_language(settings.ui_language)  # the command's one language, at its start
    from netizen_editor.desk.walk import DeskError, desk_root

    try:
        desk_root(args.folder)
    except DeskError as exc:
        say(exc.located())
        return EXIT_BAD_INPUT
    filtered = bool(args.status or args.author or args.label or args.since or args.checks)
    if args.format is None and not filtered:
        from netizen_editor.gui.app import run

        return run([], desk=str(args.folder))
    return _print(args, settings)


def _print(args: argparse.Namespace, settings: Any) -> int:
    from netizen_editor.desk.listing import DeskPoller
    from netizen_editor.desk.walk import DeskError

    poller = DeskPoller(args.folder, checks=args.checks, settings=settings)
    try:
        changes = poller.poll()
    except DeskError as exc:
        say(exc.located())
        return EXIT_BAD_INPUT
    for problem in changes.problems:
        say(f"{args.folder}: {problem}")
    entries = [e for e in changes.entries if _wanted(e, args, settings.timezone)]
    if args.format == "json":
        data = [e.to_json(checks=args.checks) for e in entries]
        out = json_list(data) + "\n"
    else:
        zone = settings.timezone
        out = "".join(terminal_safe(_line(e, args.checks, zone)) + "\n" for e in entries)
    return EXIT_OK if write_out(out) else EXIT_BAD_INPUT


def _wanted(entry: DeskEntry, args: argparse.Namespace, zone: str) -> bool:
    if args.status and entry.status not in args.status:
        return False
    if args.author and entry.author.casefold() != args.author.strip().casefold():
        return False
    if args.label and args.label.strip().casefold() not in {x.casefold() for x in entry.labels}:
        return False
    return not (args.since and not _on_or_after(entry.date or entry.modified, args.since, zone))


def _on_or_after(value: str, since: dt.datetime, zone: str) -> bool:
    """Whether ``value`` (an article's date, or a file's last change in UTC) is ``since`` or
    later, as instants: a time or a date without an offset, on either side, is the newsroom's
    (``zone``), as everywhere in the app; their wall times compared put a story of 03:00 WIB
    on the 5th (20:00 UTC the 4th) before a ``--since`` of the 5th."""
    from netizen_editor.article.dates import with_zone

    try:
        when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    # aware times compare without a conversion (that could overflow at the calendar's ends)
    return cast(dt.datetime, with_zone(when, zone)) >= cast(dt.datetime, with_zone(since, zone))


def _line(entry: DeskEntry, checks: bool, zone: str) -> str:
    """One article: status, last change (what the list is sorted by: the newsroom's clock),
    words, path, title, author, who holds it; or its problem."""
    if entry.problem is not None:
        return f"{entry.path}: {entry.problem}"
    words = tr("{count} words", count=entry.words)
    parts = [f"{entry.status:<9}", newsroom_time(entry.modified, zone), words, entry.path,
             entry.title or "-"]  # fmt: skip
    if entry.author:
        parts.append(f"({entry.author})")
    if checks and entry.errors is not None:
        parts.append(tr("{errors} errors, {warnings} warnings", errors=entry.errors,
                        warnings=entry.warnings))  # fmt: skip
    if entry.locked_by is not None:
        parts.append(tr("[open: {user}]", user=entry.locked_by.user or "?"))
    if entry.same_id_as is not None:
        parts.append(tr("[same id as {path}]", path=entry.same_id_as))
    return "  ".join(parts)
