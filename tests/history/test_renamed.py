"""Finding the files that hold an open story whose file is gone, by its id: its folder and the
folders below it, a bounded look, the front matter only, never through a link; one is the story
renamed, two or more are copies (the caller asks)."""

from __future__ import annotations

from netizen_editor.history import renamed
from netizen_editor.history.renamed import front_matter_id, holding_id
from netizen_editor.storage.capped import HEAD_BYTES
from tests.samples import TEST_ARTICLE

STORY_ID = "5b0f2c1e-9d7a-4c39-8a61-3f2e7d4b9c10"
STORY = TEST_ARTICLE.replace("status: draft\n", f"status: draft\nid: {STORY_ID}\n")


def test_exactly_one_regular_file_of_the_folder_is_the_story(tmp_path):
    desk = tmp_path / "desk"
    desk.mkdir()
    old = desk / "tiga.md"
    elsewhere = tmp_path / "lain"
    elsewhere.mkdir()
    (elsewhere / "tiga-baru.md").write_text(STORY, encoding="utf-8")  # beside, not below
    (desk / "tautan.md").symlink_to(elsewhere / "tiga-baru.md")  # a link: not read
    (desk / "folder-tautan").symlink_to(elsewhere)  # a linked folder: not looked in
    (desk / "catatan.md").write_text(TEST_ARTICLE, encoding="utf-8")  # no id
    assert holding_id(old, STORY_ID) == []
    (desk / "b.md").write_text(STORY.replace("\n", "\r\n"), encoding="utf-8-sig")
    assert holding_id(old, STORY_ID) == [desk / "b.md"]
    (desk / "a.md").write_text(STORY, encoding="utf-8")
    assert holding_id(old, STORY_ID) == [desk / "a.md", desk / "b.md"]  # two: by name


def test_a_story_moved_into_a_folder_below_is_found(tmp_path):
    old = tmp_path / "banjir.md"
    kanal = tmp_path / "kanal"
    kanal.mkdir()
    hidden = tmp_path / ".netizen" / "x"
    hidden.mkdir(parents=True)
    (hidden / "salinan.md").write_text(STORY, encoding="utf-8")  # the app's folder: not looked in
    (kanal / "banjir-kemang.md").write_text(STORY, encoding="utf-8")
    assert holding_id(old, STORY_ID) == [kanal / "banjir-kemang.md"]
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "lagi.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "salinan.md").write_text(STORY, encoding="utf-8")
    found = [tmp_path / "salinan.md", kanal / "banjir-kemang.md", tmp_path / "a" / "b" / "lagi.md"]
    assert holding_id(old, STORY_ID) == found  # nearest first


def test_the_look_below_is_bounded_in_depth_folders_and_time(tmp_path, monkeypatch):
    old = tmp_path / "banjir.md"
    deep = tmp_path.joinpath(*["d"] * (renamed.MAX_DEPTH + 1))
    deep.mkdir(parents=True)
    (deep / "banjir.md").write_text(STORY, encoding="utf-8")
    assert holding_id(old, STORY_ID) == []  # deeper than MAX_DEPTH
    (deep.parent / "banjir.md").write_text(STORY, encoding="utf-8")
    assert holding_id(old, STORY_ID) == [deep.parent / "banjir.md"]
    for n in range(5):
        (tmp_path / f"a{n}").mkdir()
    monkeypatch.setattr(renamed, "MAX_FOLDERS", 1)  # the story's folder only
    assert holding_id(old, STORY_ID) == []
    monkeypatch.setattr(renamed, "MAX_FOLDERS", 200)
    monkeypatch.setattr(renamed, "MAX_SECONDS", -1.0)  # out of time before the first file
    assert holding_id(old, STORY_ID) == []


def test_only_the_head_of_a_file_is_read(tmp_path):
    story = tmp_path / "panjang.md"
    story.write_text(STORY + "kata " * 100_000, encoding="utf-8")
    assert front_matter_id(story) == STORY_ID
    padded = "---\n" + "# catatan\n" * (HEAD_BYTES // 10) + f"id: {STORY_ID}\n---\n"
    story.write_text(padded, encoding="utf-8")
    assert front_matter_id(story) is None  # its front matter ends past the head


def test_at_most_max_look_files_are_looked_at(tmp_path, monkeypatch):
    monkeypatch.setattr(renamed, "MAX_LOOK", 3)
    for n in range(5):
        (tmp_path / f"lain-{n}.md").write_text(TEST_ARTICLE, encoding="utf-8")
    read: list[str] = []
    monkeypatch.setattr(renamed, "front_matter_id", lambda p: read.append(p))
    assert holding_id(tmp_path / "tiga.md", STORY_ID) == []
    assert len(read) == 3


def test_at_most_max_found_files_are_named(tmp_path, monkeypatch):
    monkeypatch.setattr(renamed, "MAX_FOUND", 2)
    for n in range(4):
        (tmp_path / f"salinan-{n}.md").write_text(STORY, encoding="utf-8")
    assert len(holding_id(tmp_path / "tiga.md", STORY_ID)) == 2


def test_a_story_without_an_id_is_found_by_its_bytes_within_a_budget(tmp_path, monkeypatch):
    import hashlib

    from netizen_editor.history.renamed import holding_bytes

    data = TEST_ARTICLE.encode("utf-8")
    size, digest = len(data), hashlib.sha256(data).hexdigest()
    old = tmp_path / "lama.md"
    (tmp_path / "baru.md").write_bytes(data)
    (tmp_path / "lain.md").write_bytes(data[:-1] + b"?")  # same size, other bytes
    (tmp_path / "pendek.md").write_bytes(data[:-1])  # another size: never read
    assert holding_bytes(old, size, digest) == [tmp_path / "baru.md"]
    (tmp_path / "kanal").mkdir()
    (tmp_path / "baru.md").rename(tmp_path / "kanal" / "baru.md")
    assert holding_bytes(old, size, digest) == [tmp_path / "kanal" / "baru.md"]  # moved below
    monkeypatch.setattr(renamed, "MAX_READ_BYTES", size)  # one file's worth: two to read
    assert holding_bytes(old, size, digest) == []  # cannot tell: none is named
    (tmp_path / "salinan.md").write_bytes(data)
    monkeypatch.setattr(renamed, "MAX_READ_BYTES", 10 * size)
    assert holding_bytes(old, size, digest) == [
        tmp_path / "salinan.md",
        tmp_path / "kanal" / "baru.md",
    ]


def test_the_folders_looked_in_are_kept_and_their_stamp_changes_with_their_files(tmp_path):
    """A bar that names the files holding a gone story looks at these folders by ``stat`` and
    searches again only when one changed (QA21: a copy made later was never told)."""
    from netizen_editor.history.renamed import folders_stamp

    old = tmp_path / "tiga.md"
    arsip = tmp_path / "arsip"
    (arsip / "lama").mkdir(parents=True)
    looked: list[str] = []
    assert holding_id(old, STORY_ID, looked) == []
    assert looked == [str(tmp_path), str(arsip), str(arsip / "lama")]  # nearest first
    stamp = folders_stamp(looked)
    assert folders_stamp(looked) == stamp
    (arsip / "lama" / "salinan.md").write_text(STORY, encoding="utf-8")  # two levels down
    assert folders_stamp(looked) != stamp
    stamp = folders_stamp(looked)
    (arsip / "lama" / "salinan.md").rename(arsip / "lama" / "salinan-2.md")
    assert folders_stamp(looked) != stamp
    stamp = folders_stamp(looked)
    (arsip / "lama" / "salinan-2.md").unlink()
    (arsip / "lama").rmdir()
    assert folders_stamp(looked)[-1] == -1 and folders_stamp(looked) != stamp  # gone
