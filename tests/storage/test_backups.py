from __future__ import annotations

from pathlib import Path

import pytest

from netizen_editor.storage import backups as backups_module
from netizen_editor.storage.backups import BackupStore


@pytest.fixture
def store(tmp_path: Path) -> BackupStore:
    return BackupStore(tmp_path / "backups", keep=10)


def test_missing_file_has_nothing_to_back_up(store: BackupStore, tmp_path: Path) -> None:
    assert store.backup(tmp_path / "belum-ada.md") is None
    assert store.list_backups(tmp_path / "belum-ada.md") == []


def test_keeps_the_newest_ten(store: BackupStore, tmp_path: Path) -> None:
    article = tmp_path / "Berita Utama!.md"
    for i in range(15):
        article.write_text(f"versi {i}\n")
        assert store.backup(article) is not None
    entries = store.list_backups(article)
    assert len(entries) == 10
    assert [store.read_backup(e) for e in entries] == [f"versi {i}\n" for i in range(14, 4, -1)]
    assert entries[0].time >= entries[-1].time
    assert entries[0].size == len("versi 14\n")
    folder = entries[0].path.parent
    assert folder.name.endswith("-Berita-Utama")
    assert (folder / "origin.txt").read_text().strip() == str(article.resolve())


def test_identical_content_is_skipped(store: BackupStore, tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("sama\n")
    assert store.backup(article) is not None
    assert store.backup(article) is None
    article.write_text("beda\n")
    assert store.backup(article) is not None
    assert len(store.list_backups(article)) == 2


def test_unique_names_within_one_second(
    store: BackupStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backups_module.time, "time_ns", lambda: 1_700_000_000_123_456_789)
    article = tmp_path / "a.md"
    made = []
    for i in range(5):
        article.write_text(f"v{i}")
        made.append(store.backup(article))
    assert len(set(made)) == 5
    assert [store.read_backup(e) for e in store.list_backups(article)] == [
        f"v{i}" for i in range(4, -1, -1)
    ]


def test_same_name_in_other_folders_do_not_mix(store: BackupStore, tmp_path: Path) -> None:
    one, two = tmp_path / "x" / "a.md", tmp_path / "y" / "a.md"
    for path in (one, two):
        path.parent.mkdir()
        path.write_text(str(path))
        store.backup(path)
    assert store.folder_for(one) != store.folder_for(two)
    assert store.read_backup(store.list_backups(two)[0]) == str(two)
