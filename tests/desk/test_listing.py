"""The desk's list: every article of the folder and its subfolders with its fields, newest
first; hidden folders and lock files are not articles; the index is reused and rebuilt."""

from __future__ import annotations

import pytest

from netizen_editor.desk import DeskError, list_desk
from netizen_editor.desk.index import index_path
from tests.desk.conftest import article, write

pytestmark = pytest.mark.usefixtures("english")


def test_every_article_is_listed_with_its_fields_newest_first(desk, cache):
    write(desk / "a.md", article("Lama", status="review", author="Budi", labels=["Nasional"]),
          mtime=1_000_000)  # fmt: skip
    write(desk / "2026" / "12" / "b.md",
          article("Baru", author="Sri", editor="Rina", dateline="Bandung",
                  date="2026-12-06T09:30:00+07:00"), mtime=2_000_000)  # fmt: skip
    entries = list_desk(desk, cache_dir=cache)
    assert [e.path for e in entries] == ["2026/12/b.md", "a.md"]
    new, old = entries
    assert (new.title, new.status, new.author, new.editor, new.dateline) == (
        "Baru", "draft", "Sri", "Rina", "Bandung")  # fmt: skip
    assert new.date == "2026-12-06T09:30:00+07:00"
    assert new.words == 8  # the body's words, as the status bar counts them
    assert new.problem is None and new.locked_by is None
    assert (old.status, old.author, old.labels) == ("review", "Budi", ("Nasional",))
    assert old.modified == "1970-01-12T13:46:40+00:00"


def test_hidden_folders_lock_files_and_other_files_are_not_articles(desk, cache):
    write(desk / "a.md", article())
    write(desk / ".netizen" / "x.md", article())
    write(desk / ".git" / "y.md", article())
    write(desk / ".~lock.a.md#", "{}")
    write(desk / "notes.docx", "not an article")
    write(desk / "b.markdown", article("Dua"))
    assert sorted(e.path for e in list_desk(desk, cache_dir=cache)) == ["a.md", "b.markdown"]


def test_the_title_is_the_first_heading_when_the_front_matter_has_none(desk, cache):
    write(desk / "a.md", "# Judul dari Badan\n\nSatu dua tiga.\n")
    (entry,) = list_desk(desk, cache_dir=cache)
    assert (entry.title, entry.words, entry.problem) == ("Judul dari Badan", 6, None)


def test_a_folder_that_cannot_be_read_is_a_desk_error(tmp_path, cache):
    with pytest.raises(DeskError):
        list_desk(tmp_path / "missing", cache_dir=cache)
    write(tmp_path / "file.md", article())
    with pytest.raises(DeskError):
        list_desk(tmp_path / "file.md", cache_dir=cache)


def test_a_second_listing_reads_only_from_the_index(desk, cache, monkeypatch):
    write(desk / "a.md", article("Satu"))
    first = list_desk(desk, cache_dir=cache)
    assert index_path(desk.resolve(), cache).is_file()
    from netizen_editor.desk import listing

    def no_reading(*args, **kwargs):
        raise AssertionError("an unchanged article was read again")

    monkeypatch.setattr(listing, "read_entry", no_reading)
    assert list_desk(desk, cache_dir=cache) == first


def test_a_damaged_index_is_rebuilt_and_deleting_it_loses_nothing(desk, cache):
    write(desk / "a.md", article("Satu"))
    first = list_desk(desk, cache_dir=cache)
    path = index_path(desk.resolve(), cache)
    path.write_bytes(b"\x00{not json")
    assert list_desk(desk, cache_dir=cache) == first
    assert path.read_bytes().startswith(b"{")  # written anew
    path.unlink()
    assert list_desk(desk, cache_dir=cache) == first
