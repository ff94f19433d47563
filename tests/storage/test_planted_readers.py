"""Files the app reads that may have been swapped by someone else on a shared drive (the story
behind a crashed session's draft, the story a save backs up, a story being checked for changes)
or planted in its data folder (drafts, session locks): a pipe is never waited on, a huge file is
never read whole, a link is not read where links are not followed (``storage.capped``)."""

from __future__ import annotations

import os

import pytest

from netizen_editor.document import DiskState, Document
from netizen_editor.storage import backups as backups_module
from netizen_editor.storage.backups import BackupStore
from netizen_editor.storage.capped import FileTooLarge, NotRegularFile, read_regular
from netizen_editor.storage.identity import FileIdentity, changed_on_disk
from netizen_editor.storage.journal import Journal, load_entry
from netizen_editor.storage.recovery import scan_journals
from netizen_editor.storage.sessions import session_alive

from .conftest import never_waits_on, write_lock

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")


def test_read_regular_reads_a_file_and_refuses_what_is_not_one(tmp_path):
    story = tmp_path / "a.md"
    story.write_bytes(b"Isi.")
    data, st = read_regular(story, 10)
    assert data == b"Isi." and st.st_size == 4
    link = tmp_path / "tautan.md"
    link.symlink_to(story)
    with pytest.raises(NotRegularFile, match="a link; not read"):
        read_regular(link, 10)
    assert read_regular(link, 10, follow_links=True)[0] == b"Isi."  # a link the user chose
    with pytest.raises(NotRegularFile, match="not a regular file"):
        read_regular(tmp_path, 10)
    pipe = tmp_path / "pipa.md"
    os.mkfifo(pipe)
    with never_waits_on(pipe), pytest.raises(NotRegularFile):
        read_regular(pipe, 10)
    with pytest.raises(FileTooLarge, match="larger than 1 KB"):
        read_regular(story, 3)
    with pytest.raises(FileNotFoundError):
        read_regular(tmp_path / "tidak-ada.md", 10)


def test_a_draft_whose_story_became_a_pipe_is_offered_without_waiting(tmp_path, dead_pid):
    root, story = tmp_path / "journal", tmp_path / "bersama" / "berita.md"
    story.parent.mkdir()
    story.write_text("Isi lama.\n", encoding="utf-8")
    journal = Journal(root)
    identity = FileIdentity.of(story, 100)
    journal.write(
        Journal.new_doc_id(), "Isi baru.\n", path=story, cursor=0, saved_identity=identity
    )
    write_lock(root, journal.session_id, dead_pid)
    story.unlink()
    os.mkfifo(story)  # swapped on the shared drive after the crash
    with never_waits_on(story):
        [item] = scan_journals(root).items
    assert item.text == "Isi baru.\n" and item.reason == "unsaved_changes"


def test_a_draft_whose_story_became_huge_is_offered_without_reading_it(
    tmp_path, dead_pid, monkeypatch
):
    from netizen_editor.storage import recovery

    monkeypatch.setattr(recovery, "MAX_BYTES", 1024)
    root, story = tmp_path / "journal", tmp_path / "berita.md"
    text = "x" * 2048  # what the story held when the session crashed: the same bytes
    story.write_text(text, encoding="utf-8")
    journal = Journal(root)
    journal.write(Journal.new_doc_id(), text, path=story, cursor=0, saved_identity=None)
    write_lock(root, journal.session_id, dead_pid)
    [item] = scan_journals(root).items  # larger than the cap: not compared, so offered
    assert item.reason == "unsaved_changes"


def test_a_planted_draft_or_session_lock_pipe_is_not_waited_on(tmp_path, dead_pid):
    root = tmp_path / "journal"
    journal = Journal(root)
    entry = journal.write(Journal.new_doc_id(), "Draf", path=None, cursor=0, saved_identity=None)
    entry.unlink()
    os.mkfifo(entry)
    with never_waits_on(entry), pytest.raises(OSError):
        load_entry(entry)
    lock = write_lock(root, "c" * 32, dead_pid)
    lock.unlink()
    os.mkfifo(lock)
    with never_waits_on(lock):
        assert not session_alive(root, "c" * 32)


def test_a_save_over_a_pipe_swapped_in_backs_nothing_up_and_does_not_wait(tmp_path):
    story = tmp_path / "berita.md"
    story.write_text("# Judul\n\nIsi.\n", encoding="utf-8")
    document, text = Document.open(story)
    story.unlink()
    os.mkfifo(story)
    assert document.check_disk() is DiskState.MISSING  # no story at that name any more
    store = BackupStore(tmp_path / "data" / "backups")
    with never_waits_on(story):
        result = document.save(text + "Tambah.\n", store, overwrite=True)  # "keep my text"
    assert result.ok and "not a regular file" in result.backup_problem
    assert story.read_text(encoding="utf-8").endswith("Tambah.\n")  # a file again
    assert store.list_backups(story) == []


def test_a_save_over_a_huge_file_swapped_in_does_not_copy_it(tmp_path, monkeypatch):
    monkeypatch.setattr(backups_module, "MAX_BYTES", 1024)
    story = tmp_path / "berita.md"
    story.write_text("Isi.\n", encoding="utf-8")
    document, text = Document.open(story)
    story.write_bytes(b"y" * 4096)  # another program made it larger than a story can be
    store = BackupStore(tmp_path / "data" / "backups")
    result = document.save(text + "Tambah.\n", store, overwrite=True)
    assert result.ok and "larger than 1 KB" in result.backup_problem
    assert store.list_backups(story) == []


def test_an_empty_story_swapped_for_a_pipe_is_noticed_gone_without_waiting(tmp_path):
    story = tmp_path / "kosong.md"
    story.write_text("", encoding="utf-8")
    document, _ = Document.open(story)
    known = document.identity
    story.unlink()
    os.mkfifo(story)  # a pipe's size is 0, as the empty story's was
    with never_waits_on(story):
        assert changed_on_disk(story, known)
        assert document.check_disk() is DiskState.MISSING  # a pipe is no story: gone from it
