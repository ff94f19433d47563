"""Dates written the Indonesian way: "Kamis, 14 September 2023"."""

from __future__ import annotations

import datetime as dt

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


#: years a front matter date may have; beyond them time zone arithmetic overflows
YEARS = range(1000, 9000)


def file_time(seconds: float) -> dt.datetime:
    """A file's change time (``st_mtime``) as an aware UTC time, within ``YEARS``: a shared
    drive or tmpfs keeps times up to year 36812 (or before year 1), which Python cannot hold or
    a newsroom's clock cannot show, so one outside them is the nearest of their ends. Counted
    from 1970 here, not by the C library: Windows' refuses a time before 1970 or after 3000
    (an archive's or a camera card's files keep such times; NTFS holds them back to 1601)."""
    first = dt.datetime(YEARS.start, 1, 1, tzinfo=dt.UTC)
    last = dt.datetime(YEARS.stop - 1, 12, 31, 23, 59, 59, tzinfo=dt.UTC)
    if seconds < first.timestamp():
        return first
    if not seconds <= last.timestamp():  # also NaN
        return last
    return _EPOCH + dt.timedelta(seconds=seconds)


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def parse_date(value: object) -> dt.date | dt.datetime | None:
    """A front matter date: YAML's own date or datetime, or an ISO 8601 string; else None
    (also for a year outside ``YEARS``)."""
    if isinstance(value, str) and value.strip():
        try:
            value = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    if isinstance(value, dt.datetime | dt.date) and value.year in YEARS:
        return value
    return None


def indonesian_date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    return f"{DAYS[value.weekday()]}, {value.day} {MONTHS[value.month - 1]} {value.year}"


def iso_date(value: dt.date | dt.datetime | None) -> str:
    return value.isoformat() if value is not None else ""


#: the newsroom time zones a Settings ``timezone`` names, with their offset from UTC in hours
ZONES = {"WIB": 7, "WITA": 8, "WIT": 9}
_ZONES = {hours: name for name, hours in ZONES.items()}


def newsroom_zone(name: str) -> dt.timezone:
    """The fixed offset of WIB (UTC+7), WITA (UTC+8) or WIT (UTC+9); WIB for anything else."""
    return dt.timezone(dt.timedelta(hours=ZONES.get(name, ZONES["WIB"])), name)


def newsroom_now(name: str) -> dt.datetime:
    """Now in the newsroom's zone, to the minute (what a new article's date is)."""
    return dt.datetime.now(newsroom_zone(name)).replace(second=0, microsecond=0)


def with_zone(value: dt.date | dt.datetime | None, name: str) -> dt.date | dt.datetime | None:
    """A date and time without an offset is the newsroom's time; a date stays a date."""
    if isinstance(value, dt.datetime) and value.utcoffset() is None:
        return value.replace(tzinfo=newsroom_zone(name))
    return value


def newsroom_clock(value: dt.datetime, name: str, *, seconds: bool = True) -> str:
    """An instant as the newsroom's clock shows it, its zone named: "2026-12-06 14:30:05 WIB"
    (a recovery's or a version's time, whichever zone the machine or a colleague was in). A
    time without an offset is the machine's own. One the newsroom's clock cannot show (read
    from a planted file: 9999-12-31T23:00:00+00:00 is past the calendar's end in WIB) is shown
    as written, with its own offset."""
    zone = newsroom_zone(name)
    try:
        shown = value.astimezone(zone)
    except (OverflowError, ValueError, OSError):  # OSError: a naive one the machine cannot place
        return value.isoformat(sep=" ", timespec="seconds" if seconds else "minutes")
    return shown.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M") + f" {zone}"


def newsroom_short(value: dt.datetime, name: str, language: str, *, seconds: bool = True) -> str:
    """The instant ``newsroom_clock`` shows, as the window's tables write a time (the desk's
    way, ``short_datetime``): "8 Des 2026 07.05.04 WIB" ("8 Dec 2026 07:05:04 WIB"). One the
    newsroom's clock cannot show is shown as written, with its own offset."""
    try:
        shown = value.astimezone(newsroom_zone(name))
    except (OverflowError, ValueError, OSError):
        return value.isoformat(sep=" ", timespec="seconds" if seconds else "minutes")
    return short_datetime(shown, language, seconds=seconds)


def newsroom_datetime(value: dt.date | dt.datetime, name: str) -> dt.datetime:
    """``value`` as an aware time in the newsroom's zone (a bare date: its midnight there)."""
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    if value.utcoffset() is None:
        return value.replace(tzinfo=newsroom_zone(name))
    return value.astimezone(newsroom_zone(name))


#: English names for an English window's times (not the locale's: the same on every machine)
ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")  # fmt: skip


def indonesian_datetime(value: dt.date | dt.datetime | None) -> str:
    """ "Kamis, 14 September 2023 10.30 WIB" (the zone named when it is an Indonesian one)."""
    return shown_datetime(value, "id")


def shown_datetime(
    value: dt.date | dt.datetime | None, language: str, *, seconds: bool = False
) -> str:
    """``value`` as the window's ``language`` writes a time: "Kamis, 14 September 2023 10.30
    WIB", or in English "Thursday, 14 September 2023 10:30 WIB" (``seconds``: "10.30.05")."""
    if value is None:
        return ""
    if language == "id":
        text = indonesian_date(value)
    else:
        day, month = ENGLISH_DAYS[value.weekday()], ENGLISH_MONTHS[value.month - 1]
        text = f"{day}, {value.day} {month} {value.year}"
    return text + _clock(value, language, seconds)


#: the months short, as a list or a table writes them (CLDR's abbreviations)
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
ENGLISH_SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                        "Nov", "Dec")  # fmt: skip


def short_datetime(
    value: dt.date | dt.datetime | None, language: str, *, seconds: bool = False
) -> str:
    """``value`` as a table of the window writes it: ``shown_datetime``'s way (the reader's)
    without the day's name and with the month short, "14 Sep 2023 10.30 WIB", or in English
    "14 Sep 2023 10:30 WIB"; a date alone "14 Sep 2023"."""
    if value is None:
        return ""
    months = SHORT_MONTHS if language == "id" else ENGLISH_SHORT_MONTHS
    return f"{value.day} {months[value.month - 1]} {value.year}" + _clock(value, language, seconds)


def clock_text(value: dt.datetime, language: str, *, seconds: bool = False) -> str:
    """The time of ``value`` alone, as ``short_datetime`` writes it: "14.30.05 WIB"."""
    return _clock(value, language, seconds).strip()


def _clock(value: dt.date | dt.datetime, language: str, seconds: bool) -> str:
    """ " 10.30 WIB" after a date: the time (with a dot in Indonesian, as news copy writes
    it) and its zone, named when it is an Indonesian one; "" for a date alone."""
    if not isinstance(value, dt.datetime):
        return ""
    mark = "." if language == "id" else ":"
    text = f" {value.hour:02d}{mark}{value.minute:02d}"
    if seconds:
        text += f"{mark}{value.second:02d}"
    offset = value.utcoffset()
    if offset is not None:
        hours = offset.total_seconds() / 3600
        text += " " + _ZONES.get(int(hours), f"UTC{hours:+g}") if hours == int(hours) else ""
    return text
