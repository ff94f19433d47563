"""A big desk's first listing is read by worker processes (``desk.parallel``): what they read
is exactly what the listing reads on its own, in the desk's language, from the window's
worker thread too; workers that cannot start leave the reading to the listing."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from netizen_editor.desk import DeskPoller, list_desk, parallel
from netizen_editor.desk.reader import read_entry
from tests.desk.conftest import article, write


def _mixed_desk(desk: Path) -> None:
    """Articles of every kind, and files that are not articles, in subfolders."""
    for n in range(40):
        write(desk / f"{n % 3}" / f"a{n:02d}.md",
              article(f"Berita {n}", status=("draft", "review", "ready")[n % 3],
                      author="Budi", labels=["Nasional", "Ekonomi"],
                      date="2026-12-06T09:30:00+07:00",
                      id=f"berita-{n:02d}") + f"[tautan {n}](https://x.id/{n}) kata-kata.\n",
              mtime=1_000_000 + n)  # fmt: skip
    write(desk / "rusak.md", "---\ntitle: [tidak ditutup\n---\nIsi.\n")
    write(desk / "status.md", article("Aneh", status="entah"))
    (desk / "biner.md").write_bytes(b"\x00\x01\x02 bukan teks")
    (desk / "latin1.md").write_bytes("---\ntitle: Caf\xe9\n---\n".encode("latin-1"))
    write(desk / "tanpa-judul.md", "# Judul dari heading\n\nIsi berita.\n")
    os.symlink(desk / "0" / "a00.md", desk / "tautan.md")
    write(desk / ".~lock.a01.md#", '{"user": "Rina"}')


def _rows(desk: Path, cache: Path) -> list[tuple]:
    """The index's rows."""
    import sqlite3

    from netizen_editor.desk.index import index_path

    db = sqlite3.connect(index_path(desk.resolve(), cache))
    try:
        return db.execute("SELECT * FROM articles ORDER BY path").fetchall()
    finally:
        db.close()


@pytest.fixture
def in_workers(monkeypatch):
    """Every listing of more than one file read by worker processes, a few files a task."""
    monkeypatch.setattr(parallel, "PARALLEL_AT_LEAST", 2)
    monkeypatch.setattr(parallel, "CHUNK", 7)
    monkeypatch.setattr(parallel, "cores", lambda: 2)


@pytest.mark.parametrize("method", ["fork", "spawn"])
@pytest.mark.parametrize("language", ["english", "indonesian"])
def test_workers_read_what_the_listing_reads_itself(desk, tmp_path, monkeypatch, language,
                                                    method, request):  # fmt: skip
    request.getfixturevalue(language)
    _mixed_desk(desk)
    alone = list_desk(desk, cache_dir=tmp_path / "alone")
    request.getfixturevalue("in_workers")
    monkeypatch.setattr(parallel, "start_method", lambda: method)
    used = []
    read_many = parallel.read_many

    def counted(items, root, checks):
        readings = read_many(items, root, checks)
        used.append(None if readings is None else len(readings))
        return readings

    monkeypatch.setattr(parallel, "read_many", counted)
    together = list_desk(desk, cache_dir=tmp_path / "together")
    assert used == [46]  # every file, by the workers (the link inside the desk at its target)
    assert together == alone
    assert _rows(desk, tmp_path / "together") == _rows(desk, tmp_path / "alone")  # the index
    problems = {e.path: e.problem for e in together if e.problem}
    assert set(problems) == {"rusak.md", "status.md", "biner.md", "latin1.md"}
    if language == "indonesian":  # the workers speak the desk's language
        assert "bukan" in problems["biner.md"] or "tidak" in problems["biner.md"]


@pytest.mark.usefixtures("in_workers", "english")
def test_the_window_thread_starts_workers(desk, cache):
    _mixed_desk(desk)
    found = {}

    def poll() -> None:
        poller = DeskPoller(desk, cache)
        found["entries"] = poller.poll().entries
        poller.close()

    thread = threading.Thread(target=poll)
    thread.start()
    thread.join(120)
    assert len(found["entries"]) == 46
    assert found["entries"] == list_desk(desk, cache_dir=cache.parent / "other")


@pytest.mark.usefixtures("in_workers", "english")
def test_workers_that_cannot_start_leave_the_reading_to_the_listing(desk, cache, monkeypatch,
                                                                    caplog):  # fmt: skip
    import multiprocessing

    _mixed_desk(desk)

    def no_processes(method: str) -> None:
        raise OSError(24, "Too many open files")

    monkeypatch.setattr(multiprocessing, "get_context", no_processes)
    items = [(f"0/a{n:02d}.md", str(desk / "0" / f"a{n:02d}.md"), 0) for n in range(0, 40, 3)]
    assert parallel.read_many(items, desk) is None
    assert "worker processes failed ([Errno 24] Too many open files)" in caplog.text
    entries = list_desk(desk, cache_dir=cache)
    assert len(entries) == 46
    assert {e.title for e in entries if e.path.startswith("0/")} == {
        f"Berita {n}" for n in range(0, 40, 3)}  # fmt: skip


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is used on Linux only")
def test_workers_are_forked_only_from_a_process_of_one_thread():
    script = (
        "import threading, time\n"
        "from netizen_editor.desk.parallel import start_method\n"
        "print(start_method())\n"
        "seen = []\n"
        "thread = threading.Thread(target=lambda: seen.append(start_method()))\n"
        "thread.start(); thread.join()\n"
        "print(seen[0])\n"
        "idle = threading.Thread(target=time.sleep, args=(5,), daemon=True)\n"
        "idle.start()\n"
        "print(start_method())\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, timeout=60, cwd=Path(__file__).parents[2])  # fmt: skip
    # the desk command: fork; the window's worker thread, or any thread beside: spawn
    assert done.stdout.split() == ["fork", "spawn", "spawn"]


def test_few_files_or_one_core_are_read_here(monkeypatch):
    monkeypatch.setattr(parallel, "cores", lambda: 8)
    assert parallel.worker_count(parallel.PARALLEL_AT_LEAST - 1) == 0
    assert parallel.worker_count(parallel.PARALLEL_AT_LEAST) == parallel.MAX_WORKERS
    monkeypatch.setattr(parallel, "cores", lambda: 1)
    assert parallel.worker_count(10 * parallel.PARALLEL_AT_LEAST) == 0
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    assert parallel.worker_count(10 * parallel.PARALLEL_AT_LEAST) == 2


def test_a_task_is_read_as_the_listing_reads_it_without_the_text(desk, english):
    _mixed_desk(desk)
    items = [(name, str(desk / name), 5) for name in ("rusak.md", "tanpa-judul.md", "biner.md")]
    for item, reading in zip(items, parallel.read_chunk("en", items), strict=True):
        alone = read_entry(*item)
        assert (reading.entry, reading.sha256, reading.article_id) == (
            alone.entry, alone.sha256, alone.article_id)  # fmt: skip
        assert reading.text is None and reading.article is None


@pytest.mark.usefixtures("english")
def test_workers_make_the_checks_counts_the_listing_makes(desk, tmp_path, monkeypatch):
    from netizen_editor.settings import Settings

    _mixed_desk(desk)
    write(desk / "salah.md", article("Salah", status="review") + "Warga menunggu kepastain.\n")
    settings = Settings()
    alone = list_desk(desk, checks=True, cache_dir=tmp_path / "alone", settings=settings)
    monkeypatch.setattr(parallel, "PARALLEL_AT_LEAST", 2)
    monkeypatch.setattr(parallel, "CHUNK", 7)
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    together = list_desk(desk, checks=True, cache_dir=tmp_path / "together", settings=settings)
    assert together == alone
    assert _rows(desk, tmp_path / "together") == _rows(desk, tmp_path / "alone")
    counted = {e.path: (e.errors, e.warnings) for e in together}
    assert counted["salah.md"][0] + counted["salah.md"][1] >= 1  # the typo at least
    assert all(v[0] is not None for p, v in counted.items() if p.startswith("0/"))


def _counts_of(entries) -> dict[str, tuple[int | None, int | None]]:
    return {e.path: (e.errors, e.warnings) for e in entries}


def _window_poller(desk: Path, cache: Path, settings) -> DeskPoller:
    """A poller as the window's: a first look, then the counts a few at a time."""
    poller = DeskPoller(desk, cache, settings=settings)
    poller.poll()
    poller.checks, poller.check_budget_s, poller.checks_pending = True, 0.3, True
    return poller


def _until_counted(poller: DeskPoller) -> list:
    import time

    end = time.monotonic() + 120
    entries = poller.check_more().entries
    while poller.checks_pending and time.monotonic() < end:
        time.sleep(0.05)
        entries = poller.check_more().entries
    assert not poller.checks_pending
    return entries


@pytest.mark.usefixtures("english")
def test_the_windows_counts_are_made_by_a_background_worker(desk, tmp_path, monkeypatch):
    from netizen_editor.settings import Settings

    _mixed_desk(desk)
    settings = Settings()
    alone = list_desk(desk, checks=True, cache_dir=tmp_path / "alone", settings=settings)
    monkeypatch.setattr(parallel, "BACKGROUND_AT_LEAST", 2)
    monkeypatch.setattr(parallel, "BACKGROUND_CHUNK", 6)
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    submitted = []
    submit = parallel.BackgroundChecks.submit

    def counted_submit(self, items):
        submitted.append(len(items))
        submit(self, items)

    monkeypatch.setattr(parallel.BackgroundChecks, "submit", counted_submit)
    poller = _window_poller(desk, tmp_path / "window", settings)
    counted = _until_counted(poller)
    assert _counts_of(counted) == _counts_of(alone)
    assert sum(submitted) == 42 and max(submitted) == 6  # every article, by the worker
    assert poller._background is None  # the worker let go once every count was made
    poller.close()


@pytest.mark.usefixtures("english")
def test_a_story_changed_while_its_count_is_made_is_counted_again(desk, tmp_path, monkeypatch):
    from netizen_editor.settings import Settings

    _mixed_desk(desk)
    monkeypatch.setattr(parallel, "BACKGROUND_AT_LEAST", 2)
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    poller = _window_poller(desk, tmp_path / "window", Settings())
    poller.check_more()  # the first task under way
    assert poller._background is not None
    rel = sorted(r for r in poller._background.asked() if r.startswith("0/"))[0]
    write(desk / rel, article("Diubah") + "Warga menunggu kepastain dan kepastain.\n",
          mtime=3_000_000)  # fmt: skip
    poller.poll()  # its new text read: the count under way is of the old one
    entries = _until_counted(poller)
    row = next(e for e in entries if e.path == rel)
    assert row.title == "Diubah"
    assert row.warnings is not None and row.warnings >= 2  # the new text's typos counted
    poller.close()


@pytest.mark.usefixtures("english")
def test_a_background_worker_that_cannot_start_leaves_the_counts_to_the_poller(
    desk, tmp_path, monkeypatch, caplog
):
    import multiprocessing

    from netizen_editor.settings import Settings

    _mixed_desk(desk)
    monkeypatch.setattr(parallel, "BACKGROUND_AT_LEAST", 2)
    monkeypatch.setattr(parallel, "cores", lambda: 2)

    def no_processes(method: str) -> None:
        raise OSError(24, "Too many open files")

    monkeypatch.setattr(multiprocessing, "get_context", no_processes)
    poller = _window_poller(desk, tmp_path / "window", Settings())
    entries = _until_counted(poller)
    assert all(e.errors is not None for e in entries if e.problem is None)
    assert "worker processes failed" in caplog.text
    poller.close()


_DIES_WITH_A_WORKER = """
import os, sys, time
from pathlib import Path
from netizen_editor.desk import parallel
from netizen_editor.settings import Settings

if __name__ == "__main__":
    desk = Path(sys.argv[1])
    checks = parallel.BackgroundChecks(desk, Settings())
    checks.submit([("a.md", str(desk / "a.md"), "0" * 64)])
    while not checks.busy or not checks._pool._processes:
        time.sleep(0.05)
    time.sleep(1.0)  # the worker started and waits for work
    print(*checks._pool._processes, flush=True)
    os._exit(0)  # killed: no word to the worker
"""


def test_a_worker_ends_with_the_window_that_started_it(desk, tmp_path):
    """The window ended at once (SIGTERM, a crash) leaves no worker behind, waiting for ever."""
    import subprocess
    import sys
    import time

    write(desk / "a.md", article())
    script = tmp_path / "dies.py"
    script.write_text(_DIES_WITH_A_WORKER, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(desk)], capture_output=True,
                          text=True, timeout=120, cwd=os.getcwd())  # fmt: skip
    workers = [int(pid) for pid in done.stdout.split()]
    assert workers, done.stderr

    def alive(pid: int) -> bool:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().split()[2] != "Z"  # a zombie has ended

    end = time.monotonic() + 30
    while any(alive(pid) for pid in workers) and time.monotonic() < end:
        time.sleep(0.1)
    assert not any(alive(pid) for pid in workers)
