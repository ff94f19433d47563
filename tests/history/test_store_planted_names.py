"""Planted version names whose time cannot be a version's (QA14): a name in the year 9999 never
names, times or prunes a save; a name with month 13 is skipped and reported; the commands that
keep or list versions (history, review, desk) neither crash nor lose a version."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from netizen_editor.cli import main
from netizen_editor.history.saving import Keeper
from netizen_editor.history.store import History
from netizen_editor.history.version_file import SUFFIX
from tests.history.conftest import Clock

FUTURE = "99991230T000000000000Z-status-00000000"
LAST = "99991231T235959999999Z-save-00000000"  # one microsecond more cannot be a date
MONTH_13 = "20261399T000000000000Z-save-00000000"


def _plant(history: History, name: str) -> Path:
    path = history.path / (name + SUFFIX)
    path.write_bytes(b"")  # not even a readable version: only its name speaks
    return path


def _a_days_work(history: History, text: str, clock: Clock) -> list[str]:
    """Twenty plain saves, one every 30 minutes, ending 30 minutes before the clock."""
    ids = []
    for i in range(20):
        ids.append(history.keep(text + f"\nVersi {i}.\n", "save").version.id)
        clock.advance(minutes=30)
    return ids


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("planted", [FUTURE, LAST])
def test_a_name_in_the_year_9999_neither_names_nor_prunes_a_save(history, article, clock,
                                                                 planted):  # fmt: skip
    _path, text, _id = article
    day = _a_days_work(history, text, clock)
    _plant(history, planted)
    outcome = history.keep(text + "\nVersi baru.\n", "save")
    assert outcome.pruned == () and outcome.problems == ()
    assert outcome.version.id.startswith(clock.now.strftime("%Y%m%dT%H%M%S"))
    assert outcome.version.time == "2026-12-06T20:00:00+07:00"  # the clock's, in WIB
    listing = history.versions()
    assert [v.id for v in listing.versions] == [outcome.version.id, *day[::-1]]
    assert len(listing.problems) == 1
    assert planted in listing.problems[0] and "is in the future" in listing.problems[0]
    assert "9999-12-3" in listing.problems[0]
    assert history.find(planted) is None  # never named as a version


def test_a_colleagues_fast_clock_moves_names_on_but_pruning_goes_by_this_clock(
    history, article, clock
):
    _path, text, _id = article
    day = _a_days_work(history, text, clock)
    ahead = (clock.now + dt.timedelta(hours=20)).strftime("%Y%m%dT%H%M%S%f")
    colleague = f"{ahead}Z-status-0c011ea9"  # within the allowance: still a version's name
    _plant(history, colleague)
    outcome = history.keep(text + "\nVersi baru.\n", "save")
    assert outcome.version.id > colleague  # names keep their order
    assert outcome.pruned == ()  # every save is younger than a day by this machine's clock
    assert set(day) <= {v.id for v in history.versions().versions}


def test_the_newest_possible_name_does_not_stop_a_save(article, tmp_path):
    path, text, found = article
    history = History(path.parent, found)
    history.keep(text, "save")
    _plant(history, LAST)
    kept = Keeper("Rina").keep(path, text + "\nTambahan.\n")
    assert kept.problem == "" and kept.version_id
    assert not kept.version_id.startswith("9999")


@pytest.mark.usefixtures("english")
def test_a_name_that_is_not_a_date_is_skipped_and_reported(history, article, clock):
    _path, text, _id = article
    good = history.keep(text, "save").version
    bad = _plant(history, MONTH_13)
    listing = history.versions()
    assert [v.id for v in listing.versions] == [good.id]
    assert listing.problems == [f"{bad}: the time in its name is not a date; not read as a version"]
    assert history.newest().id == good.id
    assert history.find("20261399") is None
    clock.advance(minutes=5)
    outcome = history.keep(text + "lagi", "save")
    assert outcome.version is not None and outcome.problems == ()


def _run(capsys, *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.usefixtures("cli_in_english")
def test_the_commands_list_and_keep_beside_planted_names(capsys, article):
    path, text, found = article
    history = History(path.parent, found)
    first = history.keep(text, "save").version.id
    for name in (LAST, MONTH_13):
        _plant(history, name)
    code, out, err = _run(capsys, "history", path)
    assert code == 0 and out.split("  ")[0] == first
    assert f"{MONTH_13}{SUFFIX}: the time in its name is not a date" in err
    assert f"{LAST}{SUFFIX}: the time in its name (9999-12-31 23:59:59 UTC) is in the future" in err
    path.write_text(text + "\nHarga {++naik++} hari ini.\n", encoding="utf-8")
    code, _out, err = _run(capsys, "review", "--accept-all", path)
    assert code == 0 and "Traceback" not in err and path.read_text().endswith("naik hari ini.\n")
    code, _out, err = _run(capsys, "history", path, "--restore", first)
    assert code == 0 and path.read_text(encoding="utf-8") == text
    code, out, err = _run(capsys, "desk", path.parent, "--format", "json")
    assert code == 0 and [e["path"] for e in json.loads(out)] == [path.name]


@pytest.mark.usefixtures("cli_in_english")
@pytest.mark.parametrize("action", [[], ["--show"], ["--diff"]])
def test_a_story_that_links_outside_its_folder_is_not_read(capsys, tmp_path, action):
    outside = tmp_path / "out" / "secret.md"
    outside.parent.mkdir()
    outside.write_text("---\ntitle: Rahasia\nid: 0b6f5c1e-1111-4222-8333-444455556666\n---\n\n"
                       "Sumber rahasia.\n", encoding="utf-8")  # fmt: skip
    History(outside.parent, "0b6f5c1e-1111-4222-8333-444455556666").keep("x", "save")
    folder = tmp_path / "in"
    folder.mkdir()
    link = folder / "link.md"
    link.symlink_to(outside)
    History(folder, "0b6f5c1e-1111-4222-8333-444455556666").keep("x", "save")
    version = History(folder, "0b6f5c1e-1111-4222-8333-444455556666").versions().versions[0]
    code, out, err = _run(capsys, "history", link, *action, *([version.id] if action else []))
    assert code == 2 and out == "" and "Sumber rahasia" not in err
    assert err.startswith(f"{link}: a link to a file outside its folder")
