"""When a process started, and which boot of the computer this is: what tells a crashed
session, whose pid another process has now, from the session still running
(``sessions.lock_state``).

Each platform counts in its own way; a value is only ever compared with one read the same way
on the same computer:

- Linux: the start in clock ticks since boot (``/proc/<pid>/stat``) and the kernel's boot id;
- Windows: the creation time (``GetProcessTimes``, 100 ns since 1601) and the boot time, the
  clock less ``GetTickCount64``'s time since boot (``boot-time:<seconds since 1970>``);
- macOS: ``p_starttime`` of ``sysctl`` kern.proc.pid (microseconds since 1970) and
  kern.bootsessionuuid (kern.boottime, as a boot time, where that is missing).

A boot time moves with the clock (a time server's correction), so two boot times count as one
boot within ``BOOT_TIME_SLACK_S``: a false "another boot" would hand a running session's work
to another window, while a reused pid is still told by its start time. None where a value
cannot be had (another user's process, another system): ``sessions`` then offers the work
rather than hide it.
"""

from __future__ import annotations

import functools
import struct
import sys
from typing import Any

#: a boot id made of the boot's time (Windows; macOS without kern.bootsessionuuid)
BOOT_TIME = "boot-time:"
#: two boot times this close are the same boot (the clock was corrected in between)
BOOT_TIME_SLACK_S = 600
#: OpenProcess's right to read a process's times and exit code (any user's, most processes)
QUERY_LIMITED_INFORMATION = 0x1000
_FILETIME_1970 = 116_444_736_000_000_000  # 1970-01-01 in 100 ns since 1601
_FILETIME_PER_S = 10_000_000
_DWORD_LIMIT = 2**32
_PID_T_LIMIT = 2**31  # macOS pid_t is a 32-bit int
_CTL_KERN, _KERN_PROC, _KERN_PROC_PID = 1, 14, 1
#: sizeof(struct kinfo_proc) is 648 on 64-bit macOS; room to spare
_KINFO_PROC_BYTES = 1024
#: struct timeval on 64-bit macOS: time_t seconds, then 32-bit microseconds. p_starttime is
#: the first member of kinfo_proc (kp_proc, an extern_proc, opens with the union p_un)
_TIMEVAL = struct.Struct("=qi")
#: what reading a value may meet: no such file, call or library (another system), a value C
#: cannot take (a pid C refuses is caught where it is passed: ctypes.ArgumentError)
_FAILURES = (OSError, ValueError, AttributeError, TypeError, OverflowError)


def process_start(pid: int) -> int | None:
    """When ``pid`` started, on this system's clock (see the module); None when unknown."""
    try:
        if sys.platform == "win32":
            return _windows_start(pid)
        if sys.platform == "darwin":
            return _mac_start(pid)
        return _linux_start(pid)
    except _FAILURES:
        return None


def boot_id() -> str | None:
    """Which boot of this computer this is (see the module); None when unknown."""
    try:
        if sys.platform == "win32":
            return _windows_boot()
        if sys.platform == "darwin":
            return _mac_boot()
        return _linux_boot()
    except _FAILURES:
        return None


def same_boot(recorded: str, current: str) -> bool:
    """Whether a lock's boot id is this boot's: the same id, or boot times that differ by no
    more than a clock correction."""
    if recorded == current:
        return True
    if recorded.startswith(BOOT_TIME) and current.startswith(BOOT_TIME):
        try:
            then, now = int(recorded[len(BOOT_TIME) :]), int(current[len(BOOT_TIME) :])
        except ValueError:
            return False
        return abs(now - then) <= BOOT_TIME_SLACK_S
    return False


# -- Linux -------------------------------------------------------------------------------------
def proc_stat(pid: int) -> list[str] | None:
    """Fields 3 onwards of /proc/<pid>/stat (after the parenthesised command name)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as f:
            raw = f.read()
    except OSError:
        return None
    _, _, rest = raw.rpartition(")")
    return rest.split() or None


def _linux_start(pid: int) -> int | None:
    fields = proc_stat(pid)
    try:
        return int(fields[19]) if fields else None  # field 22 of the line: starttime, in ticks
    except IndexError:
        return None


def _linux_boot() -> str | None:
    with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as f:
        return f.read().strip() or None


# -- Windows -----------------------------------------------------------------------------------
@functools.cache
def kernel32() -> Any:
    """kernel32 with the prototypes of the calls the app makes, in its own handle (the shared
    ``ctypes.windll.kernel32`` keeps ctypes' defaults for other code): without them ctypes
    passes a pid as a C int (a DWORD past 2**31 raises) and truncates a HANDLE to 32 bits."""
    import ctypes
    from ctypes import wintypes

    library = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    library.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    library.OpenProcess.restype = wintypes.HANDLE
    library.GetExitCodeProcess.argtypes = (wintypes.HANDLE, wintypes.LPDWORD)
    library.GetExitCodeProcess.restype = wintypes.BOOL
    library.CloseHandle.argtypes = (wintypes.HANDLE,)
    library.CloseHandle.restype = wintypes.BOOL
    return library


@functools.cache
def _clock_calls() -> Any:
    """``kernel32()`` with the prototypes of the clock calls as well."""
    import ctypes
    from ctypes import wintypes

    library = kernel32()
    times = ctypes.POINTER(wintypes.FILETIME)
    library.GetProcessTimes.argtypes = (wintypes.HANDLE, times, times, times, times)
    library.GetProcessTimes.restype = wintypes.BOOL
    library.GetSystemTimeAsFileTime.argtypes = (times,)
    library.GetSystemTimeAsFileTime.restype = None
    library.GetTickCount64.argtypes = ()
    library.GetTickCount64.restype = ctypes.c_uint64
    return library


def _filetime(value: Any) -> int:
    return (value.dwHighDateTime << 32) | value.dwLowDateTime


def windows_now() -> int:
    """The clock, in 100 ns since 1601 (``GetSystemTimeAsFileTime``), as creation times are."""
    import ctypes
    from ctypes import wintypes

    now = wintypes.FILETIME()
    _clock_calls().GetSystemTimeAsFileTime(ctypes.pointer(now))
    return _filetime(now)


def _windows_start(pid: int) -> int | None:
    import ctypes
    from ctypes import wintypes

    if not 0 < pid < _DWORD_LIMIT:
        return None
    library = _clock_calls()
    try:
        handle = library.OpenProcess(QUERY_LIMITED_INFORMATION, False, pid)
    except ctypes.ArgumentError:
        return None
    if not handle:
        return None  # gone, or another user's that we may not look at
    try:
        created, ended, kernel, user = (wintypes.FILETIME() for _ in range(4))
        pointers = (ctypes.pointer(t) for t in (created, ended, kernel, user))
        if not library.GetProcessTimes(handle, *pointers):
            return None
        return _filetime(created) or None
    finally:
        library.CloseHandle(handle)


def _windows_boot() -> str | None:
    uptime_ms = int(_clock_calls().GetTickCount64())
    booted = (windows_now() - _FILETIME_1970) // _FILETIME_PER_S - uptime_ms // 1000
    return f"{BOOT_TIME}{booted}" if booted > 0 else None


# -- macOS -------------------------------------------------------------------------------------
@functools.cache
def _libc() -> Any:
    """The C library (libSystem) with the prototypes of sysctl and sysctlbyname."""
    import ctypes

    library = ctypes.CDLL(None, use_errno=True)
    size = ctypes.POINTER(ctypes.c_size_t)
    library.sysctl.argtypes = (
        ctypes.POINTER(ctypes.c_int), ctypes.c_uint, ctypes.c_void_p, size, ctypes.c_void_p,
        ctypes.c_size_t,
    )  # fmt: skip
    library.sysctl.restype = ctypes.c_int
    library.sysctlbyname.argtypes = (
        ctypes.c_char_p, ctypes.c_void_p, size, ctypes.c_void_p, ctypes.c_size_t,
    )  # fmt: skip
    library.sysctlbyname.restype = ctypes.c_int
    return library


def _mac_start(pid: int) -> int | None:
    import ctypes

    if not 0 < pid < _PID_T_LIMIT:
        return None
    names = (ctypes.c_int * 4)(_CTL_KERN, _KERN_PROC, _KERN_PROC_PID, pid)
    buffer = ctypes.create_string_buffer(_KINFO_PROC_BYTES)
    length = ctypes.c_size_t(len(buffer))
    try:
        if _libc().sysctl(names, 4, buffer, ctypes.pointer(length), None, 0) != 0:
            return None
    except ctypes.ArgumentError:
        return None
    if length.value < _TIMEVAL.size:
        return None  # no such process: sysctl succeeds with nothing written
    seconds, micros = _TIMEVAL.unpack_from(buffer.raw)
    return seconds * 1_000_000 + micros if seconds > 0 else None


def _mac_sysctl(name: bytes, size: int) -> bytes | None:
    import ctypes

    buffer = ctypes.create_string_buffer(size)
    length = ctypes.c_size_t(size)
    if _libc().sysctlbyname(name, buffer, ctypes.pointer(length), None, 0) != 0:
        return None
    return buffer.raw[: min(length.value, size)]


def _mac_boot() -> str | None:
    session = _mac_sysctl(b"kern.bootsessionuuid", 64)  # a new UUID at every boot
    text = (session or b"").split(b"\0", 1)[0].decode("ascii", "replace").strip()
    if text:
        return text
    raw = _mac_sysctl(b"kern.boottime", 16)
    if raw is None or len(raw) < _TIMEVAL.size:
        return None
    seconds, _micros = _TIMEVAL.unpack_from(raw)
    return f"{BOOT_TIME}{seconds}" if seconds > 0 else None
