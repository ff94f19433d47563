"""Session lock files: tell a running Netizen Editor from one that crashed.

Each running instance has ``<root>/<session_id>.lock`` holding its pid, host name, start time,
the process start time from ``/proc/<pid>/stat`` (Linux; guards against pid reuse) and the
boot id. A session is dead when its lock is missing or unreadable, its boot id is from an
earlier boot, its pid is gone (or a zombie), or the pid now belongs to a process that started
at another time. A lock from another computer (shared data folder) always counts as alive: we
cannot check it and must never take another instance's journals.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from netizen_editor.storage.atomic import atomic_write_text, make_folder
from netizen_editor.storage.capped import read_regular

LOCK_SUFFIX = ".lock"


#: a session lock file larger than this is not one the app wrote
MAX_SESSION_LOCK_BYTES = 64 * 1024


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
    pid, host = raw.get("pid"), raw.get("hostname")
    if not isinstance(pid, int) or not isinstance(host, str):
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
    """Is the session that owns ``session_id`` still running?"""
    try:
        info = read_lock(Path(root) / f"{session_id}{LOCK_SUFFIX}")
    except (OSError, ValueError):
        return False  # locks are written atomically, so a broken one is not a live writer's
    return info is not None and lock_alive(info)


def lock_alive(info: LockInfo) -> bool:
    """Whether the process that wrote the lock still runs. The host name is not trusted: it
    changes under a laptop on DHCP, and a crashed session's work must still be offered. A
    different boot means the process is gone; otherwise its pid (and start time) decide."""
    current_boot = boot_id()
    if info.boot_id and current_boot and info.boot_id != current_boot:
        return False
    if not pid_alive(info.pid):
        return False
    if info.proc_start is not None:
        now_start = process_start(info.pid)
        if now_start is not None and now_start != info.proc_start:
            return False  # the pid was reused by another process
    return True


def random_id() -> str:
    """32 random hex digits, as ``uuid.uuid4().hex`` (without importing uuid at start)."""
    return os.urandom(16).hex()


def hostname() -> str:
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # Windows: ~10 ms to import, so only there

    return socket.gethostname()


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return True
    fields = _proc_stat(pid)
    return not (fields and fields[0] in ("Z", "X"))


def process_start(pid: int) -> int | None:
    """Start time of ``pid`` in clock ticks since boot (Linux), else None."""
    fields = _proc_stat(pid)
    try:
        return int(fields[19]) if fields else None
    except (IndexError, ValueError):
        return None


def boot_id() -> str | None:
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as f:
            return f.read().strip() or None
    except OSError:
        return None


def _proc_stat(pid: int) -> list[str] | None:
    """Fields 3 onwards of /proc/<pid>/stat (after the parenthesised command name)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as f:
            raw = f.read()
    except OSError:
        return None
    _, _, rest = raw.rpartition(")")
    return rest.split() or None


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel32.GetLastError() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
