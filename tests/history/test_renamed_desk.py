"""Finding a gone story in its desk's other folders (``mv nasional/banjir.md daerah/``), bounded
as the look in its own folder is, and looking again only at the files that changed: a file
written over in place changes no folder's time."""

from __future__ import annotations

import os

import pytest

from netizen_editor.history import renamed
from netizen_editor.history.renamed import Seen, holding_bytes, holding_id, seen_changed
from tests.samples import TEST_ARTICLE

STORY_ID = "5b0f2c1e-9d7a-4c39-8a61-3f2e7d4b9c10"
STORY = TEST_ARTICLE.replace("status: draft\n", f"status: draft\nid: {STORY_ID}\n")


@pytest.fixture
def desk(tmp_path):
    """redaksi/ with nasional/ (where the story was) and daerah/ beside it."""
    root = tmp_path / "redaksi"
    for folder in ("nasional", "daerah"):
        (root / folder).mkdir(parents=True)
    return root


def test_a_story_moved_to_a_folder_beside_its_own_is_found_in_its_desk(desk):
    old = desk / "nasional" / "banjir.md"
    moved = desk / "daerah" / "banjir-bekasi.md"
    moved.write_text(STORY, encoding="utf-8")
    assert holding_id(old, STORY_ID) == []  # its own folder and below only
    assert holding_id(old, STORY_ID, desk=desk) == [moved]
    assert holding_id(old, STORY_ID, desk=desk / "nasional") == []  # the desk is its folder
    assert holding_id(old, STORY_ID, desk=desk.parent / "lain") == []  # not a desk above it


def test_the_desk_is_looked_in_after_the_story_s_folder_nearest_first(desk):
    old = desk / "2026" / "nasional" / "banjir.md"
    old.parent.mkdir(parents=True)
    (desk / "2026" / "daerah").mkdir()
    found = [
        old.with_name("salinan.md"),  # its own folder
        old.parent / "kanal" / "salinan.md",  # below it
        desk / "2026" / "daerah" / "salinan.md",  # beside it
        desk / "arsip.md",  # at the desk's top, after the folder above its own
        desk / "daerah" / "salinan.md",
    ]
    for path in found:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(STORY, encoding="utf-8")
    looked: list[str] = []
    assert holding_id(old, STORY_ID, looked, desk=desk) == found
    assert looked.count(str(old.parent)) == 1  # the story's folder is not looked in twice


def test_the_desk_look_never_follows_a_link_nor_reads_what_is_not_a_file(desk, tmp_path):
    old = desk / "nasional" / "banjir.md"
    outside = tmp_path / "luar"
    outside.mkdir()
    (outside / "banjir.md").write_text(STORY, encoding="utf-8")
    (desk / "daerah" / "keluar").symlink_to(outside)  # a folder leading out of the desk
    (desk / "daerah" / "tautan.md").symlink_to(outside / "banjir.md")  # a file leading out
    os.mkfifo(desk / "daerah" / "pipa.md")  # would hang a plain read
    assert holding_id(old, STORY_ID, desk=desk) == []
    data = STORY.encode("utf-8")
    import hashlib

    assert holding_bytes(old, len(data), hashlib.sha256(data).hexdigest(), desk=desk) == []


def test_the_desk_look_is_bounded_in_files_and_folders(desk, monkeypatch):
    old = desk / "nasional" / "banjir.md"
    for n in range(5):
        (desk / "daerah" / f"lain-{n}.md").write_text(TEST_ARTICLE, encoding="utf-8")
    read: list[str] = []
    monkeypatch.setattr(renamed, "front_matter_id", lambda path: read.append(path))
    monkeypatch.setattr(renamed, "MAX_DESK_LOOK", 3)
    assert holding_id(old, STORY_ID, desk=desk) == []
    assert len(read) == 3
    read.clear()
    monkeypatch.setattr(renamed, "MAX_DESK_LOOK", 1000)
    monkeypatch.setattr(renamed, "MAX_DESK_FOLDERS", 1)  # the desk's top folder only
    assert holding_id(old, STORY_ID, desk=desk) == [] and read == []
    monkeypatch.setattr(renamed, "MAX_DESK_FOLDERS", 400)
    monkeypatch.setattr(renamed, "MAX_SECONDS", -1.0)
    assert holding_id(old, STORY_ID, desk=desk) == [] and read == []


def test_a_file_written_over_in_place_is_seen_and_only_it_is_read_again(tmp_path, monkeypatch):
    """QA: a file renamed to holds another story after a colleague wrote over it (same name,
    same folder's time): the bar kept offering Follow to it."""
    old = tmp_path / "tiga.md"
    new = tmp_path / "tiga-baru.md"
    new.write_text(STORY, encoding="utf-8")
    (tmp_path / "lain.md").write_text(TEST_ARTICLE, encoding="utf-8")
    seen: Seen = {}
    assert holding_id(old, STORY_ID, seen=seen) == [new]
    assert sorted(seen) == [str(tmp_path / "lain.md"), str(new)]
    assert not seen_changed(seen)
    folder_time = os.stat(tmp_path).st_mtime_ns
    with open(new, "r+", encoding="utf-8") as file:  # in place: same inode, same folder time
        file.write(STORY.replace(STORY_ID, "0" * len(STORY_ID)))
    os.utime(new, ns=(1, 1))  # a time the look cannot have seen
    assert os.stat(tmp_path).st_mtime_ns == folder_time and seen_changed(seen)
    read: list[str] = []
    real = renamed.front_matter_id
    monkeypatch.setattr(renamed, "front_matter_id", lambda path: read.append(path) or real(path))
    assert holding_id(old, STORY_ID, seen=seen) == []
    assert read == [str(new)]  # lain.md, unchanged, is not read again
    assert not seen_changed(seen)
    new.unlink()
    assert seen_changed(seen)


def test_the_stat_look_is_bounded_to_the_nearest_files_and_those_holding_the_story(
    desk, monkeypatch
):
    """A look every few seconds: the desk's thousands of files are looked at again only when
    a folder changes, the nearest and those that held the story at every look."""
    old = desk / "nasional" / "banjir.md"
    near = desk / "nasional" / "lain.md"
    far = desk / "daerah" / "jauh.md"
    moved = desk / "daerah" / "pindah.md"
    for path, text in ((near, TEST_ARTICLE), (far, TEST_ARTICLE), (moved, STORY)):
        path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(renamed, "MAX_LOOK", 1)
    seen: Seen = {}
    assert holding_id(old, STORY_ID, seen=seen, desk=desk) == [moved]
    assert len(seen) == 3
    os.utime(far, ns=(1, 1))
    assert not seen_changed(seen)  # neither near nor holding it: left to the folders' look
    os.utime(moved, ns=(1, 1))
    assert seen_changed(seen)
