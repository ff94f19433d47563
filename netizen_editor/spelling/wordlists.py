"""Word lists the newsroom and the journalist add to the dictionary.

A list is a UTF-8 text file, one entry a line: ``WORD`` or ``WORD MODEL``. With a model the word
takes the model word's affixes (``ujar kata``: ujarnya passes like katanya). ``#`` starts a
comment line. The lists shipped with the app (:data:`BUILT_IN_LISTS`: the newsroom starter list,
the KBBI words id_ID lacks, and Indonesia's place names, whose lines are names: each word of
``Kulon Progo`` is an entry), the newsroom's shared list (its path is the setting
``newsroom_wordlist``, so a desk can keep it on a shared drive) and the journalist's personal
list in the config folder. Lists are written atomically, under
a lock file that works on network drives, and read only when they are regular files under a size
cap (a pipe or a huge file never stalls the spell check).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import secrets
import stat
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from netizen_editor.errors import plain_reason
from netizen_editor.i18n import tr
from netizen_editor.paths import resource_path
from netizen_editor.storage.atomic import atomic_write_text, is_link
from netizen_editor.storage.capped import read_at_most, read_regular

STARTER_LIST = "newsroom-starter.txt"
#: words KBBI has and id_ID lacks (genset), without the news words of the starter list
SUPPLEMENT_LIST = "kbbi-supplement.txt"
#: Indonesia's provinces, regencies and cities, one name a line (names in every language)
PLACES_LIST = "indonesia-places.txt"
#: the lists in the dictionaries folder every speller reads, before the newsroom's and yours
BUILT_IN_LISTS = (STARTER_LIST, SUPPLEMENT_LIST, PLACES_LIST)
PERSONAL_LIST = "words.txt"
MAX_LIST_BYTES = 4 * 1024 * 1024  # ~400,000 words; a bigger "list" is a mistake or an attack
#: letters in a listed word (or its model): a longer entry is glued text, no word, and made
#: Hunspell's suggestions slow; it is left out, and the list's problem says so
MAX_WORD_CHARS = 40
#: entries used of one list (a newsroom's has hundreds or a few thousand): each is added to
#: both dictionaries (Hunspell's add, ~3 µs) and each makes every suggestion a little slower
#: (Hunspell compares a typo with every word it holds): 420,000 took 3.9 s to load and made a
#: suggestion 0.4 s instead of 0.03 s, so the spelling check ran out of time; 50,000 load in
#: ~0.2 s and a suggestion takes ~0.07 s
MAX_ENTRIES = 50_000
LOCK_STALE_S = 10.0  # a lock seen unchanged this long belongs to a crashed app: taken over
#: a lock last written this long ago, or this far ahead (a planted time), is stale at first
#: sight: a writer holds it for milliseconds. Both times are the drive's (``_drive_skew_ns``), so
#: this computer's clock minutes off neither breaks a colleague's lock nor keeps a dead one
LOCK_OLD_S = 120.0
LOCK_WAIT_S = 20.0  # give up (with a message) after waiting this long for another writer
#: what the window waits for the lock ("Add to Dictionary" runs on its thread): a lock that
#: stays longer is said to be held, and the word can be added again a moment later
WINDOW_LOCK_WAIT_S = 1.0
_CACHE_SIZE = 8


class WordListError(Exception):
    """A word list could not be read or written; the message names the file."""


class Entry(NamedTuple):
    """A listed word and the model word whose affixes it takes ("" for none). A named tuple,
    not a dataclass: a list of 50,000 is made in a third of the time."""

    word: str
    model: str = ""


@dataclass
class LeftOut:
    """What :func:`parse` left out of a list: entries too long (and the first one's line) and
    whether it stopped at :data:`MAX_ENTRIES`."""

    long: int = 0
    first_long: int = 0
    over: bool = False


def starter_list_path() -> Path:
    return resource_path("dictionaries", STARTER_LIST)


def personal_list_path() -> Path:
    from netizen_editor.storage.datadirs import app_config_dir

    return app_config_dir() / PERSONAL_LIST


def parse(text: str, left: LeftOut | None = None, names: bool = False) -> list[Entry]:
    """The entries of a list's text; with ``left`` only those within :data:`MAX_WORD_CHARS`
    letters and the first :data:`MAX_ENTRIES`, and what was left out is counted in it.
    ``names``: each line is a name, each of its words an entry (``Tanjung Jabung Barat``: a
    second word is no model), once each."""
    entries: list[Entry] = []
    for number, line in enumerate(text.splitlines(), start=1):
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        found = [Entry(word) for word in parts] if names else [Entry(*parts[:2])]
        for entry in found:
            if left is not None:
                if len(line) > MAX_WORD_CHARS and max(map(len, entry)) > MAX_WORD_CHARS:
                    left.long += 1
                    left.first_long = left.first_long or number
                    continue
                if len(entries) >= MAX_ENTRIES:
                    left.over = True
                    return entries
            entries.append(entry)
    return list(dict.fromkeys(entries)) if names else entries


# path -> ((device, inode, size, mtime), entries, notes): a list is parsed again only when it
# changed
_parsed: dict[str, tuple[tuple[int, int, int, int], list[Entry], list[str]]] = {}
_parsed_lock = threading.Lock()


def read(path: Path) -> list[Entry]:
    """The entries of the list at ``path`` (see :func:`read_with_notes`)."""
    return read_with_notes(path)[0]


def read_with_notes(path: Path, names: bool = False) -> tuple[list[Entry], list[str]]:
    """The entries of the list at ``path`` and what was left out of it, said for the journalist
    (entries over :data:`MAX_WORD_CHARS` letters, past :data:`MAX_ENTRIES`); a missing file is
    an empty list; ``names``: a list of names (see :func:`parse`). Only a regular file up to
    :data:`MAX_LIST_BYTES` is read (a pipe or a device never blocks); the parsed list is kept
    until the file's size or time changes."""
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return [], []
    except OSError as exc:
        raise _read_error(path, exc) from None
    _check_size(path, st)
    key = f"{path}\0names" if names else str(path)
    with _parsed_lock:
        cached = _parsed.get(key)
    if cached is not None and cached[0] == _key(st):
        return list(cached[1]), list(cached[2])
    loaded = _load(path)
    if loaded is None:
        return [], []
    data, st = loaded
    left = LeftOut()
    entries = parse(_decode(path, data), left, names)
    notes = _notes(path, left)
    with _parsed_lock:
        if len(_parsed) >= _CACHE_SIZE and key not in _parsed:
            _parsed.pop(next(iter(_parsed)))
        _parsed[key] = (_key(st), entries, notes)
    return list(entries), list(notes)


def _notes(path: Path, left: LeftOut) -> list[str]:
    notes = []
    if left.long:
        notes.append(
            tr(
                "The word list {path}: {count} entries longer than {limit} letters were left"
                " out (the first on line {line})",
                path=path,
                count=left.long,
                limit=MAX_WORD_CHARS,
                line=left.first_long,
            )
        )
    if left.over:
        notes.append(
            tr(
                "The word list {path} has more than {limit} entries: only the first {limit}"
                " are used",
                path=path,
                limit=MAX_ENTRIES,
            )
        )
    return notes


def add(path: Path, word: str, *, wait: float = LOCK_WAIT_S) -> bool:
    """Add ``word`` to the list at ``path`` (created if missing); False if it was there.
    Several apps may add to one shared list at once (a newsroom list on a network drive):
    each holds the list's lock file while it reads and rewrites the list, so no word is lost;
    ``wait`` is how long another's lock is waited for (:func:`list_lock`).
    The list is replaced atomically; a link in its place is replaced, never written through."""
    word = word.strip()
    if not word or any(ch.isspace() for ch in word):
        raise WordListError(tr("Only a single word can be added to the dictionary"))
    if len(word) > MAX_WORD_CHARS:
        raise WordListError(
            tr("A word of more than {limit} letters is not added to the dictionary",
               limit=MAX_WORD_CHARS)
        )  # fmt: skip
    if not path.parent.is_dir():
        from netizen_editor.storage.atomic import make_folder

        make_folder(path.parent)  # the config folder, never a link planted in its place
    with list_lock(path, wait=wait):
        _refuse_link(path)
        loaded = _load(path, follow=False)
        old = _decode(path, loaded[0]) if loaded else ""
        if any(entry.word == word for entry in parse(old)):
            return False
        text = old if not old or old.endswith("\n") else old + "\n"
        atomic_write_text(path, f"{text}{word}\n")  # SaveError names the file and the reason
    return True


def lock_path(path: Path) -> Path:
    """The lock file beside the list (LibreOffice's convention, like the articles' locks)."""
    return path.with_name(f".~lock.{path.name}#")


@contextlib.contextmanager
def list_lock(path: Path, *, wait: float = LOCK_WAIT_S) -> Iterator[None]:
    """Hold the list's lock file while the block runs. The lock is a file created with
    ``O_EXCL`` (which works on network drives, where ``flock`` may not), holding who took it;
    one that stays unchanged for :data:`LOCK_STALE_S` seconds, was last written over
    :data:`LOCK_OLD_S` seconds ago by the drive's clock, or whose app on this computer is gone,
    is stale and taken over. After ``wait`` seconds a :class:`WordListError` says who holds
    it; at once when what is in the lock's place is no lock file (a pipe, a folder, a link:
    planted, never waited for, never opened)."""
    lock = lock_path(path)
    token = secrets.token_hex(8)
    deadline = time.monotonic() + wait
    seen: tuple[object, float] | None = None  # the other holder's lock and when we first saw it
    skew: int | None = None  # the drive's clock less this computer's, measured at a first lock
    while True:
        try:
            _create_lock(lock, token)
            break
        except FileExistsError:
            pass
        except OSError as exc:
            raise WordListError(
                tr(
                    "Cannot lock the word list {path}: {reason}",
                    path=path,
                    reason=plain_reason(exc),
                )
            ) from None
        state, info = _lock_state(lock)
        if state == _NOT_A_LOCK:
            raise WordListError(
                tr(
                    "The word list {path} cannot be locked: {lock} is not a lock file"
                    " (a folder, pipe or link); remove it and try again",
                    path=path,
                    lock=lock.name,
                )
            )
        now = time.monotonic()
        if seen is None or seen[0] != state:
            seen = (state, now)
        if skew is None and state is not None:
            skew = _drive_skew_ns(lock)  # once: the two clocks run at one pace
        old = state is not None and _old(state, skew or 0)
        if state is not None and (now - seen[1] >= LOCK_STALE_S or old or _dead_here(info)):
            _break_lock(lock, state)
            continue
        if now >= deadline:
            raise WordListError(
                tr(
                    "The word list {path} is being changed by {who}; try again in a moment",
                    path=path,
                    who=_who(info),
                )
            )
        time.sleep(random.uniform(0.002, 0.02))
    try:
        yield
    finally:
        _release_lock(lock, token)


def _create_lock(lock: Path, token: str) -> None:
    from netizen_editor.storage.sessions import hostname

    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(lock, flags | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0), 0o644)
    info = {"token": token, "pid": os.getpid(), "hostname": hostname(), "since": time.time()}
    try:
        os.write(fd, json.dumps(info).encode("utf-8"))
    finally:
        os.close(fd)


#: the state of something in the lock's place that is no lock file (see ``_lock_state``)
_NOT_A_LOCK = "not a lock"


def _lock_state(lock: Path) -> tuple[object, dict[str, object]]:
    """(what identifies this lock file, what it says); (None, {}) when it is gone and
    (:data:`_NOT_A_LOCK`, {}) when it is no regular file. It is read as a planted file is
    (never through a link, never waiting on a pipe put there after the look)."""
    try:
        st = os.lstat(lock)
    except OSError:
        return None, {}
    if not stat.S_ISREG(st.st_mode):
        return _NOT_A_LOCK, {}
    info: dict[str, object] = {}
    with contextlib.suppress(OSError, ValueError):
        raw = json.loads(read_regular(lock, 4096)[0].decode("utf-8"))
        if isinstance(raw, dict):
            info = raw
    return (st.st_ino, st.st_size, st.st_mtime_ns, info.get("token")), info


def _old(state: object, skew: int) -> bool:
    """The lock file's time is over :data:`LOCK_OLD_S` seconds from now, before it (a crashed
    app's lock) or after it (a time planted in it), by the drive's clock: this computer's and
    ``skew``, the drive's lead over it (ns)."""
    mtime_ns = state[2] if isinstance(state, tuple) else None
    drive_now = time.time_ns() + skew
    return isinstance(mtime_ns, int) and abs(drive_now - mtime_ns) > LOCK_OLD_S * 1e9


def _drive_skew_ns(lock: Path) -> int:
    """How far the clock that times files beside ``lock`` (a shared drive's) is ahead of this
    computer's, in ns (below 0: behind): a file made there as a lock is made, its time read,
    and removed. A lock file's time is the drive's, a colleague's lock and ours alike; this
    computer's clock minutes ahead made a lock written a moment ago look old. 0 (this
    computer's clock) when no file can be made there."""
    probe = lock.with_name(f"{lock.name}.{secrets.token_hex(4)}.clock")
    try:
        _create_lock(probe, "")
    except OSError:
        return 0
    try:
        state, _info = _lock_state(probe)
        here = time.time_ns()
    finally:
        with contextlib.suppress(OSError):
            os.unlink(probe)
    written = state[2] if isinstance(state, tuple) else None
    return written - here if isinstance(written, int) else 0


def _dead_here(info: dict[str, object]) -> bool:
    """The lock was taken on this computer by an app that is no longer running."""
    from netizen_editor.storage.sessions import hostname, pid_alive, valid_pid

    pid = valid_pid(info.get("pid"))  # a planted 2**40 is no pid: the lock waits to be old
    return info.get("hostname") == hostname() and pid is not None and not pid_alive(pid)


def _break_lock(lock: Path, state: object) -> None:
    """Remove a stale lock; if another app took the lock over just before, put it back."""
    aside = lock.with_name(f"{lock.name}.{secrets.token_hex(4)}.stale")
    try:  # a rename beside it: no bytes written, never through a link (a link is moved)
        os.replace(lock, aside)
    except OSError:
        return
    moved, _ = _lock_state(aside)
    if moved != state:  # not the lock we judged stale: a fresh one, give it back
        with contextlib.suppress(OSError):
            os.link(aside, lock)
    with contextlib.suppress(OSError):
        os.unlink(aside)


def _release_lock(lock: Path, token: str) -> None:
    _state, info = _lock_state(lock)
    if info.get("token") == token:  # ours (not taken over as stale meanwhile)
        with contextlib.suppress(OSError):
            os.unlink(lock)


def _who(info: dict[str, object]) -> str:
    host = info.get("hostname")
    if isinstance(host, str) and host:
        return tr("the app on {host}", host=host)
    return tr("another app")


def _key(st: os.stat_result) -> tuple[int, int, int, int]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def _check_size(path: Path, st: os.stat_result) -> None:
    if not stat.S_ISREG(st.st_mode):
        raise WordListError(
            tr(
                "The word list {path} is not a regular file (a folder, device or pipe):"
                " it was not read",
                path=path,
            )
        )
    if st.st_size > MAX_LIST_BYTES:
        raise _too_large(path, st.st_size)


def _too_large(path: Path, size: int) -> WordListError:
    return WordListError(
        tr(
            "The word list {path} is too large ({size} MB; the limit is {limit} MB):"
            " it was not read",
            path=path,
            size=f"{size / 1_000_000:.1f}",
            limit=MAX_LIST_BYTES // 1_000_000,
        )
    )


def _refuse_link(path: Path) -> None:
    """A list that is a link is not rewritten: its target's text would be copied into the new
    list (a link planted on a shared drive could leak a private file that way)."""
    try:
        st = os.lstat(path)
    except OSError:
        return
    if is_link(st):
        raise WordListError(
            tr(
                "The word list {path} is a link: words are not added through a link"
                " (give the list's own path in the settings)",
                path=path,
            )
        )


def _load(path: Path, *, follow: bool = True) -> tuple[bytes, os.stat_result] | None:
    """The bytes of the regular file at ``path`` (at most the cap) and its status; None when
    it does not exist. Opening never waits on a pipe (``O_NONBLOCK``); with ``follow`` false a
    link is refused (``O_NOFOLLOW``)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        raise _read_error(path, exc) from None
    try:
        st = os.fstat(fd)
        _check_size(path, st)
        data = read_at_most(fd, MAX_LIST_BYTES)
    except OSError as exc:
        raise _read_error(path, exc) from None
    finally:
        os.close(fd)
    if len(data) > MAX_LIST_BYTES:  # grew while being read
        raise _too_large(path, len(data))
    return data, st


def _decode(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise WordListError(
            tr("The word list {path} is not UTF-8 text (byte {byte})", path=path, byte=exc.start)
        ) from None


def _read_error(path: Path, exc: OSError) -> WordListError:
    reason = plain_reason(exc)
    return WordListError(tr("Cannot read the word list {path}: {reason}", path=path, reason=reason))
