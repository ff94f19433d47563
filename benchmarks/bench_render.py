"""Render and export speed, each beside a baseline measured in the same run.

    .venv/bin/python -m benchmarks.bench_render [--quick]

1. Rendering generated articles of 1,000, 5,000 and 20,000 words to the finished page (our
   newsroom extensions, sanitising and the skin template) beside plain Python-Markdown with
   the same standard extensions. Aim: at most +30 % at 20,000 words.
2. Exporting 100 articles of 1,000 words in one process (``netizen-editor export``'s code path)
   beside Debian's pandoc converting the same files one by one to standalone HTML. Aim: at
   least 4x pandoc's throughput.
Prints medians; the machine is shared, so compare the ratios, which come from one run.
"""

from __future__ import annotations

import argparse
import shutil
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
from netizen_editor.publish.mdext import make_markdown
from netizen_editor.publish.modes import finish_body
from netizen_editor.publish.page_view import render_page
from netizen_editor.settings import Settings


def median_time(fn, repeat: int) -> float:
    fn()  # warm up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_render(repeat: int) -> list[tuple[int, float, float]]:
    settings = Settings()
    rows = []
    for words in (1_000, 5_000, 20_000):
        text = generate_article(words)
        article = Article.parse(text)
        plain = make_markdown()
        renderer = BodyRenderer()

        def baseline(plain=plain, body=article.body):
            plain.reset()
            plain.convert(body)

        def ours(renderer=renderer, article=article):
            body = finish_body(renderer.render(article, settings), "page", settings)
            render_page(article, settings, "page", body)

        rows.append((words, median_time(baseline, repeat), median_time(ours, repeat)))
    return rows


def bench_batch(count: int, repeat: int) -> tuple[float, float | None]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sources = []
        for i in range(count):
            path = folder / f"artikel-{i:03d}.md"
            path.write_text(generate_article(1_000, seed=i), encoding="utf-8")
            sources.append(str(path))
        out = folder / "out"

        def ours():
            import contextlib
            import io

            with contextlib.redirect_stderr(io.StringIO()):
                status = export_main([*sources, "-o", str(out)])
            assert status == 0, status

        ours_time = median_time(ours, repeat)
        pandoc = shutil.which("pandoc")
        if not pandoc:
            return ours_time, None
        pandoc_out = folder / "pandoc"
        pandoc_out.mkdir()

        def with_pandoc():
            for src in sources:
                target = pandoc_out / (Path(src).stem + ".html")
                subprocess.run(
                    [pandoc, "-s", "-f", "markdown", "-t", "html5", src, "-o", str(target)],
                    check=True,
                    capture_output=True,
                )

        return ours_time, median_time(with_pandoc, max(1, repeat // 2))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    repeat = 3 if args.quick else 15

    print("Rendering one article to the finished page (median of", repeat, "runs)")
    print(f"{'words':>7} {'Python-Markdown':>16} {'Netizen Editor':>15} {'overhead':>9}")
    for words, base, ours in bench_render(repeat):
        print(
            f"{words:>7} {base * 1000:>13.1f} ms {ours * 1000:>12.1f} ms {ours / base - 1:>+8.0%}"
        )
    print("  aim: at most +30 % at 20,000 words")

    count = 100
    ours, pandoc = bench_batch(count, 3 if not args.quick else 1)
    print(f"\nExporting {count} articles of 1,000 words")
    print(f"  Netizen Editor, one process:  {ours:7.2f} s  ({count / ours:7.1f} articles/s)")
    if pandoc is None:
        print("  pandoc not installed (apt-get install pandoc) - no baseline")
    else:
        print(
            f"  pandoc, one file at a time:   {pandoc:7.2f} s  ({count / pandoc:7.1f} articles/s)"
        )
        print(f"  speed-up: {pandoc / ours:.1f}x  (aim: at least 4x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
