"""Crash recovery on Windows and macOS (QA28 H3): a session lock records when its process
started and which boot this is there too, so a crashed session whose pid another process has
now reads as dead and its unsaved work is offered. Windows and macOS are simulated on Linux:
``sys.platform`` says so and kernel32 / the C library are fakes that fill in what the real
calls fill in. Where no start time can be had, the work is offered all the same, marked as
maybe still open elsewhere, and never tidied away."""

from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from netizen_editor.storage import process_times, sessions
from netizen_editor.storage.journal import Journal
from netizen_editor.storage.process_times import BOOT_TIME, boot_id, process_start, same_boot
from netizen_editor.storage.recovery import find_recoverable, tidy
from netizen_editor.storage.sessions import ALIVE, DEAD, UNSURE, session_state
from tests.storage.conftest import write_lock

OTHER_PID = 4242  # the crashed session's pid, which another process has now (Windows)
STILL_ACTIVE = 259
ACCESS_DENIED = 5
FILETIME_1970 = 116_444_736_000_000_000
BOOTED_1970_S = 1_780_000_000  # the fake computer's boot, in seconds since 1970


class Call:
    """A foreign function: takes ``argtypes``/``restype`` as ctypes' do."""

    def __init__(self, body: Callable[..., Any]):
        self.body, self.argtypes, self.restype = body, None, None

    def __call__(self, *args: Any) -> Any:
        return self.body(*args)


def filetime(seconds_1970: float) -> int:
    return FILETIME_1970 + int(seconds_1970 * 10_000_000)


class FakeKernel32:
    """Processes by pid (their creation FILETIME), a clock and the time since boot."""

    def __init__(self) -> None:
        self.created: dict[int, int] = {}
        self.denied: set[int] = set()  # another user's: OpenProcess refuses
        self.uptime_s = 3600.0
        self.last_error = 0
        self.closed: list[int] = []
        self.OpenProcess = Call(self._open)
        self.GetExitCodeProcess = Call(self._exit_code)
        self.CloseHandle = Call(self.closed.append)
        self.GetProcessTimes = Call(self._times)
        self.GetSystemTimeAsFileTime = Call(self._now)
        self.GetTickCount64 = Call(lambda: int(self.uptime_s * 1000))

    def _open(self, access: int, inherit: bool, pid: int) -> int:
        if pid in self.denied:
            self.last_error = ACCESS_DENIED
            return 0
        if pid not in self.created:
            self.last_error = 87
            return 0
        return 0x10000 + pid

    def _exit_code(self, handle: int, code: Any) -> int:
        code._obj.value = STILL_ACTIVE  # ctypes.byref(DWORD)
        return 1

    def _times(self, handle: int, created: Any, *others: Any) -> int:
        value = self.created[handle - 0x10000]
        created.contents.dwLowDateTime = value & 0xFFFFFFFF
        created.contents.dwHighDateTime = value >> 32
        return 1

    def _now(self, now: Any) -> None:
        value = filetime(BOOTED_1970_S + self.uptime_s)
        now.contents.dwLowDateTime = value & 0xFFFFFFFF
        now.contents.dwHighDateTime = value >> 32


class FakeLibc:
    """macOS's sysctl: kinfo_proc (p_starttime first) by pid, and values by name."""

    def __init__(self) -> None:
        self.started: dict[int, tuple[int, int]] = {}  # pid -> (seconds, microseconds)
        self.named: dict[bytes, bytes] = {b"kern.bootsessionuuid": b"5F2D-BOOT-SATU\0"}
        self.sysctl = Call(self._sysctl)
        self.sysctlbyname = Call(self._by_name)

    def _sysctl(self, names: Any, count: int, buffer: Any, length: Any, *_new: Any) -> int:
        assert count == 4 and list(names)[:3] == [1, 14, 1]  # CTL_KERN, KERN_PROC, KERN_PROC_PID
        pid = names[3]
        if pid not in self.started:
            length.contents.value = 0  # no such process: success, nothing written
            return 0
        seconds, micros = self.started[pid]
        info = process_times._TIMEVAL.pack(seconds, micros).ljust(648, b"\xaa")
        ctypes.memmove(buffer, info, len(info))
        length.contents.value = len(info)
        return 0

    def _by_name(self, name: bytes, buffer: Any, length: Any, *_new: Any) -> int:
        if name not in self.named:
            return -1  # ENOENT
        value = self.named[name]
        ctypes.memmove(buffer, value, len(value))
        length.contents.value = len(value)
        return 0


def _clear_caches() -> None:
    process_times.kernel32.cache_clear()
    process_times._clock_calls.cache_clear()
    process_times._libc.cache_clear()


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeKernel32]:
    fake = FakeKernel32()
    fake.created[os.getpid()] = filetime(BOOTED_1970_S + 60)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "WinDLL", lambda name, **_kw: fake, raising=False)
    monkeypatch.setattr(ctypes, "get_last_error", lambda: fake.last_error, raising=False)
    _clear_caches()
    yield fake
    _clear_caches()


@pytest.fixture
def macos(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeLibc]:
    fake = FakeLibc()
    fake.started[os.getpid()] = (BOOTED_1970_S + 60, 250_000)
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(ctypes, "CDLL", lambda name, **_kw: fake)
    _clear_caches()
    yield fake
    _clear_caches()


# -- the values each platform gives --------------------------------------------------------------
def test_windows_start_is_the_creation_time_and_the_handle_is_closed(windows) -> None:
    windows.created[OTHER_PID] = filetime(BOOTED_1970_S + 90.5)
    assert process_start(OTHER_PID) == filetime(BOOTED_1970_S + 90.5)
    assert windows.closed == [0x10000 + OTHER_PID]
    assert process_start(9999) is None  # no such process
    assert process_start(2**40) is None  # no process has it: Windows is not even asked
    windows.denied.add(OTHER_PID)
    assert process_start(OTHER_PID) is None  # another user's process: unknown, no error


def test_windows_boot_is_the_boot_time_and_stays_the_same_through_the_session(windows) -> None:
    first = boot_id()
    assert first == f"{BOOT_TIME}{BOOTED_1970_S}"
    windows.uptime_s += 5 * 3600  # the clock and the time since boot go on together
    assert boot_id() == first


def test_boot_times_a_clock_correction_apart_are_one_boot() -> None:
    assert same_boot(f"{BOOT_TIME}1780000000", f"{BOOT_TIME}1780000030")
    assert not same_boot(f"{BOOT_TIME}1780000000", f"{BOOT_TIME}1780007200")  # rebooted
    assert same_boot("a3e1-boot", "a3e1-boot")
    assert not same_boot("a3e1-boot", "b7c2-boot")
    assert not same_boot(f"{BOOT_TIME}x", f"{BOOT_TIME}1")


def test_macos_start_is_p_starttime_of_kinfo_proc(macos) -> None:
    macos.started[OTHER_PID] = (BOOTED_1970_S + 90, 500_000)
    assert process_start(OTHER_PID) == (BOOTED_1970_S + 90) * 1_000_000 + 500_000
    assert process_start(9999) is None  # sysctl succeeds with nothing written
    assert process_start(2**31) is None  # past pid_t: never passed to C


def test_macos_boot_is_the_boot_session_uuid_else_the_boot_time(macos) -> None:
    assert boot_id() == "5F2D-BOOT-SATU"
    del macos.named[b"kern.bootsessionuuid"]
    macos.named[b"kern.boottime"] = process_times._TIMEVAL.pack(BOOTED_1970_S, 12).ljust(16, b"\0")
    assert boot_id() == f"{BOOT_TIME}{BOOTED_1970_S}"
    del macos.named[b"kern.boottime"]
    assert boot_id() is None


# -- a crashed session whose pid another process has ---------------------------------------------
def crashed_session(root: Path) -> tuple[Journal, dict[str, Any]]:
    """A session that journaled unsaved text and was killed: its lock as it left it."""
    journal = Journal(root)
    journal.write(journal.new_doc_id(), "teks belum disimpan\n", path=None, cursor=0,
                  saved_identity=None)  # fmt: skip
    return journal, json.loads(journal.lock.path.read_text(encoding="utf-8"))


def rewrite(journal: Journal, lock: dict[str, Any]) -> None:
    journal.lock.path.write_text(json.dumps(lock), encoding="utf-8")


def test_windows_a_reused_pid_reads_as_dead_and_the_work_is_offered(windows, tmp_path) -> None:
    journal, lock = crashed_session(tmp_path / "journal")
    assert lock["proc_start"] == filetime(BOOTED_1970_S + 60)
    assert lock["boot_id"] == f"{BOOT_TIME}{BOOTED_1970_S}"
    lock["pid"] = OTHER_PID  # the crashed session's pid...
    rewrite(journal, lock)
    windows.created[OTHER_PID] = filetime(BOOTED_1970_S + 900)  # ...a service started since
    assert session_state(journal.root, journal.session_id) == DEAD
    assert [item.maybe_open for item in find_recoverable(journal.root)] == [False]
    windows.created[OTHER_PID] = lock["proc_start"]  # the session itself, still running
    assert session_state(journal.root, journal.session_id) == ALIVE
    assert find_recoverable(journal.root) == []


def test_windows_after_a_reboot_the_work_is_offered(windows, tmp_path) -> None:
    journal, lock = crashed_session(tmp_path / "journal")
    windows.denied.add(os.getpid())  # even with no start time to compare
    lock["boot_id"] = f"{BOOT_TIME}{BOOTED_1970_S - 86_400}"  # yesterday's boot
    rewrite(journal, lock)
    assert session_state(journal.root, journal.session_id) == DEAD


def test_macos_a_reused_pid_reads_as_dead_and_the_work_is_offered(macos, tmp_path) -> None:
    journal, lock = crashed_session(tmp_path / "journal")
    assert lock["proc_start"] == (BOOTED_1970_S + 60) * 1_000_000 + 250_000
    assert lock["boot_id"] == "5F2D-BOOT-SATU"
    # this process stands for the one that has the crashed session's pid now
    macos.started[os.getpid()] = (BOOTED_1970_S + 900, 0)
    assert session_state(journal.root, journal.session_id) == DEAD
    assert len(find_recoverable(journal.root)) == 1
    macos.named[b"kern.bootsessionuuid"] = b"9A41-BOOT-DUA\0"  # and after a reboot
    assert session_state(journal.root, journal.session_id) == DEAD


# -- no start time to compare: offered, marked, kept ---------------------------------------------
@pytest.fixture
def another_process() -> Iterator[int]:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    yield child.pid
    child.kill()
    child.wait()


def test_without_a_start_time_the_work_is_offered_as_maybe_open_and_never_tidied(
    tmp_path, another_process
) -> None:
    journal, _lock = crashed_session(tmp_path / "journal")
    # written before start times were kept on Windows; its pid another process's now
    write_lock(journal.root, journal.session_id, another_process)
    assert session_state(journal.root, journal.session_id) == UNSURE
    offered = find_recoverable(journal.root)
    assert [(item.text, item.maybe_open) for item in offered] == [("teks belum disimpan\n", True)]
    entries = sorted(p.name for p in journal.root.iterdir())
    tidy(journal.root)  # it may still be running: nothing of it goes
    assert sorted(p.name for p in journal.root.iterdir()) == entries


def test_this_process_own_session_is_alive_without_a_start_time(windows, tmp_path) -> None:
    windows.denied.add(os.getpid())  # no start time for any process, ours included
    journal, lock = crashed_session(tmp_path / "journal")
    assert lock["proc_start"] is None
    assert session_state(journal.root, journal.session_id) == ALIVE
    assert find_recoverable(journal.root) == []  # never offered to itself
    write_lock(journal.root, "cd" * 16, os.getpid())  # our pid, but not our lock
    assert sessions.session_state(journal.root, "cd" * 16) == UNSURE
