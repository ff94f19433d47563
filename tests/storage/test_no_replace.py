"""A rename that never replaces a colleague's file made at the new name meanwhile."""

from __future__ import annotations

import contextlib
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


def test_a_folder_never_takes_the_place_of_an_empty_one_made_before_the_rename(
    tmp_path, monkeypatch
):
    """QA24 #1: a folder has no hard link, so the rename looked and then renamed; a colleague's
    EMPTY folder made at the name after the look was replaced without a word (rename(2) does
    that for an empty folder). The rename itself refuses a taken name now."""
    old = tmp_path / "a_files"
    old.mkdir()
    (old / "foto.jpg").write_bytes(b"foto")
    new = tmp_path / "Teknologi" / "a_files"
    new.parent.mkdir()
    look = os.path.lexists

    def colleague():
        with contextlib.suppress(FileExistsError):
            new.mkdir()

    def late_look(path):  # the colleague's folder lands right after a look
        seen = look(path)
        colleague()
        return seen

    def before_rename(*args):  # ... or right before the rename itself
        colleague()
        return renamed(*args)

    renamed = getattr(no_replace, "_renamed_no_replace", None)
    monkeypatch.setattr(os.path, "lexists", late_look)
    if renamed is not None:
        monkeypatch.setattr(no_replace, "_renamed_no_replace", before_rename)
    with pytest.raises(FileExistsError):
        rename_no_replace(old, new)
    assert os.listdir(new) == [] and os.listdir(old) == ["foto.jpg"]


def test_a_rename_goes_into_the_folder_opened_even_when_a_link_took_its_place(tmp_path):
    """A path with a folder handle (storage.atomic's) is renamed relative to that handle: the
    folder swapped for a link to elsewhere after it was opened gets nothing through the link."""
    from netizen_editor.storage.atomic import At

    here, there, outside = tmp_path / "Nasional", tmp_path / "Teknologi", tmp_path / "outside"
    for folder in (here, there, outside):
        folder.mkdir()
    (here / "foto.jpg").write_bytes(b"foto")
    fd = os.open(there, os.O_RDONLY | os.O_DIRECTORY)
    try:
        there.rename(tmp_path / "kept")
        there.symlink_to(outside, target_is_directory=True)
        rename_no_replace(here / "foto.jpg", At(there, "foto.jpg", fd))
        with pytest.raises(FileExistsError):
            rename_no_replace(At(there, "foto.jpg", fd), At(there, "foto.jpg", fd))
    finally:
        os.close(fd)
    assert os.listdir(outside) == [] and os.listdir(tmp_path / "kept") == ["foto.jpg"]
