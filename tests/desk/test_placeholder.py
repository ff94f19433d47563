"""A new story's first file goes again when its tab closes unsaved, but only that very file as
it was written: saved since, changed by a colleague, a link, or held by someone else, it stays."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest

from netizen_editor.desk import listing
from netizen_editor.desk.placeholder import Placeholder, missing_folders, remove_placeholder
from netizen_editor.storage.atomic import atomic_write_bytes, make_folder
from netizen_editor.storage.sessions import hostname

TEMPLATE = b"---\ntitle: '[Judul berita]'\nstatus: draft\n---\n\n[Isi berita]\n"


def new_story(desk, rel: str = "daerah/gempa.md") -> Placeholder:
    """What the desk's New Story does: the folders, the template's text, and what it wrote."""
    target = desk / rel
    made = missing_folders(target.parent, desk)
    make_folder(target.parent, below=desk)
    atomic_write_bytes(target, TEMPLATE, below=desk)
    return Placeholder.written(target, TEMPLATE, made)


def lock(desk, rel: str, *, pid: int, host: str) -> None:
    now = dt.datetime.now(dt.UTC).isoformat()
    held = {"user": "Sri", "host": host, "pid": pid, "since": now, "heartbeat": now}
    name = desk / os.path.dirname(rel) / f".~lock.{os.path.basename(rel)}#"
    name.write_text(json.dumps(held), encoding="utf-8")


def test_an_untouched_new_story_goes_with_the_folders_made_for_it(desk):
    placeholder = new_story(desk, "daerah/2026/gempa.md")
    assert placeholder.made_folders == (desk / "daerah" / "2026", desk / "daerah")
    assert remove_placeholder(placeholder)
    assert os.listdir(desk) == []  # no file, no folder, nothing set aside


def test_a_folder_with_other_stories_stays(desk):
    (desk / "daerah").mkdir()
    (desk / "daerah" / "banjir.md").write_bytes(b"---\ntitle: Banjir\n---\n")
    placeholder = new_story(desk)
    assert placeholder.made_folders == ()
    assert remove_placeholder(placeholder)
    assert os.listdir(desk / "daerah") == ["banjir.md"]


def test_a_story_saved_since_stays_even_with_the_same_bytes(desk):
    placeholder = new_story(desk)
    atomic_write_bytes(placeholder.path, TEMPLATE)  # a save: a new file in its place
    assert not remove_placeholder(placeholder)
    assert placeholder.path.read_bytes() == TEMPLATE


def test_a_story_a_colleague_changed_in_place_stays(desk):
    placeholder = new_story(desk)
    st = os.stat(placeholder.path)
    changed = TEMPLATE.replace(b"Judul", b"Gempa")  # the same size
    with open(placeholder.path, "r+b") as file:
        file.write(changed)
    os.utime(placeholder.path, ns=(st.st_atime_ns, st.st_mtime_ns))  # and the old time
    assert not remove_placeholder(placeholder)
    assert placeholder.path.read_bytes() == changed


def test_a_link_in_its_place_is_left_and_its_target_too(desk, tmp_path):
    placeholder = new_story(desk)
    outside = tmp_path / "luar.md"
    outside.write_bytes(TEMPLATE)
    os.unlink(placeholder.path)
    placeholder.path.symlink_to(outside)
    assert not remove_placeholder(placeholder)
    assert placeholder.path.is_symlink() and outside.read_bytes() == TEMPLATE


def test_a_colleagues_lock_keeps_it_and_this_windows_own_does_not(desk):
    placeholder = new_story(desk)
    lock(desk, "daerah/gempa.md", pid=1, host="meja-sri")
    assert not remove_placeholder(placeholder)
    assert placeholder.path.is_file()
    lock(desk, "daerah/gempa.md", pid=os.getpid(), host=hostname())  # its own tab's, closing
    assert remove_placeholder(placeholder)
    assert not placeholder.path.exists()


def test_a_colleagues_save_landing_during_the_removal_is_put_back(desk, monkeypatch):
    placeholder = new_story(desk)
    looked = listing.lock_holder
    theirs = b"---\ntitle: Gempa Guncang Cianjur\n---\n\nPunya Rina.\n"

    def colleague_saves_meanwhile(story):  # after the first look at the file
        atomic_write_bytes(story, theirs)
        return looked(story)

    monkeypatch.setattr(listing, "lock_holder", colleague_saves_meanwhile)
    assert not remove_placeholder(placeholder)
    assert placeholder.path.read_bytes() == theirs
    assert sorted(os.listdir(placeholder.path.parent)) == ["gempa.md"]  # nothing left aside


@pytest.mark.parametrize("gone", ["file", "folder"])
def test_a_file_gone_already_is_no_error(desk, gone):
    import shutil

    placeholder = new_story(desk)
    os.unlink(placeholder.path) if gone == "file" else shutil.rmtree(desk / "daerah")
    assert not remove_placeholder(placeholder)
