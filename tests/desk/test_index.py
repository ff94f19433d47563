"""The index is only a cache: keyed by path, size and mtime; another format, another folder's
index or a damaged row is no index (it is made anew)."""

from __future__ import annotations

import os
import sqlite3

import pytest

from netizen_editor.desk import list_desk
from netizen_editor.desk.index import DeskIndex, index_path
from tests.desk.conftest import article, write

pytestmark = pytest.mark.usefixtures("english")


def _records(desk, cache):
    root = desk.resolve()
    index = DeskIndex(index_path(root, cache), root)
    try:
        return index.load()
    finally:
        index.close()


def test_the_index_lives_in_the_cache_folder_keyed_by_path_size_and_mtime(desk, cache):
    write(desk / "sub" / "a.md", article("Satu"), mtime=1_000_000)
    list_desk(desk, cache_dir=cache)
    assert index_path(desk.resolve(), cache).parent == cache / "desk"
    record = _records(desk, cache)["sub/a.md"]
    assert (record.size, record.mtime_ns) == (len(article("Satu")), 1_000_000 * 10**9)
    assert record.entry.title == "Satu"


def test_the_default_index_is_in_the_users_cache_folder(desk, tmp_path, monkeypatch):
    monkeypatch.setenv("NETIZEN_EDITOR_CACHE_DIR", str(tmp_path / "mine"))
    write(desk / "a.md", article("Satu"))
    list_desk(desk)
    assert index_path(desk.resolve()).is_file()
    assert index_path(desk.resolve()).is_relative_to(tmp_path / "mine")


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE meta SET value = '99' WHERE key = 'format'",
        "UPDATE meta SET value = '\"/lain\"' WHERE key = 'folder'",
        "UPDATE articles SET record = '[1, 2]'",
        "UPDATE articles SET record = 'not json'",
        "UPDATE articles SET size = 'besar'",
        "DROP TABLE articles",
    ],
)
def test_an_index_that_does_not_fit_is_made_anew(desk, cache, damage):
    write(desk / "a.md", article("Satu"))
    first = list_desk(desk, cache_dir=cache)
    db = sqlite3.connect(index_path(desk.resolve(), cache))
    with db:
        db.execute(damage)
    db.close()
    assert list_desk(desk, cache_dir=cache) == first
    assert list(_records(desk, cache)) == ["a.md"]


def test_an_index_read_in_another_language_is_made_anew(desk, cache):
    # its problems are worded in the language they were read in: after a change of the
    # interface language they are read again, not shown in the old one
    from netizen_editor import i18n

    (desk / "rusak.md").write_bytes(b"\x00\x01 biner")
    english = list_desk(desk, cache_dir=cache)
    i18n.set_language("id")
    try:
        indonesian = list_desk(desk, cache_dir=cache)
    finally:
        i18n.set_language("en")
    assert english[0].problem != indonesian[0].problem
    assert english[0].problem == list_desk(desk, cache_dir=cache)[0].problem


def test_deleting_the_index_loses_nothing(desk, cache):
    write(desk / "a.md", article("Satu"))
    first = list_desk(desk, cache_dir=cache)
    for path in (cache / "desk").iterdir():
        path.unlink()
    assert list_desk(desk, cache_dir=cache) == first


def test_only_what_changed_is_written_again(desk, cache):
    write(desk / "a.md", article("Satu"))
    write(desk / "b.md", article("Dua"))
    list_desk(desk, cache_dir=cache)
    (desk / "b.md").unlink()
    write(desk / "c.md", article("Tiga"))
    list_desk(desk, cache_dir=cache)
    assert sorted(_records(desk, cache)) == ["a.md", "c.md"]


def test_a_file_name_that_is_not_utf8_survives_the_index(desk, cache):
    name = os.fsdecode(b"caf\xe9.md")
    write(desk / name, article("Kafe"))
    first = list_desk(desk, cache_dir=cache)
    assert first[0].path == name
    assert _records(desk, cache)[name].entry == first[0]
    assert list_desk(desk, cache_dir=cache) == first


def test_the_index_shrinks_when_most_stories_are_gone(desk, cache):
    # a desk emptied (stories moved to the archive) gives its index's pages back to the disk
    body = "Kalimat panjang tentang banjir. " * 40
    for n in range(2000):
        write(desk / f"s{n // 100}" / f"berita-{n}.md", article(f"Berita {n} {body[:300]}"))
    list_desk(desk, cache_dir=cache)
    path = index_path(desk.resolve(), cache)
    full = path.stat().st_size + _wal_size(path)
    for n in range(1900):
        (desk / f"s{n // 100}" / f"berita-{n}.md").unlink()
    assert len(list_desk(desk, cache_dir=cache)) == 100
    emptied = path.stat().st_size + _wal_size(path)
    assert emptied < full / 4, (full, emptied)
    assert sorted(_records(desk, cache)) == sorted(
        f"s{n // 100}/berita-{n}.md" for n in range(1900, 2000)
    )


def _wal_size(path):
    wal = path.with_name(path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0
