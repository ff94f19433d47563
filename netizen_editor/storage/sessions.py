"""Session lock files: tell a running Netizen Editor from one that crashed.

Each running instance has ``<root>/<session_id>.lock`` holding its pid, host name, start time,
the process's start time and the boot id (``process_times``: Linux, Windows and macOS each
their own way; they tell a pid another process has since a crash). A session is

- dead when its lock is missing or unreadable, its boot id is from an earlier boot, its pid is
  gone (or a zombie), or the pid now belongs to a process that started at another time;
- alive when its pid runs and started when the lock says (or the lock is this process's own);
- unsure when its pid runs but a start time is missing (a lock written before start times were
  kept on Windows and macOS, a process we may not look at): its work is offered, saying that
  it may still be open elsewhere, rather than hidden for as long as that pid runs, and
  nothing of it is tidied away.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from netizen_editor.storage.atomic import atomic_write_text, make_folder
from netizen_editor.storage.capped import read_regular
from netizen_editor.storage.process_times import (
    QUERY_LIMITED_INFORMATION,
    boot_id,
    process_start,
    same_boot,
)
from netizen_editor.storage.process_times import kernel32 as _kernel32
from netizen_editor.storage.process_times import proc_stat as _proc_stat

LOCK_SUFFIX = ".lock"


#: a session lock file larger than this is not one the app wrote
MAX_SESSION_LOCK_BYTES = 64 * 1024
#: every process id is below this (Linux's pid_max is at most 2**22, a Windows pid is a
#: DWORD); a larger one, planted in a lock, overflows os.kill and OpenProcess
PID_LIMIT = 2**32

#: what a session lock says of its session (see the module)
Liveness = Literal["alive", "dead", "unsure"]
ALIVE: Liveness = "alive"
DEAD: Liveness = "dead"
UNSURE: Liveness = "unsure"
#: the sessions this process has taken a lock for: alive, whatever else can be read
_OWN: set[str] = set()


@dataclass(frozen=True)
class LockInfo:
    session_id: str
    pid: int
    hostname: str
    started: str
    proc_start: int | None = None
    boot_id: str | None = None


class SessionLock:
    def __init__(self, root: Path | str, session_id: str | None = None):
        self.root = Path(root)
        self.session_id = session_id or random_id()

    @property
    def path(self) -> Path:
        return self.root / f"{self.session_id}{LOCK_SUFFIX}"

    def acquire(self) -> None:
        """Write the lock file for this process (again, if it is already there)."""
        make_folder(self.root)  # the journal folder: never a link planted in its place
        pid = os.getpid()
        info = {
            "session_id": self.session_id,
            "pid": pid,
            "hostname": hostname(),
            "started": dt.datetime.now(dt.UTC).isoformat(),
            "proc_start": process_start(pid),
            "boot_id": boot_id(),
        }
        atomic_write_text(self.path, json.dumps(info, indent=1) + "\n", below=self.root.parent)
        _OWN.add(self.session_id)

    def release(self) -> None:
        self.path.unlink(missing_ok=True)

    def held(self) -> bool:
        """Our lock file is there (a link planted under its name is not our lock)."""
        try:
            return stat.S_ISREG(os.lstat(self.path).st_mode)
        except OSError:
            return False


def read_lock(path: Path) -> LockInfo | None:
    """The lock's content; None when missing. ValueError when it is not a lock."""
    try:
        raw = json.loads(read_regular(path, MAX_SESSION_LOCK_BYTES)[0].decode("utf-8"))
    except FileNotFoundError:
        return None
    except (RecursionError, UnicodeDecodeError) as exc:
        raise ValueError(f"lock file cannot be read: {exc}") from None
    if not isinstance(raw, dict):
        raise ValueError("lock file is not an object")
    pid, host = valid_pid(raw.get("pid")), raw.get("hostname")
    if pid is None or not isinstance(host, str):
        raise ValueError("lock file lacks pid or hostname")
    proc_start = raw.get("proc_start")
    boot = raw.get("boot_id")
    return LockInfo(
        session_id=str(raw.get("session_id", "")),
        pid=pid,
        hostname=host,
        started=str(raw.get("started", "")),
        proc_start=proc_start if isinstance(proc_start, int) else None,
        boot_id=boot if isinstance(boot, str) else None,
    )


def session_alive(root: Path | str, session_id: str) -> bool:
    """Whether the session that owns ``session_id`` may still run (alive or unsure): nothing
    of it may be deleted or moved."""
    return session_state(root, session_id) != DEAD


def session_state(root: Path | str, session_id: str) -> Liveness:
    """Whether the session that owns ``session_id`` runs (see the module)."""
    try:
        info = read_lock(Path(root) / f"{session_id}{LOCK_SUFFIX}")
    except (OSError, ValueError):
        return DEAD  # locks are written atomically, so a broken one is not a live writer's
    if info is None:
        return DEAD
    return lock_state(info, session_id)


def lock_state(info: LockInfo, session_id: str | None = None) -> Liveness:
    """Whether the process that wrote the lock still runs. The host name is not trusted: it
    changes under a laptop on DHCP, and a crashed session's work must still be offered. A
    different boot means the process is gone; otherwise its pid and start time decide."""
    current_boot = boot_id()
    if info.boot_id and current_boot and not same_boot(info.boot_id, current_boot):
        return DEAD
    if not pid_alive(info.pid):
        return DEAD
    now_start = process_start(info.pid)
    if info.proc_start is not None and now_start is not None:
        return ALIVE if now_start == info.proc_start else DEAD  # else: the pid was reused
    if info.pid == os.getpid() and (session_id or info.session_id) in _OWN:
        return ALIVE
    return UNSURE


def random_id() -> str:
    """32 random hex digits, as ``uuid.uuid4().hex`` (without importing uuid at start)."""
    return os.urandom(16).hex()


def hostname() -> str:
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # Windows: ~10 ms to import, so only there

    return socket.gethostname()


def valid_pid(value: object) -> int | None:
    """``value`` when it can be a process id (an int from 1 to ``PID_LIMIT - 1``), else None:
    what a lock file says may have been planted."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value < PID_LIMIT:
        return value
    return None


def pid_alive(pid: int) -> bool:
    """Whether a process ``pid`` runs on this computer; False for a number no process can
    have. Never raises: the pid comes from a file anyone may have written."""
    if valid_pid(pid) is None:
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except (OverflowError, ValueError):
        return False  # past this system's pid_t: no process has it
    except OSError:
        return True
    fields = _proc_stat(pid)
    return not (fields and fields[0] in ("Z", "X"))


def _windows_pid_alive(pid: int) -> bool:
    import ctypes
    from ctypes import wintypes

    kernel32 = _kernel32()
    try:
        handle = kernel32.OpenProcess(QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:
            return ctypes.get_last_error() == _ACCESS_DENIED  # type: ignore[attr-defined]
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == _STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    except ctypes.ArgumentError:  # a value the C types cannot hold: no process has it
        return False


_ACCESS_DENIED = 5  # OpenProcess refused: the process exists, another user's
_STILL_ACTIVE = 259
