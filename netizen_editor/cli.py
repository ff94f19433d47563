"""The command line: ``netizen-editor [FILE...]`` opens the window; ``export`` writes HTML
(exit status 2 when a file is not exported: one that cannot be read, or is a link to a file
outside its own folder, which is not read).

Every command sets the language of its messages once, at its start, from the settings it runs
with (``--settings`` or the user's): ``export`` here, ``check`` in checks/cli.py, the window in
gui/app.py."""

from __future__ import annotations

import argparse
import contextlib
import difflib
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from netizen_editor import __version__, i18n
from netizen_editor.errors import ArticleError, NetizenError, plain_reason
from netizen_editor.i18n import tr
from netizen_editor.terminal import (
    SafeParser,
    command_language,
    command_settings,
    named,
    output_refused,
    path_argument,
    say,
    utf8_output,
)

if TYPE_CHECKING:
    from netizen_editor.settings import Settings
    from netizen_editor.templates.placeholders import UnfilledPlaceholders

EXIT_BAD_INPUT = 2
#: the subcommands, listed by the top-level --help (each text through tr() there)
COMMANDS = {
    "export": "write an article as a page, a Blogger post body or a Blogger import file",
    "check": "check articles before publishing (spelling, house style, Pedoman Media Siber)",
    "review": "list an article's suggestions and comments, or accept or reject them all",
    "history": "list an article's versions, show or compare one, or restore one",
    "desk": "list the articles of a desk folder (--format json), or open the desk",
    "new": "start a new article, blank or from a template (--list-templates lists them)",
    "import": "turn a press release (.docx, .odt, .pdf, .html, .txt) into an article",
}
#: files people try to open that are documents of another program, not Markdown text
DOCUMENT_KINDS = {
    ".docx": "Word",
    ".doc": "Word",
    ".odt": "LibreOffice Writer",
    ".rtf": "RTF",
    ".pages": "Pages",
    ".pdf": "PDF",
}


def _export_parser() -> argparse.ArgumentParser:
    from netizen_editor.export import EXPORTERS  # only the export command needs the exporters

    parser = SafeParser(
        prog="netizen-editor export",
        description=tr("Export Markdown articles as a Netizen.co.id page or a Blogger post body."),
    )
    parser.add_argument("files", nargs="+", type=path_argument, metavar="FILE",
                        help=tr("the articles to export (Markdown)"))  # fmt: skip
    parser.add_argument(
        "-o",
        "--output",
        type=named,
        help=tr("output file (one input) or folder (several inputs, or a name ending in /); "
                "default: beside the input"),
    )  # fmt: skip
    parser.add_argument(
        "--format",
        choices=list(EXPORTERS),
        default="page",
        help=tr("page: the article page (NAME.html); blogger: the post body for Blogger's HTML "
                "view (NAME.blogger.html); atom: a Blogger import file (NAME.xml)"),
    )  # fmt: skip
    parser.add_argument("--skin", help=tr("skin name (default: from settings)"))
    parser.add_argument(
        "--settings", type=path_argument, metavar="FILE", help=tr("settings file (TOML)")
    )
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = SafeParser(
        prog="netizen-editor",
        description=tr("Write Netizen.co.id articles in Markdown with a live preview of the site."),
        epilog=tr("commands:")
        + "\n"
        + "".join(f"  {name:<8} {tr(text)}\n" for name, text in COMMANDS.items())
        + "\n"
        + tr("Each command lists its options with --help: 'netizen-editor export --help'."),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"netizen-editor {__version__}",
                        help=tr("show program's version number and exit"))  # fmt: skip
    opened = tr("articles to open in the window (none: the last session's)")
    parser.add_argument("files", nargs="*", type=path_argument, metavar="FILE", help=opened)
    return parser


def _load_settings(path: Path | None, skin: str | None):
    """The settings the export runs with (``--skin`` in place of theirs); the language of its
    messages is set from them, once. SettingsError or SkinError when they cannot be used."""
    settings = command_settings(path)
    i18n.set_language(settings.ui_language)
    if skin:
        settings = replace(settings, skin=skin)
    from netizen_editor.publish.skins import load_skin

    load_skin(settings.skin)  # a bad skin name fails here, once, not per file
    return settings


def names_folder(raw: str) -> bool:
    """``-o keluar/``: a name that ends in a separator is a folder, made if missing."""
    return raw.endswith(("/", os.sep, *([os.altsep] if os.altsep else [])))


def _made(folder: Path) -> bool:
    """Make the export's output folder (never through a link); False, said, when it cannot be."""
    from netizen_editor.storage.atomic import SaveError, make_folder

    try:
        make_folder(folder)
    except SaveError as exc:
        say(f"netizen-editor: {exc.message}")
        return False
    return True


def _targets(
    files: list[Path], output: Path | None, suffix: str, into_folder: bool = False
) -> list[Path]:
    if len(files) == 1 and not (into_folder and output is not None):
        target = output or files[0].with_suffix(suffix)
        if output is not None and output.is_dir() and not output.is_symlink():
            # a real folder; a link to one is a name the export refuses to write through
            target = output / (files[0].stem + suffix)
        return [target]
    folder = output or None
    targets = []
    for f in files:
        targets.append((folder / (f.stem + suffix)) if folder else f.with_suffix(suffix))
    return targets


def _several_into_one(output: Path, count: int) -> str | None:
    """Why ``-o`` cannot take several exports, or None: it must be a folder, and a name with a
    suffix (``one.html``) that does not exist yet is taken for the file the user meant."""
    if output.exists() and not output.is_dir():
        return tr("{output}: with several inputs, -o must be a folder", output=output)
    if not output.exists() and output.suffix:
        return tr(
            "{output}: {count} articles cannot go into one file; give a folder "
            "(-o {folder}/) or export one article at a time",
            output=output,
            count=count,
            folder=output.stem or "keluar",
        )
    return None


def document_message(path: Path, kind: str) -> str:
    """What to do with a document of another program (a Word file...)."""
    if path.suffix.lower() in (".docx", ".odt", ".pdf"):
        return tr(
            "{path}: this is a {kind} document, not a Markdown article. Import it first "
            "(netizen-editor import {path}, or File › Import… in the window), then export the "
            "article.",
            path=path,
            kind=kind,
        )
    return tr(
        "{path}: this is a {kind} document, not a Markdown article. Open it in {kind}, "
        "choose Save As › Plain Text (.txt) and export that file, or paste its text into a new "
        "article in Netizen Editor (the editor keeps bold, italics, links and headings).",
        path=path,
        kind=kind,
    )


def export_main(argv: list[str]) -> int:
    command_language(argv)  # --help and argparse's errors in the settings' language
    args = _export_parser().parse_args(argv)
    try:
        return _export(args)
    except (OSError, RuntimeError) as exc:  # on the way to the files: a name too long...
        say(f"netizen-editor: {_os_problem(exc)}")
        return EXIT_BAD_INPUT


def _export(args: argparse.Namespace) -> int:
    try:
        settings = _load_settings(args.settings, args.skin)
    except NetizenError as exc:  # the settings or the skin
        say(f"netizen-editor: {exc.located() if exc.path else exc.message}")
        return EXIT_BAD_INPUT

    from netizen_editor.article.model import Article, front_matter_warning
    from netizen_editor.export import get_exporter, write_export
    from netizen_editor.export.progress import on_terminal
    from netizen_editor.publish.body import BodyRenderer
    from netizen_editor.storage.atomic import SaveError
    from netizen_editor.storage.links import read_in_folder
    from netizen_editor.storage.reading import ReadError
    from netizen_editor.templates.placeholders import UnfilledPlaceholders

    exporter = get_exporter(args.format)
    if args.output == "-":  # stdout, to a script: an export is files (a page, its pictures...)
        refused = tr("-o -: an export is written to files, not to stdout; give a file or "
                     "folder name (a file named '-': -o ./-)")  # fmt: skip
        say(f"netizen-editor: {refused}")
        return EXIT_BAD_INPUT
    output = Path(args.output) if args.output else None
    into_folder = output is not None and (len(args.files) > 1 or names_folder(args.output))
    if output is not None and into_folder:
        problem = _several_into_one(output, len(args.files)) if len(args.files) > 1 else None
        if problem:
            say(f"netizen-editor: {problem}")
            return EXIT_BAD_INPUT
    # the folder is made once an export will write into it (a refused one leaves nothing);
    # the folder of each output named is checked now, as every writer's: never a link
    unmade = output if into_folder and output and not os.path.lexists(output) else None
    targets = _targets(args.files, output, exporter.suffix, into_folder)
    if any(map(output_refused, targets, args.files)):  # one beside its input is not
        return EXIT_BAD_INPUT
    inputs = [*args.files, *([args.settings] if args.settings else [])]
    seen: dict[Path, Path] = {}
    renderer = BodyRenderer()
    failed = 0
    total = len(args.files)
    for index, (src, out) in enumerate(zip(args.files, targets, strict=True), start=1):
        try:
            if out.resolve() in seen:
                say(tr("{src}: its output {out} is also the output of {other}", src=src, out=out,
                       other=seen[out.resolve()]))  # fmt: skip
                failed += 1
                continue
            seen[out.resolve()] = src
            document = DOCUMENT_KINDS.get(src.suffix.lower())
            if document and src.is_file():
                say(document_message(src, document))
                failed += 1
                continue
            text = read_in_folder(src).text  # not a link leading out of its folder
            article = Article.parse(text, src)
            unreadable = front_matter_warning(text, src)
            if unreadable is not None:  # its YAML would be published as the lead: refused
                raise ArticleError(
                    tr(
                        "{problem}; not exported, or the keys would be published as the "
                        "article's opening text",
                        problem=unreadable.message,
                    ),
                    path=src,
                    line=unreadable.line,
                )
            with on_terminal(str(src)):  # how far its photos are, when stderr is a terminal
                result = exporter.export(article, settings, renderer, out)
            if unmade is not None:
                if not _made(unmade):
                    return EXIT_BAD_INPUT
                unmade = None
            written = write_export(result, out, [*inputs, src])
            keep_exported(src, text, settings)
        except ReadError as exc:
            say(exc.located())
            failed += 1
            continue
        except UnfilledPlaceholders as exc:  # the window's words speak of its Tab key
            say(ArticleError(unfilled_message(exc), path=exc.path, line=exc.line).located())
            failed += 1
            continue
        except NetizenError as exc:  # the article, its skin, or an output refused
            say(exc.located())
            failed += 1
            continue
        except SaveError as exc:
            say(f"{out}: {exc.message}")
            failed += 1
            continue
        except (OSError, RuntimeError) as exc:  # a symlink loop, a name too long, ...
            say(f"{src}: {_os_problem(exc)}")
            failed += 1
            continue
        for warning in result.warnings:
            say(warning)
        note = f" ({result.note})" if result.note else ""  # an Atom post imported as a draft
        if total > 1:
            say(f"[{index}/{total}] {src} → {out}{note}")
        else:
            say(f"{src} → {', '.join(str(p) for p in written)}{note}")
    if failed:
        say(
            "netizen-editor: "
            + tr("{failed} of {total} file(s) not exported", failed=failed, total=total)
        )
        return EXIT_BAD_INPUT
    return 0


def keep_exported(path: Path, text: str, settings: Settings) -> None:
    """An export keeps the text it exported as a version of the article's history (reason
    ``export``), as the window's Export does, when the article has an id (none is added: the
    command does not change the article); a history that cannot be written is said, and the
    export stands. A file beside the version that could not be read is a warning naming it."""
    from netizen_editor.history.saving import Keeper

    kept = Keeper(settings.default_author, settings.timezone).keep(path, text, "export")
    for warning in kept.warnings:  # the version was kept: as ``review`` says them
        say(f"{path}: " + tr("warning") + f": {warning}")
    if kept.problem:
        say(f"{path}: " + tr("its version of this export was not kept: {problem}",
                             problem=kept.problem))  # fmt: skip


def unfilled_message(exc: UnfilledPlaceholders) -> str:
    """The command line's words for an article whose template text is not all filled in."""
    return tr(
        "{count} template placeholder(s) not filled in yet, the first here ({hint}); not "
        "exported: write the article's own text in place of each [text in brackets]() and "
        "export again",
        count=exc.count,
        hint=exc.hint,
    )


def _os_problem(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        name = f" ({exc.filename})" if exc.filename else ""
        return f"{plain_reason(exc)}{name}"
    return str(exc)


def _not_a_command(argv: list[str]) -> str | None:
    """Why the first argument of ``netizen-editor WORD`` is neither a command nor a file to
    open, or None. A bare word (no folder, no suffix) that names nothing on disk is a command
    mistyped (``netizen-editor bogus``); ``berita-baru.md`` is a new article to start."""
    word = next((arg for arg in argv if not arg.startswith("-")), None)
    if word is None or os.sep in word or (os.altsep and os.altsep in word):
        return None
    if Path(word).suffix or os.path.lexists(word):
        return None
    message = tr("'{word}' is not a command, nor a file that exists; the commands: {commands}",
                 word=word, commands=", ".join(COMMANDS))  # fmt: skip
    close = difflib.get_close_matches(word.lower(), COMMANDS, n=1)
    if close:
        message += " " + tr("(did you mean '{command}'?)", command=close[0])
    return message


def main(argv: list[str] | None = None) -> int:
    utf8_output()
    try:
        return _run(list(sys.argv[1:] if argv is None else argv))
    except KeyboardInterrupt:  # Ctrl+C: no traceback (what was written is whole: temp files)
        return interrupted()


def interrupted() -> int:
    """End as a process killed by Ctrl+C's SIGINT, quietly, after flushing what was printed:
    the shell sees 130 and a script's loop stops too (a shell stops a script when a command
    dies of SIGINT, not when it exits with a status). 130 where no signal can be raised."""
    import signal

    if os.name == "posix":
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # a second Ctrl+C ends it at once
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            if stream is not None:
                stream.flush()
    if os.name == "posix":
        os.kill(os.getpid(), signal.SIGINT)
    return 130


def _run(argv: list[str]) -> int:
    # every command's --help and argparse's errors in the settings' language
    command_language(argv[1:] if argv and argv[0] in COMMANDS else argv)
    if argv and argv[0] == "export":
        return export_main(argv[1:])
    if argv and argv[0] == "check":
        from netizen_editor.checks.cli import check_main

        return check_main(argv[1:])
    if argv and argv[0] == "review":
        from netizen_editor.review.cli import review_main

        return review_main(argv[1:])
    if argv and argv[0] == "history":
        from netizen_editor.history.cli import history_main

        return history_main(argv[1:])
    if argv and argv[0] == "desk":
        from netizen_editor.desk.cli import desk_main

        return desk_main(argv[1:])
    if argv and argv[0] == "import":
        from netizen_editor.importing.cli import import_main

        return import_main(argv[1:])
    if argv and argv[0] == "new":
        from netizen_editor.templates.cli import new_main

        return new_main(argv[1:])
    parser = _gui_parser()
    args = parser.parse_args(argv)
    mistyped = _not_a_command(argv)
    if mistyped:
        parser.error(mistyped)  # a usage error (exit 2), no window
    from netizen_editor.gui.app import run

    return run([str(p) for p in args.files])


if __name__ == "__main__":
    sys.exit(main())
