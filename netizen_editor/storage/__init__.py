"""Storage core: atomic writes, reading articles, backups, the autosave journal and recovery.

Pure Python; never imports Qt.
"""

from __future__ import annotations

from netizen_editor.storage.atomic import SaveError, atomic_write_bytes, atomic_write_text
from netizen_editor.storage.backups import BackupEntry, BackupStore
from netizen_editor.storage.datadirs import app_config_dir, app_data_dir, backup_dir, journal_dir
from netizen_editor.storage.identity import FileIdentity, changed_on_disk
from netizen_editor.storage.journal import Autosaver, Journal, JournalEntry, title_hint
from netizen_editor.storage.reading import (
    ReadError,
    ReadResult,
    decode_with,
    read_article_file,
    write_article_file,
)
from netizen_editor.storage.recovery import (
    ClaimError,
    RecoveryItem,
    RecoveryScan,
    claim,
    discard,
    find_recoverable,
    scan_journals,
    tidy,
)
from netizen_editor.storage.sessions import SessionLock, session_alive

__all__ = [
    "Autosaver",
    "BackupEntry",
    "BackupStore",
    "ClaimError",
    "FileIdentity",
    "Journal",
    "JournalEntry",
    "ReadError",
    "ReadResult",
    "RecoveryItem",
    "RecoveryScan",
    "SaveError",
    "SessionLock",
    "app_config_dir",
    "app_data_dir",
    "atomic_write_bytes",
    "atomic_write_text",
    "backup_dir",
    "changed_on_disk",
    "claim",
    "decode_with",
    "discard",
    "find_recoverable",
    "journal_dir",
    "read_article_file",
    "scan_journals",
    "session_alive",
    "tidy",
    "title_hint",
    "write_article_file",
]
