"""A file kept aside under a hidden hard link while something replaces it (storage.kept_aside),
as exports keep the old files at their names."""

from __future__ import annotations

import os
import sys

import pytest

from netizen_editor.storage.atomic import LinkRefused, atomic_write_bytes
from netizen_editor.storage.kept_aside import drop, keep_aside, put_back


def test_the_kept_file_comes_back_as_the_very_file_and_drop_leaves_only_the_new_one(tmp_path):
    path = tmp_path / "s.html"
    path.write_bytes(b"old")
    before = path.stat()
    kept = keep_aside(path, below=tmp_path)
    assert kept is not None and kept.aside.startswith(".s.html.")
    atomic_write_bytes(path, b"new", below=tmp_path)
    put_back(kept)
    assert path.read_bytes() == b"old" and path.stat().st_ino == before.st_ino
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.html"]
    kept = keep_aside(path, below=tmp_path)
    assert kept is not None
    atomic_write_bytes(path, b"new", below=tmp_path)
    drop(kept)
    assert path.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.html"]


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges")
def test_nothing_there_and_a_folder_that_became_a_link_are_said(tmp_path):
    with pytest.raises(FileNotFoundError):
        keep_aside(tmp_path / "missing.html", below=tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "foto.jpg").write_bytes(b"theirs")
    (tmp_path / "s_images").symlink_to(elsewhere)
    with pytest.raises(LinkRefused):
        keep_aside(tmp_path / "s_images" / "foto.jpg", below=tmp_path)
    assert os.listdir(elsewhere) == ["foto.jpg"]
