"""Hostile input in the cache folder (QA12 F4, F5): the index is never written through a link
(at its own place or its side files', nor one swapped in between the look and the open), and a
planted index is bounded: too large or too many rows is made anew, and the rows of files that are
gone are neither read nor kept."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

import netizen_editor.desk.index as index_module
from netizen_editor.desk import list_desk
from netizen_editor.desk.index import DeskIndex, index_path
from netizen_editor.desk.walk import MAX_FILES
from tests.desk.conftest import article, write

pytestmark = pytest.mark.usefixtures("english")


def _index(desk: Path, cache: Path) -> Path:
    return index_path(desk.resolve(), cache)


def _sqlite_file(path: Path) -> bytes:
    """A SQLite file of another program (rollback journal, one table); its bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    with db:
        db.execute("CREATE TABLE notes (text TEXT)")
        db.execute("INSERT INTO notes VALUES ('milik orang lain')")
    db.close()
    return path.read_bytes()


def _retitle(desk: Path, cache: Path, rel: str, title: str) -> None:
    """Change the title the index holds for ``rel``: a listing that shows it used the index."""
    db = sqlite3.connect(_index(desk, cache))
    with db:
        key = rel.encode()
        (text,) = db.execute("SELECT record FROM articles WHERE path = ?", (key,)).fetchone()
        data = json.loads(text)
        data[0]["title"] = title
        db.execute("UPDATE articles SET record = ? WHERE path = ?", (json.dumps(data), key))
    db.close()


def _rows(desk: Path, cache: Path) -> list[bytes]:
    db = sqlite3.connect(_index(desk, cache))
    try:
        return sorted(bytes(r[0]) for r in db.execute("SELECT path FROM articles"))
    finally:
        db.close()


def _link(target: Path, at: Path) -> None:
    """A link at ``at`` (in place of what is there) to ``target``."""
    at.parent.mkdir(parents=True, exist_ok=True)
    temp = at.with_name(at.name + ".link")
    os.symlink(target, temp)
    os.replace(temp, at)


# -- never through a link ---------------------------------------------------------------------
def test_a_dangling_link_at_the_index_place_is_replaced_not_followed(desk, cache, tmp_path):
    write(desk / "a.md", article("Satu"))
    outside = tmp_path / "x" / "created.sqlite"
    outside.parent.mkdir()
    _link(outside, _index(desk, cache))
    assert [e.title for e in list_desk(desk, cache_dir=cache)] == ["Satu"]
    assert not outside.exists()
    assert not _index(desk, cache).is_symlink() and _index(desk, cache).is_file()
    _retitle(desk, cache, "a.md", "Dari indeks")  # the new index is the one used from now on
    assert [e.title for e in list_desk(desk, cache_dir=cache)] == ["Dari indeks"]
    assert not outside.exists()


def test_a_link_to_another_sqlite_file_leaves_that_file_as_it_was(desk, cache, tmp_path):
    write(desk / "a.md", article("Satu"))
    other = tmp_path / "x" / "other.sqlite"
    before = _sqlite_file(other)
    _link(other, _index(desk, cache))
    assert [e.title for e in list_desk(desk, cache_dir=cache)] == ["Satu"]
    assert other.read_bytes() == before  # no tables added, not switched to WAL
    assert sorted(os.listdir(other.parent)) == ["other.sqlite"]
    assert not _index(desk, cache).is_symlink()


@pytest.mark.parametrize("side", ["-wal", "-shm", "-journal"])
def test_a_link_at_a_side_file_is_removed_not_followed(desk, cache, tmp_path, side):
    write(desk / "a.md", article("Satu"))
    list_desk(desk, cache_dir=cache)
    write(desk / "b.md", article("Dua"))  # something to write
    kept = tmp_path / "x" / "kept"
    kept.parent.mkdir()
    kept.write_bytes(b"milik orang lain")
    dangling = tmp_path / "x" / "created"
    _link(kept, Path(f"{_index(desk, cache)}{side}"))
    assert [e.title for e in list_desk(desk, cache_dir=cache)] == ["Dua", "Satu"]
    _link(dangling, Path(f"{_index(desk, cache)}{side}"))
    write(desk / "c.md", article("Tiga"))
    assert len(list_desk(desk, cache_dir=cache)) == 3
    assert kept.read_bytes() == b"milik orang lain"
    assert not dangling.exists()
    assert not Path(f"{_index(desk, cache)}{side}").is_symlink()
    assert _rows(desk, cache) == [b"a.md", b"b.md", b"c.md"]


def test_a_folder_at_the_index_place_is_removed_and_the_index_made(desk, cache):
    write(desk / "a.md", article("Satu"))
    (_index(desk, cache) / "isi").mkdir(parents=True)
    assert [e.title for e in list_desk(desk, cache_dir=cache)] == ["Satu"]
    assert _index(desk, cache).is_file()


def _swap_in_once(monkeypatch, index: Path, target: Path) -> None:
    """A link to ``target`` put at ``index`` right before it is opened (after the look)."""
    real = index_module._open
    done = []

    def swapping(path: Path) -> sqlite3.Connection:
        if Path(path) == index and not done:
            done.append(True)
            _link(target, index)
        return real(path)

    monkeypatch.setattr(index_module, "_open", swapping)


def test_a_link_swapped_in_before_an_index_is_opened_is_not_written(
    desk, cache, tmp_path, monkeypatch
):
    write(desk / "a.md", article("Satu"))
    list_desk(desk, cache_dir=cache)
    other = tmp_path / "x" / "other.sqlite"
    before = _sqlite_file(other)
    _swap_in_once(monkeypatch, _index(desk, cache), other)
    write(desk / "b.md", article("Dua"))
    assert [e.title for e in list_desk(desk, cache_dir=cache)] == ["Dua", "Satu"]
    assert other.read_bytes() == before
    assert sorted(os.listdir(other.parent)) == ["other.sqlite"]
    assert not _index(desk, cache).is_symlink()
    assert _rows(desk, cache) == [b"a.md", b"b.md"]  # made anew


def test_a_link_swapped_in_before_a_new_index_is_opened_creates_nothing(
    desk, cache, tmp_path, monkeypatch
):
    write(desk / "a.md", article("Satu"))
    outside = tmp_path / "x" / "created.sqlite"
    outside.parent.mkdir()
    _swap_in_once(monkeypatch, _index(desk, cache), outside)
    assert [e.title for e in list_desk(desk, cache_dir=cache)] == ["Satu"]
    assert not outside.exists()
    assert not _index(desk, cache).is_symlink()  # removed, not left for the next listing
    list_desk(desk, cache_dir=cache)
    assert _rows(desk, cache) == [b"a.md"] and not outside.exists()


# -- bounded ----------------------------------------------------------------------------------
def test_the_caps_come_from_the_desks_own_limit():
    assert index_module.MAX_ROWS == MAX_FILES
    assert index_module.MAX_BYTES == MAX_FILES * index_module.ROW_BYTES
    assert index_module.MAX_BYTES < 700_000_000  # the planted index of QA12 F5 is over it


def test_a_row_of_a_long_story_fits_the_rows_share(desk, cache):
    labels = [f"label-{n}" for n in range(12)]
    write(desk / "2026" / "12" / "nasional" / "a.md", article("Judul " * 25, labels=labels))
    list_desk(desk, cache_dir=cache)
    db = sqlite3.connect(_index(desk, cache))
    (size,) = db.execute("SELECT length(record) FROM articles").fetchone()
    db.close()
    assert size < index_module.ROW_BYTES // 2


def test_an_index_larger_than_the_cap_is_made_anew(desk, cache, monkeypatch):
    write(desk / "a.md", article("Satu"))
    list_desk(desk, cache_dir=cache)
    _retitle(desk, cache, "a.md", "Dari indeks")
    size = _index(desk, cache).stat().st_size
    monkeypatch.setattr(index_module, "MAX_BYTES", size - 1)
    assert [e.title for e in list_desk(desk, cache_dir=cache)] == ["Satu"]
    monkeypatch.setattr(index_module, "MAX_BYTES", size * 4)
    _retitle(desk, cache, "a.md", "Dari indeks")
    assert [e.title for e in list_desk(desk, cache_dir=cache)] == ["Dari indeks"]


def test_an_index_with_more_rows_than_the_cap_is_made_anew(desk, cache, monkeypatch):
    for name in ("a", "b", "c"):
        write(desk / f"{name}.md", article(name.upper()))
    list_desk(desk, cache_dir=cache)
    _retitle(desk, cache, "a.md", "Dari indeks")
    monkeypatch.setattr(index_module, "MAX_ROWS", 2)
    assert "A" in [e.title for e in list_desk(desk, cache_dir=cache)]


def test_rows_of_files_that_are_gone_are_not_read_and_are_deleted(desk, cache):
    write(desk / "a.md", article("Satu"))
    list_desk(desk, cache_dir=cache)
    _retitle(desk, cache, "a.md", "Dari indeks")
    db = sqlite3.connect(_index(desk, cache))
    with db:  # planted: a thousand rows of files that are not there, not even records
        db.executemany(
            "INSERT INTO articles VALUES (?, 1, 1, 'bukan json')",
            [(f"hilang/{n}.md".encode(),) for n in range(1000)],
        )
    db.close()
    assert [e.title for e in list_desk(desk, cache_dir=cache)] == ["Dari indeks"]
    assert _rows(desk, cache) == [b"a.md"]


def test_load_reads_only_the_rows_wanted(desk, cache):
    for name in ("a", "b"):
        write(desk / f"{name}.md", article(name.upper()))
    list_desk(desk, cache_dir=cache)
    index = DeskIndex(_index(desk, cache), desk.resolve())
    try:
        assert list(index.load({"b.md"})) == ["b.md"]
        index.write({}, set())  # the row of a.md, not found: deleted
    finally:
        index.close()
    assert _rows(desk, cache) == [b"b.md"]
