"""A network drive gone stale (ESTALE, EIO: the share's server restarted) under an open story:
a save fails and waits (the text stays in the journal) and a look at the disk says nothing,
instead of an OSError raised into the window's event loop."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from netizen_editor.document import DiskState, Document, Outcome
from netizen_editor.storage.backups import BackupStore


@pytest.fixture
def stale(tmp_path, monkeypatch):
    folder = tmp_path / "desk"
    folder.mkdir()
    story = folder / "banjir.md"
    story.write_text("---\ntitle: Banjir\n---\n\nTeks.\n", encoding="utf-8")
    document, text = Document.open(story)
    real_stat = os.stat

    def stat(path, *args, **kwargs):
        if os.fspath(path).startswith(str(folder)):
            raise OSError(errno.ESTALE, "Stale file handle", os.fspath(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    return document, text, story


def test_a_save_on_a_stale_drive_fails_and_waits(stale, tmp_path: Path):
    document, text, _story = stale
    result = document.save(text + "Tambahan.\n", BackupStore(tmp_path / "backups"))
    assert result.outcome == Outcome.FAILED
    assert result.message  # said in plain words, not raised


def test_a_look_at_a_stale_drive_says_nothing_changed(stale):
    document, _text, _story = stale
    assert document.check_disk() in (DiskState.SAME, DiskState.MISSING)  # never raises
