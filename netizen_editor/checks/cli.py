"""``netizen-editor check FILE... [--format text|json] [--settings FILE]``: the desk's
pre-publish checks in a script.

Text output is one ``FILE:LINE:COL: LEVEL: RULE: message`` line per finding; JSON is a list
of objects with ``file``, ``line``, ``column``, ``level``, ``rule``, ``message`` and
``suggestions``. Exit status: 0 clean or only warnings, 1 something at error level, 2 bad input
(a file that cannot be read, is not UTF-8, has broken front matter or a body the export refuses
at once, such as over 50,000 blocks or 20,000 review marks: one ``FILE:LINE: message`` line on
stderr; the other files are still checked). A folder has no line: ``FOLDER: message``, which
names the commands that check its articles (``check FOLDER/*.md``) or list the desk with its
checks (``desk FOLDER --checks``). A FILE that is a link to a file outside its own folder is
not read (bad input, 2); a link to a file in the same folder is checked.

Every line printed is made safe for the terminal (``terminal_safe``); JSON stays valid UTF-8
whatever the file names. The rules run within a time budget (``checks.registry``).
"""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

from netizen_editor import i18n
from netizen_editor.checks.findings import Finding, Level
from netizen_editor.errors import NetizenError
from netizen_editor.i18n import tr
from netizen_editor.terminal import (
    SafeParser,
    command_settings,
    json_text,
    path_argument,
    say,
    settings_option,
    terminal_safe,
    write_out,
)

__all__ = ["check_main", "json_text"]  # json_text: the one JSON writer, used by every command

EXIT_CLEAN, EXIT_ERRORS, EXIT_BAD_INPUT = 0, 1, 2


def _parser(add_help: bool = True) -> argparse.ArgumentParser:
    parser = SafeParser(
        prog="netizen-editor check",
        description=tr("Run the desk's pre-publish checks on articles. Exit status: 0 no "
                       "errors, 1 an error-level finding, 2 a file that cannot be checked."),
        add_help=add_help,
    )  # fmt: skip
    parser.add_argument("files", nargs="+", type=path_argument, metavar="FILE",
                        help=tr("the articles to check (Markdown)"))  # fmt: skip
    parser.add_argument("--format", choices=["text", "json"], default="text",
                        help=tr("text: one line per finding (default); json: a list of "
                                "findings"))  # fmt: skip
    parser.add_argument(
        "--settings", type=path_argument, metavar="FILE", help=tr("settings file (TOML)")
    )
    return parser


def _bad(exc: NetizenError, path: Path) -> str:
    where = exc.path or path
    if exc.line is None and where.is_dir():  # a folder has no line
        return f"{where}: {exc.message}"
    return f"{where}:{exc.line or 1}: {exc.message}"


_PLAIN = re.compile(r"[\w@%+=:,./-]+")


def _shell(path: Path) -> str:
    """``path`` as a shell reads it: in double quotes unless it is plain (outside Windows with
    a backslash before each double quote, backslash, dollar sign and backquote in it)."""
    text = str(path)
    if _PLAIN.fullmatch(text):
        return text
    if os.name != "nt":
        text = re.sub(r'([\\"$`])', r"\\\1", text)
    return f'"{text}"'


def _folder(path: Path) -> str:
    """What to say of a folder given as an article: the commands that do what was meant."""
    shown = _shell(path)
    return f"{path}: " + tr(
        "This is a folder, not a file: check its articles with '{articles}', or list the desk "
        "with their checks: '{desk}'",
        articles=f"netizen-editor check {os.path.join(shown, '*.md')}",
        desk=f"netizen-editor desk {shown} --checks",
    )


def check_main(argv: list[str]) -> int:

    try:
        settings_path = settings_option(argv)
        settings = command_settings(settings_path)
    except NetizenError as exc:  # a SettingsError
        say(f"netizen-editor: {_bad(exc, Path('settings.toml'))}")
        return EXIT_BAD_INPUT
    # the command's one language, set at its start: before the parser, so --help is translated
    i18n.set_language(settings.ui_language)
    args = _parser().parse_args(argv)

    from netizen_editor.article.model import Article
    from netizen_editor.checks.context import bounded_context
    from netizen_editor.checks.registry import run_checks
    from netizen_editor.publish.body import BodyRenderer
    from netizen_editor.storage.links import read_in_folder

    renderer = BodyRenderer()
    findings: list[Finding] = []
    seen: set[tuple] = set()  # a problem of the house style is said once, not per article
    bad = False
    for path in args.files:
        if path.is_dir():
            say(_folder(path))
            bad = True
            continue
        try:
            text = read_in_folder(path).text  # not a link leading out of its folder
            article = Article.parse(text, path)
            # the export's bounds: it refuses such a body
            context = bounded_context(text, path, settings, renderer=renderer, article=article)
            for finding in run_checks(context):
                key = (finding.path, finding.line, finding.column, finding.rule, finding.message)
                if key not in seen:
                    seen.add(key)
                    findings.append(finding)
        except NetizenError as exc:  # an ArticleError (ReadError: its file)
            say(_bad(exc, path))
            bad = True
    if args.format == "json":
        out = json_text([f.as_json() for f in findings]) + "\n"
    else:
        out = "".join(terminal_safe(finding.as_text()) + "\n" for finding in findings)
    if not write_out(out) or bad:  # a report that could not be written is no result
        return EXIT_BAD_INPUT
    return EXIT_ERRORS if any(f.level == Level.ERROR for f in findings) else EXIT_CLEAN
