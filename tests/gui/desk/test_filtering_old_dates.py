"""The desk's date sort and date range with dates before 1970 (QA28 M2): a date written
without an offset (``date: 1945-08-17``, a typo such as ``1026-12-06T10:00``) was placed with
the machine's zone (``astimezone()``), which on Windows goes through the C library and raises
OSError 22 before 1970: the sort was aborted. Such a date is now the newsroom's time, as
everywhere in the app, and a last change's day is the newsroom's day."""

from __future__ import annotations

import datetime as dt

import pytest

from netizen_editor.gui.desk import filtering
from netizen_editor.gui.desk.filtering import DeskFilter, shown_rows
from netizen_editor.gui.desk.table_model import DeskTableModel
from tests.gui.desk.test_filtering import entry
from tests.windows_time import windows_datetime

OLD = [
    entry("merdeka.md", date="1945-08-17"),
    entry("typo.md", date="1026-12-06T10:00"),
    entry("baru.md", date="2026-12-05T08:00:00+07:00"),
    entry("tanpa-zona.md", date="2026-12-05T07:30"),  # WIB: before baru.md's 08:00
    entry("arsip.md", modified="1965-01-01T00:00:00+00:00"),
    entry("kosong.md", modified=""),
]


@pytest.fixture(autouse=True)
def windows_c_library(monkeypatch):
    monkeypatch.setattr(filtering, "dt", windows_datetime())
    # the times seen are remembered: start from none, so each is read through the fake
    monkeypatch.setattr(filtering, "_DAYS", {})
    monkeypatch.setattr(filtering, "_STAMPS", {})


def paths(wanted: DeskFilter, column: str, descending: bool = False, zone: str = "WIB"):
    return [OLD[i].path for i in shown_rows(OLD, wanted, column, descending, zone)]


def test_sorting_by_date_and_last_change_with_dates_before_1970():
    assert paths(DeskFilter(), "date") == [
        "typo.md", "merdeka.md", "tanpa-zona.md", "baru.md", "arsip.md", "kosong.md",
    ]  # fmt: skip
    by_change = paths(DeskFilter(), "modified")
    assert (by_change[0], by_change[-1]) == ("arsip.md", "kosong.md")


def test_a_date_range_over_dates_before_1970():
    wanted = DeskFilter(since=dt.date(1945, 8, 17), until=dt.date(1965, 1, 1))
    assert paths(wanted, "path") == ["arsip.md", "merdeka.md"]
    assert paths(DeskFilter(until=dt.date(1100, 1, 1)), "path") == ["typo.md"]


def test_a_last_change_is_on_the_day_of_the_newsrooms_clock():
    late = [entry("malam.md", modified="2026-12-03T16:30:00+00:00")]  # 23:30 WIB, 01:30 WIT
    wanted = DeskFilter(since=dt.date(2026, 12, 4))
    assert shown_rows(late, wanted, "path", False, "WIB") == []
    assert shown_rows(late, wanted, "path", False, "WIT") == [0]


def test_the_desk_table_sorts_and_filters_on_the_settings_clock(qtbot):
    model = DeskTableModel()
    model.zone = "WIT"
    model.set_entries([entry("malam.md", modified="2026-12-03T16:30:00+00:00"), *OLD])
    model.set_filter(DeskFilter(since=dt.date(2026, 12, 4), until=dt.date(2026, 12, 4)))
    assert [e.path for e in model.shown()] == ["malam.md"]
    model.set_filter(DeskFilter())
    model.sort(filtering.COLUMNS.index("date"))
    assert [e.path for e in model.shown()][:2] == ["typo.md", "merdeka.md"]
