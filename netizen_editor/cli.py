"""The command line: ``netizen-editor [FILE...]`` opens the window; ``export`` writes HTML."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from netizen_editor import __version__
from netizen_editor.errors import ArticleError

EXIT_BAD_INPUT = 2


def _export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netizen-editor export",
        description="Export Markdown articles as a Netizen.co.id page or a Blogger post body.",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        help="output file (one input) or folder (several inputs); default: beside the input",
    )
    parser.add_argument(
        "--format",
        choices=["page", "blogger", "atom"],
        default="page",
        help="page: the article page; blogger: the post body for Blogger's HTML view; "
        "atom: a Blogger import file",
    )
    parser.add_argument("--skin", help="skin name (default: from settings)")
    parser.add_argument("--settings", type=Path, help="settings file (TOML)")
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netizen-editor",
        description="Write Netizen.co.id articles in Markdown with a live preview of the site. "
        "Run 'netizen-editor export --help' for the command-line export.",
    )
    parser.add_argument("--version", action="version", version=f"netizen-editor {__version__}")
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE")
    return parser


def _load_settings(path: Path | None, skin: str | None):
    from netizen_editor.settings import Settings, default_settings_path

    settings = Settings.load(path) if path else Settings.load_or_default(default_settings_path())
    if skin:
        settings.skin = skin
    from netizen_editor.skins import load_skin

    load_skin(settings.skin)  # a bad skin name fails here, once, not per file
    return settings


def _targets(files: list[Path], output: Path | None, suffix: str) -> list[Path]:
    if len(files) == 1:
        target = output or files[0].with_suffix(suffix)
        if output is not None and output.is_dir():
            target = output / (files[0].stem + suffix)
        return [target]
    folder = output or None
    targets = []
    for f in files:
        targets.append((folder / (f.stem + suffix)) if folder else f.with_suffix(suffix))
    return targets


def export_main(argv: list[str]) -> int:
    args = _export_parser().parse_args(argv)
    try:
        settings = _load_settings(args.settings, args.skin)
    except ArticleError as exc:
        print(f"netizen-editor: {exc.located()}", file=sys.stderr)
        return EXIT_BAD_INPUT

    from netizen_editor.article import Article
    from netizen_editor.export import export_article, get_exporter
    from netizen_editor.render import BodyRenderer
    from netizen_editor.storage.atomic import SaveError
    from netizen_editor.storage.reading import ReadError, read_article_file

    exporter = get_exporter(args.format)
    if len(args.files) > 1 and args.output is not None:
        if args.output.exists() and not args.output.is_dir():
            print(f"netizen-editor: {args.output}: with several inputs, -o must be a folder",
                  file=sys.stderr)  # fmt: skip
            return EXIT_BAD_INPUT
        args.output.mkdir(parents=True, exist_ok=True)
    targets = _targets(args.files, args.output, exporter.suffix)
    seen: dict[Path, Path] = {}
    renderer = BodyRenderer()
    failed = 0
    total = len(args.files)
    for index, (src, out) in enumerate(zip(args.files, targets, strict=True), start=1):
        problem = None
        if out.resolve() == src.resolve():
            problem = f"{src}: the output would overwrite the input; give -o"
        elif out.resolve() in seen:
            problem = f"{src}: its output {out} is also the output of {seen[out.resolve()]}"
        if problem:
            print(problem, file=sys.stderr)
            failed += 1
            continue
        seen[out.resolve()] = src
        try:
            article = Article.parse(read_article_file(src).text, src)
            result, written = export_article(article, out, args.format, settings, renderer)
        except ReadError as exc:
            print(exc.located(), file=sys.stderr)
            failed += 1
            continue
        except ArticleError as exc:
            print(exc.located(), file=sys.stderr)
            failed += 1
            continue
        except SaveError as exc:
            print(f"{out}: {exc.message}", file=sys.stderr)
            failed += 1
            continue
        for warning in result.warnings:
            print(warning, file=sys.stderr)
        if total > 1:
            print(f"[{index}/{total}] {src} → {out}", file=sys.stderr)
        else:
            print(f"{src} → {', '.join(str(p) for p in written)}", file=sys.stderr)
    if failed:
        print(f"netizen-editor: {failed} of {total} file(s) not exported", file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "export":
        return export_main(argv[1:])
    if argv and argv[0] == "check":
        from netizen_editor.checks.cli import check_main

        return check_main(argv[1:])
    args = _gui_parser().parse_args(argv)
    from netizen_editor.gui.app import run

    return run([str(p) for p in args.files])


if __name__ == "__main__":
    sys.exit(main())
