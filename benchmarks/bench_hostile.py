"""Pathological text: how long each hostile case takes to export, to check, and to preview.

    .venv/bin/python -m benchmarks.bench_hostile [--quick] [--only NAME] [--skip NAME]
    .venv/bin/python -m benchmarks.bench_hostile --templates


Each case of ``tests/hostile/corpus.py`` (``PATHOLOGICAL`` and ``CHECK_PATHOLOGICAL``, all at
most 1 MB) goes through the command line's export path in this process (``netizen-editor
export`` to a page), through ``netizen-editor check`` in a fresh process (start-up and the
dictionaries included, as a script sees it), and through the preview's chunked renderer on a
fresh renderer (no cache). Printed: the median seconds, the exit status of each command
(export 0 done / 2 refused naming a block; check 0 / 1 findings / 2 refused), and, as the
baseline measured in the same run, a normal generated article of the same size exported.
Aim: every case at most 5 s (the issue's limit on this machine).

``--templates``: planted templates of about 250 KB (QA26 #1: a chain of filters, calls, chained
comparisons, dict literals, macros, loops...) made into an article as File › New from Template
does (``render.WINDOW_SECONDS``) and as ``netizen-editor new --template`` does
(``render.MAX_SECONDS``): wall and CPU seconds and whether it was refused. Aim: each within its
budget (0.3 s and 2 s) plus Python's compile of at most ``compiling.MAX_CODE``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate import generate_article
from netizen_editor.article.model import Article
from netizen_editor.cli import export_main
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import Settings
from tests.hostile.corpus import CHECK_PATHOLOGICAL, LIMIT_SECONDS, PATHOLOGICAL

ROOT = Path(__file__).resolve().parents[1]


def _timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def _export(folder: Path, text: str) -> int:
    src = folder / "kasus.md"
    src.write_text(text, encoding="utf-8")
    with contextlib.redirect_stderr(io.StringIO()):
        return export_main([str(src), "-o", str(folder / "kasus.html")])


def _check(folder: Path, text: str) -> int:
    src = folder / "kasus.md"
    src.write_text(text, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-m", "netizen_editor", "check", str(src)],
        capture_output=True,
        env=env,
        timeout=300,
    )
    return done.returncode


def _preview(text: str) -> int:
    renderer = BodyRenderer()
    renderer.render_chunks(Article.parse(text), Settings())
    return len(renderer.problems)


def _normal_of_size(size: int) -> str:
    words = max(50, size // 7)
    text = generate_article(words)
    return text[: max(size, 200)]


#: planted templates, each repeated to about 250 KB (the templates' size cap is 256 KB)
HOSTILE_TEMPLATES = {
    "filter chain (QA26 #1)": "{{1" + "|e" * 38 + "}}",
    "one filter": "{{1|e}}",
    "call, 18 arguments": "{{x(1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9)}}",
    "chained comparison": "{{1<2<3<4<5<6<7<8<9<1<2<3<4<5<6<7<8<9}}",
    "dict literal": "{{ {1:1,2:2,3:3,4:4,5:5,6:6,7:7,8:8,9:9} }}",
    "macro": "{%macro m(a,b,c)%}{{a}}{%endmacro%}",
    "set block": "{%set a%}{%endset%}",
    "for loop": "{%for a in b%}{%endfor%}",
    "constant": "{{1}}",
    "plain text": "kata ",
}


def _hostile_templates(only: str | None) -> int:
    from netizen_editor.templates.compiling import MAX_TOKENS
    from netizen_editor.templates.library import TemplateError
    from netizen_editor.templates.render import (
        MAX_SECONDS,
        WINDOW_SECONDS,
        _environment,
        render_text,
        template_context,
    )
    from netizen_editor.templates.sandbox import Budget

    context = {**template_context(Settings()), "x": max, "b": [], "a": 1}
    lexer = _environment(Budget(60.0)).lexer
    head = f"{'template':44} {'window wall':>11} {'cpu':>6} {'cli wall':>9} {'cpu':>6}"
    print(f"{head}  outcome")
    for name, unit in HOSTILE_TEMPLATES.items():
        if only and only not in name:
            continue
        tokens = sum(1 for _ in lexer.tokenize(unit + "\n"))
        sizes = {"~250 KB": 250_000 // len(unit), "at the part cap": MAX_TOKENS // tokens - 5}
        for size, times in sizes.items():
            source = "---\ntitle: x\n---\n\n" + (unit + "\n") * times
            row, outcome = [], ""
            for seconds in (WINDOW_SECONDS, MAX_SECONDS):
                wall, cpu = time.perf_counter(), time.process_time()
                try:
                    made = render_text(source, "uji", context, seconds=seconds)
                    outcome = f"ok, {len(made)} chars"
                except TemplateError as exc:
                    outcome = f"refused: {exc.message}"
                row += [time.perf_counter() - wall, time.process_time() - cpu]
            label = f"{name}, {size} ({len(source) // 1024} KB)"
            print(f"{label:44} {row[0]:>10.2f}s {row[1]:>5.2f}s {row[2]:>8.2f}s {row[3]:>5.2f}s"
                  f"  {outcome[:70]}", flush=True)  # fmt: skip
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one run per case")
    parser.add_argument("--only", help="only the cases whose name contains this")
    parser.add_argument("--skip", action="append", default=[], help="leave out these cases")
    parser.add_argument("--templates", action="store_true", help="planted templates instead")
    args = parser.parse_args()
    if args.templates:
        return _hostile_templates(args.only)
    repeat = 1 if args.quick else 3
    corpus = {**PATHOLOGICAL, **CHECK_PATHOLOGICAL}
    cases = {
        k: v
        for k, v in corpus.items()
        if (not args.only or args.only in k) and not any(skip in k for skip in args.skip)
    }
    print(f"Hostile cases (median of {repeat}); baseline: normal text of the same size")
    print(
        f"{'case':32} {'KB':>5} {'export':>8} {'exit':>4} {'check':>8} {'exit':>4} "
        f"{'preview':>8} {'baseline':>9}"
    )
    slowest = ("", 0.0)
    slowest_of = {"export": ("", 0.0), "check": ("", 0.0)}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, text in cases.items():
            size = len(text.encode("utf-8"))
            export_time, code = _timed(lambda t=text: _export(folder, t), repeat)
            check_time, check_code = _timed(lambda t=text: _check(folder, t), repeat)
            preview_time, _problems = _timed(lambda t=text: _preview(t), repeat)
            base_time, _ = _timed(lambda s=size: _export(folder, _normal_of_size(s)), repeat)
            worst = max(export_time, check_time, preview_time)
            if worst > slowest[1]:
                slowest = (name, worst)
            for what, took in (("export", export_time), ("check", check_time)):
                if took > slowest_of[what][1]:
                    slowest_of[what] = (name, took)
            flag = "  OVER" if worst > LIMIT_SECONDS else ""
            print(
                f"{name:32} {size // 1024:>5} {export_time:>7.2f}s {code!s:>4} "
                f"{check_time:>7.2f}s {check_code!s:>4} "
                f"{preview_time:>7.2f}s {base_time:>8.2f}s{flag}",
                flush=True,
            )
    for what, (name, took) in slowest_of.items():
        print(f"slowest {what}: {name} {took:.2f} s")
    print(f"slowest: {slowest[0]} {slowest[1]:.2f} s (limit {LIMIT_SECONDS:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
