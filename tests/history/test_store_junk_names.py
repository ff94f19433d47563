"""Names planted in a history folder that are not a version's (QA32 #3): 60,000 empty files
``junkNNNNN`` used up the cap on names looked at before the versions came, in the folder's
order, and the user's newest version was missing from History, ``history``, compare and
restore. The cap counts versions only, the newest are kept, and the names looked at have a
much larger bound of their own, said when it is reached."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from netizen_editor.cli import main
from netizen_editor.history import store
from netizen_editor.history.store import History
from netizen_editor.history.version_file import SUFFIX

pytestmark = pytest.mark.usefixtures("english")


def _plant(history: History, names: list[str]) -> None:
    """Empty files of those names in the history folder (fast: no Path per file)."""
    folder = os.open(history.path, os.O_RDONLY)
    try:
        for name in names:
            os.close(os.open(name, os.O_CREAT | os.O_WRONLY, 0o644, dir_fd=folder))
    finally:
        os.close(folder)


def _versions(history: History, text: str, clock, count: int) -> list[str]:
    ids = []
    for n in range(count):
        ids.append(history.keep(text + f"\nVersi {n}.\n", "status").version.id)
        clock.advance(minutes=5)
    return ids


@pytest.mark.usefixtures("cli_in_english")
def test_junk_names_never_hide_the_newest_version(history, article, clock, monkeypatch,
                                                  capsys):  # fmt: skip
    monkeypatch.setattr(store, "MAX_ENTRIES", 10)  # 20,000 in the app: the same, only quicker
    path, text, _id = article
    older = _versions(history, text, clock, 3)
    junk = [f"junk{n:05d}" for n in range(3000)] + [f"tmp{n}{SUFFIX}" for n in range(2000)]
    _plant(history, junk)
    newest = history.keep(text + "\nSesudah sampah.\n", "save")
    assert newest.version is not None and newest.problems == ()
    listing = history.versions()
    assert [v.id for v in listing.versions] == [newest.version.id, *older[::-1]]
    assert listing.problems == []
    assert history.newest().id == newest.version.id
    assert history.find(newest.version.id) == newest.version.id  # compare and restore find it
    assert history.find(older[0]) == older[0]
    path.write_text(text + "\nTeks sekarang.\n", encoding="utf-8")
    assert main(["history", str(path), "--restore", newest.version.id]) == 0
    assert path.read_text(encoding="utf-8") == text + "\nSesudah sampah.\n"
    assert "Traceback" not in capsys.readouterr().err


def test_planted_old_version_names_never_hide_the_newest(history, article, clock, monkeypatch):
    monkeypatch.setattr(store, "MAX_ENTRIES", 10)
    _path, text, _id = article
    old = [f"2020{1 + n % 12:02d}01T000000{n:06d}Z-save-{n:08x}" for n in range(1000)]
    first = history.keep(text, "status").version
    _plant(history, [name + SUFFIX for name in old])
    clock.advance(minutes=5)
    newest = history.keep(text + "\nTambahan.\n", "status").version
    listing = history.versions()
    assert [v.id for v in listing.versions[:2]] == [newest.id, first.id]
    said = [p for p in listing.problems if p.endswith(" versions; only the newest 10 are listed")]
    assert len(said) == 1  # (the keep pruned some of the planted "saves" as the policy does)
    assert history.newest().id == newest.id and history.find(newest.id) == newest.id


def test_more_names_than_are_looked_at_is_said(history, article, monkeypatch):
    monkeypatch.setattr(store, "MAX_NAMES", 100)
    _path, text, _id = article
    history.keep(text, "status")
    _plant(history, [f"junk{n:03d}" for n in range(200)])
    listing = history.versions()
    assert listing.problems == [f"{history.path}: more than 100 files; the rest are not read"]
    assert len(listing.versions) <= 1  # whatever came among the first 100 names


@pytest.mark.parametrize(
    "stamp",
    ["20240229T235959999999", "20230229T000000000000", "20261206T240000000000",
     "20261206T006000000000", "20261206T000060000000", "00000101T000000000000",
     "99991231T235959999999"],
)  # fmt: skip
def test_a_names_time_is_read_as_strptime_reads_it(stamp):
    """(It is read with fromisoformat: strptime took 27 µs a name, 5 s for 200,000.)"""
    latest = dt.datetime.max.replace(tzinfo=dt.UTC)
    try:
        expected: dt.datetime | str = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S%f")
        expected = expected.replace(tzinfo=dt.UTC)
    except ValueError:
        expected = "the time in its name is not a date; not read as a version"
    assert store._name_time(stamp, latest) == expected
