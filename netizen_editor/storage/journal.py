"""The autosave journal: the latest text of every open article, a couple of seconds behind.

One JSON file per open article, ``<root>/<session_id>.<doc_id>.json``, written atomically.
The session's lock file (``sessions.SessionLock``) is written before the first entry, so other
instances can tell our entries from a crashed session's.

Policy:
- ``mark_saved`` removes the entry: after a save the file on disk is the truth, and the next
  edit writes a fresh entry. ``remove`` does the same for an article closed without saving.
- ``close`` only releases the lock. Entries still present (unsaved work the user did not
  explicitly throw away) are then offered for recovery at the next start.
- ``Autosaver`` holds the "written within two seconds of the last keystroke" rule: a document
  is due ``delay`` seconds after its first unwritten edit, so steady typing is still journaled
  every ``delay`` seconds; with a timer ticking at least every second nothing typed stays
  unwritten for more than two seconds.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from netizen_editor.grammar.frontmatter import inner as front_inner
from netizen_editor.grammar.frontmatter import split_front_matter
from netizen_editor.storage.atomic import atomic_write_text
from netizen_editor.storage.capped import read_regular
from netizen_editor.storage.identity import FileIdentity
from netizen_editor.storage.reading import MAX_BYTES
from netizen_editor.storage.sessions import SessionLock, hostname, random_id

VERSION = 1
HINT_LENGTH = 80
_ID = re.compile(r"^[0-9a-f]{8,64}$")
#: a block scalar's header (``>-``, ``|``, ``>2+`` ...), a comment after it allowed
_BLOCK = re.compile(r"^([>|])(?:[1-9][+-]?|[+-][1-9]?)?(?:\s+#.*)?$")
#: the title (and the first body line) is looked for in this much of the text, and the
#: title's block in this many lines: a journal write never reads further
TITLE_SCAN_CHARS = 16_384
TITLE_BLOCK_LINES = 40


#: an entry file larger than this is not one the app wrote (an article's text is at most
#: ``reading.MAX_BYTES`` as a file; written as ASCII JSON, escapes make it at most a few times that)
MAX_ENTRY_BYTES = 8 * MAX_BYTES


@dataclass(frozen=True)
class JournalEntry:
    doc_id: str
    session_id: str
    path: Path | None
    text: str
    cursor: int
    time: dt.datetime
    title_hint: str
    saved_identity: FileIdentity | None
    bom: bool
    file: Path
    #: an untitled copy of this file (a recovered text a colleague's story could not take):
    #: recovered again as a copy of it, never as the file itself
    copy_of: Path | None = None


class Journal:
    def __init__(self, root: Path | str, session_id: str | None = None):
        self.root = Path(root)
        self.lock = SessionLock(self.root, session_id)
        self.session_id = self.lock.session_id
        if not _ID.match(self.session_id):
            raise ValueError(f"session id must be hex: {self.session_id!r}")

    @staticmethod
    def new_doc_id() -> str:
        return random_id()

    def entry_file(self, doc_id: str) -> Path:
        if not _ID.match(doc_id):
            raise ValueError(f"doc id must be hex: {doc_id!r}")
        return self.root / f"{self.session_id}.{doc_id}.json"

    def start(self) -> None:
        """Take the session lock (done by the first ``write`` if not called)."""
        self.lock.acquire()

    def close(self) -> None:
        """Release the lock; entries left behind are offered for recovery next time."""
        self.lock.release()

    def write(
        self,
        doc_id: str,
        text: str,
        *,
        path: Path | str | None,
        cursor: int,
        saved_identity: FileIdentity | None,
        bom: bool = False,
        copy_of: Path | str | None = None,
    ) -> Path:
        """Journal the article's current text atomically; returns the entry file.
        ``copy_of``: the text is an untitled copy of that file (kept only without ``path``)."""
        target = self.entry_file(doc_id)
        if not self.lock.held():
            self.lock.acquire()
        payload = {
            "version": VERSION,
            "doc_id": doc_id,
            "session_id": self.session_id,
            "path": str(Path(path).absolute()) if path is not None else None,
            "text": text,
            "cursor": cursor,
            "time": dt.datetime.now(dt.UTC).isoformat(),
            "pid": os.getpid(),
            "hostname": hostname(),
            "saved": saved_identity.to_dict() if saved_identity else None,
            "bom": bom,
            "title_hint": title_hint(text),
            "copy_of": str(Path(copy_of).absolute()) if copy_of and path is None else None,
        }
        # ASCII JSON keeps lone surrogates (odd pasted text) representable.
        atomic_write_text(target, json.dumps(payload, ensure_ascii=True), below=self.root.parent)
        return target

    def read(self, doc_id: str) -> JournalEntry | None:
        try:
            return load_entry(self.entry_file(doc_id))
        except FileNotFoundError:
            return None

    def remove(self, doc_id: str) -> None:
        self.entry_file(doc_id).unlink(missing_ok=True)

    def mark_saved(self, doc_id: str, identity: FileIdentity | None = None) -> None:
        """The article was saved: its entry is no longer needed and is removed."""
        self.remove(doc_id)

    def doc_ids(self) -> list[str]:
        """The documents this session has journal entries for."""
        prefix = f"{self.session_id}."
        names = os.listdir(self.root) if self.root.is_dir() else []
        return sorted(
            n[len(prefix) : -len(".json")]
            for n in names
            if n.startswith(prefix) and n.endswith(".json")
        )


def parse_entry_name(name: str) -> tuple[str, str] | None:
    """``(session_id, doc_id)`` from an entry file name, or None if it is not one."""
    if not name.endswith(".json"):
        return None
    parts = name[: -len(".json")].split(".")
    if len(parts) != 2 or not all(_ID.match(p) for p in parts):
        return None
    return parts[0], parts[1]


def load_entry(file: Path) -> JournalEntry:
    """Read an entry; ValueError when it is corrupt (OSError when unreadable)."""
    names = parse_entry_name(file.name)
    if names is None:
        raise ValueError(f"not a journal file name: {file.name}")
    try:
        raw = json.loads(read_regular(file, MAX_ENTRY_BYTES)[0].decode("utf-8"))
    except RecursionError:  # nested thousands deep: not something we wrote
        raise ValueError("journal entry is nested too deeply") from None
    if not isinstance(raw, dict):
        raise ValueError("journal entry is not an object")
    text, cursor, path = raw.get("text"), raw.get("cursor", 0), raw.get("path")
    if not isinstance(text, str):
        raise ValueError("journal entry has no text")
    if not isinstance(cursor, int) or isinstance(cursor, bool):
        cursor = 0
    if path is not None and not isinstance(path, str):
        raise ValueError("journal entry has a bad path")
    original = raw.get("copy_of")  # only an untitled text is a copy
    copy_of = Path(original) if isinstance(original, str) and original and not path else None
    saved = raw.get("saved")
    when = _entry_time(raw.get("time"), file)
    return JournalEntry(
        doc_id=names[1],
        session_id=names[0],
        path=Path(path) if path else None,
        text=text,
        cursor=max(0, min(cursor, len(text))),
        time=when,
        title_hint=title_hint(text),
        saved_identity=FileIdentity.from_dict(saved) if saved is not None else None,
        bom=raw.get("bom") is True,
        file=file,
        copy_of=copy_of,
    )


def _entry_time(value: object, file: Path) -> dt.datetime:
    """When the entry was written: its own time if it is a real one that can be shown in the
    local zone, else the file's modification time, else now."""
    candidates = []
    with contextlib.suppress(ValueError, OverflowError):
        candidates.append(dt.datetime.fromisoformat(str(value)))
    with contextlib.suppress(OSError, ValueError, OverflowError):
        candidates.append(dt.datetime.fromtimestamp(file.stat().st_mtime, dt.UTC))
    for when in candidates:
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        try:
            when.astimezone()  # the recovery list shows it in local time
            when.astimezone(dt.UTC)
        except (OverflowError, ValueError, OSError):
            continue
        if 1970 <= when.year <= 9000:
            return when
    return dt.datetime.now(dt.UTC)


def _front_and_body(text: str) -> tuple[list[str], list[str]]:
    """(front matter lines, body lines), split as the article is; an unclosed block (a draft
    cut short) is all front matter."""
    raw, body, _line = split_front_matter(text)
    if raw:
        return front_inner(raw)[0].splitlines(), body.splitlines()
    lines = text.splitlines()
    if lines and lines[0].strip() == "---":
        return lines[1:], []
    return [], lines


def title_hint(text: str) -> str:
    """Front matter ``title:``, else the first non-empty body line without ``#`` marks (both
    looked for in the first ``TITLE_SCAN_CHARS`` of the text)."""
    front, body = _front_and_body(text[:TITLE_SCAN_CHARS])
    for number, line in enumerate(front):
        value = _title_value(line)
        if value is None:
            continue
        if not value or _BLOCK.match(value):  # its text is on the indented lines below
            value = _block_text(front[number + 1 : number + 1 + TITLE_BLOCK_LINES])
        elif len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        if value.strip():
            return clip(value.strip())
    return clip(_first_text(body).lstrip("#").strip())


def _title_value(line: str) -> str | None:
    """The stripped value of a top-level ``title:`` line, None for any other line (str
    methods, not a pattern: ``(.*?)\\s*$`` backtracks quadratically over a run of spaces)."""
    if not line.startswith("title"):
        return None
    rest = line[len("title") :].lstrip()
    return rest[1:].strip() if rest.startswith(":") else None


def _block_text(lines: list[str]) -> str:
    """The text of a top-level key's block scalar (or plain value on the next lines): its
    indented lines up to the next key, joined on one line (a hint has one line: ``|``
    blocks are joined as ``>`` ones are folded)."""
    parts: list[str] = []
    for line in lines:
        if not line.strip():
            continue  # a blank line inside the block
        if not line[0].isspace():
            break  # the next key
        parts.append(line.strip())
        if sum(map(len, parts)) > HINT_LENGTH:
            break  # enough for the hint
    return " ".join(parts)


def first_line(text: str) -> str:
    """The first non-empty line of the body (after any front matter), stripped and clipped;
    looked for in the first ``TITLE_SCAN_CHARS`` of the text only."""
    return _first_text(_front_and_body(text[:TITLE_SCAN_CHARS])[1])


def _first_text(lines: list[str]) -> str:
    for line in lines:
        if line.strip():
            return clip(line.strip())
    return ""


def clip(value: str, length: int = HINT_LENGTH) -> str:
    return value if len(value) <= length else value[: length - 1].rstrip() + "…"


class Autosaver:
    """When each document's journal entry is due; times are seconds (e.g. ``time.monotonic``)."""

    def __init__(self) -> None:
        self._dirty: dict[str, float] = {}

    def note_edit(self, doc_id: str, now: float) -> None:
        self._dirty.setdefault(doc_id, now)

    def due(self, now: float, delay: float = 1.0) -> list[str]:
        """Documents whose oldest unwritten edit is at least ``delay`` seconds old."""
        return [doc for doc, since in self._dirty.items() if now - since >= delay]

    def next_due(self, now: float, delay: float = 1.0) -> float | None:
        """Seconds until the next document is due (0 when one is), None when all is written."""
        if not self._dirty:
            return None
        return max(0.0, min(self._dirty.values()) + delay - now)

    def mark_written(self, doc_id: str) -> None:
        """The entry was written (or the document saved or closed)."""
        self._dirty.pop(doc_id, None)

    def is_dirty(self, doc_id: str) -> bool:
        return doc_id in self._dirty
