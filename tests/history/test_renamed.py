"""Finding the file an open story was renamed to, by its id: one folder, a bounded look, the
front matter only, never through a link."""

from __future__ import annotations

from netizen_editor.history import renamed
from netizen_editor.history.renamed import front_matter_id, renamed_to
from netizen_editor.storage.capped import HEAD_BYTES
from tests.samples import TEST_ARTICLE

STORY_ID = "5b0f2c1e-9d7a-4c39-8a61-3f2e7d4b9c10"
STORY = TEST_ARTICLE.replace("status: draft\n", f"status: draft\nid: {STORY_ID}\n")


def test_exactly_one_regular_file_of_the_folder_is_the_story(tmp_path):
    old = tmp_path / "tiga.md"
    elsewhere = tmp_path / "lain"
    elsewhere.mkdir()
    (elsewhere / "tiga-baru.md").write_text(STORY, encoding="utf-8")  # another folder
    (tmp_path / "tautan.md").symlink_to(elsewhere / "tiga-baru.md")  # a link: not read
    (tmp_path / "catatan.md").write_text(TEST_ARTICLE, encoding="utf-8")  # no id
    assert renamed_to(old, STORY_ID) is None
    (tmp_path / "a.md").write_text(STORY.replace("\n", "\r\n"), encoding="utf-8-sig")
    assert renamed_to(old, STORY_ID) == tmp_path / "a.md"
    (tmp_path / "b.md").write_text(STORY, encoding="utf-8")
    assert renamed_to(old, STORY_ID) is None  # two: neither is the story


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
    assert renamed_to(tmp_path / "tiga.md", STORY_ID) is None
    assert len(read) == 3


def test_a_story_without_an_id_is_found_by_its_bytes_within_a_budget(tmp_path, monkeypatch):
    import hashlib

    from netizen_editor.history.renamed import renamed_as_is

    data = TEST_ARTICLE.encode("utf-8")
    size, digest = len(data), hashlib.sha256(data).hexdigest()
    old = tmp_path / "lama.md"
    (tmp_path / "baru.md").write_bytes(data)
    (tmp_path / "lain.md").write_bytes(data[:-1] + b"?")  # same size, other bytes
    (tmp_path / "pendek.md").write_bytes(data[:-1])  # another size: never read
    assert renamed_as_is(old, size, digest) == tmp_path / "baru.md"
    monkeypatch.setattr(renamed, "MAX_READ_BYTES", size)  # one file's worth: two to read
    assert renamed_as_is(old, size, digest) is None  # cannot tell: none is followed
    (tmp_path / "salinan.md").write_bytes(data)
    monkeypatch.setattr(renamed, "MAX_READ_BYTES", 10 * size)
    assert renamed_as_is(old, size, digest) is None  # two hold it: neither
