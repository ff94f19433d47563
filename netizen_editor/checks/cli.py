"""``netizen-editor check FILE... [--format text|json] [--settings FILE]``: the desk's
pre-publish checks in a script.

Text output is one ``FILE:LINE:COL: LEVEL: RULE: message`` line per finding; JSON is a list
of objects with ``file``, ``line``, ``column``, ``level``, ``rule``, ``message`` and
``suggestions``. Exit status: 0 clean or only warnings, 1 something at error level, 2 bad input
(a file that cannot be read, is not UTF-8 or has broken front matter: one ``FILE:LINE:
message`` line on stderr, the other files are still checked).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from netizen_editor import i18n
from netizen_editor.checks.findings import Finding, Level
from netizen_editor.errors import ArticleError
from netizen_editor.i18n import tr

EXIT_CLEAN, EXIT_ERRORS, EXIT_BAD_INPUT = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netizen-editor check",
        description=tr("Run the desk's pre-publish checks on articles. Exit status: 0 no "
                       "errors, 1 an error-level finding, 2 a file that cannot be checked."),
    )  # fmt: skip
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("--settings", type=Path, metavar="FILE", help=tr("settings file (TOML)"))
    return parser


def _bad(exc: ArticleError, path: Path) -> str:
    return f"{exc.path or path}:{exc.line or 1}: {exc.message}"


def check_main(argv: list[str]) -> int:
    from netizen_editor.settings import Settings, default_settings_path

    try:
        settings = (
            Settings.load(argv[argv.index("--settings") + 1])
            if "--settings" in argv[:-1]
            else Settings.load_or_default(default_settings_path())
        )
    except ArticleError as exc:
        print(f"netizen-editor: {_bad(exc, Path('settings.toml'))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    i18n.set_language(settings.ui_language)  # before the parser, so --help is translated
    args = _parser().parse_args(argv)

    from netizen_editor.checks.context import check_text
    from netizen_editor.publish.body import BodyRenderer
    from netizen_editor.storage.reading import read_article_file

    renderer = BodyRenderer()
    findings: list[Finding] = []
    seen: set[tuple] = set()  # a problem of the house style is said once, not per article
    bad = False
    for path in args.files:
        try:
            text = read_article_file(path).text
            for finding in check_text(text, path, settings, renderer=renderer):
                key = (finding.path, finding.line, finding.column, finding.rule, finding.message)
                if key not in seen:
                    seen.add(key)
                    findings.append(finding)
        except ArticleError as exc:
            print(_bad(exc, path), file=sys.stderr)
            bad = True
    try:
        if args.format == "json":
            json.dump([f.as_json() for f in findings], sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            for finding in findings:
                print(finding.as_text())
        sys.stdout.flush()
    except BrokenPipeError:  # "| head": the reader has what it wanted; no error at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    if bad:
        return EXIT_BAD_INPUT
    return EXIT_ERRORS if any(f.level == Level.ERROR for f in findings) else EXIT_CLEAN
