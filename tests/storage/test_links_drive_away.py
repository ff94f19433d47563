"""The checks that a story's folder still leads where it did never raise when the drive is
away: a stale network handle (ESTALE) or a lost connection (EIO) makes the folder's stat fail,
and the lock's heartbeat, its release at closing and a save must then go on as for a drive that
went away (the heartbeat keeps the lock, a save fails and waits), not raise into Qt's loop."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from netizen_editor.document import Document
from netizen_editor.storage.links import folder_moved, real_folder
from netizen_editor.storage.locks import ArticleLock

TEXT = "---\ntitle: Lima\n---\n\nIsi berita.\n"


def story(tmp_path: Path) -> Path:
    desk = tmp_path / "desk"
    desk.mkdir()
    path = desk / "lima.md"
    path.write_text(TEXT, encoding="utf-8")
    return path


def drive_away(monkeypatch: pytest.MonkeyPatch, folder: Path, code: int) -> None:
    """Every stat of ``folder`` (and below it) fails with ``code`` from now on."""
    real_stat = os.stat
    gone = str(folder)

    def stat(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.fspath(path).startswith(gone):
            raise OSError(code, os.strerror(code), os.fspath(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)


@pytest.mark.parametrize("code", [errno.ESTALE, errno.EIO])
def test_folder_moved_says_nothing_when_the_folder_cannot_be_looked_at(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    path = story(tmp_path)
    known = real_folder(path)
    drive_away(monkeypatch, path.parent, code)
    assert folder_moved(path, known) is None


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX errno")
def test_the_heartbeat_and_the_release_go_on_when_the_drive_is_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = story(tmp_path)
    lock = ArticleLock(path, "Rina")
    assert lock.acquire() is None and lock.held
    drive_away(monkeypatch, path.parent, errno.ESTALE)
    assert lock.refresh() is True  # still ours: made again at a later heartbeat
    lock.release()  # at closing: nothing raised
    assert not lock.held


def test_the_document_says_its_folder_did_not_move_when_the_drive_is_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = story(tmp_path)
    document, _text = Document.open(path)
    drive_away(monkeypatch, path.parent, errno.ESTALE)
    assert document.folder_moved() is None
