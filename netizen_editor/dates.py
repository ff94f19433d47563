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


_ZONES = {7: "WIB", 8: "WITA", 9: "WIT"}


def indonesian_datetime(value: dt.date | dt.datetime | None) -> str:
    """ "Kamis, 14 September 2023 10.30 WIB" (the zone named when it is an Indonesian one)."""
    if value is None:
        return ""
    text = indonesian_date(value)
    if not isinstance(value, dt.datetime):
        return text
    text += f" {value.hour:02d}.{value.minute:02d}"
    offset = value.utcoffset()
    if offset is not None:
        hours = offset.total_seconds() / 3600
        text += " " + _ZONES.get(int(hours), f"UTC{hours:+g}") if hours == int(hours) else ""
    return text
