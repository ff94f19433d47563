"""``netizen-editor review FILE [--format text|json]`` lists an article's review marks;
``netizen-editor review FILE --accept-all | --reject-all [-o OUT]`` resolves them all.

The list is one ``FILE:LINE:COL: KIND: AUTHOR: text`` line per mark (AUTHOR ``unknown`` when
the mark has no attribution; a substitution's text is ``old ~> new``), or a JSON list of
objects with ``kind``, ``line``, ``column``, ``end_line``, ``end_column`` (just after the
mark), ``text``, ``new_text``, ``author``, ``time`` (ISO 8601 or null) and ``comment``. Exit
status: 0 no marks, 1 some, 2 bad input (a file that cannot be read or is not UTF-8, a
settings file that cannot be used, a FILE that is a link to a file outside its own folder:
not read).

Resolving writes the article with every mark accepted (or rejected), comments dropped, to
OUT or in place, atomically; a link is never written through (a FILE or OUT that is a link is
refused), nor a story a colleague has open in the window (its lock is live: ``held_open``)
unless ``--force`` is given, which writes it with a warning naming them (their window asks
them before their next save writes over it). An OUT that exists already is not replaced (it
may be a colleague's story, kept nowhere else) unless ``--force`` is given, as ``import -o``
never replaces one. In place, the text before is first kept as a version of the article's
history (reason ``review``; an article without an id is given one first); a history that
cannot be written is a warning, never a reason not to write. Marks inside marks are resolved
too, level after level (``resolve.MAX_ROUNDS``); a story whose marks nest deeper is not
written, the line said. Exit status 0 written (or nothing to resolve), 2 bad input, marks
nested too deep, a story someone has open or an OUT that exists (without ``--force``) or a
write that failed.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from netizen_editor import i18n
from netizen_editor.errors import ArticleError, NetizenError, plain_reason
from netizen_editor.i18n import tr
from netizen_editor.review.marks import ReviewMark

if TYPE_CHECKING:
    from netizen_editor.history.saving import Keeper
from netizen_editor.terminal import (
    SafeParser,
    command_language,
    command_settings,
    output_refused,
    path_argument,
    say,
    terminal_safe,
    write_out,
)

EXIT_NONE, EXIT_SOME, EXIT_BAD_INPUT = 0, 1, 2
#: the author of a mark without attribution, as the list prints it (scripts read it)
UNKNOWN_AUTHOR = "unknown"


def _parser() -> argparse.ArgumentParser:
    parser = SafeParser(
        prog="netizen-editor review",
        description=tr("List an article's review marks (suggestions and comments), or accept "
                       "or reject them all. Exit status: 0 no marks, 1 some, 2 bad input."),
    )  # fmt: skip
    parser.add_argument(
        "file", type=path_argument, metavar="FILE", help=tr("the article (Markdown)")
    )
    parser.add_argument("--format", choices=["text", "json"], default="text",
                        help=tr("text: one line per suggestion or comment (default); json: a "
                                "list of them"))  # fmt: skip
    resolve = parser.add_mutually_exclusive_group()
    resolve.add_argument("--accept-all", action="store_true",
                         help=tr("accept every suggestion and drop the comments"))  # fmt: skip
    resolve.add_argument("--reject-all", action="store_true",
                         help=tr("reject every suggestion and drop the comments"))  # fmt: skip
    parser.add_argument("--force", action="store_true",
                        help=tr("write even when a colleague has the story open in the editor "
                                "(their window asks them before their next save), or over an "
                                "OUT that exists"))  # fmt: skip
    parser.add_argument(
        "-o",
        "--output",
        type=path_argument,
        metavar="OUT",
        help=tr("where to write the resolved article (default: in place); an OUT that exists "
                "is not replaced without --force"),
    )  # fmt: skip
    parser.add_argument(
        "--settings", type=path_argument, metavar="FILE", help=tr("settings file (TOML)")
    )
    return parser


def review_main(argv: list[str]) -> int:
    command_language(argv)  # --help and argparse's errors in the settings' language
    args = _parser().parse_args(argv)
    from netizen_editor.history.saving import Keeper
    from netizen_editor.storage.links import read_in_folder

    try:
        settings = command_settings(args.settings)
        i18n.set_language(settings.ui_language)  # the command's one language, at its start
        if args.output is not None and not (args.accept_all or args.reject_all):
            say("netizen-editor review: " + tr("-o needs --accept-all or --reject-all"))
            return EXIT_BAD_INPUT
        read = read_in_folder(args.file)  # not a link leading out of its folder
    except NetizenError as exc:  # the settings, or the file (ReadError)
        say(exc.located())
        return EXIT_BAD_INPUT
    except OSError as exc:
        say(f"{args.file}: {plain_reason(exc)}")
        return EXIT_BAD_INPUT
    if args.output is not None and output_refused(args.output, args.file):  # a linked folder
        return EXIT_BAD_INPUT
    if args.accept_all or args.reject_all:
        keeper = Keeper(settings.default_author, settings.timezone)
        return _resolve(args.file, read.text, read.bom, args.output, args.accept_all, keeper,
                        zone=settings.timezone, force=args.force)  # fmt: skip
    return _list(args.file, read.text, args.format)


def mark_line(path: Path, mark: ReviewMark) -> str:
    """``FILE:LINE:COL: KIND: AUTHOR: text`` (made safe for the terminal by the caller)."""
    text = f"{mark.text} ~> {mark.new_text}" if mark.kind == "substitute" else mark.text
    author = mark.author or UNKNOWN_AUTHOR
    return f"{path}:{mark.line}:{mark.column}: {mark.kind}: {author}: {text}"


def _marks(path: Path, text: str) -> list[ReviewMark] | None:
    """The review marks of ``text``, or None when there are too many to read (said)."""
    from netizen_editor.review.marks import review_marks

    try:
        return review_marks(text)
    except ArticleError as exc:  # more than mark_cap.MAX_MARKS
        exc.path = path
        say(exc.located())
        return None


def _list(path: Path, text: str, fmt: str) -> int:
    from netizen_editor.checks.cli import json_text

    marks = _marks(path, text)
    if marks is None:
        return EXIT_BAD_INPUT
    if fmt == "json":
        out = json_text([mark.as_json() for mark in marks]) + "\n"
    else:
        out = "".join(terminal_safe(mark_line(path, mark)) + "\n" for mark in marks)
    if not write_out(out):
        return EXIT_BAD_INPUT
    return EXIT_SOME if marks else EXIT_NONE


def _resolve(
    path: Path,
    text: str,
    bom: bool,
    output: Path | None,
    accept: bool,
    keeper: Keeper,
    *,
    zone: str = "WIB",
    force: bool = False,
) -> int:
    from netizen_editor.history.saving import id_edit
    from netizen_editor.review.resolve import resolve_all, too_deep
    from netizen_editor.storage.atomic import atomic_write_bytes
    from netizen_editor.storage.held_open import held_open
    from netizen_editor.storage.reading import BOM

    marks = _marks(path, text)
    if marks is None:
        return EXIT_BAD_INPUT
    target = output if output is not None else path
    if not marks and output is None:
        say(tr("{file}: no review marks; nothing to change", file=path))
        return EXIT_NONE
    if target.is_symlink():
        say(tr("{file}: is a link; not written through it (give -o with another name)",
               file=target))  # fmt: skip
        return EXIT_BAD_INPUT
    free, held = held_open(target, zone, force=force)  # a colleague's open story (or OUT)
    if held:
        say(held)
    if not free:
        return EXIT_BAD_INPUT
    if output is not None and os.path.lexists(output) and not force:  # a colleague's story?
        say(tr("{file}: already exists; not replaced (give another name with -o, or --force "
               "to replace it)", file=output))  # fmt: skip
        return EXIT_BAD_INPUT
    resolved = resolve_all(text, accept, marks)
    if resolved.left:  # nested deeper than the rounds go: nothing is written
        say(too_deep(path, resolved))
        return EXIT_BAD_INPUT
    if output is None:  # an article without an id gets one, so the text before is kept
        edit = id_edit(text)
        if edit is not None:
            text = edit.apply(text)
            resolved = resolve_all(text, accept)  # the marks of the text with its id
    if output is None:  # the text before is kept in the article's history
        kept = keeper.keep(path, text, "review")
        for problem in filter(None, (kept.problem, *kept.warnings)):  # never stops the write
            say(f"{path}: " + tr("warning") + f": {problem}")
    try:
        atomic_write_bytes(target, (BOM if bom else b"") + resolved.text.encode("utf-8"))
    except OSError as exc:  # a SaveError says why in plain words
        say(f"{target}: {getattr(exc, 'message', None) or plain_reason(exc)}")
        return EXIT_BAD_INPUT
    suggestions = resolved.suggestions
    done = (
        tr("{count} suggestion(s) accepted", count=suggestions)
        if accept
        else tr("{count} suggestion(s) rejected", count=suggestions)
    )
    removed = tr("{count} comment(s) and highlight(s) removed", count=resolved.others)
    say(f"{path} → {target}: {done}, {removed}")
    return EXIT_NONE
