"""What the walk finds: articles in subfolders, no hidden folders or files, lock files noted
for their article, links read at their target inside the desk, links outside or in a loop
listed with their problem and never read."""

from __future__ import annotations

import os

import pytest

from netizen_editor.desk import list_desk
from netizen_editor.desk.walk import desk_root, walk_desk
from tests.desk.conftest import article, write

pytestmark = pytest.mark.usefixtures("english")


def test_the_walk_notes_articles_locks_and_history_folders(desk):
    write(desk / "a.md", article())
    write(desk / "sub" / "deep" / "b.md", article())
    write(desk / "sub" / ".~lock.c.md#", "{}")
    (desk / "sub" / ".netizen").mkdir()
    write(desk / ".hidden.md", article())
    walk = walk_desk(desk_root(desk))
    assert sorted(walk.files) == ["a.md", "sub/deep/b.md"]
    assert list(walk.locks) == ["sub/c.md"]
    assert walk.history_folders == {"sub"}


def test_what_an_export_writes_beside_a_story_is_not_listed_as_a_story(desk, cache):
    from netizen_editor.article.model import Article
    from netizen_editor.export import export_article
    from netizen_editor.settings import Settings

    story = write(desk / "olahraga" / "final.md", article("Final"))
    for name, kind in (("final.blogger.html", "blogger"), ("final.xml", "atom")):
        export_article(Article.parse(story.read_text(encoding="utf-8"), story),
                       story.with_name(name), kind, Settings())  # fmt: skip
    assert (desk / "olahraga" / "final.blogger.post.txt").is_file()  # the post's settings
    write(desk / "catatan.txt", article("Catatan"))  # a .txt story still is one
    listed = sorted(e.path for e in list_desk(desk, cache_dir=cache))
    assert listed == ["catatan.txt", "olahraga/final.md"]


def test_a_link_outside_the_desk_is_listed_with_its_problem_and_not_read(desk, tmp_path, cache):
    outside = write(tmp_path / "rahasia.md", article("Rahasia"))
    (desk / "luar.md").symlink_to(outside)
    (desk / "folder-luar").symlink_to(tmp_path)
    (folder, entry) = sorted(list_desk(desk, cache_dir=cache), key=lambda e: e.path)
    assert (folder.path, entry.path) == ("folder-luar", "luar.md")
    for e in (entry, folder):
        assert e.problem == "a link to outside the desk; not read"
        assert e.title == "" and e.words == 0


def test_a_link_inside_the_desk_is_read_at_its_target_and_a_folder_link_not_walked(desk, cache):
    write(desk / "asli" / "a.md", article("Asli"))
    (desk / "salinan.md").symlink_to(desk / "asli" / "a.md")
    (desk / "pintas").symlink_to(desk / "asli")
    entries = {e.path: e for e in list_desk(desk, cache_dir=cache)}
    assert sorted(entries) == ["asli/a.md", "salinan.md"]
    assert entries["salinan.md"].title == "Asli"


def test_link_loops_end_with_a_problem(desk, cache):
    os.symlink("b.md", desk / "a.md")
    os.symlink("a.md", desk / "b.md")
    os.symlink(".", desk / "sini")  # a folder link to itself: not walked
    entries = list_desk(desk, cache_dir=cache)
    assert sorted((e.path, e.problem) for e in entries) == [
        ("a.md", "a link in a loop; not read"),
        ("b.md", "a link in a loop; not read"),
    ]


def test_a_dangling_link_and_a_pipe_are_listed_with_their_problem(desk, cache):
    os.symlink("tidak-ada.md", desk / "hilang.md")
    os.mkfifo(desk / "pipa.md")
    problems = {e.path: e.problem for e in list_desk(desk, cache_dir=cache)}
    assert problems == {
        "hilang.md": "a link to a file that does not exist",
        "pipa.md": "this is not a regular file",
    }


def test_the_walk_is_bounded_in_files_and_depth(desk, cache, monkeypatch):
    from netizen_editor.desk import DeskPoller, walk

    for n in range(5):
        write(desk / f"a{n}.md", article())
    deep = desk.joinpath(*[f"d{n}" for n in range(6)])
    write(deep / "dalam.md", article())
    monkeypatch.setattr(walk, "MAX_FILES", 3)
    changes = DeskPoller(desk, cache).poll()
    assert len(changes.entries) == 3
    assert changes.problems == ["more than 3 articles; the rest are not listed"]
    monkeypatch.setattr(walk, "MAX_FILES", 100)
    monkeypatch.setattr(walk, "MAX_DEPTH", 4)
    assert "d0/d1/d2/d3/d4/d5/dalam.md" not in {e.path for e in list_desk(desk, cache_dir=cache)}


def test_an_imported_articles_files_and_an_exports_images_are_not_stories(desk, cache, tmp_path):
    """What a user did: imported a press release into the desk (the import keeps its text in
    ``NAME_files/source.txt``) and exported an article (``NAME_images/``): one story listed."""
    import datetime as dt

    from netizen_editor.importing.importer import import_document
    from netizen_editor.settings import Settings

    source = write(tmp_path / "unduhan" / "rilis.txt", "Pemkot Bandung\n\nWarga diminta waspada.\n")
    now = dt.datetime(2026, 12, 6, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    import_document(source, desk / "masuk" / "rilis.md", Settings(ui_language="en"), now=now)
    assert (desk / "masuk" / "rilis_files" / "source.txt").is_file()
    write(desk / "masuk" / "rilis_images" / "catatan.md", article())
    write(desk / "masuk" / "rilis_images-2" / "catatan.md", article())
    write(desk / "masuk" / "arsip_lama" / "b.md", article())  # a plain folder: walked
    listed = sorted(e.path for e in list_desk(desk, cache_dir=cache))
    assert listed == ["masuk/arsip_lama/b.md", "masuk/rilis.md"]
    assert all(e.problem is None for e in list_desk(desk, cache_dir=cache))


def test_a_windows_junction_is_a_link_not_a_folder_to_walk(desk, monkeypatch):
    """QA28 L5: on Windows a directory junction is a folder to ``is_dir`` and no link to
    ``is_symlink`` (Python 3.11), so the walk went into one and listed stories from wherever it
    led. Its attributes (a name-surrogate reparse point) make it a link there; simulated here by
    taking one folder's inode for a junction's."""
    from netizen_editor.desk import walk

    write(desk / "arsip" / "lama.md", article("Lama"))
    write(desk / "baru.md", article("Baru"))
    junction = os.lstat(desk / "arsip").st_ino
    monkeypatch.setattr(walk, "JUNCTIONS", True)
    monkeypatch.setattr(walk, "is_link", lambda st: st.st_ino == junction)
    listed = walk_desk(desk).files
    assert "arsip/lama.md" not in listed
    assert "baru.md" in listed  # the desk's other stories still are
