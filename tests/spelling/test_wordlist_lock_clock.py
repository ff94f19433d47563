"""The newsroom word list's lock judged by the shared drive's clock: a computer whose clock is
minutes ahead of the drive took a colleague's lock, written a moment before, for a crashed app's
(its file's time more than 2 minutes behind this clock) and broke it; one whose clock is behind
kept a crashed app's lock from the window (which waits 1 s) until its clock caught up, and a
time planted far ahead in a lock kept it for ever."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from netizen_editor.spelling import wordlists

MINUTE = 60


def _drive_clock(monkeypatch: pytest.MonkeyPatch, ahead_s: float) -> None:
    """Every lock file made in the list's folder is timed by a drive whose clock is ``ahead_s``
    seconds ahead of this computer's (behind when below 0), the app's own as a colleague's."""
    made = wordlists._create_lock

    def on_the_drive(lock: Path, token: str) -> None:
        made(lock, token)
        drive_now = time.time() + ahead_s
        os.utime(lock, (drive_now, drive_now))

    monkeypatch.setattr(wordlists, "_create_lock", on_the_drive)


def _colleagues_lock(shared: Path, ahead_s: float, age_s: float) -> Path:
    """A lock of the app on another computer beside the list ``shared`` (which holds "ujar"),
    written ``age_s`` seconds ago by the drive's clock (``ahead_s`` ahead of this computer's)."""
    shared.write_text("ujar\n", encoding="utf-8")
    lock = wordlists.lock_path(shared)
    lock.write_text(json.dumps({"token": "x", "pid": 1, "hostname": "meja-lain", "since": 0}))
    written = time.time() + ahead_s - age_s
    os.utime(lock, (written, written))
    return lock


@pytest.mark.parametrize("ahead_s", [-5 * MINUTE, -3 * 3600], ids=["5-min", "3-hours"])
def test_a_colleagues_lock_of_a_moment_ago_holds_though_this_clock_runs_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ahead_s: float
) -> None:
    shared = tmp_path / "kata-redaksi.txt"
    _drive_clock(monkeypatch, ahead_s)
    lock = _colleagues_lock(shared, ahead_s, age_s=1)
    before = lock.read_bytes()
    with pytest.raises(wordlists.WordListError) as caught:
        wordlists.add(shared, "tuturnya", wait=wordlists.WINDOW_LOCK_WAIT_S)
    assert "meja-lain" in str(caught.value)
    assert shared.read_text(encoding="utf-8") == "ujar\n"  # their turn: nothing written
    assert lock.read_bytes() == before  # their lock left alone
    assert sorted(p.name for p in tmp_path.iterdir()) == [lock.name, shared.name]  # no probe


@pytest.mark.parametrize("ahead_s", [5 * MINUTE, 3 * 3600], ids=["5-min", "3-hours"])
def test_a_crashed_apps_lock_is_taken_over_at_once_though_this_clock_runs_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ahead_s: float
) -> None:
    shared = tmp_path / "kata-redaksi.txt"
    _drive_clock(monkeypatch, ahead_s)
    lock = _colleagues_lock(shared, ahead_s, age_s=4 * MINUTE)  # crashed 4 min ago
    assert wordlists.add(shared, "tuturnya", wait=wordlists.WINDOW_LOCK_WAIT_S) is True
    assert shared.read_text(encoding="utf-8") == "ujar\ntuturnya\n"
    assert not lock.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [shared.name]


def test_a_lock_whose_time_is_planted_far_ahead_is_not_held_for_ever(tmp_path: Path) -> None:
    shared = tmp_path / "kata-redaksi.txt"
    lock = _colleagues_lock(shared, 0, age_s=-365 * 24 * 3600)  # a year from now
    assert wordlists.add(shared, "tuturnya", wait=wordlists.WINDOW_LOCK_WAIT_S) is True
    assert shared.read_text(encoding="utf-8") == "ujar\ntuturnya\n"
    assert not lock.exists()
