"""The cost of one text revision's snapshot, beside the analysis it replaced, in one run.

    .venv/bin/python -m benchmarks.bench_snapshot [--repeat N]

For generated articles of 1,000, 5,000 and 20,000 words, one word is typed into the middle and
the time to know the title, the outline and the counts is measured two ways:

- baseline: what the tab did on the GUI thread after every pause in typing before the
  snapshot (``text_stats``, the outline and ``Article.parse`` of the whole text);
- snapshot: ``take_snapshot`` as the render thread makes it, from the article its render
  already parsed, rescanning only the edited block of the previous revision's scan (no check rules
  registered, as on main today).

Prints medians; the machine is shared, so compare the ratio, which comes from one run.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from benchmarks.generate import generate_article
from netizen_editor.article.model import Article
from netizen_editor.editing.textstats import text_stats
from netizen_editor.grammar.scan import scan_article
from netizen_editor.settings import Settings
from netizen_editor.snapshot import take_snapshot

SIZES = (1_000, 5_000, 20_000)


def median_ms(fn: Callable[[int], object], repeat: int) -> float:
    fn(0)  # warm up
    times = []
    for i in range(1, repeat + 1):
        start = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=21)
    args = parser.parse_args()
    settings = Settings()
    print("Title, outline and counts after a one-word edit (median ms)")
    print(f"  {'words':>7}  {'baseline (GUI thread)':>22}  {'snapshot (render thread)':>25}")
    for words in SIZES:
        text = generate_article(words, 0)
        middle = len(text) // 2
        edited = [text[:middle] + f" kata{i}" + text[middle:] for i in range(args.repeat + 1)]
        article = Article.parse(text)
        first = take_snapshot(0, text, None, settings, article=article)

        def baseline(i: int, edited: list[str] = edited) -> object:
            t = edited[i]
            return text_stats(t), scan_article(t).headings, Article.parse(t).title

        def snapshot(
            i: int, edited: list[str] = edited, article: Article = article, first=first
        ) -> object:
            return take_snapshot(i, edited[i], None, settings, article=article,
                                 previous=first.scan)  # fmt: skip

        old = median_ms(baseline, args.repeat)
        new = median_ms(snapshot, args.repeat)
        print(f"  {words:>7,}  {old:>19.2f} ms  {new:>22.2f} ms   ({old / new:.1f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
