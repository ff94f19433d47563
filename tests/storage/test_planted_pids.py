"""A lock file anyone may have planted names a pid no process can have (2**40, with this
computer's host name so that the pid is checked): the desk lists the story as held by someone
unknown, the checks say "dead" or "not a lock", nothing raises. Also the Windows check, on a
fake kernel32 that converts arguments as ctypes does there."""

from __future__ import annotations

import ctypes
import datetime as dt
import json
import sys
import types
from pathlib import Path

import pytest

from netizen_editor.cli import main
from netizen_editor.spelling import wordlists
from netizen_editor.storage import sessions
from netizen_editor.storage.locks import ArticleLock, LockInfo, lock_path, read_lock
from netizen_editor.storage.sessions import hostname, pid_alive, session_alive
from tests.storage.conftest import write_lock

HUGE = 2**40  # os.kill: OverflowError; Windows ctypes: ArgumentError
PAST_C_INT = 2**31 + 4  # a DWORD, but past a C int and a Linux pid_t


def plant_story_lock(article: Path, pid: int) -> None:
    now = dt.datetime.now(dt.UTC).isoformat()
    lock = {"user": "x", "host": hostname(), "pid": pid, "since": now, "heartbeat": now}
    lock_path(article).write_text(json.dumps(lock), encoding="utf-8")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    desk = tmp_path / "desk"
    desk.mkdir()
    path = desk / "banjir.md"
    path.write_text("---\ntitle: Banjir\n---\n\nIsi.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("pid", [HUGE, 2**32, 0, -1, True])
def test_a_story_lock_with_a_pid_no_process_has_is_an_unknown_holder(article, pid):
    plant_story_lock(article, pid)
    assert read_lock(article) is None  # not a lock of ours
    holder = ArticleLock(article, "Budi").acquire()
    assert holder is not None and holder.user == "" and not holder.is_stale()


@pytest.mark.parametrize("pid", [HUGE, PAST_C_INT, -5])
def test_is_stale_with_such_a_pid_on_this_host_does_not_raise(pid):
    now = dt.datetime.now(dt.UTC)
    assert LockInfo("Rina", hostname(), pid, now, now).is_stale()
    assert pid_alive(pid) is False


def test_the_desk_command_lists_the_story_as_held_by_someone_unknown(article, capsys, tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text('ui_language = "en"\n', encoding="utf-8")
    plant_story_lock(article, HUGE)
    desk = str(article.parent)
    code = main(["desk", desk, "--format", "json", "--settings", str(settings)])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    (row,) = json.loads(out)
    holder = row["locked_by"]
    assert (row["path"], holder["user"], holder["host"]) == ("banjir.md", "", "")
    code = main(["desk", desk, "--format", "text", "--settings", str(settings)])
    out, _err = capsys.readouterr()
    assert code == 0 and "[open: ?]" in out


def test_a_session_lock_with_such_a_pid_is_not_a_live_session(tmp_path):
    root = tmp_path / "sessions"
    write_lock(root, "a" * 32, HUGE)
    with pytest.raises(ValueError):
        sessions.read_lock(root / f"{'a' * 32}.lock")
    assert not session_alive(root, "a" * 32)


def test_a_word_list_lock_with_such_a_pid_is_waited_for_not_a_crash(tmp_path):
    words = tmp_path / "kata.txt"
    words.write_text("ujar\n", encoding="utf-8")
    lock = {"token": "t", "pid": HUGE, "hostname": hostname(), "since": 0}
    wordlists.lock_path(words).write_text(json.dumps(lock), encoding="utf-8")
    with pytest.raises(wordlists.WordListError, match="being changed by the app on"):
        wordlists.add(words, "tuturnya", wait=0.2)
    assert words.read_text(encoding="utf-8") == "ujar\n"


# --- Windows: OpenProcess and friends through a fake kernel32 -----------------------------

STILL_ACTIVE, ACCESS_DENIED = 259, 5
HANDLE = 0x7FFF_0000_0123  # a handle past 32 bits: the default C int return would cut it


class FakeFunction:
    """A kernel32 function as ctypes calls it on 64-bit Windows: without ``argtypes`` an int
    goes as a C long (32 bits: a larger one is ArgumentError), without ``restype`` the result
    comes back as a C int (a HANDLE cut to 32 bits)."""

    def __init__(self, body):
        self.body, self.argtypes, self.restype = body, None, None

    def __call__(self, *args):
        if self.argtypes is None:
            for i, arg in enumerate(args, 1):
                if isinstance(arg, int) and not -(2**31) <= arg < 2**31:
                    raise ctypes.ArgumentError(f"argument {i}: OverflowError: int too long")
        result = self.body(*args)
        return ctypes.c_int(result).value if self.restype is None else result


class FakeKernel32:
    def __init__(self, running: dict[int, int]):
        self.running = running  # pid -> exit code (STILL_ACTIVE while it runs)
        self.opened: list[int] = []
        self.closed: list[int] = []
        self.last_error = 0
        self.OpenProcess = FakeFunction(self._open)
        self.GetExitCodeProcess = FakeFunction(self._exit_code)
        self.CloseHandle = FakeFunction(self.closed.append)
        self.GetLastError = FakeFunction(lambda: self.last_error)

    def _open(self, access, inherit, pid):
        self.opened.append(pid)
        if pid not in self.running:
            self.last_error = 87  # ERROR_INVALID_PARAMETER: no such process
            return 0
        return HANDLE + pid

    def _exit_code(self, handle, code_ref):
        if handle - HANDLE not in self.running:
            return 0
        code_ref._obj.value = self.running[handle - HANDLE]
        return 1


@pytest.fixture
def kernel32(monkeypatch):
    """``sys.platform`` is win32 and every way to kernel32 leads to the fake."""
    fake = FakeKernel32({PAST_C_INT: STILL_ACTIVE, 8: STILL_ACTIVE, 12: 0})
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(kernel32=fake), raising=False)
    monkeypatch.setattr(ctypes, "WinDLL", lambda name, **_kw: fake, raising=False)
    monkeypatch.setattr(ctypes, "get_last_error", lambda: fake.last_error, raising=False)
    sessions._kernel32.cache_clear()
    yield fake
    sessions._kernel32.cache_clear()


def test_windows_a_pid_past_a_dword_is_dead_without_asking_windows(kernel32):
    assert pid_alive(HUGE) is False
    assert pid_alive(2**32) is False
    assert kernel32.opened == []


def test_windows_asks_with_the_prototypes_so_a_pid_past_a_c_int_is_checked(kernel32):
    assert pid_alive(PAST_C_INT) is True
    assert pid_alive(8) is True
    assert pid_alive(12) is False  # ended (exit code 0)
    assert pid_alive(16) is False  # no such process
    assert kernel32.closed == [HANDLE + PAST_C_INT, HANDLE + 8, HANDLE + 12]  # handles whole


def test_windows_access_denied_means_the_process_exists(kernel32):
    def denied(access, inherit, pid):
        kernel32.last_error = ACCESS_DENIED
        return 0

    kernel32.OpenProcess.body = denied
    assert pid_alive(4) is True


def test_windows_a_value_ctypes_refuses_is_no_process(kernel32):
    def refuses(access, inherit, pid):
        raise ctypes.ArgumentError("argument 3: OverflowError: int too long to convert")

    kernel32.OpenProcess.body = refuses
    assert pid_alive(8) is False
