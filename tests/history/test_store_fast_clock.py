"""A colleague's clock that runs fast, within ``policy.CLOCK_SKEW`` (QA18 P4): the versions
after theirs are named on past it to keep the order, but each keeps the time it was really
saved, and coalescing (one save a minute) and pruning (one an hour, then a day) go by that
time: a day of saves is never merged into one because their names fall in one minute."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest

from netizen_editor.history import policy
from netizen_editor.history.store import History
from netizen_editor.history.version_file import MAGIC, SUFFIX, encode
from tests.history.conftest import Clock


def _a_day_after_a_fast_clock(history: History, text: str, clock: Clock) -> list[str]:
    """Budi's machine, 23 h fast, keeps a save; then twenty of the history's saves, one every
    20 minutes: their ids, oldest first."""
    budi = History(history.folder, history.article_id, author="Budi",
                   clock=lambda: clock.now + dt.timedelta(hours=23))  # fmt: skip
    budi.keep(text + "\nBudi.\n", "save")
    ids = []
    for i in range(20):
        clock.advance(minutes=20)
        outcome = history.keep(text + f"\nVersi {i}.\n", "save")
        assert outcome.replaced is None
        ids.append(outcome.version.id)
    return ids


def test_saves_named_past_a_fast_clock_are_never_merged(history, article, clock):
    _path, text, _id = article
    start = clock.now
    ids = _a_day_after_a_fast_clock(history, text, clock)
    listing = history.versions().versions
    assert [v.id for v in listing[:20]] == ids[::-1]  # names keep the order they were kept in
    assert len(listing) == 21 and listing[20].author == "Budi"
    assert ids[0] > listing[20].id  # named past Budi's
    first = (start + dt.timedelta(minutes=20)).astimezone(history.zone)
    assert listing[19].time == first.isoformat(timespec="seconds")  # saved, not named, then
    assert listing[0].time == "2026-12-06T16:40:00+07:00"


def test_saves_in_one_real_minute_still_coalesce_after_a_fast_clock(history, article, clock):
    _path, text, _id = article
    ids = _a_day_after_a_fast_clock(history, text, clock)
    clock.advance(seconds=30)
    again = history.keep(text + "\nLagi.\n", "save")
    assert again.replaced == ids[-1] and again.version.id > ids[-1]
    clock.advance(seconds=40)
    assert history.keep(text + "\nLagi lagi.\n", "save").replaced is None


def test_pruning_after_a_fast_clock_keeps_one_an_hour_by_the_real_times(history, article, clock):
    _path, text, _id = article
    ids = _a_day_after_a_fast_clock(history, text, clock)  # 03:20 to 09:40 UTC
    clock.advance(days=2)
    outcome = history.keep(text + "\nDua hari kemudian.\n", "save")
    left = set(ids) - set(outcome.pruned)
    assert len(left) == 7  # hours 03 to 09: the newest save of each
    assert ids[-1] in left and ids[1] in left  # 09:40 and 03:40 (03:20 is older in its hour)
    assert len(list(history.path.iterdir())) == 9  # with Budi's and the new one


def test_a_name_planted_just_within_the_allowance_merges_nothing(history, article, clock):
    _path, text, _id = article
    history.keep(text, "save")
    planted = history.path / next(history.path.iterdir()).name.replace(
        clock.now.strftime("%Y%m%dT%H%M%S%f"),
        (clock.now + dt.timedelta(hours=23, minutes=59)).strftime("%Y%m%dT%H%M%S%f"),
    )
    next(history.path.iterdir()).rename(planted)
    kept = []
    for i in range(20):
        clock.advance(minutes=20)
        kept.append(history.keep(text + f"\n{i}\n", "save"))
    assert [k.replaced for k in kept] == [None] * 20
    assert len(history.versions().versions) == 21


PLANTED_TIMES = ["bukan waktu", "2026-12-06T10:00:00", "0001-01-01T00:00:00+07:00",
                 "9999-12-31T23:59:59-12:00", "2026-12-06T11:30:00+07:00"]  # fmt: skip


@pytest.mark.parametrize("header_time", PLANTED_TIMES)
def test_a_header_time_that_cannot_be_a_saves_falls_back_to_the_name(
    history, article, clock, header_time
):
    """A planted or damaged header's time: the name's time is used (never a later one)."""
    _path, text, _id = article
    old = history.keep(text, "save").version
    data = encode(text + "x", time=header_time, author="Bambang", reason="save", words=1)
    newest = clock.now + dt.timedelta(microseconds=1)
    name = f"{newest.strftime('%Y%m%dT%H%M%S%f')}Z-save-0badc10c"
    (history.path / (name + SUFFIX)).write_bytes(data)
    clock.advance(seconds=30)
    outcome = history.keep(text + "y", "save")  # same minute as the planted name's
    assert outcome.replaced == name and old.id != name
    clock.advance(days=3)
    history.keep(text + "z", "save")
    assert len(list(history.path.iterdir())) == 2  # one an hour: the newest of 03:00, and z


def test_a_version_written_before_is_read_and_coalesces_by_its_header_time(history, article):
    """A version of an older app: its header's time was its name's; it lists and coalesces."""
    _path, text, _id = article
    header = {"time": "2026-12-06T10:00:00+07:00", "author": "Bambang", "reason": "save",
              "words": 0, "size": 0, "sha256": hashlib.sha256(b"").hexdigest()}  # fmt: skip
    line = json.dumps(header).encode()
    name = "20261206T030000000000Z-save-01d0a9e1"
    (history.path).mkdir(parents=True)
    (history.path / (name + SUFFIX)).write_bytes(MAGIC + line + b"\n")
    assert [v.id for v in history.versions().versions] == [name]
    assert history.keep(text, "save").replaced == name  # 03:00 UTC, the same minute


def test_the_policy_goes_by_when_a_version_was_saved():
    named = dt.datetime(2026, 12, 7, 0, 0, tzinfo=dt.UTC)
    now = named - dt.timedelta(hours=20)
    bumped = policy.Kept("a", named, "save", saved=now - dt.timedelta(minutes=20))
    assert not policy.replaces(bumped, "Rina", "save", "Rina", now)
    assert policy.replaces(bumped, "Rina", "save", "Rina", now - dt.timedelta(minutes=19.5))
    later = now + dt.timedelta(days=2)
    hours = [policy.Kept(f"v{i}", named + dt.timedelta(microseconds=i), "save",
                         saved=now + dt.timedelta(hours=i)) for i in range(5)]  # fmt: skip
    assert policy.to_prune(hours, later, dt.UTC) == []  # five hours apart: one an hour


def test_a_save_reads_only_the_headers_it_has_not_read_before(history, article, clock, monkeypatch):
    """Each version's save time comes from its header once a process: a save beside a long
    history reads the newest version's header and the new one's, not every one."""
    import netizen_editor.history.store as store

    _path, text, _id = article
    for i in range(30):
        history.keep(text + f"\n{i}\n", "save")
        clock.advance(minutes=2)
    read, calls = store.read_info, []
    monkeypatch.setattr(store, "read_info", lambda path: calls.append(path) or read(path))
    clock.advance(minutes=2)
    history.keep(text + "\nLagi.\n", "save")
    assert len(calls) == 2
