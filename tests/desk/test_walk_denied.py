"""A folder whose names can be listed but whose files cannot be looked at (mode ``r--``, or a
list-only ACL on a shared drive): QA29 H4 found its stories vanished without a word (``desk
FOLDER`` gave ``[]`` and exit 0). The desk folder itself cannot be read (exit 2, as for mode
000); a subfolder like it, or a story whose stat is refused, is a row with its problem.

Root reads a ``r--`` folder anyway (its DAC override), so the refusal is made by patching
``os.lstat`` and ``os.scandir`` here; ``test_a_real_list_only_folder`` makes it with ``chmod``
(as root inside ``unshare --user``, where the override does not apply)."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys

import pytest

from netizen_editor.desk import list_desk
from netizen_editor.desk.walk import DeskError, desk_root, walk_desk
from tests.desk.conftest import article, list_only, write

pytestmark = pytest.mark.usefixtures("english")

DENIED = "the folder cannot be read: permission denied"


def _denied(path: object) -> PermissionError:
    return PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))


def test_a_desk_folder_that_can_only_be_listed_cannot_be_read(desk, cache, monkeypatch):
    write(desk / "a.md", article())
    list_only(monkeypatch, desk)
    with pytest.raises(DeskError) as refused:
        desk_root(desk)
    assert refused.value.located() == f"{desk}: {DENIED}"
    with pytest.raises(DeskError):
        list_desk(desk, cache_dir=cache)


def test_a_subfolder_that_can_only_be_listed_is_a_row_with_its_problem(desk, cache,
                                                                         monkeypatch):  # fmt: skip
    write(desk / "a.md", article("Terbaca"))
    write(desk / "tertutup" / "b.md", article("Tersembunyi"))
    list_only(monkeypatch, desk / "tertutup")
    rows = {entry.path: entry for entry in list_desk(desk, cache_dir=cache)}
    assert sorted(rows) == ["a.md", "tertutup"]
    assert rows["tertutup"].problem == DENIED and rows["a.md"].problem is None
    # the folder's own time, not 1970 (QA29 M2): its parent lists it, so it can be looked at
    os.utime(desk / "tertutup", ns=(0, 1_765_000_000 * 10**9))
    rows = {entry.path: entry for entry in list_desk(desk, cache_dir=cache)}
    assert rows["tertutup"].modified == "2025-12-06T05:46:40+00:00"


class _Entry:
    """A ``DirEntry`` whose stat is refused (a share that lists names, and says EACCES for
    each file)."""

    def __init__(self, entry: os.DirEntry[str]):
        self._entry = entry
        self.name, self.path = entry.name, entry.path

    def is_file(self, *, follow_symlinks: bool = True) -> bool:
        return self._entry.is_file(follow_symlinks=follow_symlinks)

    def is_dir(self, *, follow_symlinks: bool = True) -> bool:
        return self._entry.is_dir(follow_symlinks=follow_symlinks)

    def is_symlink(self) -> bool:
        return self._entry.is_symlink()

    def stat(self, *, follow_symlinks: bool = True) -> os.stat_result:
        raise _denied(self.path)


_SCANDIR = os.scandir


class _Listing:
    def __init__(self, folder: str):
        self._entries = _SCANDIR(folder)

    def __enter__(self) -> _Listing:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._entries.close()

    def __iter__(self):
        return (_Entry(entry) for entry in self._entries)


def test_a_story_whose_stat_is_refused_is_a_row_with_its_problem(desk, monkeypatch):
    write(desk / "a.md", article())
    os.mkfifo(desk / "pipa.md")  # not the usual regular file: looked at by the slower path
    monkeypatch.setattr(os, "scandir", _Listing)
    found = walk_desk(desk_root(desk))
    assert sorted(found.files) == ["a.md", "pipa.md"]
    for row in found.files.values():
        assert row.read_at is None
        assert row.problem == "the file cannot be read: permission denied"


def _in_user_namespace() -> list[str] | None:
    """How to run a command where ``chmod`` binds this user: as it is for a user other than
    root; inside ``unshare --user`` for root (None when that cannot be made here)."""
    if os.geteuid() != 0:
        return []
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    tried = subprocess.run([unshare, "--user", "true"], capture_output=True, check=False)
    return [unshare, "--user"] if tried.returncode == 0 else None


def test_a_real_list_only_folder(desk, tmp_path):
    prefix = _in_user_namespace()
    if prefix is None:
        pytest.skip("root here, and no user namespace to make chmod bind")
    write(desk / "a.md", article("Terbaca"))
    write(desk / "tertutup" / "b.md", article("Tersembunyi"))
    write(tmp_path / "luar" / "c.md", article("Luar"))
    settings = tmp_path / "settings.toml"
    settings.write_text('ui_language = "en"\n')
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o777)
    for folder in (desk / "tertutup", tmp_path / "luar"):
        folder.chmod(0o444)
    try:
        env = {**os.environ, "NETIZEN_EDITOR_CACHE_DIR": str(cache)}
        command = [*prefix, sys.executable, "-m", "netizen_editor", "desk", "--format", "json",
                   "--settings", str(settings)]  # fmt: skip
        inside = subprocess.run([*command, str(desk)], capture_output=True, text=True, env=env,
                                check=False)  # fmt: skip
        outside = subprocess.run([*command, str(tmp_path / "luar")], capture_output=True,
                                 text=True, env=env, check=False)  # fmt: skip
    finally:
        for folder in (desk / "tertutup", tmp_path / "luar"):
            folder.chmod(0o755)
    assert inside.returncode == 0, inside.stderr
    rows = {row["path"]: row["problem"] for row in json.loads(inside.stdout)}
    assert rows == {"a.md": None, "tertutup": DENIED}
    assert (outside.returncode, outside.stdout) == (2, "")
    assert outside.stderr == f"{tmp_path / 'luar'}: {DENIED}\n"
