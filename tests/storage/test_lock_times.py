"""Times a planted lock file may hold that no clock can show (QA24 #3): one without a UTC
equivalent makes the file no lock (an unknown holder, as garbage), a file whose change time is
past the calendar (tmpfs, a share) is an unknown holder changed at the end of the years a date
may have, and the newsroom's clock names a time it cannot show as written, never raising."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest

from netizen_editor.article.dates import newsroom_clock
from netizen_editor.desk.entry import newsroom_time
from netizen_editor.storage import locks
from netizen_editor.storage.locks import ArticleLock, LockInfo, lock_path

NOW = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def lock_json(**fields: str) -> bytes:
    data = {"user": "Eve", "host": "h", "pid": 1, "since": NOW, "heartbeat": NOW, **fields}
    return json.dumps(data).encode()


@pytest.mark.parametrize("field", ["since", "heartbeat"])
@pytest.mark.parametrize("value", ["0001-01-01T00:00:00+23:59", "9999-12-31T23:59:59-23:59"])
def test_a_time_with_no_utc_equivalent_is_no_lock(tmp_path, field, value):
    assert LockInfo.from_json(lock_json(**{field: value})) is None
    article = tmp_path / "s.md"
    lock_path(article).write_bytes(lock_json(**{field: value}))
    holder = ArticleLock(article, "Budi").holder()
    assert holder is not None and holder.user == "" and not holder.is_stale()  # keeps others out


def test_times_at_the_calendars_ends_that_have_one_are_read():
    info = LockInfo.from_json(lock_json(since="9999-12-31T23:00:00+00:00"))
    assert info is not None and info.since.year == 9999
    info = LockInfo.from_json(lock_json(since="0001-01-01T00:00:00"))  # no offset: UTC
    assert info is not None and info.since.tzinfo is dt.UTC


@pytest.mark.parametrize("mtime", [2.0**40, -(2.0**40)])
def test_a_lock_file_changed_past_the_calendar_is_a_stale_unknown_holder(tmp_path, monkeypatch,
                                                                         mtime):  # fmt: skip
    article = tmp_path / "s.md"
    lock_path(article).write_bytes(b"not a lock")
    real = os.lstat

    def lstat(path, *args, **kwargs):
        st = real(path, *args, **kwargs)
        if str(path) != str(lock_path(article)):
            return st
        fields = list(st[:10])
        fields[8] = mtime  # st_mtime as tmpfs keeps one of year 36812
        return os.stat_result(fields)

    monkeypatch.setattr(locks.os, "lstat", lstat)
    holder = ArticleLock(article, "Budi").holder()
    assert holder is not None and holder.user == "" and holder.is_stale()
    assert holder.since.year in (1000, 8999)  # the ends of the years a date may have


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("9999-12-31T23:00:00+00:00", "9999-12-31 23:00+00:00"),
        ("0001-01-01T00:00:00+23:59", "0001-01-01 00:00+23:59"),
        ("2026-12-07T03:05:00+00:00", "2026-12-07 10:05 WIB"),
    ],
)
def test_the_newsroom_clock_names_a_time_it_cannot_show_as_written(value, shown):
    assert newsroom_clock(dt.datetime.fromisoformat(value), "WIB", seconds=False) == shown
    assert newsroom_time(value, "WIB") == shown
