"""What a killed write left (storage.leftovers): a save's temp file (``.NAME.XXXXXXXX.tmp``)
and an export's old file kept aside (``.NAME.XXXXXXXX.old``) stayed hidden in the article's
folder for good when the process was killed between its two steps (SIGKILL, a power cut),
holding old text and piling up. The next save or export of NAME there now removes them once
nothing changed them for 15 minutes by the drive's clock; a colleague's write under way, every
other name, and what a planted link points to stay."""

from __future__ import annotations

import os
import stat
import sys
import time
from pathlib import Path

import pytest

from netizen_editor.document import Document, Outcome
from netizen_editor.export import write_export
from netizen_editor.export.base import ExportResult
from netizen_editor.storage import atomic, leftovers, no_replace
from netizen_editor.storage.atomic import atomic_write_bytes
from netizen_editor.storage.backups import BackupStore
from netizen_editor.storage.kept_aside import keep_aside

HOUR_NS = 3600 * 10**9
PAGE = "<!DOCTYPE html><html><body><p>Berita baru</p></body></html>"


@pytest.fixture(autouse=True)
def every_write_looks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each write here looks for leftovers (the app looks once in a while per folder and NAME:
    ``test_a_folder_is_looked_at_once_in_a_while``)."""
    monkeypatch.setattr(leftovers, "LOOK_AGAIN_AFTER_S", 0)
    monkeypatch.setattr(leftovers, "_looked", {})


@pytest.fixture
def an_hour_later(monkeypatch: pytest.MonkeyPatch) -> None:
    """The drive's clock an hour past the leftovers planted before the write: the file just
    written says so by its time (this computer's clock stays where it is)."""
    real = atomic._fsync

    def fsync(fd: int) -> None:
        real(fd)
        if stat.S_ISREG(os.fstat(fd).st_mode):  # the temp file (not the folder)
            later = time.time_ns() + HOUR_NS
            os.utime(fd, ns=(later, later))

    monkeypatch.setattr(atomic, "_fsync", fsync)


def plant(path: Path, data: bytes = b"teks lama") -> Path:
    path.write_bytes(data)
    return path


def test_a_killed_saves_temp_file_goes_with_the_next_save(tmp_path: Path, an_hour_later) -> None:
    desk = tmp_path / "desk"
    desk.mkdir()
    story = plant(desk / "berita.md", b"# Banjir\n")
    plant(desk / ".berita.md.0a1b2c3d.tmp", b"# Banjir di Jak")  # killed half way
    document, text = Document.open(story)
    document.set_dirty(True)
    result = document.save(text + "Baru.\n", BackupStore(tmp_path / "backups"))
    assert result.outcome is Outcome.SAVED
    assert os.listdir(desk) == ["berita.md"]


def test_a_killed_exports_old_file_goes_with_the_next_export(tmp_path: Path, an_hour_later) -> None:
    out = plant(tmp_path / "s.html", b"<p>lama</p>")
    assert keep_aside(out, below=tmp_path) is not None  # the export was killed here
    plant(tmp_path / ".s.html.9f8e7d6c.tmp", b"<p>setengah")  # ... or here
    write_export(ExportResult(html=PAGE), out)
    assert os.listdir(tmp_path) == ["s.html"]
    assert out.read_text(encoding="utf-8") == PAGE


def test_a_colleagues_export_under_way_is_left_alone(tmp_path: Path) -> None:
    out = plant(tmp_path / "s.html", b"<p>lama</p>")
    two_days_ago = time.time_ns() - 48 * HOUR_NS
    os.utime(out, ns=(two_days_ago, two_days_ago))
    kept = keep_aside(out, below=tmp_path)  # theirs: the old file, its times two days old
    assert kept is not None
    theirs = plant(tmp_path / ".s.html.0a1b2c3d.tmp", b"<p>baru mereka")  # being written
    atomic_write_bytes(out, PAGE.encode(), below=tmp_path)
    assert (tmp_path / kept.aside).read_bytes() == b"<p>lama</p>"
    assert theirs.read_bytes() == b"<p>baru mereka"


def test_only_that_names_leftovers_go(tmp_path: Path, an_hour_later) -> None:
    out = plant(tmp_path / "s.html")
    others = [
        ".t.html.0a1b2c3d.tmp",  # another story's
        ".s.0a1b2c3d.tmp",
        ".s.htm.0a1b2c3d.old",
        ".x.s.html.0a1b2c3d.tmp",
        ".S.html.0a1b2c3d.tmp",
        ".s.html.0a1b2c3.tmp",  # not the shape the writers make
        ".s.html.0a1b2c3d4.tmp",
        ".s.html.0A1B2C3D.tmp",
        ".s.html.0a1b2c3g.old",
        ".s.html.0a1b2c3d.bak",
        ".s.html.0a1b2c3d.tmp.x",
        ".s.html.0a1b2c3d.removed",
        ".s.html.0a1b2c3d.renaming",
        "s.html.0a1b2c3d.tmp",
        ".~lock.s.html#",
    ]
    for name in others:
        plant(tmp_path / name)
    (tmp_path / ".s.html.0a1b2c3e.tmp").mkdir()  # a folder of that shape
    plant(tmp_path / ".s.html.0a1b2c3e.tmp" / "isi.txt")
    plant(tmp_path / ".s.html.deadbeef.old")
    atomic_write_bytes(out, PAGE.encode(), below=tmp_path)
    left = sorted(os.listdir(tmp_path))
    assert left == sorted([*others, ".s.html.0a1b2c3e.tmp", "s.html"])
    assert (tmp_path / ".s.html.0a1b2c3e.tmp" / "isi.txt").read_bytes() == b"teks lama"


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges")
def test_a_planted_link_of_that_shape_goes_as_a_name(tmp_path: Path, an_hour_later) -> None:
    desk, elsewhere = tmp_path / "desk", tmp_path / "elsewhere"
    desk.mkdir()
    elsewhere.mkdir()
    secret = plant(elsewhere / "rahasia.txt", b"jangan dihapus")
    (desk / ".s.html.0a1b2c3d.tmp").symlink_to(secret)
    (desk / ".s.html.0a1b2c3e.old").symlink_to(elsewhere)
    (desk / ".s.html.0a1b2c3f.tmp").symlink_to(tmp_path / "nothing-there")
    atomic_write_bytes(desk / "s.html", PAGE.encode(), below=desk)
    assert os.listdir(desk) == ["s.html"]
    assert os.listdir(elsewhere) == ["rahasia.txt"]
    assert secret.read_bytes() == b"jangan dihapus"


@pytest.mark.parametrize("bound", ["MAX_NAMES", "MAX_LEFTOVERS"])
def test_one_write_looks_at_a_bounded_number_of_names(
    tmp_path: Path, an_hour_later, monkeypatch: pytest.MonkeyPatch, bound: str
) -> None:
    monkeypatch.setattr(leftovers, bound, 20)
    for number in range(100):
        plant(tmp_path / f".s.html.{number:08x}.tmp")
    atomic_write_bytes(tmp_path / "s.html", PAGE.encode(), below=tmp_path)
    removed = 101 - len(os.listdir(tmp_path))
    assert 0 < removed <= 20


def test_a_story_a_failed_rename_left_aside_stays(
    tmp_path: Path, an_hour_later, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = plant(tmp_path / "Berita.md", b"# Banjir\n")
    real = no_replace.rename_no_replace

    def rename(source: Path | str, target: Path | str) -> None:
        if not Path(source).name.startswith(".Berita.md."):
            return real(source, target)
        raise PermissionError(13, "Permission denied")  # nor onwards, nor back

    monkeypatch.setattr(no_replace, "rename_no_replace", rename)
    with pytest.raises(no_replace.LeftAside) as caught:
        no_replace.rename_new_case(story, tmp_path / "berita.md")
    atomic_write_bytes(story, b"# Banjir baru\n", below=tmp_path)  # its old name, written again
    assert caught.value.aside.read_bytes() == b"# Banjir\n"


def test_where_st_ctime_is_the_files_making_old_files_kept_aside_stay(
    tmp_path: Path, an_hour_later, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(leftovers, "_CTIME_IS_CHANGE", False)  # Windows
    out = plant(tmp_path / "s.html")
    plant(tmp_path / ".s.html.0a1b2c3d.tmp")
    kept = keep_aside(out, below=tmp_path)
    assert kept is not None
    atomic_write_bytes(out, PAGE.encode(), below=tmp_path)
    assert sorted(os.listdir(tmp_path)) == sorted([kept.aside, "s.html"])


def test_a_folder_that_cannot_be_listed_still_saves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(*args: object) -> list[str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(leftovers, "abandoned", denied)
    atomic_write_bytes(tmp_path / "s.html", PAGE.encode(), below=tmp_path)
    assert (tmp_path / "s.html").read_text(encoding="utf-8") == PAGE


def test_a_folder_is_looked_at_once_in_a_while(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A story saved every few seconds into a desk of thousands on a shared drive listed the
    folder at each save; it is listed for that NAME once in ``LOOK_AGAIN_AFTER_S``."""
    monkeypatch.setattr(leftovers, "LOOK_AGAIN_AFTER_S", 300)
    listed: list[str] = []
    real = leftovers.abandoned

    def counted(dir_fd, folder, name, written):
        listed.append(name)
        return real(dir_fd, folder, name, written)

    monkeypatch.setattr(leftovers, "abandoned", counted)
    for n in range(5):
        atomic_write_bytes(tmp_path / "banjir.md", f"versi {n}".encode())
    atomic_write_bytes(tmp_path / "gempa.md", b"lain")
    assert listed == ["banjir.md", "gempa.md"]
