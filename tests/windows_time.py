"""Windows' time range on any platform. CPython on Windows turns a timestamp into a time and a
time into the machine's zone through the C library (gmtime_s, localtime_s, mktime), which
refuses a time before 1970 or after 3000-12-31 23:59:59 with OSError 22 (seen under Wine with
CPython 3.11.9, as Microsoft documents). datetime's own arithmetic (aware times, fixed
offsets, timedelta) has no such limit. Put :func:`windows_datetime` in place of a module's
``dt`` (``monkeypatch.setattr(module, "dt", windows_datetime())``)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

#: the last second Windows' C library takes: 3000-12-31 23:59:59 UTC
LAST_SECOND = 32_535_215_999
_EPOCH = dt.datetime(1970, 1, 1)


def _refuse(seconds: float) -> None:
    if not 0 <= seconds <= LAST_SECOND:
        raise OSError(22, "Invalid argument")


def _seconds(value: dt.datetime) -> float:
    """Seconds from 1970 (a time without an offset: of its wall clock, near enough here)."""
    if value.utcoffset() is None:
        return (value - _EPOCH).total_seconds()
    return (value - _EPOCH.replace(tzinfo=dt.UTC)).total_seconds()


class WindowsDatetime(dt.datetime):
    """``datetime`` whose calls into the C library fail as they do on Windows."""

    @classmethod
    def fromtimestamp(cls, t, tz=None):  # type: ignore[no-untyped-def, override]
        _refuse(t)
        return super().fromtimestamp(t, tz)

    def astimezone(self, tz=None):  # type: ignore[no-untyped-def, override]
        if tz is None or self.utcoffset() is None:  # the machine's zone: localtime_s / mktime
            _refuse(_seconds(self))
        return super().astimezone(tz)

    def timestamp(self) -> float:
        if self.utcoffset() is None:  # mktime
            _refuse(_seconds(self))
        return super().timestamp()


def windows_datetime() -> SimpleNamespace:
    """The ``datetime`` module with :class:`WindowsDatetime` as its ``datetime``."""
    return SimpleNamespace(**{**vars(dt), "datetime": WindowsDatetime})
