"""A save's look for what killed writes left (storage.leftovers) in a folder of planted names.

    .venv/bin/python -m benchmarks.bench_leftovers [--names N] [--repeat N] [--folder DIR]

A story of about 20 KB is saved (``storage.atomic.atomic_write_bytes``, as every save and
export writes) into: an empty folder (the baseline); a folder of N planted names of no
leftover's shape; a folder of N hidden names of the story's leftover shape, all fresh (each
looked at, none old enough to go). Each save here looks (the app looks for one NAME in a
folder once in ``leftovers.LOOK_AGAIN_AFTER_S``: the first save, then one in a while). Printed:
the median milliseconds of one save. Aim: the planted folders within a few milliseconds of the
baseline (one listing, at most ``leftovers.MAX_NAMES`` names looked at and
``leftovers.MAX_LEFTOVERS`` of them ``stat``-ed, whatever N).
``--folder``: make the folders there (a shared drive) instead of the temp folder.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from netizen_editor.storage import leftovers
from netizen_editor.storage.atomic import atomic_write_bytes
from netizen_editor.storage.leftovers import MAX_LEFTOVERS, MAX_NAMES

STORY = ("JAKARTA - Banjir merendam ratusan rumah warga. " * 420).encode("utf-8")


def timed_saves(folder: Path, repeat: int) -> float:
    """The median milliseconds of a save of the story into ``folder``."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        atomic_write_bytes(folder / "berita.md", STORY, below=folder)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def plant(folder: Path, count: int, shaped: bool) -> None:
    for n in range(count):
        name = f".berita.md.{n:08x}.tmp" if shaped else f"lain-{n}.md"
        (folder / name).touch()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=21)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args()
    leftovers.LOOK_AGAIN_AFTER_S = 0  # every save looks: the cost of the look itself
    with tempfile.TemporaryDirectory(dir=args.folder) as tmp:
        root = Path(tmp)
        print(
            f"{args.names:,} planted names; per save at most {MAX_NAMES:,} looked at,"
            f" {MAX_LEFTOVERS} of a leftover's shape stat-ed"
        )
        for label, count, shaped in (
            ("empty folder (baseline)", 0, False),
            ("planted names of no leftover's shape", args.names, False),
            ("planted leftover names, all fresh", args.names, True),
        ):
            folder = root / label.split(" ")[0] / str(shaped)
            folder.mkdir(parents=True)
            plant(folder, count, shaped)
            print(f"  {label:40} {timed_saves(folder, args.repeat):8.2f} ms per save")


if __name__ == "__main__":
    main()
