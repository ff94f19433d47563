"""The desk's listing: every article of a folder as a :class:`DeskEntry`, newest first, kept
up to date by polling (no Qt; the window calls :meth:`DeskPoller.poll` from a worker thread).

A poll walks the folder (``desk.walk``: names and stats, nothing read), reads only the
articles whose size or mtime changed since the index (``desk.index``) or the last poll, reads
the lock files that changed (``storage.locks``) and the newest history version of an article
whose history folder changed (who changed it last). File-change notifications do not arrive on
network drives, so this is what keeps the desk live there.
"""

from __future__ import annotations

import bisect
import datetime as dt
import os
import stat
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

import netizen_editor.desk.parallel as parallel
from netizen_editor.desk.entry import DeskEntry, DeskLock
from netizen_editor.desk.index import DeskIndex, Record, index_path
from netizen_editor.desk.reader import Reading, problem_entry, read_entry
from netizen_editor.desk.walk import APP_FOLDER, Found, desk_root, walk_desk
from netizen_editor.storage.locks import ArticleLock, LockInfo

if TYPE_CHECKING:
    from netizen_editor.desk.checks import DeskChecks
    from netizen_editor.settings import Settings

#: the history folder inside ``.netizen`` (history.store.HISTORY_FOLDER)
HISTORY_FOLDER = "history"
#: the (size, mtime_ns) of a record that is read again at every poll (a file that could not
#: be opened: its permission may come back without its mtime changing)
_READ_AGAIN = -1
#: more changed paths than this in one poll: the list is sorted again whole
_RESORT_OVER = 64


@dataclass(frozen=True)
class DeskChanges:
    """A poll's outcome: the whole current list (newest first) and the paths added, changed
    or removed since the last poll (every path at the first); ``problems`` of the walk."""

    entries: list[DeskEntry]
    changed: set[str]
    problems: list[str] = field(default_factory=list)


class DeskPoller:
    """The desk folder ``folder``, looked at again at each :meth:`poll`. ``checks`` adds the
    pre-publish checks' counts (cached by content hash) with ``settings`` (default: the
    user's). Not thread-safe: one thread polls."""

    def __init__(
        self,
        folder: Path | str,
        cache_dir: Path | None = None,
        *,
        checks: bool = False,
        settings: Settings | None = None,
    ):
        self.folder = Path(folder)
        self.cache_dir = cache_dir
        self.checks = checks
        self._settings = settings
        self._runner: DeskChecks | None = None
        self._records: dict[str, Record] | None = None
        self._lock_stats: dict[str, tuple[int, int]] = {}
        self._lock_infos: dict[str, LockInfo | None] = {}
        #: what the last poll showed: path -> (its record, its holder, the article it shares
        #: its id with, its row)
        self._shown: dict[str, tuple[Record, DeskLock | None, str | None, DeskEntry]] = {}
        self._order: list[str] | None = None  # the paths, newest first
        self._shown_checks = checks  # whether the rows of ``_shown`` carry the checks' counts
        self._index: DeskIndex | None = None
        #: with ``checks``: at most this many seconds on the counts still to make in one poll
        #: (the window's, so that a first look at a big desk does not hold up its live
        #: updates); the others, newest first, at the next polls or :meth:`check_more`.
        #: None: all at once.
        self.check_budget_s: float | None = None
        #: the budget ran out with counts still to make (:meth:`check_more` makes more)
        self.checks_pending = False
        self._root: Path | None = None
        self._walk_locks: dict[str, tuple[int, int]] = {}
        self._walk_problems: list[str] = []
        self._read_ahead: dict[str, Reading] = {}
        #: the window's counts made by a worker process (``_in_background``), and the
        #: (path, sha256) it was asked and made none for (a file changed or gone meanwhile)
        self._background: parallel.BackgroundChecks | None = None
        self._unmade: set[tuple[str, str]] = set()
        #: the articles that share their id with another of their folder (``same_ids``)
        self._twins: dict[str, str] | None = None

    def poll(self) -> DeskChanges:
        """Look at the folder again; DeskError when the folder itself cannot be read."""
        root = desk_root(self.folder)
        walk = walk_desk(root)
        if self._records is None or self._index is None:
            self._index = DeskIndex(index_path(root, self.cache_dir), root)
            self._records = self._index.load(walk.files)  # the rows of files gone: deleted
        old = self._records
        records: dict[str, Record] = {}
        changed: dict[str, Record] = {}
        folders = walk.history_folders
        looked_at: list[tuple[str, Found, Record | None]] = []  # the others: unchanged
        for rel, found in walk.files.items():
            before = old.get(rel)
            if (
                before is not None
                and before.history_stamp is None
                and before.size == found.size
                and before.mtime_ns == found.mtime_ns
                and (not folders or os.path.dirname(rel) not in folders)
            ):
                records[rel] = before  # unchanged, no history beside it: the usual case
            else:
                looked_at.append((rel, found, before))
        self._read_ahead = self._read_together(root, looked_at)
        for rel, found, before in looked_at:
            history = os.path.dirname(rel) in folders
            record = self._record(root, rel, found, before, history)
            if record is not before:
                changed[rel] = record
            records[rel] = record
        self._records = records
        if self.checks:
            changed.update(self._check(root, records))
        removed = set(old) - set(records)
        self._index.write(changed, removed)
        if changed or removed or self._twins is None:  # the ids are as they were otherwise
            self._twins = same_ids(records)
        self._root, self._walk_locks, self._walk_problems = root, walk.locks, walk.problems
        return self._changes(root, walk.locks, records, walk.problems)

    def check_more(self) -> DeskChanges:
        """More of the checks' counts still to make (``checks_pending``), without walking the
        folder again: the stories of the last poll, newest first, within ``check_budget_s``
        (a poll when there was none yet)."""
        root, records = self._root, self._records
        if root is None or records is None or self._index is None:
            return self.poll()
        made = self._check(root, records) if self.checks else {}
        self._index.write(made, set())
        return self._changes(root, self._walk_locks, records, self._walk_problems)

    def close(self) -> None:
        """Let go of the index (a poller that is done)."""
        if self._index is not None:
            self._index.close()
        if self._background is not None:
            self._background.close()
            self._background = None

    # -- records ---------------------------------------------------------------------------------
    def _record(
        self, root: Path, rel: str, found: Found, old: Record | None, history: bool
    ) -> Record:
        if found.problem is not None or found.read_at is None:
            same = old is not None and old.entry.problem == found.problem
            if same and old is not None and old.mtime_ns == found.mtime_ns:
                return old
            entry = problem_entry(rel, found.mtime_ns, found.problem or "")
            return Record(found.size, found.mtime_ns, entry, None, None, "")
        if old is not None and _read_already(old, found):
            if not history and old.history_stamp is None:
                return old  # no history beside it, none before: nothing to look at
            return self._with_history(root, rel, old)
        reading = self._read_ahead.pop(rel, None) or read_entry(rel, found.read_at, found.mtime_ns)
        size = _READ_AGAIN if reading.retry else found.size
        checks = old.checks if old is not None and old.sha256 == reading.sha256 else None
        if reading.checks is not None:  # made by the worker that read it
            checks = reading.checks
        record = Record(size, found.mtime_ns, reading.entry, reading.article_id, None,
                        reading.sha256, checks)  # fmt: skip
        if checks is reading.checks:  # the record the worker stored
            record = record.with_stored(reading.stored)
        checks_now = self.checks and self.check_budget_s is None  # else a few at each poll
        if reading.text is not None and checks_now and record.entry.problem is None:
            record = self._checked(root, rel, record, reading)
        if not history:
            return record  # no .netizen folder beside it: no history, no one who changed it
        return self._with_history(root, rel, record, force=history)

    def _read_together(
        self, root: Path, looked_at: list[tuple[str, Found, Record | None]]
    ) -> dict[str, Reading]:
        """The files of ``looked_at`` to read, read by worker processes when they are many (a
        first listing): by path; empty when they are few (each is read in ``_record``). With
        the checks made at once (not a few at each poll), the workers make them too."""
        if len(looked_at) < parallel.PARALLEL_AT_LEAST:
            return {}
        items = [
            (rel, found.read_at, found.mtime_ns)
            for rel, found, before in looked_at
            if found.problem is None
            and found.read_at is not None
            and not _read_already(before, found)
        ]
        checks = None
        if self.checks and self.check_budget_s is None:
            checks = self._checks_runner().settings
        return parallel.read_many(items, root, checks) or {}  # None: read here

    def _with_history(self, root: Path, rel: str, record: Record, *, force: bool = False) -> Record:
        """``record`` with ``modified_by`` from the newest history version, read again only when
        the article's history folder changed."""
        if record.article_id is None:
            return record
        folder = os.path.dirname(rel)
        history = root / folder / APP_FOLDER / HISTORY_FOLDER / record.article_id
        try:
            st = os.lstat(history)
            stamp = st.st_mtime_ns if stat.S_ISDIR(st.st_mode) else None
        except OSError:
            stamp = None
        if stamp == record.history_stamp and not force:
            return record
        author = ""
        if stamp is not None:
            from netizen_editor.history.store import History

            newest = History(root / folder, record.article_id).newest()
            author = newest.author if newest is not None else ""
        entry = (
            record.entry
            if record.entry.modified_by == author
            else replace(record.entry, modified_by=author)
        )
        return replace(record, entry=entry, history_stamp=stamp)

    # -- checks ----------------------------------------------------------------------------------
    def _checks_runner(self) -> DeskChecks:
        if self._runner is None:
            from netizen_editor.desk.checks import DeskChecks

            self._runner = DeskChecks(self._settings)
        return self._runner

    def _checked(self, root: Path, rel: str, record: Record, reading: Reading) -> Record:
        runner = self._checks_runner()
        key = runner.key(record.sha256)
        if record.checks is not None and record.checks[0] == key:
            return record
        errors, warnings = runner.count(reading.text or "", root / rel, reading.article)
        return replace(record, checks=(key, errors, warnings))

    def _check(self, root: Path, records: dict[str, Record]) -> dict[str, Record]:
        """Counts for the records that have none under the current key (their file read
        again), newest first, within ``check_budget_s``; the records that got them."""
        runner = self._checks_runner()
        made: dict[str, Record] = {}
        budget = self.check_budget_s
        until = time.monotonic() + budget if budget is not None else None
        todo = [
            rel
            for rel, record in records.items()
            if record.entry.problem is None
            and record.sha256
            and (record.checks is None or record.checks[0] != runner.key(record.sha256))
        ]
        todo.sort(key=lambda rel: (-records[rel].mtime_ns, rel))
        if self._in_background(root, records, todo, made):
            return made
        self.checks_pending = False
        for n, rel in enumerate(todo):
            if made and until is not None and time.monotonic() > until:  # one at least
                self.checks_pending = n < len(todo)
                break
            record = records[rel]
            key = runner.key(record.sha256)
            found = walk_found(root, rel)
            if found is None:
                continue
            reading = read_entry(rel, found, record.mtime_ns)
            if reading.text is None or reading.sha256 != record.sha256:
                continue  # changed meanwhile: the next poll reads it
            errors, warnings = runner.count(reading.text, root / rel, reading.article)
            made[rel] = records[rel] = replace(record, checks=(key, errors, warnings))
        return made

    def _in_background(self, root: Path, records: dict[str, Record], todo: list[str],
                       made: dict[str, Record]) -> bool:  # fmt: skip
        """The window's many counts (made a few at each poll) made by a worker process instead
        (``parallel.BackgroundChecks``): what it made since the last look is put in ``made``
        and the next task started, without waiting. False when they are made here: few, one
        core, the CLI's all at once, or a worker that failed."""
        background = self._background
        if background is None and (
            self.check_budget_s is None
            or len(todo) < parallel.BACKGROUND_AT_LEAST
            or parallel.cores() < 2
        ):
            return False
        runner = self._checks_runner()
        if background is None:
            background = self._background = parallel.BackgroundChecks(root, runner.settings)
        asked, counts = background.collect()
        got = set()
        for rel, sha256, checks in counts:
            record = records.get(rel)
            if record is not None and record.sha256 == sha256 and checks[0] == runner.key(sha256):
                made[rel] = records[rel] = replace(record, checks=checks)
                got.add(rel)
        self._unmade.update((rel, sha) for rel, _at, sha in asked if rel not in got)
        if background.broken:
            self._background = None
            return False
        under_way = background.asked()
        left = [rel for rel in todo if rel not in made and rel not in under_way
                and (rel, records[rel].sha256) not in self._unmade]  # fmt: skip
        if left and not background.busy:
            items = []
            for rel in left[: parallel.BACKGROUND_CHUNK]:
                found = walk_found(root, rel)
                if found is None:
                    self._unmade.add((rel, records[rel].sha256))
                else:
                    items.append((rel, str(found), records[rel].sha256))
            if items:
                background.submit(items)
            if background.broken:
                self._background = None
                return False
        self.checks_pending = background.busy or bool(left)
        if not self.checks_pending:
            background.close()
            self._background = None
        return True

    # -- the list --------------------------------------------------------------------------------
    def _changes(self, root: Path, locks: dict[str, tuple[int, int]],
                 records: dict[str, Record], problems: list[str]) -> DeskChanges:  # fmt: skip
        now = dt.datetime.now(dt.UTC)
        for rel in list(self._lock_infos):
            if rel not in locks:
                del self._lock_infos[rel]
                self._lock_stats.pop(rel, None)
        for rel, key in locks.items():
            if rel in records and self._lock_stats.get(rel) != key:
                self._lock_stats[rel] = key
                self._lock_infos[rel] = lock_holder(root / rel)
        held: dict[str, DeskLock] = {}
        for rel, info in self._lock_infos.items():
            if info is not None and rel in records and not info.is_stale(now):
                since = info.since.isoformat(timespec="seconds")
                held[rel] = DeskLock(info.user, info.host, since)
        # the counts turned on (or off): every row anew (the rows of files gone meanwhile are
        # still taken out below: clearing them here left their paths in the order for ever)
        anew = self._shown_checks != self.checks
        self._shown_checks = self.checks
        shown = self._shown  # updated in place: a poll that finds nothing changes nothing
        twins = self._twins or {}
        changed: set[str] = set()
        for rel, record in records.items():
            lock = held.get(rel)
            twin = twins.get(rel)
            before = None if anew else shown.get(rel)
            if before is not None and before[0] is record and before[1:3] == (lock, twin):
                continue  # the same record, the same holder, the same twin: the same row
            entry = record.entry
            if lock is not None:
                entry = replace(entry, locked_by=lock)
            if self.checks and record.checks is not None:
                entry = replace(entry, errors=record.checks[1], warnings=record.checks[2])
            if twin is not None:
                entry = replace(entry, same_id_as=twin)
            if before is None or before[3] != entry:
                changed.add(rel)
            shown[rel] = (record, lock, twin, entry)
        for rel in shown.keys() - records.keys():
            del shown[rel]
            changed.add(rel)
        self._order = _newest_first(records, self._order, changed)
        rows = [shown[rel][3] for rel in self._order]
        return DeskChanges(rows, changed, list(problems))


def same_ids(records: dict[str, Record]) -> dict[str, str]:
    """The articles that share their ``id`` with another of the desk (a copy made outside the
    app): path -> the first other such path; a file that cannot be read as an article has
    none. In one folder the two keep their versions in one history (``.netizen/history/<id>``
    of the folder); in two, they would once one is moved beside the other, and their Blogger
    import files name one post (``export.atom``'s entry id is made from it)."""
    by_id: dict[str, list[str]] = {}
    for rel, record in records.items():
        if record.article_id is not None and record.entry.problem is None:
            by_id.setdefault(record.article_id, []).append(rel)
    twins: dict[str, str] = {}
    for group in by_id.values():
        if len(group) > 1:
            group.sort()
            for rel in group:
                twins[rel] = group[1] if rel == group[0] else group[0]
    return twins


def _read_already(record: Record | None, found: Found) -> bool:
    """Whether ``record`` was read from the file as ``found`` lists it (same size and mtime,
    and not one to read again)."""
    return (
        record is not None
        and record.size != _READ_AGAIN
        and (record.size, record.mtime_ns) == found[:2]
    )


def _newest_first(
    records: dict[str, Record], order: list[str] | None, changed: set[str]
) -> list[str]:
    """The paths newest first (by mtime, then path): ``order`` (the last poll's) with only the
    ``changed`` paths put in place again, when they are few."""

    def key(rel: str) -> tuple[int, str]:
        return (-records[rel].mtime_ns, rel)

    if order is None or len(changed) > _RESORT_OVER:
        return sorted(records, key=key)
    if not changed:
        return order
    kept = [rel for rel in order if rel not in changed]
    for rel in changed:
        if rel in records:
            bisect.insort(kept, rel, key=key)
    return kept


def lock_holder(article: Path) -> LockInfo | None:
    """Who holds ``article`` (None: nobody), as the window decides before opening it: a file at
    the lock's name that cannot be read as a lock (garbage, a pipe) is an unknown colleague
    (user "") whose heartbeat is the file's mtime, held until it is as old as a stale lock."""
    return ArticleLock(article, "").holder()


def walk_found(root: Path, rel: str) -> Path | None:
    """The path to read the article ``rel`` at again (its target when it is a link inside the
    desk), or None."""
    path = root / rel
    try:
        if path.is_symlink():
            target = path.resolve(strict=True)
            return target if root in target.parents else None
    except (OSError, RuntimeError):
        return None
    return path


def list_desk(
    folder: Path | str,
    *,
    checks: bool = False,
    cache_dir: Path | None = None,
    settings: Settings | None = None,
) -> list[DeskEntry]:
    """Every article under ``folder``, newest first (by modified), through the index in the
    user's cache folder; DeskError when the folder cannot be read."""
    poller = DeskPoller(folder, cache_dir, checks=checks, settings=settings)
    try:
        return poller.poll().entries
    finally:
        poller.close()
