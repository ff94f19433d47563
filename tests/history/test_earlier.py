"""The copies kept before saves: which were taken before the story had its history."""

from __future__ import annotations

from netizen_editor.history.earlier import in_history
from tests.history.conftest import ARTICLE

STORY = "0b6f1c1e-5d2a-4c1e-9a55-3c2f1e0d9b11"


def with_id(text: str, story: str) -> str:
    return text.replace("status: draft\n", f"status: draft\nid: {story}\n")


def test_a_backup_with_the_storys_id_was_taken_since_the_history_began():
    assert in_history(with_id(ARTICLE, STORY), STORY)


def test_a_backup_without_the_id_or_with_another_one_is_from_before_the_history():
    assert not in_history(ARTICLE, STORY)
    other = with_id(ARTICLE, "7d1e2f3a-0000-4000-8000-000000000001")
    assert not in_history(other, STORY)
    assert not in_history(with_id(ARTICLE, STORY), None)  # the story has no history


def test_a_backup_of_a_text_the_history_keeps_is_not_listed_again(tmp_path):
    """Saves in one minute: A, then B (its version replaces A's, the backup keeps A), then A
    again (its version replaces B's, the backup keeps B): the backup of A is the version, and
    only B's backup, which no version holds, is listed."""
    import datetime as dt

    from netizen_editor.history.earlier import earlier_copies
    from netizen_editor.history.store import History
    from netizen_editor.storage.backups import BackupStore

    path = tmp_path / "berita.md"
    first = with_id(ARTICLE, STORY)
    second = first.replace("status: draft", "status: edit")
    store = BackupStore(tmp_path / "backups")
    folder = store.folder_for(path)
    folder.mkdir(parents=True)
    (folder / "20261206T051220.000000000Z.md").write_bytes(b"\xef\xbb\xbf" + first.encode())
    (folder / "20261206T051240.000000000Z.md").write_text(second, encoding="utf-8")
    times = iter([dt.datetime(2026, 12, 6, 5, 12, s, 500_000, dt.UTC) for s in (10, 20, 40)])
    history = History(tmp_path, STORY, author="Rina", clock=lambda: next(times))
    for text in (first, second, first):
        history.keep(text, "save")
    versions = history.versions().versions
    assert len(versions) == 1  # the last save's version, with the first text
    found = earlier_copies(store, path, versions)
    assert [copy.backup.path.name for copy in found] == ["20261206T051240.000000000Z.md"]
    assert [copy.backup.path.name for copy in earlier_copies(store, path, [])] == [
        "20261206T051240.000000000Z.md",
        "20261206T051220.000000000Z.md",
    ]
