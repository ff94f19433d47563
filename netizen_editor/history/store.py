"""Keep, list, read and prune an article's versions in ``FOLDER/.netizen/history/<id>/``.

Every write is atomic and never goes through a link (``storage.atomic``: the ``.netizen``,
``history`` and id folders are made refusing links, the version file is a new name renamed into
place). Reads are bounded (``version_file``) and a folder or a file that is a link, planted or
damaged is reported in the listing's ``problems`` and skipped, never followed and never a crash.
So is a name whose time is not a date or is later than the clock and ``policy.CLOCK_SKEW`` (a
planted ``9999…`` name): no version's time, name or pruning is ever taken from it.
A version's name is the clock's time, or just after the newest name when that is later (a
colleague's clock a few hours fast): names keep the order versions were kept in. Its header's
``time`` is the clock's all the same, and coalescing and pruning go by it (``policy``), so a
day of saves named within one minute are never merged. A header's ``time`` that is not a time
with a zone, or is later than its name's, is listed as the name's.
Keeping a version raises ``SaveError`` when it cannot be written: the caller reports it and
saves the article anyway. What it could not read beside it (a planted file in the folder) is in
its outcome's ``problems``: the version is kept all the same.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import hashlib
import heapq
import os
import re
import secrets
import stat
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from netizen_editor.article.dates import newsroom_zone
from netizen_editor.errors import plain_reason
from netizen_editor.grammar.frontmatter import split_front_matter
from netizen_editor.grammar.inline import count_words
from netizen_editor.history import policy
from netizen_editor.history.version_file import (
    REASONS,
    SUFFIX,
    UNKNOWN_AUTHOR,
    VersionError,
    VersionInfo,
    encode,
    read_info,
    read_version,
)
from netizen_editor.i18n import tr
from netizen_editor.storage.atomic import atomic_write_bytes, is_link, make_folder
from netizen_editor.storage.hidden import hide

#: the app's folder beside the articles, and the history inside it
APP_FOLDER = ".netizen"
HISTORY_FOLDER = "history"
#: at most this many versions are listed, the newest (pruning keeps far fewer): what a listing
#: holds and whose headers it reads
MAX_ENTRIES = 20_000
#: at most this many names of a history folder are looked at, versions' or not (a planted
#: million stay unread); names that are not a version's never count against ``MAX_ENTRIES``,
#: so planted ones cannot hide a version behind them (200,000 names take ~0.1 s)
MAX_NAMES = 200_000
#: how many of a listing's problems are said one by one, the rest counted in a line (200,000
#: planted names of impossible dates were as many lines in the History window's label and on
#: the command's stderr)
FEW_PROBLEMS = 5
#: how many versions' save times a process remembers (a version's header never changes: its
#: name is new each time), so a save reads only the headers of the versions new since the last
MAX_REMEMBERED = 50_000
_SAVED: dict[tuple[str, str], dt.datetime] = {}
_STAMP = "%Y%m%dT%H%M%S%f"
_NAME = re.compile(
    r"(?P<stamp>\d{8}T\d{12})Z-(?P<reason>" + "|".join(REASONS) + r")-[0-9a-f]{8}"
)  # fmt: skip
_DIR_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_DIRECTORY", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
)
_FD_UNLINK = hasattr(os, "O_DIRECTORY") and os.unlink in os.supports_dir_fd


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _name_time(stamp: str, latest: dt.datetime) -> dt.datetime | str:
    """The time a version's name says (UTC), or why it is not a version's: not a date (month
    13), or later than ``latest`` (the clock and the allowance for a colleague's clock)."""
    try:  # as strptime with _STAMP reads it, 20 times faster (a folder of planted names)
        when = dt.datetime.fromisoformat(f"{stamp[:15]}.{stamp[15:]}+00:00")
    except ValueError:
        return tr("the time in its name is not a date; not read as a version")
    if when > latest:
        return tr(
            "the time in its name ({time}) is in the future; not read as a version",
            time=when.strftime("%Y-%m-%d %H:%M:%S UTC"),
        )
    return when


def _header_time(header_time: str) -> dt.datetime | None:
    """A header's ``time`` (UTC); None when it is not a time with a zone."""
    try:
        saved = dt.datetime.fromisoformat(header_time)
        if saved.tzinfo is None or saved.utcoffset() is None:
            return None
        return saved.astimezone(dt.UTC)
    except (ValueError, OverflowError):  # not a time, or one beyond the calendar in UTC
        return None


def _saved_time(header_time: str, name_time: dt.datetime) -> dt.datetime | None:
    """When a version was saved by its header's ``time`` (UTC), never later than its name says
    (a name is the save's time or later); None when the header's is not a time with a zone."""
    saved = _header_time(header_time)
    return None if saved is None else min(saved, name_time)


def few_problems(problems: list[str]) -> list[str]:
    """``problems`` as the History window and ``netizen-editor history`` say them: the first
    ``FEW_PROBLEMS``, then a line of how many more."""
    if len(problems) <= FEW_PROBLEMS:
        return list(problems)
    more = tr("… and {count} more", count=len(problems) - FEW_PROBLEMS)
    return [*problems[:FEW_PROBLEMS], more]


def author_name(default_author: str) -> str:
    """Who keeps a version: the settings' ``default_author``, else the OS user's name."""
    name = default_author.strip()
    if name:
        return name
    try:
        return getpass.getuser() or UNKNOWN_AUTHOR
    except (OSError, KeyError, ImportError):  # no user name in the environment or passwd
        return UNKNOWN_AUTHOR


def body_words(text: str) -> int:
    """The word count a version records: ``count_words`` of the body (the one word counter)."""
    return count_words(split_front_matter(text)[1])


@dataclass(frozen=True)
class Listing:
    """The versions that could be read, newest first, and what could not be read."""

    versions: list[VersionInfo] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: the history folder itself could not be read (a permission, a link, not a folder): the
    #: list is not the article's history, only what could be seen of it (nothing)
    unreadable: bool = False


@dataclass(frozen=True)
class KeepOutcome:
    """What ``keep`` did: the new version (None when the text equals the newest version), the
    id of the plain save it replaced (coalescing), the ids pruned, and what could not be read
    in the folder (the version was kept all the same: each names its file)."""

    version: VersionInfo | None
    replaced: str | None = None
    pruned: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()


class History:
    """The history of the article with id ``article_id`` in the folder ``folder``."""

    def __init__(
        self,
        folder: Path | str,
        article_id: str,
        *,
        author: str = UNKNOWN_AUTHOR,
        zone: str = "WIB",
        clock: Callable[[], dt.datetime] = utc_now,
    ):
        self.folder = Path(folder)
        self.article_id = article_id
        self.author = author
        self.zone = newsroom_zone(zone)
        self.clock = clock

    @property
    def path(self) -> Path:
        return self.folder / APP_FOLDER / HISTORY_FOLDER / self.article_id

    # -- writing -------------------------------------------------------------------------------
    def keep(self, text: str, reason: str, *, words: int | None = None) -> KeepOutcome:
        """Keep ``text`` as a version for ``reason`` (one of ``REASONS``); coalesce and prune.
        ``words``: the body's word count when the caller has it (else it is counted)."""
        if reason not in REASONS:
            raise ValueError(f"unknown reason {reason!r}")
        real = now = self.clock().astimezone(dt.UTC)
        problems: list[str] = []
        kept = self._kept(problems, None, real)  # a bad name did not stop this keep: unsaid
        newest_info = self._info(kept[0] if kept else None, problems)
        kept = self._with_saved(kept, newest_info)
        newest = kept[0] if kept else None
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        same = newest_info is not None and newest_info.sha256 == digest
        plain = (policy.SAVE, policy.OVERWRITTEN)  # the same text again is not kept
        if same and newest_info is not None and reason in (*plain, newest_info.reason):
            return KeepOutcome(None, problems=tuple(problems))
        if newest is not None and now <= newest.when:  # names keep time order: a clock set back
            now = newest.when + dt.timedelta(microseconds=1)
        data = encode(
            text,
            time=real.astimezone(self.zone).isoformat(timespec="seconds"),  # not the name's
            author=self.author,
            reason=reason,
            words=body_words(text) if words is None else words,
        )
        make_folder(self.path, below=self.folder)  # .netizen, history, id: never a link
        hide(self.folder / APP_FOLDER)  # on Windows, as its dot hides it elsewhere
        name = self._new_name(now, reason)
        atomic_write_bytes(self.path / (name + SUFFIX), data, below=self.folder)
        replaced = None
        author = newest_info.author if newest_info is not None else ""
        if newest is not None and policy.replaces(newest, author, reason, self.author, real):
            replaced = newest.id
            self._remove([newest.id])
        remaining = [k for k in kept if k.id != replaced]
        saved = _SAVED[(str(self.path), name)] = real.replace(microsecond=0)  # as its header
        remaining.append(policy.Kept(name, now, reason, saved))
        pruned = policy.to_prune(remaining, real, self.zone)  # ages by the clock, not a name
        self._remove(pruned)
        info = read_info(self.path / (name + SUFFIX))
        return KeepOutcome(info, replaced, tuple(pruned), tuple(problems))

    def _with_saved(self, kept: list[policy.Kept],
                    newest: VersionInfo | None) -> list[policy.Kept]:  # fmt: skip
        """``kept`` with the time each plain save was saved, from its header (``newest``'s is
        read already; the policy never coalesces or prunes another reason's, so theirs are not
        read); a header that cannot be read leaves the name's time."""
        if len(_SAVED) > MAX_REMEMBERED:
            _SAVED.clear()
        with_saved = []
        folder = str(self.path)
        for version in kept:
            key = (folder, version.id)
            saved = _SAVED.get(key)
            if saved is None and version.reason == policy.SAVE:
                info = newest if newest is not None and newest.id == version.id else None
                with contextlib.suppress(VersionError):
                    info = info or read_info(self.path / (version.id + SUFFIX))
                saved = _saved_time(info.time, version.when) if info is not None else None
                if saved is not None:
                    _SAVED[key] = saved
            with_saved.append(policy.Kept(version.id, version.when, version.reason, saved))
        return with_saved

    def _new_name(self, now: dt.datetime, reason: str) -> str:
        stamp = now.strftime(_STAMP)
        while True:
            name = f"{stamp}Z-{reason}-{secrets.token_hex(4)}"
            if not os.path.lexists(self.path / (name + SUFFIX)):
                return name

    def _remove(self, ids: list[str]) -> None:
        """Remove versions from the id folder, never through a link (a colleague may have
        removed one first)."""
        if not ids:
            return
        if not _FD_UNLINK:  # pragma: no cover - Windows: no folder handles; check, then remove
            if self._folder_problem() is None:
                for version_id in ids:
                    with contextlib.suppress(OSError):
                        os.unlink(self.path / (version_id + SUFFIX))
            return
        try:
            fd = os.open(self.path, _DIR_FLAGS)  # the id folder itself, never through a link
        except OSError:
            return
        try:
            for version_id in ids:
                with contextlib.suppress(OSError):
                    os.unlink(version_id + SUFFIX, dir_fd=fd)
        finally:
            os.close(fd)

    # -- reading -------------------------------------------------------------------------------
    def versions(self) -> Listing:
        """Every version that can be read, newest first; the others are reported: what the
        folder is (a limit reached) first, then the versions that cannot be read, then the
        names skipped (there may be 200,000 of them: ``few_problems`` shows the first)."""
        problems: list[str] = []
        bad_names: list[str] = []
        infos = []
        listed = self._listed(problems, bad_names, utc_now())
        for kept in listed or []:
            info = self._info(kept, problems)
            if info is not None:
                infos.append(info)
        return Listing(infos, problems + bad_names, unreadable=listed is None)

    def newest(self) -> VersionInfo | None:
        """The newest version that can be read (only its header), or None: who changed the
        article last, for a desk that lists many articles."""
        for kept in self._kept([], None, utc_now()):
            info = self._info(kept, [])
            if info is not None:
                return info
        return None

    def read(self, version_id: str) -> tuple[VersionInfo, str]:
        """A version's header and text; ``VersionError`` when there is none or it cannot be
        read."""
        problem = self._folder_problem()
        if problem is not None:
            raise problem
        if not _NAME.fullmatch(version_id):
            raise VersionError(tr("no version {id}", id=version_id), path=self.path)
        path = self.path / (version_id + SUFFIX)
        if not os.path.lexists(path):
            raise VersionError(tr("no version {id}", id=version_id), path=self.path)
        return read_version(path)

    def find(self, wanted: str) -> str | None:
        """The id of the version ``wanted`` names (its id, or the start of only one id)."""
        matches = self.matching(wanted)
        return matches[0] if len(matches) == 1 else None

    def matching(self, wanted: str) -> list[str]:
        """The ids ``wanted`` may name: itself, or every id that starts with it."""
        ids = [kept.id for kept in self._kept([], None, utc_now())]
        if wanted in ids:
            return [wanted]
        return [i for i in ids if wanted and i.startswith(wanted)]

    def _kept(self, problems: list[str], bad_names: list[str] | None,
              now: dt.datetime) -> list[policy.Kept]:  # fmt: skip
        """:meth:`_listed`, nothing when the folder cannot be read."""
        return self._listed(problems, bad_names, now) or []

    def _listed(self, problems: list[str], bad_names: list[str] | None,
                now: dt.datetime) -> list[policy.Kept] | None:  # fmt: skip
        """The versions the folder's names say are there, newest first (headers not read);
        None when the folder cannot be read (why is in ``problems``; no folder yet is none).
        A name whose time is not a date or is later than ``now`` and ``policy.CLOCK_SKEW`` is
        skipped and said in ``bad_names`` (when given). At most ``MAX_NAMES`` names are looked
        at and the newest ``MAX_ENTRIES`` versions kept, each limit said in ``problems`` when
        reached: other names (planted junk) never take a version's place. ``now``: a keep's
        own clock; a listing goes by this machine's (``utc_now``; the same outside tests, whose
        clocks stand still and would hide a version kept by the command line)."""
        problem = self._folder_problem()
        if problem is not None:
            problems.append(problem.located())
            return None
        latest = now.astimezone(dt.UTC) + policy.CLOCK_SKEW
        newest: list[tuple[dt.datetime, str, str]] = []  # a heap of the newest MAX_ENTRIES
        versions = 0
        try:
            with os.scandir(self.path) as entries:
                for looked, entry in enumerate(entries):
                    if looked >= MAX_NAMES:
                        problems.append(
                            f"{self.path}: "
                            + tr("more than {count} files; the rest are not read", count=looked)
                        )
                        break
                    if not entry.name.endswith(SUFFIX):
                        continue
                    stem = entry.name.removesuffix(SUFFIX)
                    match = _NAME.fullmatch(stem)
                    if match is None:
                        continue  # temp files of a write under way, anything else
                    when = _name_time(match["stamp"], latest)
                    if isinstance(when, str):
                        if bad_names is not None:  # VersionError(...).located(), without
                            # its Path: 200,000 planted names took 2.2 s to say, not 0.3 s
                            bad_names.append(f"{entry.path}: {when}")
                        continue
                    versions += 1
                    if len(newest) < MAX_ENTRIES:
                        heapq.heappush(newest, (when, stem, match["reason"]))
                    else:  # the oldest of them gives way (names come in no order)
                        heapq.heappushpop(newest, (when, stem, match["reason"]))
        except FileNotFoundError:
            return []
        except OSError as exc:
            problems.append(f"{self.path}: {plain_reason(exc)}")
            return None
        if versions > MAX_ENTRIES:
            shown = tr("{count} versions; only the newest {shown} are listed",
                       count=versions, shown=MAX_ENTRIES)  # fmt: skip
            problems.append(f"{self.path}: {shown}")
        newest.sort(reverse=True)  # newest first; one time: by id, as the names' order
        return [policy.Kept(stem, when, reason) for when, stem, reason in newest]

    def _info(self, kept: policy.Kept | None, problems: list[str]) -> VersionInfo | None:
        """``kept``'s header, whose ``time`` is its name's on the newsroom's clock when the
        header's is not a time with a zone or is later than the name's (a name is the save's
        time or later: a planted ``9999-99-99`` was listed as the time, QA35 #9)."""
        if kept is None:
            return None
        try:
            info = read_info(self.path / (kept.id + SUFFIX))
        except VersionError as exc:
            problems.append(exc.located())
            return None
        saved = _header_time(info.time)
        if saved is None or saved > kept.when:
            named = kept.when.astimezone(self.zone).isoformat(timespec="seconds")
            info = replace(info, time=named)
        return info

    def _folder_problem(self) -> VersionError | None:
        """Why the history folder cannot be read, or None (also when there is none yet)."""
        current = self.folder
        for part in (APP_FOLDER, HISTORY_FOLDER, self.article_id):
            current = current / part
            try:
                st = os.lstat(current)
            except FileNotFoundError:
                return None
            except OSError as exc:
                message = tr("cannot be read: {reason}", reason=plain_reason(exc))
                return VersionError(message, path=current)
            if is_link(st):
                message = tr("is a link; the history is not read through it")
                return VersionError(message, path=current)
            if not stat.S_ISDIR(st.st_mode):
                return VersionError(tr("is not a folder; there is no history"), path=current)
        return None
