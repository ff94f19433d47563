"""The desk's work off the GUI thread: the polls (``DeskPoller``) every couple of seconds, and
the search in the stories' text. Typing in an open article never waits for either.

Each runs on its own pool of one thread (the poller is not thread-safe: one thread polls; a
search never delays a poll). Results come back by signal; those of a desk or a search that
was replaced meanwhile are dropped.

- The first poll lists the desk without the checks (the table shows at once, from the index);
  the later polls add the pre-publish checks' counts, newest story first, at most
  ``CHECK_BUDGET_S`` of checking each (cached by content hash in the index, so a desk checked
  once has its counts at once). While counts are still missing, more are made
  ``CHECK_GAP_MS`` after each round without waiting for the next poll (the gap leaves the GUI
  thread the interpreter: typing never waits), so every story has its counts soon.
- The text search reads each story (at most ``SEARCH_MAX_BYTES``, never through a link that
  leads outside the desk) and stops after ``SEARCH_MAX_S``, saying it did not finish.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal

from netizen_editor.desk.entry import DeskEntry
from netizen_editor.desk.listing import DeskPoller, walk_found
from netizen_editor.errors import NetizenError
from netizen_editor.settings import Settings

#: how often the desk is looked at again (issue 24: changes show within 3 s)
POLL_EVERY_MS = 2000
#: at most this long on the checks' counts in one poll (the rest at the next polls): a poll
#: of 10,000 stories walks in ~0.3 s, so a change shows within POLL_EVERY_MS + ~0.6 s
CHECK_BUDGET_S = 0.3
#: while counts are missing: the next round of checks this long after the last one's end (at
#: most about half of one core on the checks, however big the desk)
CHECK_GAP_MS = 300
#: the text search reads at most this much of each story, and stops after this long
SEARCH_MAX_BYTES = 2 * 1024 * 1024
SEARCH_MAX_S = 10.0


@dataclass(frozen=True)
class SearchResult:
    query: str
    looked: set[str]  # the paths searched
    paths: set[str]  # those whose text has the query
    complete: bool  # False: stopped after SEARCH_MAX_S
    generation: int
    partial: bool = False  # only the stories a poll changed (merged with the last answer)


class DeskWorker(QObject):
    #: a poll's DeskChanges (of the desk being shown)
    polled = Signal(object)
    #: the desk cannot be read (one line: why)
    failed = Signal(object)
    #: a text search's SearchResult
    searched = Signal(object)

    def __init__(self, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self.cache_dir: Path | None = None  # the user's cache folder (tests give their own)
        self.folder: Path | None = None
        self._poller: DeskPoller | None = None
        self._desk = 0  # which desk the polls are of (a poll of an earlier one is dropped)
        self._busy = False
        self._again = False
        self._search = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._search_pool = QThreadPool(self)
        self._search_pool.setMaxThreadCount(1)
        self.timer = QTimer(self, interval=POLL_EVERY_MS)
        self.timer.timeout.connect(self.poll_now)
        self.more_timer = QTimer(self, interval=CHECK_GAP_MS, singleShot=True)
        self.more_timer.timeout.connect(self.check_more)
        self._stopped = False
        app = QCoreApplication.instance()
        if app is not None:  # no poll may outlive the app
            app.aboutToQuit.connect(self.stop)

    # -- polling -------------------------------------------------------------------------------
    def start(self, folder: Path) -> None:
        """Look at ``folder`` from now on (at once, then every POLL_EVERY_MS)."""
        self.folder = folder
        self._desk += 1
        self._close_poller()
        self._poller = DeskPoller(folder, self.cache_dir, settings=self.settings)
        self._busy = False  # a poll of the desk before is dropped when it comes
        self.poll_now()
        self.timer.start()

    def pause(self, paused: bool) -> None:
        """No polls while the desk is not shown (a hidden dock); one at once when it is."""
        if paused:
            self.timer.stop()
            self.more_timer.stop()
        elif self._poller is not None and not self._stopped:
            self.timer.start()
            self.poll_now()

    def poll_now(self) -> None:
        """Poll now (or right after the poll under way)."""
        poller = self._poller
        if poller is None or self._stopped:
            return
        if self._busy:
            self._again = True
            return
        self._busy, self._again = True, False
        self.more_timer.stop()  # the poll makes counts too
        desk = self._desk
        self._pool.start(lambda: self._poll(poller, desk))

    def check_more(self) -> None:
        """More of the checks' counts still missing, without a walk of the folder (a poll
        under way or asked for makes them instead)."""
        poller = self._poller
        if poller is None or self._stopped or self._busy or not self.timer.isActive():
            return
        self._busy = True
        desk = self._desk
        self._pool.start(lambda: self._poll(poller, desk, more=True))

    def _poll(self, poller: DeskPoller, desk: int, *, more: bool = False) -> None:  # pool
        try:
            changes = poller.check_more() if more else poller.poll()
        except NetizenError as exc:
            self._emit(self.failed, (desk, exc.located()))
            return
        except Exception as exc:  # a bad file must never stop the desk
            self._emit(self.failed, (desk, str(exc)))
            return
        if not poller.checks:  # the first look had no checks: the next rounds bring them
            poller.checks, poller.check_budget_s = True, CHECK_BUDGET_S
            poller.checks_pending = True  # the first round soon, not at the next poll
        self._emit(self.polled, (desk, changes))

    def _emit(self, signal, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            signal.emit(value)

    def take(self, value: tuple[int, object]) -> object | None:
        """A poll's value when it is of the desk shown now (the panel calls this on
        ``polled`` and ``failed``); starts the next poll when one was asked meanwhile."""
        desk, payload = value
        if desk != self._desk:
            return None
        self._busy = False
        poller = self._poller
        if self._again:
            self.poll_now()
        elif poller is not None and poller.checks_pending and self.timer.isActive():
            self.more_timer.start()
        return payload

    # -- text search ---------------------------------------------------------------------------
    def search(self, query: str, entries: list[DeskEntry], *, partial: bool = False) -> None:
        """Find the stories among ``entries`` whose text has every word of ``query``
        (``searched`` answers). ``partial``: only these were changed (a poll); the answer
        is merged with the last one."""
        if not partial:
            self._search += 1
        generation = self._search
        if self.folder is None or not query.strip() or self._stopped:
            return
        folder = self.folder
        paths = [e.path for e in entries if e.problem is None]
        self._search_pool.start(lambda: self._find(folder, paths, query, generation, partial))

    def _find(
        self, folder: Path, paths: list[str], query: str, generation: int, partial: bool
    ) -> None:
        words = query.casefold().split()
        try:
            root = folder.resolve(strict=True)
        except (OSError, RuntimeError):
            return
        hits: set[str] = set()
        until = time.monotonic() + SEARCH_MAX_S
        complete = True
        for rel in paths:
            if generation != self._search or self._stopped:
                return  # a newer search replaced this one
            if time.monotonic() > until:
                complete = False
                break
            if text_has(root, rel, words):
                hits.add(rel)
        self._emit(
            self.searched, SearchResult(query, set(paths), hits, complete, generation, partial)
        )

    def is_current(self, result: SearchResult) -> bool:
        return result.generation == self._search

    def stop(self) -> None:
        """No more polls or searches (the window closes); waits for the one under way."""
        self._stopped = True
        self._search += 1
        self.timer.stop()
        self.more_timer.stop()
        self._pool.waitForDone()
        self._search_pool.waitForDone()
        self._close_poller()

    def _close_poller(self) -> None:
        """The poller before lets go of its index, on the polls' thread (after its poll)."""
        close = getattr(self._poller, "close", None)
        self._poller = None
        if close is not None:
            self._pool.start(close)


def text_has(root: Path, rel: str, words: list[str]) -> bool:
    """Whether the story ``rel`` of the desk ``root`` (resolved) has every one of ``words``
    (casefolded): read at most SEARCH_MAX_BYTES, never through a link leading out of it."""
    from netizen_editor.storage.reading import ReadError, read_article_file

    try:
        path = walk_found(root, rel)
        if path is None:
            return False
        text = read_article_file(path, max_bytes=SEARCH_MAX_BYTES).text.casefold()
    except (ReadError, OSError, RuntimeError):
        return False
    return all(word in text for word in words)
