"""The desk's times as the app writes them for the reader (the byline's "19.33 WIB"), not ISO
with a colon as the desk's table had them ("2026-12-07 19:33"); the command line keeps ISO."""

from __future__ import annotations

import datetime as dt

import pytest

from netizen_editor.article.dates import short_datetime, shown_datetime
from netizen_editor.desk.entry import article_date, newsroom_time, reader_time

WIB = dt.timezone(dt.timedelta(hours=7))


def test_short_is_the_bylines_way_without_the_days_name():
    when = dt.datetime(2026, 12, 7, 19, 33, 5, tzinfo=WIB)
    assert shown_datetime(when, "id") == "Senin, 7 Desember 2026 19.33 WIB"  # the byline
    assert short_datetime(when, "id") == "7 Des 2026 19.33 WIB"
    assert short_datetime(when, "en") == "7 Dec 2026 19:33 WIB"
    assert short_datetime(when, "id", seconds=True) == "7 Des 2026 19.33.05 WIB"
    assert short_datetime(dt.date(2026, 8, 17), "id") == "17 Agu 2026"
    assert short_datetime(when.replace(tzinfo=None), "id") == "7 Des 2026 19.33"  # no zone
    utc = when.replace(tzinfo=dt.UTC)
    assert short_datetime(utc, "en") == "7 Dec 2026 19:33 UTC+0"  # no newsroom's: its offset


@pytest.mark.parametrize(
    ("zone", "id_text", "en_text"),
    [("WIB", "6 Des 2026 16.08 WIB", "6 Dec 2026 16:08 WIB"),
     ("WIT", "6 Des 2026 18.08 WIT", "6 Dec 2026 18:08 WIT")],
)  # fmt: skip
def test_a_desk_time_is_on_the_newsrooms_clock(zone, id_text, en_text):
    value = "2026-12-06T09:08:30+00:00"  # a file's last change
    assert reader_time(value, zone, "id") == id_text
    assert reader_time(value, zone, "en") == en_text
    assert newsroom_time(value, zone).startswith("2026-12-06 ")  # the command line's, as was


def test_the_long_form_is_the_bylines_with_seconds():
    value = "2026-12-06T09:08:30+00:00"
    assert reader_time(value, "WIB", "id", long=True, seconds=True) == (
        "Minggu, 6 Desember 2026 16.08.30 WIB"
    )


@pytest.mark.parametrize(
    "planted", ["0001-01-01T00:00:00+23:59", "9999-12-31T23:00:00+00:00", "kemarin sore"]
)
def test_a_time_the_clock_cannot_show_is_as_the_command_line_has_it(planted):
    assert reader_time(planted, "WIB", "id") == newsroom_time(planted, "WIB")


def test_an_articles_date_is_as_written():
    assert article_date("2026-12-05T08:00:00+08:00", "id") == "5 Des 2026 08.00 WITA"
    assert article_date("2026-12-05", "id") == "5 Des 2026"
    assert article_date("2026-12-05T08:00:00Z", "en") == "5 Dec 2026 08:00 UTC+0"
    assert article_date("2026-12-05", "id", long=True) == "Sabtu, 5 Desember 2026"
    assert article_date("2026-12-05T08:00:00+08:00", "id", day_only=True) == "5 Des 2026"
    assert article_date("besok pagi", "id") == "besok pagi"  # no date: as written
    assert article_date("0999-01-01", "id") == "0999-01-01"  # a year the calendar refuses
    assert article_date(None, "id") == article_date("", "id") == ""
