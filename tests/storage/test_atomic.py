from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from netizen_editor.storage import atomic
from netizen_editor.storage.atomic import SaveError, atomic_write_bytes, atomic_write_text

OLD = b"Judul lama\r\n\r\nIsi artikel yang sudah disimpan.\r\n"
NEW = b"# Judul baru\n\n" + b"Paragraf baru. " * 5000


def leftovers(folder: Path) -> list[str]:
    return [n for n in os.listdir(folder) if n.endswith(".tmp")]


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "artikel.md"
    path.write_bytes(OLD)
    path.chmod(0o640)
    return path


def fail_with(code: int):
    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    return fail


def half_then_fail(code: int):
    """Write part of the data for real, then fail like a disk filling up."""
    calls = {"n": 0}

    def write(fd: int, data) -> int:
        calls["n"] += 1
        if calls["n"] == 1:
            return os.write(fd, bytes(data[: len(data) // 2]))
        raise OSError(code, os.strerror(code))

    return write


FAULTS = {
    "disk full half way": ("_write", half_then_fail(errno.ENOSPC), "The disk is full"),
    "quota half way": ("_write", half_then_fail(getattr(errno, "EDQUOT", 122)), "disk quota"),
    "fsync fails": ("_fsync", fail_with(errno.EIO), "Could not save"),
    "replace denied": ("_replace", fail_with(errno.EACCES), "Permission denied"),
    "replace not permitted": ("_replace", fail_with(errno.EPERM), "Permission denied"),
    "read-only disk": ("_replace", fail_with(errno.EROFS), "The disk is read-only"),
    "read-only folder": ("_mkstemp", fail_with(errno.EROFS), "The disk is read-only"),
    "folder not writable": ("_mkstemp", fail_with(errno.EACCES), "Permission denied"),
}


@pytest.mark.parametrize("name", list(FAULTS))
def test_failed_save_leaves_target_untouched(
    name: str, target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hook, fault, words = FAULTS[name]
    monkeypatch.setattr(atomic, hook, fault)

    with pytest.raises(SaveError) as caught:
        atomic_write_bytes(target, NEW)

    assert target.read_bytes() == OLD
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert leftovers(target.parent) == []
    assert words in caught.value.message
    assert str(target) in caught.value.message
    assert str(caught.value) == caught.value.message
    assert caught.value.path == target
    assert isinstance(caught.value, OSError)

    monkeypatch.undo()
    atomic_write_bytes(target, NEW)
    assert target.read_bytes() == NEW
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_permission_message_names_folder(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic, "_mkstemp", fail_with(errno.EACCES))
    with pytest.raises(SaveError) as caught:
        atomic_write_text(target, "x")
    assert f"you cannot write to the folder {target.parent}" in caught.value.message


def test_failed_first_save_creates_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic, "_write", half_then_fail(errno.ENOSPC))
    path = tmp_path / "baru.md"
    with pytest.raises(SaveError):
        atomic_write_bytes(path, NEW)
    assert os.listdir(tmp_path) == []


def test_unknown_error_keeps_os_text(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic, "_replace", fail_with(errno.EBUSY))
    with pytest.raises(SaveError) as caught:
        atomic_write_bytes(target, NEW)
    assert caught.value.message == f"Could not save {target}: {os.strerror(errno.EBUSY)}"
    assert caught.value.errno == errno.EBUSY


def test_folder_removed(tmp_path: Path) -> None:
    folder = tmp_path / "liputan"
    folder.mkdir()
    path = folder / "artikel.md"
    folder.rmdir()
    with pytest.raises(SaveError) as caught:
        atomic_write_text(path, "teks")
    assert caught.value.message == f"The folder {folder} does not exist, so {path} was not saved"
    folder.mkdir()
    atomic_write_text(path, "teks")
    assert path.read_text() == "teks"


def test_interrupt_cleans_up_and_propagates(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic, "_fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_bytes(target, NEW)
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []


def test_directory_fsync_failure_is_ignored(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"n": 0}

    def fsync(fd: int) -> None:
        calls["n"] += 1
        if calls["n"] > 1:  # the folder's fsync
            raise OSError(errno.EINVAL, "not supported")
        os.fsync(fd)

    monkeypatch.setattr(atomic, "_fsync", fsync)
    atomic_write_bytes(target, NEW)
    assert target.read_bytes() == NEW
    assert calls["n"] == 2


def test_new_file_gets_default_permissions(tmp_path: Path) -> None:
    mask = os.umask(0o027)
    try:
        atomic_write_text(tmp_path / "a.md", "a")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "a.md").stat().st_mode) == 0o640


def test_text_round_trip_exact(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    text = "Baris satu\r\nBaris dua\rBaris tiga\n— kutipan “Netizen” ✓"
    atomic_write_text(path, text)
    assert path.read_bytes() == text.encode("utf-8")


def test_unencodable_text_is_refused_cleanly(target: Path) -> None:
    with pytest.raises(SaveError) as caught:
        atomic_write_text(target, "teks \ud800 rusak")
    assert str(target) in caught.value.message
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []


def test_symlink_is_replaced_not_written_through(target: Path) -> None:
    link = target.parent / "tautan.md"
    link.symlink_to(target)
    atomic_write_bytes(link, NEW)
    assert not link.is_symlink()
    assert link.read_bytes() == NEW
    assert target.read_bytes() == OLD  # the file the link pointed at is untouched


def test_dangling_symlink_creates_nothing_where_it_points(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    folder = tmp_path / "liputan"
    folder.mkdir()
    link = folder / "artikel.md"
    link.symlink_to(elsewhere / "planted.md")
    atomic_write_bytes(link, NEW)
    assert not link.is_symlink() and link.read_bytes() == NEW
    assert list(elsewhere.iterdir()) == []


def test_symlink_to_a_folder_is_replaced(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    link = tmp_path / "artikel.md"
    link.symlink_to(elsewhere, target_is_directory=True)
    atomic_write_bytes(link, NEW)
    assert link.read_bytes() == NEW
    assert list(elsewhere.iterdir()) == []


def test_hard_link_is_not_written_through(target: Path) -> None:
    other = target.parent / "lain.md"
    os.link(target, other)
    atomic_write_bytes(target, NEW)
    assert other.read_bytes() == OLD


def test_a_linked_folder_below_the_trusted_one_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "a_images").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(atomic.LinkRefused) as caught:
        atomic_write_bytes(tmp_path / "a_images" / "foto.jpg", NEW, below=tmp_path)
    assert "is a link, not a folder" in caught.value.message
    assert str(tmp_path / "a_images") in caught.value.message
    assert list(elsewhere.iterdir()) == []
    # without ``below`` the folder is the caller's choice and may be a link
    atomic_write_bytes(tmp_path / "a_images" / "foto.jpg", NEW)
    assert (elsewhere / "foto.jpg").read_bytes() == NEW


def test_make_folder_refuses_links_and_files(tmp_path: Path) -> None:
    made = atomic.make_folder(tmp_path / "a" / "b" / "c", below=tmp_path)
    assert made.is_dir()
    atomic.make_folder(made, below=tmp_path)  # already there: fine
    for kind in ("dangling", "folder"):
        link = tmp_path / kind
        link.symlink_to(tmp_path / "a" if kind == "folder" else tmp_path / "nowhere")
        with pytest.raises(atomic.LinkRefused):
            atomic.make_folder(link / "x", below=tmp_path)
        with pytest.raises(atomic.LinkRefused):
            atomic.make_folder(link)
    assert not (tmp_path / "nowhere").exists()
    assert sorted(os.listdir(tmp_path / "a")) == ["b"]
    (tmp_path / "file").write_text("x")
    with pytest.raises(SaveError) as caught:
        atomic.make_folder(tmp_path / "file")
    assert "not a folder" in caught.value.message


def test_folder_outside_below_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SaveError):
        atomic.make_folder(tmp_path / "a" / ".." / ".." / "b", below=tmp_path / "a")
    assert not (tmp_path.parent / "b").exists()


def test_symlink_put_back(tmp_path: Path) -> None:
    link = tmp_path / "a.html"
    link.write_text("x")
    atomic.atomic_symlink(link, "../somewhere.html")
    assert link.is_symlink() and os.readlink(link) == "../somewhere.html"
    assert leftovers(tmp_path) == []


def test_move_into_refuses_a_linked_folder(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    entry = tmp_path / "x.json"
    entry.write_text("{}")
    (tmp_path / "discarded").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(atomic.LinkRefused):
        atomic.move_into(entry, tmp_path / "discarded", below=tmp_path)
    assert entry.exists() and list(elsewhere.iterdir()) == []
    (tmp_path / "discarded").unlink()
    moved = atomic.move_into(entry, tmp_path / "discarded", below=tmp_path)
    assert moved.read_text() == "{}" and not entry.exists()


@pytest.fixture(params=["folder handles", "lstat checks (as on Windows)"])
def walk(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both ways of keeping to the checked folders: handles (POSIX) and lstat (Windows)."""
    if request.param != "folder handles":
        monkeypatch.setattr(atomic, "_FD_WALK", False)


def test_links_are_never_written_through_either_way(tmp_path: Path, walk: None) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "bashrc").write_bytes(OLD)
    desk = tmp_path / "desk"
    desk.mkdir()
    for name, points_to in [("a", outside / "bashrc"), ("b", outside / "new"), ("c", outside)]:
        (desk / name).symlink_to(points_to)
        atomic_write_bytes(desk / name, NEW, below=tmp_path)
        assert (desk / name).read_bytes() == NEW and not (desk / name).is_symlink()
    (desk / "d_images").symlink_to(outside)
    with pytest.raises(atomic.LinkRefused):
        atomic.make_folder(desk / "d_images" / "x", below=desk)
    with pytest.raises(atomic.LinkRefused):
        atomic_write_bytes(desk / "d_images" / "x.jpg", NEW, below=desk)
    assert sorted(os.listdir(outside)) == ["bashrc"]
    assert (outside / "bashrc").read_bytes() == OLD
    assert leftovers(desk) == []
    with pytest.raises(SaveError) as caught:
        atomic_write_bytes(tmp_path / "gone" / "a.md", NEW)
    assert "does not exist" in caught.value.message


def test_windows_links_and_junctions_count_as_links_cloud_files_do_not() -> None:
    from types import SimpleNamespace

    def entry(tag: int, attributes: int = 0x400) -> os.stat_result:
        fake = SimpleNamespace(
            st_mode=stat.S_IFDIR | 0o755, st_file_attributes=attributes, st_reparse_tag=tag
        )
        return fake  # type: ignore[return-value]

    assert atomic.is_link(entry(0xA000000C))  # IO_REPARSE_TAG_SYMLINK
    assert atomic.is_link(entry(0xA0000003))  # IO_REPARSE_TAG_MOUNT_POINT (a junction)
    assert not atomic.is_link(entry(0x9000001A))  # IO_REPARSE_TAG_CLOUD_* (OneDrive)
    assert not atomic.is_link(entry(0, attributes=0x10))  # a plain folder
