"""The copies of an article kept before its history existed (no Qt): the backups the app takes
before each save (``storage.backups``) that are older than the history's oldest version.

The History window and ``netizen-editor history`` list them after the versions, so nothing
kept before the story had its id is lost: they show, compare and restore like versions. Their
id is ``backup-`` and the backup's name (``backup-20261206T162202.123456789Z``), their reason
``backup``; a backup taken since the oldest version is not listed (its text is a version).

Older than the oldest version is not always older than the history: saves in one minute
replace each other's version (``history.policy``), so the backups taken before them outlive
the versions of their time. ``in_history`` tells them apart for the window's label: a backup
whose text carries the story's id was saved while the story had its history. A backup whose
text is a kept version's (the same bytes, by content hash) is not listed: that version shows it
(saves in one minute that came back to a text kept since gave a "backup before a save" row the
same as the version above it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from netizen_editor.history.article_id import article_id
from netizen_editor.history.version_file import VersionInfo
from netizen_editor.storage.backups import BackupEntry, BackupStore, read_bytes

#: an earlier copy's reason, and the start of its id
REASON = "backup"
PREFIX = "backup-"
_STAMP = "%Y%m%dT%H%M%S%f"


@dataclass(frozen=True)
class EarlierCopy:
    """A backup older than the history: its id and the backup."""

    id: str
    backup: BackupEntry


def version_time(version_id: str) -> dt.datetime | None:
    """When a version was kept, to the microsecond (its id starts with its UTC time)."""
    try:
        when = dt.datetime.strptime(version_id.split("Z-")[0], _STAMP)
    except ValueError:
        return None
    return when.replace(tzinfo=dt.UTC)


def earlier_copies(
    store: BackupStore, path: Path, versions: list[VersionInfo]
) -> list[EarlierCopy]:
    """The backups of ``path`` older than the oldest of ``versions`` (every backup when there is
    none) whose text is none of ``versions``, newest first. ``OSError`` when the backups cannot
    be listed."""
    times = [when for when in (version_time(v.id) for v in versions) if when is not None]
    oldest = min(times) if times else None
    kept = {v.sha256 for v in versions}
    return [
        EarlierCopy(PREFIX + backup.path.name.removesuffix(".md"), backup)
        for backup in store.list_backups(path)
        if (oldest is None or backup.time < oldest) and _digest(backup) not in kept
    ]


def _digest(backup: BackupEntry) -> str:
    """The SHA-256 of a backup's text as a version holds it (without a BOM); "" when it cannot
    be read (it is listed, and says so when chosen)."""
    try:
        data = read_bytes(backup.path)
    except OSError:
        return ""
    return hashlib.sha256(data.removeprefix(b"\xef\xbb\xbf")).hexdigest()


def in_history(text: str, story_id: str | None) -> bool:
    """Whether a backup whose text is ``text`` was taken after the story (id ``story_id``,
    None when it has none) had its history: the text was saved with the story's id."""
    return story_id is not None and article_id(text) == story_id
