"""The version history's costs (issue 23's speed targets), in one run.

    .venv/bin/python -m benchmarks.bench_history [--repeat N] [--folder DIR]

1. Keeping a version of a 20,000-word article (``History.keep``: the word count, zlib, the
   atomic write with its two fsyncs, the listing for coalescing and pruning), each keep a new
   text (one word changed) with a new reason so none is coalesced away; once counting the
   words, once with the count given (the editor's snapshot already has it). Target: < 20 ms.
2. The disk taken by 200 versions of a 1,000-word article: the files' bytes and the blocks the
   file system allocates for them. Target: < 1 MB.
3. The word diff of 20,000 words (``word_diff``): 50 words changed, and two wholly different
   articles. Target: the compare window opens within 200 ms. Then a story of 2,000 paragraphs
   (~90,000 words) after a Replace All that changed every paragraph (QA14: over 60 s). Target:
   well under 1 s. Then 200,000 one-letter lines, each changed, blank lines between (QA18:
   56 s, its matcher copying lists again and again): past the work allowed, shown changed
   whole. Target: ~1 s.

The folder is a temporary one on the disk of ``--folder`` (default: the system's temp folder;
give a folder on the shared drive to measure there). Prints medians and the 90th percentile;
the machine is shared, so figures vary from run to run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.generate import generate_article
from netizen_editor.history.article_id import with_article_id
from netizen_editor.history.diff import body_diff, word_diff
from netizen_editor.history.store import History, body_words

REASONS = ("status", "review", "export", "import", "restore")


class _Clock:
    """Two minutes a version: no two plain saves in one minute, nothing pruned (one day)."""

    def __init__(self) -> None:
        self.now = dt.datetime.now(dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(minutes=2)
        return self.now


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
    return f"median {statistics.median(ordered) * 1000:.1f} ms, p90 {p90 * 1000:.1f} ms"


def keep_times(folder: Path, repeat: int, *, counted: bool) -> list[float]:
    text, found = with_article_id(generate_article(20000, 1))
    assert found is not None
    history = History(folder, found, author="Bench", clock=_Clock())
    words = None if counted else body_words(text)
    samples = []
    for n in range(repeat):
        new = text.replace("pemerintah", f"pemerintah{n}", 1)
        start = time.perf_counter()
        history.keep(new, REASONS[n % len(REASONS)], words=words)
        samples.append(time.perf_counter() - start)
    return samples


def disk_of_200(folder: Path) -> tuple[int, int, int]:
    """(files, their bytes, the bytes of the blocks allocated) for 200 versions."""
    text, found = with_article_id(generate_article(1000, 3))
    assert found is not None
    history = History(folder, found, author="Bench", clock=_Clock())
    for n in range(200):
        edited = text.replace("warga", f"warga {n}", 1) + f"\nPembaruan {n}.\n"
        history.keep(edited, REASONS[n % len(REASONS)] if n % 2 else "save")
    files = list(history.path.iterdir())
    sizes = [f.stat() for f in files]
    return len(files), sum(s.st_size for s in sizes), sum(s.st_blocks * 512 for s in sizes)


def diff_times(repeat: int) -> tuple[list[float], list[float]]:
    old = generate_article(20000, 1)
    edited = old.replace("pemerintah", "pemda", 50)
    other = generate_article(20000, 2)
    small, whole = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        word_diff(old, edited)
        small.append(time.perf_counter() - start)
        start = time.perf_counter()
        word_diff(old, other)
        whole.append(time.perf_counter() - start)
    return small, whole


def replace_all_times(repeat: int, paragraphs: int = 2000) -> list[float]:
    """A Replace All of a word in every paragraph of a long story (blank lines between)."""
    text = "".join(
        f"Gubernur Jakarta mengatakan banjir di wilayah utara surut pada Senin pagi {n}, namun "
        "warga diminta waspada karena hujan deras diperkirakan turun lagi pekan ini.\n\n"
        for n in range(paragraphs)
    )
    edited = text.replace("Jakarta", "DKI Jakarta")
    return samples_of(repeat, lambda: word_diff(text, edited))


def short_lines_times(repeat: int, lines: int = 200_000) -> list[float]:
    """One-letter lines, each changed, a blank line after each (``body_diff``)."""
    old, new = "a\n\n" * lines, "b\n\n" * lines
    return samples_of(repeat, lambda: body_diff(old, new))


def samples_of(repeat: int, work: Callable[[], object]) -> list[float]:
    """Seconds each of ``repeat`` runs of ``work`` took."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.folder, prefix="bench-history-") as tmp:
        base = Path(tmp)
        for counted in (True, False):
            folder = base / ("counted" if counted else "given")
            os.mkdir(folder)
            label = "words counted" if counted else "words given  "
            samples = keep_times(folder, args.repeat, counted=counted)
            print(f"keep a version, 20,000 words, {label}: {_ms(samples)} (target < 20 ms)")
        os.mkdir(base / "disk")
        count, size, blocks = disk_of_200(base / "disk")
        print(
            f"200 versions of 1,000 words: {count} files, {size / 1024:.0f} KiB of bytes, "
            f"{blocks / 1024:.0f} KiB of blocks on disk (target < 1 MB)"
        )
    small, whole = diff_times(max(3, args.repeat // 5))
    print(f"word diff, 20,000 words, 50 words changed: {_ms(small)} (target < 200 ms)")
    print(f"word diff, 20,000 words, wholly different: {_ms(whole)}")
    every = replace_all_times(3)
    print(f"word diff, 2,000 paragraphs each changed (Replace All): {_ms(every)} (target < 1 s)")
    short = short_lines_times(3)
    print(f"body diff, 200,000 one-letter lines each changed: {_ms(short)} (target ~1 s)")


if __name__ == "__main__":
    main()
