from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from netizen_editor.storage.identity import FileIdentity
from netizen_editor.storage.journal import Autosaver, Journal, title_hint
from netizen_editor.storage.reading import MAX_BYTES, write_article_file
from netizen_editor.storage.sessions import SessionLock, process_start, session_alive

from .conftest import write_lock


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "journal"


def test_write_read_round_trip(root: Path, tmp_path: Path) -> None:
    journal = Journal(root)
    doc = Journal.new_doc_id()
    article = tmp_path / "a.md"
    ident = write_article_file(article, "lama")
    text = "---\ntitle: 'Gempa di Cianjur'\n---\n\nIsi 😀 dan \ud800 aneh\r\n"
    entry_file = journal.write(doc, text, path=article, cursor=7, saved_identity=ident, bom=True)

    assert entry_file == root / f"{journal.session_id}.{doc}.json"
    assert journal.lock.path.exists()
    entry = journal.read(doc)
    assert entry is not None
    assert entry.text == text
    assert (entry.path, entry.cursor, entry.saved_identity, entry.bom) == (article, 7, ident, True)
    assert entry.title_hint == "Gempa di Cianjur"
    raw = json.loads(entry_file.read_text())
    for key in ("version", "doc_id", "session_id", "path", "text", "cursor", "time", "pid"):
        assert key in raw
    assert raw["hostname"] and raw["pid"] == os.getpid()
    assert raw["saved"] == ident.to_dict()
    assert raw["title_hint"] == "Gempa di Cianjur"
    assert journal.doc_ids() == [doc]


def test_mark_saved_and_remove_drop_the_entry(root: Path) -> None:
    journal = Journal(root)
    one, two = Journal.new_doc_id(), Journal.new_doc_id()
    for doc in (one, two):
        journal.write(doc, "teks", path=None, cursor=0, saved_identity=None)
    journal.mark_saved(one, None)
    journal.remove(two)
    journal.remove(two)  # twice is fine
    assert journal.doc_ids() == []


def test_close_releases_lock_but_keeps_unsaved_entries(root: Path) -> None:
    journal = Journal(root)
    doc = Journal.new_doc_id()
    journal.write(doc, "belum disimpan", path=None, cursor=0, saved_identity=None)
    journal.close()
    assert not journal.lock.path.exists()
    assert journal.read(doc) is not None


def test_bad_ids_are_refused(root: Path) -> None:
    with pytest.raises(ValueError):
        Journal(root, session_id="../evil")
    with pytest.raises(ValueError):
        Journal(root).write("a/b", "x", path=None, cursor=0, saved_identity=None)


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("", ""),
        ("\n\n  Paragraf pertama  \nkedua", "Paragraf pertama"),
        ("# Judul Berita\n\nIsi", "Judul Berita"),
        ('---\ntitle: "Judul Depan"\nauthor: A\n---\n# Lain', "Judul Depan"),
        ("---\nauthor: A\n---\n\n## Sub judul", "Sub judul"),
        ("---\ntitle: Belum ditutup", "Belum ditutup"),
        ("x" * 200, "x" * 79 + "…"),
    ],
)
def test_title_hint(text: str, hint: str) -> None:
    assert title_hint(text) == hint


def test_session_lock_contents_and_liveness(root: Path, dead_pid: int) -> None:
    lock = SessionLock(root)
    lock.acquire()
    info = json.loads(lock.path.read_text())
    assert info["pid"] == os.getpid()
    assert info["hostname"] and info["started"]
    assert session_alive(root, lock.session_id)
    lock.release()
    assert not session_alive(root, lock.session_id)  # no lock: dead

    write_lock(root, "aa" * 8, dead_pid)
    assert not session_alive(root, "aa" * 8)
    write_lock(root, "bb" * 8, os.getpid(), hostname="komputer-lain")
    assert session_alive(root, "bb" * 8)  # another computer: never ours to take
    (root / f"{'cc' * 8}.lock").write_text("{broken")
    assert not session_alive(root, "cc" * 8)
    write_lock(root, "dd" * 8, os.getpid(), boot_id="boot-dari-kemarin")
    if Path("/proc/sys/kernel/random/boot_id").exists():
        assert not session_alive(root, "dd" * 8)


@pytest.mark.skipif(process_start(os.getpid()) is None, reason="needs /proc/<pid>/stat")
def test_reused_pid_is_dead(root: Path) -> None:
    write_lock(root, "ab" * 8, os.getpid(), proc_start=process_start(os.getpid()))
    assert session_alive(root, "ab" * 8)
    write_lock(root, "cd" * 8, os.getpid(), proc_start=process_start(os.getpid()) + 1)
    assert not session_alive(root, "cd" * 8)


def test_autosaver_policy() -> None:
    auto = Autosaver()
    assert auto.due(100.0) == [] and auto.next_due(100.0) is None
    auto.note_edit("a", 10.0)
    auto.note_edit("a", 10.6)  # steady typing does not push the deadline back
    auto.note_edit("b", 10.5)
    assert auto.due(10.9) == []
    assert auto.next_due(10.9) == pytest.approx(0.1)
    assert auto.due(11.0) == ["a"]
    auto.mark_written("a")
    assert not auto.is_dirty("a") and auto.is_dirty("b")
    assert auto.due(11.5) == ["b"]
    assert auto.due(11.5, delay=2.0) == []
    assert auto.next_due(12.0) == 0.0


def test_saved_identity_helps_detect_outside_change(root: Path, tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    ident = write_article_file(article, "isi")
    assert FileIdentity.of(article, MAX_BYTES) == ident
