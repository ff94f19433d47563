from __future__ import annotations

import datetime as dt
import json
import os
import time
from pathlib import Path

import pytest

from netizen_editor.storage.journal import Journal
from netizen_editor.storage.reading import write_article_file
from netizen_editor.storage.recovery import (
    ClaimError,
    claim,
    discard,
    find_recoverable,
    scan_journals,
    tidy,
)

from .conftest import write_lock


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "journal"


def crash(journal: Journal, dead_pid: int | None = None) -> None:
    """The process died: its lock stays behind (with a dead pid) or is gone."""
    if dead_pid is None:
        journal.lock.path.unlink()
    else:
        write_lock(journal.root, journal.session_id, dead_pid)


def test_nothing_to_recover_in_empty_or_missing_folder(root: Path) -> None:
    assert find_recoverable(root) == []
    root.mkdir()
    assert find_recoverable(root) == []


def test_untitled_draft_is_recovered_after_crash(root: Path, dead_pid: int) -> None:
    old = Journal(root)
    doc = Journal.new_doc_id()
    old.write(
        doc, "# Draf pertama\n\nBelum pernah disimpan", path=None, cursor=5, saved_identity=None
    )
    crash(old, dead_pid)

    [item] = find_recoverable(root)
    assert item.doc_id == doc
    assert item.path is None
    assert item.text == "# Draf pertama\n\nBelum pernah disimpan"
    assert item.cursor == 5
    assert item.reason == "untitled"
    assert item.title_hint == "Draf pertama"
    assert item.first_line == "# Draf pertama"
    assert item.journal_file == old.entry_file(doc)
    assert item.time.tzinfo is not None


def test_empty_untitled_is_not_offered(root: Path) -> None:
    old = Journal(root)
    old.write(Journal.new_doc_id(), "", path=None, cursor=0, saved_identity=None)
    crash(old)
    assert find_recoverable(root) == []


def test_saved_and_unchanged_is_not_offered(root: Path, tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    ident = write_article_file(article, "Sudah disimpan\r\n", bom=True)
    old = Journal(root)
    doc = Journal.new_doc_id()
    old.write(doc, "Sudah disimpan\r\n", path=article, cursor=0, saved_identity=ident, bom=True)
    crash(old)
    scan = scan_journals(root)
    assert scan.items == []
    assert scan.stale == [old.entry_file(doc)]


def test_changed_or_missing_file_is_offered(root: Path, tmp_path: Path) -> None:
    kept, gone = tmp_path / "kept.md", tmp_path / "gone.md"
    ident = write_article_file(kept, "versi disk")
    old = Journal(root)
    old.write(Journal.new_doc_id(), "versi baru", path=kept, cursor=0, saved_identity=ident)
    old.write(Journal.new_doc_id(), "tanpa file", path=gone, cursor=0, saved_identity=None)
    crash(old)
    items = {item.path: item for item in find_recoverable(root)}
    assert items[kept].reason == "unsaved_changes"
    assert not items[kept].disk_changed
    assert items[gone].reason == "file_missing"

    kept.write_text("diubah orang lain")
    items = {item.path: item for item in find_recoverable(root)}
    assert items[kept].disk_changed


def test_live_other_session_is_never_offered(root: Path) -> None:
    other = Journal(root)  # another window of the app, still running (our pid is alive)
    other.write(Journal.new_doc_id(), "sedang diketik", path=None, cursor=0, saved_identity=None)
    me = Journal(root)
    assert me.session_id != other.session_id
    assert find_recoverable(root) == []
    tidy(root)
    assert other.lock.path.exists() and len(other.doc_ids()) == 1


def test_session_without_lock_is_dead(root: Path) -> None:
    old = Journal(root)
    old.write(Journal.new_doc_id(), "teks", path=None, cursor=0, saved_identity=None)
    crash(old)
    assert len(find_recoverable(root)) == 1


def test_items_sorted_newest_first(root: Path) -> None:
    old = Journal(root)
    docs = [Journal.new_doc_id() for _ in range(3)]
    for day, doc in zip((3, 1, 2), docs, strict=True):
        file = old.write(doc, f"hari {day}", path=None, cursor=0, saved_identity=None)
        raw = json.loads(file.read_text())
        raw["time"] = dt.datetime(2024, 5, day, tzinfo=dt.UTC).isoformat()
        file.write_text(json.dumps(raw))
    crash(old)
    assert [item.text for item in find_recoverable(root)] == ["hari 3", "hari 2", "hari 1"]


def test_corrupt_journal_does_not_crash_or_lose_text(root: Path) -> None:
    old = Journal(root)
    good = Journal.new_doc_id()
    old.write(good, "utuh", path=None, cursor=0, saved_identity=None)
    broken = root / f"{old.session_id}.{Journal.new_doc_id()}.json"
    content = b'{"version": 1, "text": "Paragraf yang terpotong di tengah'
    broken.write_bytes(content)
    wrong_shape = root / f"{old.session_id}.{Journal.new_doc_id()}.json"
    wrong_shape.write_text('["bukan", "objek"]')
    (root / "bukan-jurnal.json").write_text("{")
    crash(old)

    scan = scan_journals(root)
    assert [item.text for item in scan.items] == ["utuh"]
    assert sorted(scan.corrupt) == sorted([broken, wrong_shape])

    tidy(root)
    assert (root / "corrupt" / broken.name).read_bytes() == content
    assert not broken.exists()
    assert [item.text for item in find_recoverable(root)] == ["utuh"]


def test_claim_moves_entry_into_current_session(root: Path, dead_pid: int) -> None:
    old = Journal(root)
    doc = Journal.new_doc_id()
    old.write(doc, "pulihkan aku", path=None, cursor=3, saved_identity=None)
    crash(old, dead_pid)
    [item] = find_recoverable(root)

    new = Journal(root)
    assert claim(item, new) == doc
    assert not item.journal_file.exists()
    entry = new.read(doc)
    assert entry is not None and entry.text == "pulihkan aku" and entry.cursor == 3
    assert entry.session_id == new.session_id
    assert find_recoverable(root) == []  # now a live session's entry

    with pytest.raises(ClaimError):
        claim(item, Journal(root))  # someone else already took it

    crash(new)  # a second crash still recovers it
    [again] = find_recoverable(root)
    assert again.text == "pulihkan aku" and again.session_id == new.session_id


def test_discard_keeps_a_copy_for_seven_days(root: Path) -> None:
    old = Journal(root)
    old.write(Journal.new_doc_id(), "buang", path=None, cursor=0, saved_identity=None)
    crash(old)
    [item] = find_recoverable(root)
    kept = discard(item)
    assert kept is not None and kept.parent.name == "discarded"
    assert find_recoverable(root) == []
    assert discard(item) is None  # already gone: nothing to do

    tidy(root, now=time.time() + 6 * 86400)
    assert kept.exists()
    tidy(root, now=time.time() + 8 * 86400)
    assert not kept.exists()


def test_tidy_removes_dead_locks_and_stale_entries(root: Path, tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    ident = write_article_file(article, "sama")
    old = Journal(root)
    doc = Journal.new_doc_id()
    old.write(doc, "sama", path=article, cursor=0, saved_identity=ident)
    write_lock(root, old.session_id, os.getpid(), boot_id="boot-lama")
    live = Journal(root)
    live.start()
    tidy(root)
    assert not old.entry_file(doc).exists()
    assert not old.lock.path.exists()
    assert live.lock.path.exists()
