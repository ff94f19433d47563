from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from netizen_editor.storage import locks
from netizen_editor.storage.locks import (
    LOCK_STALE_AFTER,
    ArticleLock,
    LockError,
    LockInfo,
    is_lock_file,
    lock_path,
    read_lock,
)
from netizen_editor.storage.sessions import hostname


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "banjir-jakarta.md"
    path.write_text("---\ntitle: Banjir\n---\n\nIsi.\n", encoding="utf-8")
    return path


def write_lock_json(article: Path, **fields: object) -> Path:
    now = dt.datetime.now(dt.UTC).isoformat()
    data: dict[str, object] = {
        "user": "Rina",
        "host": "laptop-rina",
        "pid": 4242,
        "since": now,
        "heartbeat": now,
    }
    data.update(fields)
    path = lock_path(article)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def age(path: Path, seconds: float) -> None:
    st = path.stat()
    os.utime(path, (st.st_atime - seconds, st.st_mtime - seconds), follow_symlinks=False)


def test_lock_path_follows_libreoffice_convention(article: Path) -> None:
    assert lock_path(article) == article.parent / ".~lock.banjir-jakarta.md#"
    assert is_lock_file(".~lock.banjir-jakarta.md#")
    assert not is_lock_file("banjir-jakarta.md")
    assert not is_lock_file(".~lock.#")
    assert not is_lock_file(".~lock.banjir.md")


def test_acquire_writes_json_with_user_host_pid_and_times(article: Path) -> None:
    lock = ArticleLock(article, "Budi")
    assert lock.acquire() is None
    data = json.loads(lock_path(article).read_text(encoding="utf-8"))
    assert data["user"] == "Budi"
    assert data["host"] == hostname()
    assert data["pid"] == os.getpid()
    since = dt.datetime.fromisoformat(data["since"])
    assert since.utcoffset() is not None
    assert dt.datetime.fromisoformat(data["heartbeat"]) >= since
    info = read_lock(article)
    assert info is not None and info.user == "Budi" and not info.is_stale()
    lock.release()
    assert not lock_path(article).exists()
    assert read_lock(article) is None


def test_second_window_sees_the_holder_and_cannot_take_a_live_lock(article: Path) -> None:
    first, second = ArticleLock(article, "Budi"), ArticleLock(article, "Rina")
    assert first.acquire() is None
    holder = second.acquire()
    assert holder is not None and holder.user == "Budi" and not holder.is_stale()
    assert not second.held
    second.release()  # not ours: the first one's lock stays
    assert read_lock(article) is not None and read_lock(article).user == "Budi"  # type: ignore[union-attr]
    first.release()
    assert second.acquire() is None
    assert read_lock(article).user == "Rina"  # type: ignore[union-attr]


def test_refresh_moves_the_heartbeat_only_of_our_own_lock(article: Path) -> None:
    lock = ArticleLock(article, "Budi")
    lock.acquire()
    before = read_lock(article)
    assert before is not None
    later = before.heartbeat + dt.timedelta(minutes=2)

    original = locks.utc_now
    locks.utc_now = lambda: later  # type: ignore[assignment]
    try:
        assert lock.refresh()
    finally:
        locks.utc_now = original  # type: ignore[assignment]
    after = read_lock(article)
    assert after is not None and after.heartbeat == later.replace(microsecond=0)
    assert after.since == before.since

    # a colleague took it over (ours looked stale): refresh leaves theirs alone
    write_lock_json(article, user="Rina", host="laptop-rina", pid=7)
    assert not lock.refresh()
    assert not lock.held
    lock.release()
    assert read_lock(article).user == "Rina"  # type: ignore[union-attr]


def test_refresh_makes_a_removed_lock_again(article: Path) -> None:
    lock = ArticleLock(article, "Budi")
    lock.acquire()
    lock_path(article).unlink()
    assert lock.refresh()
    assert read_lock(article).user == "Budi"  # type: ignore[union-attr]


def test_stale_by_old_heartbeat_or_far_future_heartbeat() -> None:
    now = dt.datetime(2026, 12, 6, 8, 0, tzinfo=dt.UTC)
    info = LockInfo("Rina", "other-host", 1, now, now)
    assert not info.is_stale(now + dt.timedelta(minutes=4))
    assert info.is_stale(now + LOCK_STALE_AFTER + dt.timedelta(seconds=1))
    assert info.is_stale(now - dt.timedelta(minutes=6))  # a heartbeat from the future
    assert not info.is_stale(dt.datetime(2026, 12, 6, 8, 1))  # a time without offset is UTC
    assert info.is_stale(dt.datetime(2026, 12, 6, 8, 6))


@pytest.mark.parametrize("off", [-6, 6], ids=["clock-behind", "clock-ahead"])
def test_a_lock_rewritten_by_a_computer_whose_clock_is_off_is_live(article: Path, off: int) -> None:
    # QA31 F10: a colleague's clock 6 minutes off made his lock, written a moment ago, stale
    hers = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=off)).isoformat()
    write_lock_json(article, since=hers, heartbeat=hers)  # the file's mtime: now (the share's)
    holder = ArticleLock(article, "Budi").acquire()
    assert holder is not None and holder.user == "Rina" and not holder.is_stale()
    assert read_lock(article) is not None and not read_lock(article).is_stale()  # type: ignore[union-attr]


def test_a_lock_whose_heartbeat_and_file_are_both_old_is_stale(article: Path) -> None:
    old = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=6)).isoformat()
    path = write_lock_json(article, since=old, heartbeat=old)
    age(path, 6 * 60)
    holder = ArticleLock(article, "Budi").acquire()
    assert holder is not None and holder.user == "Rina" and holder.is_stale()


def test_a_fresh_heartbeat_keeps_a_lock_live_though_its_file_is_old(article: Path) -> None:
    age(write_lock_json(article), 6 * 60)  # the share's clock behind this computer's
    info = read_lock(article)
    assert info is not None and not info.is_stale()


def test_each_time_keeps_a_planted_lock_live_only_near_it() -> None:
    # a lock nobody rewrites is never live for ever, whatever its heartbeat and mtime say
    now = dt.datetime(2026, 12, 6, 8, 0, tzinfo=dt.UTC)
    later = now + dt.timedelta(minutes=20)
    info = LockInfo("Rina", "other-host", 1, now, now, written=later)
    assert not info.is_stale(now) and not info.is_stale(later)
    assert info.is_stale(now + dt.timedelta(minutes=10))
    assert info.is_stale(later + LOCK_STALE_AFTER + dt.timedelta(seconds=1))
    assert info.is_stale(dt.datetime(9999, 1, 1, tzinfo=dt.UTC))


def test_the_heartbeat_writes_a_new_file_so_its_time_moves(article: Path) -> None:
    lock = ArticleLock(article, "Budi")
    assert lock.acquire() is None
    age(lock_path(article), 3600)
    before = read_lock(article)
    assert before is not None and before.written is not None
    assert lock.refresh()
    after = read_lock(article)
    assert after is not None and after.written is not None
    assert after.written - before.written > dt.timedelta(minutes=59)


def test_stale_when_the_process_on_this_host_is_gone(dead_pid: int) -> None:
    now = dt.datetime.now(dt.UTC)
    assert LockInfo("Rina", hostname(), dead_pid, now, now).is_stale()
    assert not LockInfo("Rina", hostname(), os.getpid(), now, now).is_stale()
    # on another computer the pid means nothing: only the heartbeat counts
    assert not LockInfo("Rina", "elsewhere", dead_pid, now, now).is_stale()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_lock_of_a_killed_process_is_stale_and_taken_over(article: Path) -> None:
    script = (
        "import sys, time\n"
        "from netizen_editor.storage.locks import ArticleLock\n"
        "assert ArticleLock(sys.argv[1], 'Rina').acquire() is None\n"
        "print('held', flush=True)\n"
        "time.sleep(60)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(article)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        mine = ArticleLock(article, "Budi")
        holder = mine.acquire()
        assert holder is not None and holder.user == "Rina" and not holder.is_stale()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    holder = mine.acquire()
    assert holder is not None and holder.user == "Rina" and holder.is_stale()
    assert mine.take_over(holder) is None
    assert read_lock(article).user == "Budi"  # type: ignore[union-attr]


def test_take_over_refuses_when_the_lock_changed_meanwhile(article: Path) -> None:
    old = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=10)
    age(write_lock_json(article, since=old.isoformat(), heartbeat=old.isoformat()), 600)
    mine = ArticleLock(article, "Budi")
    stale = mine.acquire()
    assert stale is not None and stale.is_stale()
    write_lock_json(article, user="Sari")  # Sari took it first, fresh
    now_holder = mine.take_over(stale)
    assert now_holder is not None and now_holder.user == "Sari"
    assert read_lock(article).user == "Sari"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"[1, 2]",
        b'{"user": 1}',
        b'{"user": "x", "host": "h", "pid": "1", "since": "x", "heartbeat": "y"}',
        b"\xff\xfe garbage",
        b"[" * 3000,
        b'{"user": "x"}' + b" " * 10_000,
    ],
)
def test_garbage_is_not_a_lock(article: Path, content: bytes) -> None:
    lock_path(article).write_bytes(content)
    assert read_lock(article) is None


def test_garbage_keeps_others_out_until_it_is_old(article: Path) -> None:
    path = lock_path(article)
    path.write_bytes(b"half written")
    mine = ArticleLock(article, "Budi")
    holder = mine.acquire()
    assert holder is not None and holder.user == "" and not holder.is_stale()
    age(path, 3600)
    holder = mine.acquire()
    assert holder is not None and holder.is_stale()
    assert mine.take_over(holder) is None
    assert read_lock(article).user == "Budi"  # type: ignore[union-attr]


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="POSIX links")
def test_a_planted_link_is_never_followed(article: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("do not touch", encoding="utf-8")
    victim = tmp_path / "victim.json"
    write_lock_json(victim)  # a well-formed lock at the link's end
    path = lock_path(article)
    os.symlink(lock_path(victim), path)
    assert read_lock(article) is None  # not followed
    mine = ArticleLock(article, "Budi")
    holder = mine.acquire()
    assert holder is not None and holder.user == ""  # the link keeps others out for now
    age(path, 3600)
    holder = mine.acquire()
    assert holder is not None and holder.is_stale()
    assert mine.take_over(holder) is None
    assert not path.is_symlink()
    assert read_lock(article).user == "Budi"  # type: ignore[union-attr]
    assert read_lock(victim).user == "Rina"  # type: ignore[union-attr]
    mine.refresh()
    mine.release()
    assert secret.read_text(encoding="utf-8") == "do not touch"
    assert read_lock(victim).user == "Rina"  # type: ignore[union-attr]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX pipes")
def test_a_pipe_at_the_locks_name_does_not_hang(article: Path) -> None:
    os.mkfifo(lock_path(article))
    assert read_lock(article) is None
    assert ArticleLock(article, "Budi").acquire() is not None  # something is there


def test_a_missing_folder_is_a_lock_error(tmp_path: Path) -> None:
    lock = ArticleLock(tmp_path / "gone" / "a.md", "Budi")
    with pytest.raises(LockError) as caught:
        lock.acquire()
    assert ".~lock.a.md#" in str(caught.value)
    assert not lock.held
    assert not lock.refresh()
    lock.release()


def test_non_ascii_user_names_round_trip(article: Path) -> None:
    lock = ArticleLock(article, "Dewi Ayu Łukasz 林")
    lock.acquire()
    assert read_lock(article).user == "Dewi Ayu Łukasz 林"  # type: ignore[union-attr]
