"""What the history keeps: coalescing and the keep policy, with a fake clock."""

from __future__ import annotations

import datetime as dt

from netizen_editor.article.dates import newsroom_zone
from netizen_editor.history.policy import Kept, replaces, to_prune

NOW = dt.datetime(2026, 12, 6, 3, 0, tzinfo=dt.UTC)
WIB = newsroom_zone("WIB")


def _ago(name: str, reason: str = "save", **delta: float) -> Kept:
    return Kept(name, NOW - dt.timedelta(**delta), reason)


def test_a_save_in_the_same_minute_replaces_the_same_authors_plain_save():
    at = NOW + dt.timedelta(seconds=59)
    newest = _ago("a")  # 03:00:00
    assert replaces(newest, "Bambang", "save", "Bambang", at)
    assert not replaces(newest, "Siti", "save", "Bambang", at)  # a colleague's is kept
    assert not replaces(newest, "Bambang", "save", "Bambang", at + dt.timedelta(seconds=1))
    assert not replaces(_ago("a", "status"), "Bambang", "save", "Bambang", at)
    assert not replaces(newest, "Bambang", "export", "Bambang", at)
    assert not replaces(None, "", "save", "Bambang", at)


def test_a_steady_typist_keeps_one_save_a_minute():
    kept: list[Kept] = []
    for second in range(0, 600, 20):  # a save every 20 seconds for ten minutes
        at = NOW + dt.timedelta(seconds=second)
        if kept and replaces(kept[-1], "Bambang", "save", "Bambang", at):
            kept.pop()
        kept.append(Kept(str(second), at, "save"))
    assert len(kept) == 10


def test_everything_of_the_last_day_is_kept():
    versions = [_ago(str(i), minutes=10 * i) for i in range(144)]  # one every 10 minutes
    assert to_prune(versions, NOW, WIB) == []


def test_one_an_hour_for_a_week_then_one_a_day():
    versions = [_ago(f"h{i}", minutes=20 * i) for i in range(3 * 24 * 10)]  # ten days
    pruned = set(to_prune(versions, NOW, WIB))
    kept = [v for v in versions if v.id not in pruned]
    day_old = [v for v in kept if dt.timedelta(hours=24) <= NOW - v.when < dt.timedelta(days=7)]
    hours = [v.when.astimezone(WIB).replace(minute=0) for v in day_old]
    assert len(hours) == len(set(hours)) and 6 * 24 <= len(hours) <= 6 * 24 + 1
    week_old = [v for v in kept if NOW - v.when >= dt.timedelta(days=7)]
    days = [v.when.astimezone(WIB).date() for v in week_old]
    assert len(days) == len(set(days)) and 3 <= len(days) <= 4
    # the newest of each bucket stays
    assert "h72" in {v.id for v in kept}  # 24 h ago exactly: the newest of its hour


def test_versions_that_are_not_plain_saves_are_always_kept():
    reasons = ("status", "review", "export", "import", "restore")
    versions = [_ago(f"{r}{i}", r, days=30, minutes=i) for r in reasons for i in range(5)]
    assert to_prune(versions, NOW, WIB) == []


def test_old_saves_in_one_day_keep_only_the_newest():
    versions = [_ago("newest", days=20, minutes=1), _ago("older", days=20, minutes=2)]
    assert to_prune(versions, NOW, WIB) == ["older"]
