"""Find, restore and discard the journal entries a crashed session left behind.

Only entries of dead sessions are looked at (see ``sessions``); a live instance's entries are
never offered, taken or changed. An entry is offered when it is untitled with some text, or its
file is missing, or the file's content differs from the journaled text. A session that may
still run (``sessions.UNSURE``: its pid runs, its start time cannot be compared) has its
entries offered too, marked ``maybe_open``, but never tidied away.

Policy:
- ``claim`` moves the entry into the current session with one atomic rename (so two instances
  cannot both take it) and rewrites it under the new session id: a second crash still
  recovers it.
- ``discard`` moves the entry to ``<root>/discarded/``; ``tidy`` deletes discarded entries
  after 7 days.
- Corrupt entries are never deleted: ``scan_journals`` reports them and ``tidy`` moves them
  to ``<root>/corrupt/``, where they stay.
"""

from __future__ import annotations

import contextlib
import os
import time
from dataclasses import dataclass, fields
from pathlib import Path

from netizen_editor.i18n import tr
from netizen_editor.storage.atomic import move_into
from netizen_editor.storage.capped import read_regular
from netizen_editor.storage.identity import changed_on_disk
from netizen_editor.storage.journal import (
    Journal,
    JournalEntry,
    first_line,
    load_entry,
    parse_entry_name,
)
from netizen_editor.storage.reading import MAX_BYTES
from netizen_editor.storage.sessions import DEAD, LOCK_SUFFIX, UNSURE, session_alive, session_state

DISCARDED = "discarded"
CORRUPT = "corrupt"
DISCARD_DAYS = 7
#: the entries of crashed sessions looked at in one start, the newest first: a journal folder
#: planted with thousands is not read whole (and each story compared) at every start; the
#: rest stay where they are, for a start after these are restored or discarded
MAX_ENTRIES = 100
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class RecoveryItem(JournalEntry):
    """A journal entry of a dead session that holds text the file on disk does not have."""

    reason: str = "unsaved_changes"  # or "untitled", "file_missing"
    first_line: str = ""
    disk_changed: bool = False  # the file was also changed by someone else since it was saved
    #: its session may still run (another window may have it open): ``sessions.UNSURE``
    maybe_open: bool = False

    @property
    def journal_file(self) -> Path:
        return self.file

    @classmethod
    def of(
        cls, entry: JournalEntry, reason: str, disk_changed: bool, maybe_open: bool = False
    ) -> RecoveryItem:
        values = {f.name: getattr(entry, f.name) for f in fields(JournalEntry)}
        return cls(
            **values,
            reason=reason,
            first_line=first_line(entry.text),
            disk_changed=disk_changed,
            maybe_open=maybe_open,
        )


@dataclass(frozen=True)
class RecoveryScan:
    items: list[RecoveryItem]
    corrupt: list[Path]  # entries of dead sessions that could not be read
    stale: list[Path]  # entries of dead sessions with nothing to recover
    # (an unsure session's entries are in neither: it may still be writing them)


class ClaimError(Exception):
    """The entry is gone: another window restored or discarded it first."""


def find_recoverable(root: Path | str) -> list[RecoveryItem]:
    """Entries of crashed sessions worth offering, newest first."""
    return scan_journals(root).items


def scan_journals(root: Path | str) -> RecoveryScan:
    root = Path(root)
    items: list[RecoveryItem] = []
    corrupt: list[Path] = []
    stale: list[Path] = []
    for name, maybe_open in _dead_entries(root):
        file = root / name
        try:
            entry = load_entry(file)
        except FileNotFoundError:
            continue
        except (OSError, ValueError, RecursionError, MemoryError):
            if not maybe_open:
                corrupt.append(file)  # one entry we cannot read never hides the others
            continue
        reason = _reason(entry.path, entry.text)
        if reason is None:
            if not maybe_open:
                stale.append(file)
            continue
        disk_changed = bool(
            entry.path
            and entry.saved_identity
            and reason != "file_missing"
            and changed_on_disk(entry.path, entry.saved_identity)
        )
        items.append(RecoveryItem.of(entry, reason, disk_changed, maybe_open))
    items.sort(key=lambda item: item.time, reverse=True)
    return RecoveryScan(items=items, corrupt=corrupt, stale=stale)


def _dead_entries(root: Path) -> list[tuple[str, bool]]:
    """The names of the entries of sessions no longer running, or that may not be (True
    beside the name): the newest ``MAX_ENTRIES``."""
    states: dict[str, str] = {}
    found: dict[str, bool] = {}
    for name in sorted(os.listdir(root)) if root.is_dir() else []:
        ids = parse_entry_name(name)
        if ids is None:
            continue
        if ids[0] not in states:
            states[ids[0]] = session_state(root, ids[0])
        if states[ids[0]] in (DEAD, UNSURE):
            found[name] = states[ids[0]] == UNSURE
    names = sorted(found)
    if len(names) > MAX_ENTRIES:
        newest = sorted(names, key=lambda name: _changed(root / name), reverse=True)
        names = sorted(newest[:MAX_ENTRIES])
    return [(name, found[name]) for name in names]


def _changed(file: Path) -> float:
    try:
        return file.lstat().st_mtime
    except OSError:
        return 0.0


def claim(item: RecoveryItem, journal: Journal) -> str:
    """Move ``item`` into ``journal``'s session (after the user chose Restore); its doc id."""
    target = journal.entry_file(item.doc_id)
    if item.journal_file != target:
        if not journal.lock.held():
            journal.start()
        try:  # a rename inside the journal folder: no bytes written, a link moved as a link
            os.replace(item.journal_file, target)
        except FileNotFoundError:
            raise ClaimError(
                tr(
                    "The draft '{title}' was already restored or discarded in another window",
                    title=item.title_hint or tr("Untitled"),
                )
            ) from None
    journal.write(
        item.doc_id,
        item.text,
        path=item.path,
        cursor=item.cursor,
        saved_identity=item.saved_identity,
        bom=item.bom,
        copy_of=item.copy_of,
    )
    return item.doc_id


def discard(item: RecoveryItem) -> Path | None:
    """Move the entry to ``discarded/`` (deleted by ``tidy`` after 7 days); its new place."""
    root = item.journal_file.parent
    try:  # never into a link planted as discarded/
        target = move_into(item.journal_file, root / DISCARDED, below=root)
    except FileNotFoundError:
        return None
    now = time.time()
    os.utime(target, (now, now))
    return target


def tidy(root: Path | str, *, now: float | None = None) -> None:
    """Housekeeping at start-up, after the recovery choice.

    Moves corrupt entries of dead sessions to ``corrupt/``, deletes dead entries with nothing
    to recover, deletes lock files of dead sessions that have no entries left, and deletes
    discarded entries older than 7 days.
    """
    root = Path(root)
    if not root.is_dir():
        return
    scan = scan_journals(root)
    for file in scan.corrupt:  # never into a link planted as corrupt/
        _quietly(move_into, file, root / CORRUPT, below=root)
    for file in scan.stale:
        _quietly(os.unlink, file)
    sessions_with_entries = {ids[0] for n in os.listdir(root) if (ids := parse_entry_name(n))}
    for name in os.listdir(root):
        if name.endswith(LOCK_SUFFIX):
            session_id = name[: -len(LOCK_SUFFIX)]
            if session_id not in sessions_with_entries and not session_alive(root, session_id):
                _quietly(os.unlink, root / name)
    limit = (time.time() if now is None else now) - DISCARD_DAYS * 86400
    discarded = root / DISCARDED
    real_folder = discarded.is_dir() and not discarded.is_symlink()  # never delete through a link
    for file in discarded.iterdir() if real_folder else []:
        try:
            if file.lstat().st_mtime < limit:
                file.unlink()
        except OSError:
            pass


def _reason(path: Path | None, text: str) -> str | None:
    if path is None:
        return "untitled" if text else None
    try:  # a file of another size than the text is not read (a planted entry names a 20 MB one)
        size = os.stat(path).st_size
    except (FileNotFoundError, NotADirectoryError):
        return "file_missing"
    except OSError:
        return "unsaved_changes"
    try:
        length = len(text.encode("utf-8", errors="surrogateescape"))
    except UnicodeEncodeError:
        return "unsaved_changes"  # no file's bytes read back as this text
    if size not in (length, length + len(_BOM)):
        return "unsaved_changes"
    try:  # the file may have been swapped on a shared drive: a pipe, a device, a huge file
        data, _ = read_regular(path, MAX_BYTES, follow_links=True)
    except (FileNotFoundError, NotADirectoryError):
        return "file_missing"
    except OSError:  # cannot compare (also not a regular file, or too large)
        return "unsaved_changes"  # offer rather than risk losing it
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    if data.decode("utf-8", errors="surrogateescape") == text:
        return None
    return "unsaved_changes"


def _quietly(action, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
    with contextlib.suppress(OSError):
        action(*args, **kwargs)
