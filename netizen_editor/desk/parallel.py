"""Many article files read side by side for the desk: a first listing of a big desk (no index
yet) reads thousands of files, and reading one (decoding it, its front matter, its word count)
is Python's work on one core; worker processes read them at once where the machine has cores.

Workers are started with ``spawn`` (safe from the window's worker thread, where ``fork`` is
not), except on Linux in a process that runs one thread (the ``desk`` command): ``fork`` starts
them in ~5 ms instead of ~0.2 s of importing the app twice on two cores. The frozen app sends a
spawned child, and multiprocessing's resource tracker, to their work before anything else
(``packaging/launcher.py``). Too few files, one core, or
workers that cannot start or fail: ``read_many`` answers None and the caller reads the files
itself, one after the other. What is read is the same either way (tests/desk/test_parallel.py).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from netizen_editor import i18n
from netizen_editor.desk.index import record_json
from netizen_editor.desk.reader import Reading, read_entry
from netizen_editor.i18n import tr

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from netizen_editor.desk.checks import DeskChecks
    from netizen_editor.settings import Settings

#: fewer files to read than this are read in the calling process (a worker starts in ~0.15 s,
#: the time of reading ~1,000 files)
PARALLEL_AT_LEAST = 1000
#: files a worker reads per task: small enough that no worker is left alone at the end
CHUNK = 100
#: at most this many workers
MAX_WORKERS = 4

#: one file to read: (its path relative to the desk, the path to read it at, its mtime_ns)
Item = tuple[str, str, int]


def cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


#: ``spawn`` here starts the workers that way everywhere (a check of the frozen app's spawned
#: children, which the window starts: tests/packaging)
START_ENV = "NETIZEN_EDITOR_DESK_WORKERS"


def start_method() -> str:
    """``fork`` on Linux when this process runs one thread (no thread can be holding a lock
    that the child would find held for ever), else ``spawn``."""
    if not sys.platform.startswith("linux") or os.environ.get(START_ENV) == "spawn":
        return "spawn"
    try:
        threads = len(os.listdir("/proc/self/task"))
    except OSError:
        return "spawn"
    return "fork" if threads == 1 else "spawn"


def worker_count(files: int) -> int:
    """How many worker processes read ``files`` files: none when they are few or when the
    machine has one core."""
    if files < PARALLEL_AT_LEAST:
        return 0
    available = cores()
    return min(MAX_WORKERS, available) if available > 1 else 0


def read_many(
    items: Sequence[Item], root: Path, checks: Settings | None = None
) -> dict[str, Reading] | None:
    """The readings of ``items`` (files of the desk folder ``root``) by path, made by worker
    processes, without the texts; with ``checks``, the pre-publish checks' counts of each
    under these settings (``Reading.checks``). None when the caller should read them itself."""
    workers = worker_count(len(items))
    if not workers:
        return None
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    chunks = [items[n : n + CHUNK] for n in range(0, len(items), CHUNK)]
    languages = [i18n.language()] * len(chunks)
    readings: dict[str, Reading] = {}
    try:
        context = multiprocessing.get_context(start_method())
        pool = ProcessPoolExecutor(workers, mp_context=context, initializer=start_worker)
        try:
            roots, settings = [str(root)] * len(chunks), [checks] * len(chunks)
            with _sigint_held():  # map() starts the workers
                parts = pool.map(read_chunk, languages, chunks, roots, settings)
            for part in parts:
                for reading in part:
                    readings[reading.entry.path] = reading
        except BaseException:  # Ctrl+C: the chunks not started are dropped, not waited for
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown()
    except Exception as exc:  # a worker that could not start or failed: the caller reads them
        _say_failed(exc)
        return None
    return readings


def start_worker() -> None:
    """A desk worker's first step: Ctrl+C is its parent's to handle (it reaches every process
    of the terminal's group; each worker would print its own traceback), and it ends with its
    parent (:func:`exit_with_parent`). It was started with SIGINT held (:func:`_sigint_held`),
    so a Ctrl+C before this step is dropped too."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    exit_with_parent()


@contextlib.contextmanager
def _sigint_held() -> Iterator[None]:
    """SIGINT held back in this thread while worker processes start: they start with it held
    (a fork or a spawn keeps the mask) until :func:`start_worker` ignores it, and a Ctrl+C
    meanwhile reaches this process as soon as they are started."""
    import signal

    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def exit_with_parent() -> None:
    """A worker's first step: end when the process that started it ends. A window killed
    (SIGTERM ends it at once, a crash, SIGKILL) cannot tell its workers, and a worker waiting
    for work would wait for ever (it holds its queue's both ends: no end of file comes)."""
    import multiprocessing
    import threading
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _say_failed(exc: BaseException) -> None:
    """The warning that the workers failed and the files are read here."""
    import logging

    reason = " ".join(str(exc).split()) or type(exc).__name__
    message = tr(
        "the desk's worker processes failed ({reason}); the files are read one by one",
        reason=reason,
    )
    logging.getLogger(__name__).warning(message)


def read_chunk(
    language: str, items: Sequence[Item], root: str = "", checks: Settings | None = None
) -> list[Reading]:
    """A worker's task: the readings of ``items``, in the desk's language, without the text
    and the parsed article (the caller does not need them back), with the index's record of
    each (made here rather than in the caller, which writes the index alone); with
    ``checks``, the checks' counts of each article too."""
    if i18n.language() != language:
        i18n.set_language(language)
    runner = _runner(checks) if checks is not None else None
    readings = []
    for item in items:
        r = read_entry(*item)
        counts = None
        if runner is not None and r.text is not None and r.entry.problem is None:
            path = Path(root, item[0])
            counts = (runner.key(r.sha256), *runner.count(r.text, path, r.article))
        stored = record_json(r.entry, r.article_id, None, r.sha256, counts)
        readings.append(replace(r, text=None, article=None, stored=stored, checks=counts))
    return readings


_RUNNER: list[DeskChecks] = []  # a worker's checks, made once for its settings


def _runner(settings: Settings) -> DeskChecks:
    from netizen_editor.desk.checks import DeskChecks

    if not _RUNNER or _RUNNER[0].settings != settings:
        _RUNNER[:] = [DeskChecks(settings)]
    return _RUNNER[0]


# -- the window's checks, made beside it ----------------------------------------------------------
#: with this many counts or more still to make a few at a time (the window's desk), one worker
#: process makes them: the window's interpreter is left to the window (a count on the desk's
#: thread held it for milliseconds at a time: a 10 ms timer ran up to ~90 ms late)
BACKGROUND_AT_LEAST = 200
#: counts a background task makes (about a third of a second of work)
BACKGROUND_CHUNK = 40

#: one count to make: (path relative to the desk, the path to read it at, its sha256 as listed)
CheckItem = tuple[str, str, str]


class BackgroundChecks:
    """One worker process making the checks' counts of a desk in the background, a task at a
    time; :meth:`collect` never waits. ``broken`` once it failed (the caller makes them)."""

    def __init__(self, root: Path, settings: Settings):
        self.root = root
        self.settings = settings
        self.broken = False
        self._pool: ProcessPoolExecutor | None = None
        self._task: Future[list[tuple[str, str, tuple[str, int, int]]]] | None = None
        self._asked: list[CheckItem] = []

    @property
    def busy(self) -> bool:
        """A task is under way."""
        return self._task is not None

    def asked(self) -> set[str]:
        """The paths of the task under way."""
        return {item[0] for item in self._asked}

    def submit(self, items: list[CheckItem]) -> None:
        """Start a task (none may be under way)."""
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        try:
            if self._pool is None:
                context = multiprocessing.get_context("spawn")
                self._pool = ProcessPoolExecutor(1, mp_context=context, initializer=start_worker)
            self._task = self._pool.submit(
                check_chunk, i18n.language(), str(self.root), items, self.settings
            )
            self._asked = items
        except Exception as exc:  # no process: the caller makes the counts itself
            self._fail(exc)

    def collect(self) -> tuple[list[CheckItem], list[tuple[str, str, tuple[str, int, int]]]]:
        """When the task is done: what it was asked and the counts it made (rel, sha256,
        (key, errors, warnings)); else nothing. Never waits."""
        task, asked = self._task, self._asked
        if task is None or not task.done():
            return [], []
        self._task, self._asked = None, []
        try:
            return asked, task.result()
        except Exception as exc:  # the worker failed: the caller makes the counts itself
            self._fail(exc)
            return [], []

    def close(self) -> None:
        """Let the worker go (a task under way is dropped)."""
        pool, self._pool, self._task, self._asked = self._pool, None, None, []
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def _fail(self, exc: BaseException) -> None:
        self.broken = True
        self.close()
        _say_failed(exc)


def check_chunk(
    language: str, root: str, items: Sequence[CheckItem], settings: Settings
) -> list[tuple[str, str, tuple[str, int, int]]]:
    """A background task: the checks' counts of ``items`` whose file still has the listed
    sha256 (one that changed meanwhile is left to the next poll)."""
    if i18n.language() != language:
        i18n.set_language(language)
    runner = _runner(settings)
    made = []
    for rel, read_at, sha256 in items:
        r = read_entry(rel, read_at, 0)
        if r.text is None or r.sha256 != sha256 or r.entry.problem is not None:
            continue
        made.append(
            (rel, sha256, (runner.key(sha256), *runner.count(r.text, Path(root, rel), r.article)))
        )
    return made
