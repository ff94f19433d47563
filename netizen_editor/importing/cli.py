"""``netizen-editor import FILE [-o OUT.md] [--accept-changes]``: a press release (``.docx``,
``.odt``, ``.pdf``, ``.html``/``.htm``, ``.txt``) becomes an article.

OUT defaults to ``NAME.md`` beside FILE; an existing OUT is never overwritten (exit 2: give
another name with ``-o``). The document's pictures (web-sized, metadata stripped) and its
plain text go into ``OUT_files/``. Word's and LibreOffice's tracked changes and comments
become review marks with who and when, or are accepted with ``--accept-changes``. Warnings
(macros, embedded objects, linked images left out) are printed as ``FILE: warning: …``.
Exit status: 0 imported, 2 the file could not be imported (one line says why).
"""

from __future__ import annotations

import argparse

from netizen_editor import i18n
from netizen_editor.errors import NetizenError, plain_reason
from netizen_editor.i18n import tr
from netizen_editor.terminal import (
    SafeParser,
    command_settings,
    output_refused,
    path_argument,
    say,
)

EXIT_OK, EXIT_BAD_INPUT = 0, 2
ARTICLE_SUFFIXES = (".md", ".markdown")  # an article already: nothing to import


def _parser() -> argparse.ArgumentParser:
    parser = SafeParser(
        prog="netizen-editor import",
        description=tr("Turn a press release (.docx, .odt, .pdf, .html, .txt) into an "
                       "article. Exit status: 0 imported, 2 the file could not be imported."),
    )  # fmt: skip
    kinds = ".docx, .odt, .pdf, .html, .txt"
    parser.add_argument("file", type=path_argument, metavar="FILE",
                        help=tr("the document to import ({kinds})", kinds=kinds))  # fmt: skip
    parser.add_argument(
        "-o",
        "--output",
        type=path_argument,
        metavar="OUT.md",
        help=tr("the article to write (default: NAME.md beside FILE; never overwritten)"),
    )
    parser.add_argument(
        "--accept-changes",
        action="store_true",
        help=tr("accept the document's tracked changes instead of keeping them as suggestions"),
    )
    parser.add_argument(
        "--settings", type=path_argument, metavar="FILE", help=tr("settings file (TOML)")
    )
    return parser


def import_main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    from netizen_editor.importing.importer import can_import, default_output, import_document

    try:
        settings = command_settings(args.settings)
        i18n.set_language(settings.ui_language)  # the command's one language, at its start
        out = args.output if args.output is not None else default_output(args.file)
        if out.is_dir() and not out.is_symlink():
            out = out / default_output(args.file).name
        if args.file.suffix.lower() in ARTICLE_SUFFIXES:
            already = tr("this is already an article (Markdown): open it in the window or "
                         "export it; there is nothing to import")  # fmt: skip
            say(f"{args.file}: {already}")
            return EXIT_BAD_INPUT
        if can_import(args.file) and out.resolve() == args.file.resolve():
            say(f"{out}: " + tr("the article would replace the document; give another name"))
            return EXIT_BAD_INPUT
        if output_refused(out, args.file):  # a link planted as its folder (not the document's)
            return EXIT_BAD_INPUT
        done = import_document(args.file, out, settings, accept_changes=args.accept_changes)
    except NetizenError as exc:  # the settings, or the document (DocumentError)
        say(exc.located())
        return EXIT_BAD_INPUT
    except (OSError, RuntimeError) as exc:  # a name too long, a symlink loop...
        say(f"{args.file}: {plain_reason(exc)}")
        return EXIT_BAD_INPUT
    for warning in done.warnings:
        say(f"{args.file}: " + tr("warning") + f": {warning}")
    say(
        f"{args.file} → {done.out}: "
        + tr("{suggestions} suggestion(s), {comments} comment(s), {images} image(s)",
             suggestions=done.suggestions, comments=done.comments, images=done.images)
    )  # fmt: skip
    return EXIT_OK
