"""``netizen-editor new [--template NAME] [-o FILE] [--list-templates]``: a new article.

- ``new``: the blank article File › New starts with (front matter with the settings' author and
  now in the newsroom's zone);
- ``new --template NAME``: the article the template ``NAME`` makes (built-in, or from the
  newsroom's folder, Settings ``templates_folder``), with ``template: NAME`` in its front
  matter; its ``desk`` (its label) is the name of the folder FILE goes in when the articles
  already there carry that label (``templates.labels``), else the label is left to fill in;
- ``-o FILE``: where to write it (atomically, never through a link, nor into a folder that is
  one: ``storage.output_folder``); without ``-o`` the article goes to stdout. An existing
  FILE is not replaced unless ``--force`` is given;
- ``--list-templates``: one line per template, ``NAME  built-in`` or ``NAME  PATH`` for one
  from the newsroom's folder (on stderr: how many the folder held beyond those read).

Exit status: 0 written (or listed), 2 bad input: an unknown template (the message lists the
templates), a template that cannot be read or rendered (``FILE:LINE: why``), an existing FILE
without ``--force``, a settings file that cannot be used, a write that failed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from netizen_editor import i18n
from netizen_editor.errors import NetizenError, plain_reason
from netizen_editor.i18n import tr
from netizen_editor.settings import Settings
from netizen_editor.terminal import (
    SafeParser,
    command_settings,
    named,
    output_refused,
    path_argument,
    say,
    terminal_safe,
    write_out,
)

EXIT_OK, EXIT_BAD_INPUT = 0, 2
#: where a built-in template comes from in ``--list-templates``: a word scripts read, the same
#: in every interface language (as check's ``error``, review's ``unknown``)
BUILT_IN = "built-in"


def _parser() -> argparse.ArgumentParser:
    parser = SafeParser(
        prog="netizen-editor new",
        description=tr("Start a new article, blank or from a template. Exit status: 0 done, "
                       "2 bad input."),
    )  # fmt: skip
    parser.add_argument("--template", metavar="NAME", type=named,
                        help=tr("the template to start from (see --list-templates)"))  # fmt: skip
    parser.add_argument("-o", "--output", type=path_argument, metavar="FILE",
                        help=tr("where to write the article (default: stdout)"))  # fmt: skip
    parser.add_argument("--force", action="store_true",
                        help=tr("replace FILE when it exists"))  # fmt: skip
    parser.add_argument("--list-templates", action="store_true",
                        help=tr("list the templates and exit"))  # fmt: skip
    parser.add_argument(
        "--settings", type=path_argument, metavar="FILE", help=tr("settings file (TOML)")
    )
    return parser


def new_main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = command_settings(args.settings)
    except NetizenError as exc:
        say(exc.located())
        return EXIT_BAD_INPUT
    except OSError as exc:
        say(f"{args.settings}: {plain_reason(exc)}")
        return EXIT_BAD_INPUT
    i18n.set_language(settings.ui_language)  # the command's one language, at its start
    if args.list_templates:
        return _list(settings)
    output: Path | None = args.output
    if output is not None and output_refused(output):  # its folder a link planted there
        return EXIT_BAD_INPUT
    if output is not None and output.is_dir() and not output.is_symlink():  # --force or not
        say(tr("{file}: is a folder; give a file name", file=output))
        return EXIT_BAD_INPUT
    if output is not None and (output.exists() or output.is_symlink()) and not args.force:
        say(tr("{file}: already exists; not replaced (give --force to replace it)",
               file=output))  # fmt: skip
        return EXIT_BAD_INPUT
    try:
        text = _article(settings, args.template, output)
    except NetizenError as exc:
        say(exc.located() if exc.path else f"netizen-editor new: {exc.message}")
        return EXIT_BAD_INPUT
    if output is None:
        return EXIT_OK if write_out(text) else EXIT_BAD_INPUT
    from netizen_editor.storage.atomic import SaveError, atomic_write_text

    try:
        atomic_write_text(output, text)
    except SaveError as exc:
        say(f"{output}: {exc.message}")
        return EXIT_BAD_INPUT
    except OSError as exc:
        say(f"{output}: {plain_reason(exc)}")
        return EXIT_BAD_INPUT
    made = args.template or tr("a blank article")
    say(tr("{file}: written from {template}", file=output, template=made))
    return EXIT_OK


def _article(settings: Settings, template: str | None, output: Path | None) -> str:
    if not template:
        from netizen_editor.article.new_article import new_article_text

        return new_article_text(settings)
    from netizen_editor.templates.labels import folder_label
    from netizen_editor.templates.render import render_named

    folder = output.absolute().parent if output is not None else None
    return render_named(template, settings, desk=folder_label(folder))


def _list(settings: Settings) -> int:
    from netizen_editor.templates.library import listing

    found = listing(settings)
    if found.note:  # on stderr: stdout stays one template a line
        say(found.note)
    lines = []
    for info in found.templates.values():
        where = BUILT_IN if info.builtin else str(info.path)
        lines.append(terminal_safe(f"{info.name}  {where}") + "\n")
    return EXIT_OK if write_out("".join(lines)) else EXIT_BAD_INPUT
