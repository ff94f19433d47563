"""The cost of one text revision's snapshot, beside what it replaced, in one run.

    .venv/bin/python -m benchmarks.bench_snapshot [--repeat N] [--edits N] [--rules]

1. Title, outline and counts. For generated articles of 1,000, 5,000 and 20,000 words, one
   word is typed into the middle and the time to know the title, the outline and the counts
   is measured two ways:

   - baseline: what the tab did on the GUI thread after every pause in typing before the
     snapshot (``text_stats``, the outline and ``Article.parse`` of the whole text);
   - snapshot: ``take_snapshot`` without the checks, from the article its render already
     parsed, rescanning only the edited block of the previous revision's scan.

2. The checks of a keystroke. For 1,000, 20,000 and 100,000 words, ``--edits`` letters are
   typed one by one into the middle of the article, and each revision's snapshot with every
   check rule is timed two ways:

   - fresh: ``take_snapshot`` without the previous revision (the whole text scanned, every
     rule over every block);
   - incremental: from the previous revision's scan, as the render thread makes it (the scan
     and the rules' per-block cache, ``checks.cache``, reread only the blocks the edit made).

   Both run on a thread of their own, as in the app (no spelling suggestions are computed off
   the main thread), with what exists before the first edit frozen for the cycle collector,
   as the app's ``gui.collector`` does. ``--rules`` adds each rule's median at the largest size.

Prints medians; the machine is shared, so compare the ratios, which come from one run.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from benchmarks.generate import generate_article
from netizen_editor.article.model import Article
from netizen_editor.checks import registry
from netizen_editor.editing.textstats import text_stats
from netizen_editor.grammar.scan import scan_article
from netizen_editor.settings import Settings
from netizen_editor.snapshot import take_snapshot

SIZES = (1_000, 5_000, 20_000)
CHECK_SIZES = (1_000, 20_000, 100_000)


def median_ms(fn: Callable[[int], object], repeat: int) -> float:
    fn(0)  # warm up
    times = []
    for i in range(1, repeat + 1):
        start = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def outline_and_counts(settings: Settings, repeat: int) -> None:
    print("Title, outline and counts after a one-word edit (median ms)")
    print(f"  {'words':>7}  {'baseline (GUI thread)':>22}  {'snapshot (render thread)':>25}")
    for words in SIZES:
        text = generate_article(words, 0)
        middle = len(text) // 2
        edited = [text[:middle] + f" kata{i}" + text[middle:] for i in range(repeat + 1)]
        article = Article.parse(text)
        first = take_snapshot(0, text, None, settings, article=article, checks=False)

        def baseline(i: int, edited: list[str] = edited) -> object:
            t = edited[i]
            return text_stats(t), scan_article(t).headings, Article.parse(t).title

        def snapshot(
            i: int, edited: list[str] = edited, article: Article = article, first=first
        ) -> object:
            return take_snapshot(i, edited[i], None, settings, article=article,
                                 previous=first.scan, checks=False)  # fmt: skip

        old = median_ms(baseline, repeat)
        new = median_ms(snapshot, repeat)
        print(f"  {words:>7,}  {old:>19.2f} ms  {new:>22.2f} ms   ({old / new:.1f}x)")


def typed(text: str, edits: int) -> list[str]:
    """``text`` and its next ``edits`` revisions: one letter typed at a time into the middle."""
    middle = len(text) // 2
    revisions = [text]
    for i in range(edits):
        at = middle + i
        text = text[:at] + "abcdefghij"[i % 10] + text[at:]
        revisions.append(text)
    return revisions


def keystrokes(settings: Settings, words: int, edits: int, incremental: bool) -> dict[str, Any]:
    """Seconds of each revision's snapshot (with the checks) and of each rule in it."""
    revisions = typed(generate_article(words, 0), edits)
    per_rule: dict[str, list[float]] = {}
    snapshots: list[float] = []
    real = registry.rules()

    def timed(rule_id: str, func: Callable[[Any], Iterable[Any]]) -> Callable[[Any], list[Any]]:
        def run(context: Any) -> list[Any]:
            start = time.perf_counter()
            found = list(func(context))
            per_rule.setdefault(rule_id, []).append(time.perf_counter() - start)
            return found

        return run

    def work() -> None:
        last = take_snapshot(0, revisions[0], None, settings)  # dictionaries loaded, cache made
        gc.collect()
        gc.freeze()
        registry._RULES.update({rule_id: timed(rule_id, f) for rule_id, f in real.items()})
        try:
            for number, text in enumerate(revisions[1:], start=1):
                previous = last.scan if incremental else None
                start = time.perf_counter()
                last = take_snapshot(number, text, None, settings, previous=previous)
                snapshots.append(time.perf_counter() - start)
        finally:
            registry._RULES.update(real)
            gc.unfreeze()

    thread = threading.Thread(target=work)  # as the render thread: no suggestions computed
    thread.start()
    thread.join()
    return {"snapshot": snapshots, "rules": per_rule}


def checks_of_a_keystroke(settings: Settings, edits: int, show_rules: bool) -> None:
    print(f"\nSnapshot with every check rule, a letter typed into the middle ({edits} edits, "
          "median ms)")  # fmt: skip
    print(f"  {'words':>7}  {'fresh':>9}  {'incremental':>12}  {'max':>7}")
    rules_at_largest: dict[str, list[float]] = {}
    for words in CHECK_SIZES:
        fresh = keystrokes(settings, words, edits, incremental=False)
        kept = keystrokes(settings, words, edits, incremental=True)
        old = statistics.median(fresh["snapshot"]) * 1000
        new = statistics.median(kept["snapshot"]) * 1000
        most = max(kept["snapshot"]) * 1000
        print(f"  {words:>7,}  {old:>6.1f} ms  {new:>9.1f} ms  {most:>4.0f} ms   "
              f"({old / new:.1f}x)")  # fmt: skip
        rules_at_largest = {"fresh": fresh["rules"], "incremental": kept["rules"]}  # type: ignore[dict-item]
    if show_rules:
        words = CHECK_SIZES[-1]
        print(f"\nEach rule at {words:,} words (median ms): fresh / incremental")
        fresh_rules, kept_rules = rules_at_largest["fresh"], rules_at_largest["incremental"]
        order = sorted(kept_rules, key=lambda r: -statistics.median(fresh_rules.get(r, [0])))
        for rule_id in order:
            old = statistics.median(fresh_rules.get(rule_id, [0])) * 1000
            new = statistics.median(kept_rules[rule_id]) * 1000
            print(f"  {rule_id:<18} {old:>7.2f} / {new:>5.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=21)
    parser.add_argument("--edits", type=int, default=21)
    parser.add_argument("--rules", action="store_true", help="each rule at 100,000 words")
    args = parser.parse_args()
    settings = Settings()
    outline_and_counts(settings, args.repeat)
    checks_of_a_keystroke(settings, args.edits, args.rules)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
