"""A story whose change time is past the calendar (a shared drive or tmpfs keeps times up to
year 36812): the desk's list died with "ValueError: year 36812 is out of range" making the row's
time (QA24 #3's class: a time read from a file). It is now the end of the years a date may
have, which every clock of the desk can show. One changed after 2262 (ext4 keeps them up to
2446) made the desk's index fail to write: "Python int too large to convert to SQLite
INTEGER"."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from types import SimpleNamespace

import pytest

from netizen_editor.article import dates
from netizen_editor.desk import list_desk
from netizen_editor.desk.reader import modified_iso
from netizen_editor.storage.locks import ArticleLock, lock_path
from tests.desk.conftest import article, write
from tests.windows_time import windows_datetime

FAR = 2**40  # seconds: year 36812


def test_a_change_time_past_the_calendar_is_its_years_end():
    assert modified_iso(FAR * 10**9) == "8999-12-31T23:59:59+00:00"
    assert modified_iso(-FAR * 10**9) == "1000-01-01T00:00:00+00:00"
    assert modified_iso(1_000_000 * 10**9) == "1970-01-12T13:46:40+00:00"


def test_the_compare_dialogs_time_of_such_a_file(english):
    from netizen_editor.gui.dialogs.compare_dialog import _modified

    far = SimpleNamespace(stat=lambda: SimpleNamespace(st_mtime=float(FAR)))
    assert _modified(far, "WIB") == "1 Jan 9000 06:59:59 WIB"  # as the desk writes a time


@pytest.fixture
def far_folder():
    """A folder whose files may keep a change time past year 9999 (tmpfs), else a skip."""
    base = "/dev/shm" if os.path.isdir("/dev/shm") else None
    with tempfile.TemporaryDirectory(dir=base) as folder:
        probe = os.path.join(folder, "probe")
        open(probe, "w").close()
        os.utime(probe, (FAR, FAR))
        if os.stat(probe).st_mtime != FAR:
            pytest.skip("this file system clamps change times")
        os.unlink(probe)
        yield folder


def test_the_desk_lists_such_a_story(far_folder, tmp_path):
    from pathlib import Path

    desk = Path(far_folder)
    write(desk / "a.md", article("Banjir"))
    os.utime(desk / "a.md", (FAR, FAR))
    (entry,) = list_desk(desk, cache_dir=tmp_path / "cache")
    assert entry.modified == "8999-12-31T23:59:59+00:00" and entry.title == "Banjir"
    run = subprocess.run(
        [sys.executable, "-m", "netizen_editor", "desk", str(desk), "--format", "text"],
        capture_output=True, text=True, check=False,
        env={**os.environ, "NETIZEN_EDITOR_CONFIG_DIR": str(tmp_path / "config"),
             "NETIZEN_EDITOR_DATA_DIR": str(tmp_path / "data")},
    )  # fmt: skip
    assert run.returncode == 0 and "Traceback" not in run.stderr
    assert "9000-01-01 06:59 WIB" in run.stdout


def test_a_story_changed_after_2262_is_listed_and_read_again_at_the_next_start(desk, cache):
    write(desk / "a.md", article("Banjir"))
    later = 14_000_000_000  # 2413-08-23: past SQLite's nanoseconds
    os.utime(desk / "a.md", (later, later))
    if os.stat(desk / "a.md").st_mtime_ns != later * 10**9:
        pytest.skip("this file system clamps change times")
    first = list_desk(desk, cache_dir=cache)
    assert [(e.title, e.modified) for e in first] == [("Banjir", "2413-08-23T00:53:20+00:00")]
    assert list_desk(desk, cache_dir=cache) == first


@pytest.fixture
def windows_c_library(monkeypatch):
    monkeypatch.setattr(dates, "dt", windows_datetime())


def test_on_windows_the_desk_lists_a_story_changed_in_1965(windows_c_library, desk, cache):
    write(desk / "lama.md", article("Arsip"), mtime=-157_766_400)
    (entry,) = list_desk(desk, cache_dir=cache)
    assert (entry.title, entry.modified, entry.problem) == (
        "Arsip",
        "1965-01-01T00:00:00+00:00",
        None,
    )


def test_on_windows_a_change_time_past_3000_is_still_a_time(windows_c_library):
    assert modified_iso(48_755_433_600 * 10**9) == "3515-01-01T00:00:00+00:00"
    assert modified_iso(1_000_000 * 10**9) == "1970-01-12T13:46:40+00:00"
    assert modified_iso(1_500_000_000_250_000_000) == "2017-07-14T02:40:00+00:00"


def test_on_windows_a_file_from_1965_at_a_locks_name_is_an_unknown_holder(windows_c_library, desk):
    story = write(desk / "a.md", article("Banjir"))
    planted = write(lock_path(story), "not a lock", mtime=-157_766_400)  # 1965-01-01
    holder = ArticleLock(story, "Budi").acquire()
    assert holder is not None and holder.user == "" and holder.heartbeat.year == 1965
    assert planted.read_text(encoding="utf-8") == "not a lock"
