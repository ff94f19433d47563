"""A story's folder or file turned into a link while it is open: nothing is read or written
through it (the document's save, reload and disk check; the lock beside it)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from netizen_editor.document import DiskState, Document, Outcome
from netizen_editor.storage.backups import BackupStore
from netizen_editor.storage.links import read_in_folder, read_no_link
from netizen_editor.storage.locks import ArticleLock, lock_path
from netizen_editor.storage.reading import ReadError

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges")

TEXT = "---\ntitle: Empat\n---\n\nIsi berita.\n"


def story(tmp_path: Path) -> tuple[Path, Path]:
    desk = tmp_path / "desk2"
    desk.mkdir()
    path = desk / "empat.md"
    path.write_text(TEXT, encoding="utf-8")
    return desk, path


def swap_folder(desk: Path, elsewhere: Path) -> None:
    """``mv desk2 desk2.gone; ln -s /elsewhere desk2``."""
    desk.rename(desk.with_name(desk.name + ".gone"))
    elsewhere.mkdir(exist_ok=True)
    desk.symlink_to(elsewhere, target_is_directory=True)


def test_a_save_stops_when_the_folder_now_leads_elsewhere(tmp_path):
    desk, path = story(tmp_path)
    document, _text = Document.open(path)
    elsewhere = tmp_path / "elsewhere2"
    swap_folder(desk, elsewhere)
    result = document.save(TEXT + "Baru.\n", BackupStore(tmp_path / "backups"))
    assert result.outcome is Outcome.MOVED
    assert str(desk) in result.message and str(elsewhere) in result.message
    assert list(elsewhere.iterdir()) == []  # no file, no .netizen/ there
    # the overwrite of a conflict's answer stops there too
    (elsewhere / "empat.md").write_text("lain\n", encoding="utf-8")
    result = document.save(TEXT, BackupStore(tmp_path / "backups"), overwrite=True)
    assert result.outcome is Outcome.MOVED
    assert (elsewhere / "empat.md").read_text(encoding="utf-8") == "lain\n"


def test_a_folder_that_is_gone_fails_as_before_and_a_saved_folder_is_the_new_place(tmp_path):
    desk, path = story(tmp_path)
    document, _text = Document.open(path)
    desk.rename(tmp_path / "gone")
    result = document.save(TEXT, BackupStore(tmp_path / "backups"))
    assert result.outcome is Outcome.FAILED  # waits for the folder (the window's retry)
    (tmp_path / "gone").rename(desk)
    assert document.save(TEXT, BackupStore(tmp_path / "backups")).outcome is Outcome.SAVED


def test_a_story_opened_through_a_linked_folder_saves_there(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "via").symlink_to(real, target_is_directory=True)
    document, _text = Document.open(tmp_path / "via" / "a.md")
    result = document.save(TEXT + "x\n", BackupStore(tmp_path / "backups"))
    assert result.outcome is Outcome.SAVED
    assert (real / "a.md").read_text(encoding="utf-8") == TEXT + "x\n"


def test_a_file_turned_into_a_link_is_not_reloaded_and_a_save_asks(tmp_path):
    _desk, path = story(tmp_path)
    document, _text = Document.open(path)
    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    path.unlink()
    path.symlink_to(secret)
    assert document.check_disk() is DiskState.LINK
    assert document.link_target() == str(secret)
    reloaded = document.reload()
    assert reloaded.outcome is Outcome.FAILED and "root:x" not in reloaded.text
    assert f"a link to {secret}; not read" in reloaded.message
    backups = BackupStore(tmp_path / "backups")
    secret.write_text(TEXT, encoding="utf-8")  # the same text: still asked
    assert document.save(TEXT, backups).outcome is Outcome.CONFLICT
    assert document.save(TEXT + "mine\n", backups, overwrite=True).ok
    assert not path.is_symlink() and path.read_text(encoding="utf-8") == TEXT + "mine\n"
    assert secret.read_text(encoding="utf-8") == TEXT  # the link's target left alone
    assert backups.list_backups(path) == []  # the link was not read into a backup
    assert document.check_disk() is DiskState.SAME


def test_read_no_link_reads_a_regular_file_and_refuses_a_link(tmp_path):
    _desk, path = story(tmp_path)
    assert read_no_link(path).text == TEXT
    link = tmp_path / "desk2" / "link.md"
    link.symlink_to(path)
    with pytest.raises(ReadError) as caught:
        read_no_link(link)
    assert caught.value.kind == "link"


def test_read_in_folder_reads_a_link_within_the_folder_only(tmp_path):
    _desk, path = story(tmp_path)
    inside = path.with_name("sama.md")
    inside.symlink_to(path.name)
    assert read_in_folder(inside).text == TEXT
    outside = tmp_path / "luar.md"
    outside.write_text("root:x\n", encoding="utf-8")
    planted = path.with_name("tanam.md")
    planted.symlink_to(outside)
    with pytest.raises(ReadError) as caught:
        read_in_folder(planted)
    assert caught.value.kind == "link"
    assert (
        str(caught.value) == f"{planted}: a link to a file outside its folder ({outside}); not read"
    )


def test_the_lock_is_neither_refreshed_nor_removed_in_a_folder_that_leads_elsewhere(tmp_path):
    desk, path = story(tmp_path)
    lock = ArticleLock(path, "Ani")
    assert lock.acquire() is None
    elsewhere = tmp_path / "elsewhere"
    swap_folder(desk, elsewhere)
    assert lock.refresh() is True  # still ours; nothing written
    assert not os.path.lexists(lock_path(elsewhere / "empat.md"))
    ours = lock_path(tmp_path / "desk2.gone" / "empat.md")
    planted = lock_path(elsewhere / "empat.md")
    planted.write_bytes(ours.read_bytes())  # a copy of ours, in the other place
    lock.release()
    assert planted.exists()  # nothing removed there
