"""What the history keeps (pure functions of the versions' times and reasons).

- Coalescing: while typing, at most one plain ``save`` version a minute: a save in the same
  minute of the clock as the newest version, when that one is a plain save by the same
  author, replaces it (a colleague's version is never replaced). Counting from the newest
  save instead would let a steady typist's saves replace each other for hours.
- Both go by when a version was really saved (``Kept.saved``), not by its name: a name is
  moved on past a colleague's fast clock to keep the order (``store``), so a day of saves
  after it can be named within one minute.
- Keeping: every version of the last ``KEEP_ALL``; older plain saves one an hour (the newest
  of each hour) up to ``KEEP_HOURLY``, one a day (the newest of each day, in the newsroom's
  zone) after that; every version that is not a plain save, always.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

SAVE = "save"
#: the text on disk a save replaced that the saving window had not written (``history.saving``)
OVERWRITTEN = "overwritten"
KEEP_ALL = dt.timedelta(hours=24)
KEEP_HOURLY = dt.timedelta(days=7)
#: how far a version's name may be ahead of this machine's clock (a colleague's clock that runs
#: fast); a later name is not a version's (``store`` skips it): nothing is ordered, named or
#: pruned by its time
CLOCK_SKEW = dt.timedelta(days=1)


@dataclass(frozen=True)
class Kept:
    """A version as the policy sees it: its id, the time its name says (aware), why, and when
    it was really saved when that is known (its header's time; None: the name's)."""

    id: str
    when: dt.datetime
    reason: str
    saved: dt.datetime | None = None

    @property
    def real(self) -> dt.datetime:
        """When it was saved: ``saved``, else the name's time."""
        return self.when if self.saved is None else self.saved


def replaces(newest: Kept | None, newest_author: str, reason: str, author: str,
             now: dt.datetime) -> bool:  # fmt: skip
    """Whether a new version (``reason`` by ``author`` at ``now``) replaces ``newest``."""
    return (
        newest is not None
        and reason == SAVE
        and newest.reason == SAVE
        and newest_author == author
        and _minute(newest.real) == _minute(now)
    )


def _minute(when: dt.datetime) -> dt.datetime:
    return when.astimezone(dt.UTC).replace(second=0, microsecond=0)


def to_prune(versions: Iterable[Kept], now: dt.datetime, zone: dt.tzinfo) -> list[str]:
    """The ids of the versions the keep policy lets go (never one that is not a plain save),
    by when each was saved; ``now`` is the clock's time (a version saved later than it is
    younger than any)."""
    seen: set[tuple[str, dt.datetime]] = set()
    pruned = []
    for version in sorted(versions, key=lambda v: (v.real, v.when), reverse=True):
        age = now - version.real
        if version.reason != SAVE or age < KEEP_ALL:
            continue
        local = version.real.astimezone(zone)
        if age < KEEP_HOURLY:
            bucket = ("hour", local.replace(minute=0, second=0, microsecond=0))
        else:
            bucket = ("day", local.replace(hour=0, minute=0, second=0, microsecond=0))
        if bucket in seen:
            pruned.append(version.id)
        else:
            seen.add(bucket)
    return pruned
