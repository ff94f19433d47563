"""A rename that never replaces a colleague's file made at the new name meanwhile."""

from __future__ import annotations

import errno
import os

import pytest

from netizen_editor.storage import no_replace
from netizen_editor.storage.no_replace import rename_no_replace


def test_a_rename_moves_the_file_and_keeps_its_bytes(tmp_path):
    old, new = tmp_path / "a.md", tmp_path / "sub" / "b.md"
    new.parent.mkdir()
    old.write_text("teks", encoding="utf-8")
    rename_no_replace(old, new)
    assert not old.exists() and new.read_text(encoding="utf-8") == "teks"
    assert new.stat().st_nlink == 1


def test_a_name_taken_meanwhile_is_never_replaced(tmp_path, monkeypatch):
    old, new = tmp_path / "a.md", tmp_path / "c.md"
    old.write_text("kita", encoding="utf-8")
    new.write_text("rekan", encoding="utf-8")  # a colleague's save, after any look
    with pytest.raises(FileExistsError):
        rename_no_replace(old, new)
    assert new.read_text(encoding="utf-8") == "rekan" and old.read_text(encoding="utf-8") == "kita"


def test_on_a_drive_without_hard_links_it_looks_then_renames(tmp_path, monkeypatch):
    def no_links(*args, **kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(no_replace.os, "link", no_links)
    old, new = tmp_path / "a.md", tmp_path / "b.md"
    old.write_text("kita", encoding="utf-8")
    rename_no_replace(old, new)
    assert new.read_text(encoding="utf-8") == "kita" and not old.exists()
    new.rename(old)
    (tmp_path / "b.md").write_text("rekan", encoding="utf-8")
    with pytest.raises(FileExistsError):
        rename_no_replace(old, new)
    assert new.read_text(encoding="utf-8") == "rekan"


def test_a_link_is_renamed_itself_never_its_target(tmp_path):
    target = tmp_path / "asli.md"
    target.write_text("asli", encoding="utf-8")
    link = tmp_path / "tautan.md"
    link.symlink_to(target)
    rename_no_replace(link, tmp_path / "baru.md")
    moved = tmp_path / "baru.md"
    assert moved.is_symlink() and os.readlink(moved) == str(target)
    assert target.read_text(encoding="utf-8") == "asli" and target.stat().st_nlink == 1
