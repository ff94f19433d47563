"""Two apps adding words to one shared newsroom list at once lose none of them (issue 21): each
addition holds the list's lock file (O_EXCL, works on network drives) while it reads and
rewrites the list. A stale lock of a crashed app is taken over; a big or odd list is refused
quickly with a message naming the file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from netizen_editor.spelling import wordlists

ADDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from netizen_editor.spelling import wordlists

    path, prefix, go = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    while not go.exists():
        time.sleep(0.001)
    for n in range(300):
        assert wordlists.add(path, f"{prefix}{n:03d}")
    """
)


def test_two_processes_adding_300_words_each_lose_none(tmp_path: Path) -> None:
    shared = tmp_path / "kata-redaksi.txt"
    shared.write_text("# kata redaksi\n", encoding="utf-8")
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", ADDER, str(shared), prefix, str(go)],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for prefix in ("satu", "dua")
    ]
    time.sleep(1.0)  # both imported and waiting
    go.touch()
    for proc in procs:
        _, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
    words = {entry.word for entry in wordlists.read(shared)}
    expected = {f"{p}{n:03d}" for p in ("satu", "dua") for n in range(300)}
    assert expected <= words
    assert len(wordlists.read(shared)) == 600
    assert not os.path.lexists(wordlists.lock_path(shared))
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith((".tmp", ".stale"))] == []


def test_a_stale_lock_of_a_crashed_app_is_taken_over(tmp_path: Path) -> None:
    from tests.storage.conftest import find_dead_pid

    shared = tmp_path / "kata.txt"
    lock = wordlists.lock_path(shared)
    from netizen_editor.storage.sessions import hostname

    lock.write_text(json.dumps({"pid": find_dead_pid(), "hostname": hostname(), "token": "x"}))
    started = time.monotonic()
    assert wordlists.add(shared, "kata") is True
    assert time.monotonic() - started < 2  # the app is gone: no need to wait
    assert not lock.exists()


def test_a_lock_from_another_computer_is_stale_after_the_timeout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wordlists, "LOCK_STALE_S", 0.3)
    shared = tmp_path / "kata.txt"
    lock = wordlists.lock_path(shared)
    lock.write_text(json.dumps({"pid": 1, "hostname": "komputer-lain", "token": "x"}))
    assert wordlists.add(shared, "kata") is True
    assert [e.word for e in wordlists.read(shared)] == ["kata"]


def test_a_held_lock_makes_the_addition_fail_with_who_holds_it(tmp_path: Path) -> None:
    shared = tmp_path / "kata.txt"
    lock = wordlists.lock_path(shared)
    lock.write_text(json.dumps({"pid": 1, "hostname": "meja-redaksi", "token": "x"}))
    with pytest.raises(wordlists.WordListError) as caught, wordlists.list_lock(shared, wait=0.2):
        pass
    assert "meja-redaksi" in str(caught.value) and str(shared) in str(caught.value)
    assert lock.exists()  # somebody else's: left alone


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_a_lock_that_is_no_file_is_refused_at_once_not_waited_for(
    tmp_path: Path, kind: str
) -> None:
    # a FIFO planted as the lock held "Add to Dictionary" (the window) 10 s, then was removed
    shared = tmp_path / "kata.txt"
    lock = wordlists.lock_path(shared)
    os.mkfifo(lock) if kind == "fifo" else lock.mkdir()
    with pytest.raises(wordlists.WordListError) as caught:
        wordlists.add(shared, "kata", wait=60)
    assert "is not a lock file" in str(caught.value) and lock.name in str(caught.value)
    assert not shared.exists() and os.path.lexists(lock)  # nothing added, nothing removed


def test_a_lock_written_long_ago_is_stale_at_first_sight(tmp_path: Path) -> None:
    # the window waits a moment only: a crashed app's lock on another computer must not keep
    # the list busy for ever
    shared = tmp_path / "kata.txt"
    lock = wordlists.lock_path(shared)
    lock.write_text(json.dumps({"pid": 1, "hostname": "komputer-lain", "token": "x"}))
    an_hour_ago = time.time() - 3600
    os.utime(lock, (an_hour_ago, an_hour_ago))
    assert wordlists.add(shared, "kata", wait=wordlists.WINDOW_LOCK_WAIT_S) is True
    assert not lock.exists()


def test_a_planted_lock_link_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    shared = tmp_path / "kata.txt"
    wordlists.lock_path(shared).symlink_to(outside)  # dangling: O_EXCL refuses to create it
    with pytest.raises(wordlists.WordListError), wordlists.list_lock(shared, wait=0.2):
        pass
    assert not outside.exists()


def test_a_big_list_is_refused_quickly_and_a_read_is_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "besar.txt"
    with big.open("wb") as f:
        f.truncate(20_000_000)  # 20 MB (sparse)
    started = time.monotonic()
    with pytest.raises(wordlists.WordListError) as caught:
        wordlists.read(big)
    assert time.monotonic() - started < 1
    assert "too large" in str(caught.value) and str(big) in str(caught.value)

    small = tmp_path / "kecil.txt"
    small.write_text("satu\ndua kata\n", encoding="utf-8")
    assert wordlists.read(small) == [wordlists.Entry("satu"), wordlists.Entry("dua", "kata")]
    monkeypatch.setattr(wordlists, "parse", lambda text: pytest.fail("parsed again"))
    assert len(wordlists.read(small)) == 2  # unchanged: from the cache
    monkeypatch.undo()
    small.write_text("satu\ndua kata\ntiga\n", encoding="utf-8")
    assert len(wordlists.read(small)) == 3  # changed: read again


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "link-to-fifo", "folder"])
def test_only_regular_files_are_read_and_nothing_hangs(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "kata.txt"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    elif kind == "link-to-fifo":
        os.mkfifo(tmp_path / "pipa")
        path.symlink_to(tmp_path / "pipa")
    else:
        path.mkdir()
    with pytest.raises(wordlists.WordListError) as caught:
        wordlists.read(path)
    assert "not a regular file" in str(caught.value)
    with pytest.raises(wordlists.WordListError):
        wordlists.add(path, "kata")


@pytest.mark.parametrize("kind", ["file outside", "dangling", "folder"])
def test_adding_never_writes_through_a_planted_link(tmp_path: Path, kind: str) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    bashrc = outside / ".bashrc"
    bashrc.write_text("echo hai\n", encoding="utf-8")
    shared = tmp_path / "redaksi" / "kata.txt"
    shared.parent.mkdir()
    target = {"file outside": bashrc, "dangling": outside / "baru", "folder": outside}[kind]
    shared.symlink_to(target)
    with pytest.raises(wordlists.WordListError) as caught:
        wordlists.add(shared, "$(touch${IFS}pwned)")
    assert "is a link" in str(caught.value) and str(shared) in str(caught.value)
    assert bashrc.read_text(encoding="utf-8") == "echo hai\n"
    assert sorted(p.name for p in outside.iterdir()) == [".bashrc"]
    assert sorted(p.name for p in shared.parent.iterdir()) == ["kata.txt"]  # no lock left
