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


def indonesian_date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    return f"{DAYS[value.weekday()]}, {value.day} {MONTHS[value.month - 1]} {value.year}"


def iso_date(value: dt.date | dt.datetime | None) -> str:
    return value.isoformat() if value is not None else ""
