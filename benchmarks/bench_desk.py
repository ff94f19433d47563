"""The desk's costs at 10,000 articles (issue 24's speed and memory targets), in one run.

    .venv/bin/python -m benchmarks.bench_desk [--articles N] [--repeat N] [--folder DIR]

1. The first listing with no index (``list_desk`` into an empty cache folder: its files read by
   worker processes, one per core, desk/parallel.py), and in the same run the time to simply
   read every file (walk the folders, open and read each file's bytes): the ratio of the two.
   Targets: < 10 s, and <= 6x the plain read. Both are measured twice: with the files in the
   system's page cache (just written: reading is memory speed, so the ratio is the Python work
   of reading an article against a copy) and out of it (``posix_fadvise`` DONTNEED on each file,
   Linux: a desk not read before, as on a first look at a shared folder).
2. A later ``netizen-editor desk FOLDER --format json``, the whole process, with the index in
   the cache folder (the index is made first). Target: < 1.5 s.
3. One changed file noticed: ``DeskPoller.poll()`` after one article was edited (a walk of the
   whole folder, one file read again, the index written). Target: < 100 ms.
4. Memory: what the listing of 10,000 articles adds (tracemalloc: held by the list of entries,
   and the peak while listing; and the process's RSS before and after). Target: <= 150 MB.

The articles (300 to 1,500 words, a few with long bodies, labels, ids, dates; one in a hundred
locked by a colleague) are written into nested folders (year/month/desk) of a temporary folder
on the disk of ``--folder`` (default: the system's temp folder; give a folder on a shared drive
to measure there). Prints medians; the machine is shared, so figures vary from run to run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from benchmarks.generate import generate_article
from netizen_editor.desk import DeskPoller, list_desk
from netizen_editor.desk.parallel import cores

DESKS = ("nasional", "daerah", "ekonomi", "olahraga", "hiburan")
STATUSES = ("draft", "review", "ready", "published", "spiked")


def make_desk(folder: Path, count: int) -> list[Path]:
    """``count`` articles in ``folder``/YEAR/MONTH/DESK/; the paths."""
    rng = random.Random(24)
    paths = []
    now = dt.datetime.now(dt.UTC).isoformat()
    lock = {"user": "Rina", "host": "laptop-rina", "pid": 1, "since": now, "heartbeat": now}
    texts = [generate_article(words, seed) for seed, words in enumerate(
        [300, 450, 600, 800, 1000, 1200, 1500, 5000])]  # fmt: skip
    for n in range(count):
        sub = folder / str(2025 + n % 2) / f"{n % 12 + 1:02d}" / DESKS[n % len(DESKS)]
        sub.mkdir(parents=True, exist_ok=True)
        text = texts[rng.randrange(len(texts) - 1) if n % 50 else len(texts) - 1]
        text = text.replace("Laporan Khusus", f"Laporan {n}", 1).replace(
            "status: draft", f"status: {STATUSES[n % len(STATUSES)]}\nid: bench-{n:05d}", 1
        )
        path = sub / f"berita-{n:05d}.md"
        path.write_text(text, encoding="utf-8")
        if n % 100 == 0:
            (sub / f".~lock.{path.name}#").write_text(json.dumps(lock), encoding="utf-8")
        paths.append(path)
    return paths


def read_everything(folder: Path) -> float:
    """Seconds to walk ``folder`` and read every file's bytes."""
    start = time.perf_counter()
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            with open(os.path.join(root, name), "rb") as f:
                total += len(f.read())
    return time.perf_counter() - start


def evict(folder: Path) -> bool:
    """Drop the files of ``folder`` from the system's page cache (``posix_fadvise``
    DONTNEED: a desk not read before, as on a first look at it); False where the system has
    no such call (then only the warm figures are printed)."""
    if not hasattr(os, "posix_fadvise"):
        return False
    for root, _dirs, files in os.walk(folder):
        for name in files:
            fd = os.open(os.path.join(root, name), os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
    return True


def cold_listings(folder: Path, base: Path, repeat: int) -> tuple[list[float], list[float]]:
    """(wall seconds of the first listing, of reading every file), each with the files out of
    the page cache first; empty where they cannot be put out."""
    listing: list[float] = []
    reading: list[float] = []
    for n in range(repeat):
        if not evict(folder):
            return [], []
        reading.append(read_everything(folder))
        evict(folder)
        start = time.perf_counter()
        list_desk(folder, cache_dir=base / f"cache-cold-{n}")
        listing.append(time.perf_counter() - start)
    return listing, reading


def children_cpu() -> float:
    """CPU seconds of this process's ended children (the listing's worker processes)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def first_listings(
    folder: Path, base: Path, repeat: int
) -> tuple[list[float], list[float], list[float], list[float]]:
    """(wall seconds of the listing, its CPU seconds here, its workers' CPU seconds, wall
    seconds of reading every file)."""
    listing, cpu, workers, reading = [], [], [], []
    for n in range(repeat):
        reading.append(read_everything(folder))
        start, start_cpu, start_workers = time.perf_counter(), time.process_time(), children_cpu()
        list_desk(folder, cache_dir=base / f"cache-first-{n}")
        listing.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        workers.append(children_cpu() - start_workers)
    return listing, cpu, workers, reading


def process_times(folder: Path, cache: Path, repeat: int) -> list[float]:
    list_desk(folder, cache_dir=cache)  # the index
    env = {**os.environ, "NETIZEN_EDITOR_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "netizen_editor", "desk", str(folder), "--format", "json"]
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return samples


def one_change_times(
    folder: Path, cache: Path, paths: list[Path], repeat: int
) -> tuple[list[float], list[float]]:
    """(wall, CPU) seconds of a poll that finds one article changed."""
    poller = DeskPoller(folder, cache)
    poller.poll()
    samples, cpu = [], []
    for n in range(repeat):
        path = paths[(n * 997) % len(paths)]
        path.write_text(path.read_text(encoding="utf-8") + f"\nPembaruan {n}.\n", encoding="utf-8")
        start, start_cpu = time.perf_counter(), time.process_time()
        changes = poller.poll()
        samples.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        assert len(changes.changed) == 1, changes.changed
    poller.close()
    return samples, cpu


def memory(folder: Path, cache: Path) -> tuple[float, float, float]:
    """(MB held by the entries, MB at the peak while listing, RSS growth in MB)."""
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    entries = list_desk(folder, cache_dir=cache)
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert entries
    mb = 1024 * 1024
    return held / mb, peak / mb, (rss_after - rss_before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.folder, prefix="bench-desk-") as tmp:
        base = Path(tmp)
        folder = base / "desk"
        paths = make_desk(folder, args.articles)
        size = sum(p.stat().st_size for p in paths) / (1024 * 1024)
        print(f"{args.articles} articles, {size:.0f} MB, in {folder}; load average "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")  # fmt: skip
        # memory first, in a fresh cache: before the other runs grow the process
        held, peak, rss = memory(folder, base / "cache-memory")
        listing, cpu, workers, reading = first_listings(folder, base, args.repeat)
        first, plain = statistics.median(listing), statistics.median(reading)
        each = 1e6 / args.articles
        print(f"first listing, no index: median {first:.2f} s (CPU {statistics.median(cpu):.2f} "
              f"s here + {statistics.median(workers):.2f} s in {cores()} worker processes at "
              f"most; {first * each:.0f} µs an article; target < 10 s); reading every file: "
              f"{plain:.3f} s ({plain * each:.1f} µs); ratio {first / plain:.1f}x "
              f"(target <= 6x)")  # fmt: skip
        listing, reading = cold_listings(folder, base, args.repeat)
        if listing:
            first, plain = statistics.median(listing), statistics.median(reading)
            print(f"the same with the files out of the page cache (a desk not read before): "
                  f"first listing {first:.2f} s, reading every file {plain:.2f} s, ratio "
                  f"{first / plain:.1f}x")  # fmt: skip
        samples = process_times(folder, base / "cache-index", max(3, args.repeat + 2))
        print(f"desk --format json, whole process, with the index: median "
              f"{statistics.median(samples):.2f} s (target < 1.5 s)")  # fmt: skip
        changes, cpu = one_change_times(folder, base / "cache-index", paths,
                                        max(5, args.repeat * 3))  # fmt: skip
        print(f"one changed file, DeskPoller.poll(): median "
              f"{statistics.median(changes) * 1000:.0f} ms (CPU "
              f"{statistics.median(cpu) * 1000:.0f} ms; target < 100 ms)")  # fmt: skip
        print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"memory of the listing: {held:.1f} MB held by the entries, {peak:.1f} MB at the "
              f"peak (tracemalloc); the process's peak RSS grew {rss:.0f} MB "
              f"(target <= 150 MB)")  # fmt: skip


if __name__ == "__main__":
    main()
