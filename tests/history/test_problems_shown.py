"""A history folder with thousands of planted names of impossible dates (month 13): each was a
problem line, up to 200,000 (``MAX_NAMES``), all on ``netizen-editor history``'s stderr and all
in the History window's label. Both now say the first ``FEW_PROBLEMS`` and a line of how many
more, what the folder is (a limit reached) first; the list, its JSON and the exit status are as
before."""

from __future__ import annotations

import json

import pytest

from netizen_editor import i18n
from netizen_editor.history import store
from netizen_editor.history.store import FEW_PROBLEMS, History, few_problems
from netizen_editor.history.version_file import SUFFIX
from tests.history.test_store_junk_names import _plant
from tests.history.test_store_planted_names import _run

NOT_A_DATE = "the time in its name is not a date; not read as a version"


def plant_impossible_dates(history: History, count: int) -> None:
    """``count`` empty files named as versions of the 13th month."""
    _plant(history, [f"202613{n % 28 + 1:02d}T000000{n % 1_000_000:06d}Z-save-{n:08x}{SUFFIX}"
                     for n in range(count)])  # fmt: skip


@pytest.mark.usefixtures("cli_in_english")
def test_the_command_names_the_first_problems_and_counts_the_rest(capsys, article):
    path, text, found = article
    history = History(path.parent, found)
    kept = history.keep(text, "save").version
    plant_impossible_dates(history, 3000)
    code, out, err = _run(capsys, "history", path)
    assert code == 0 and out.splitlines() == [out.splitlines()[0]]
    assert out.startswith(f"{kept.id}  ")
    lines = err.splitlines()
    assert len(lines) == FEW_PROBLEMS + 1
    assert all(line.startswith(str(history.path)) and NOT_A_DATE in line for line in lines[:-1])
    assert lines[-1] == f"… and {3000 - FEW_PROBLEMS} more"
    code, out, err = _run(capsys, "history", path, "--format", "json")
    assert code == 0 and [v["id"] for v in json.loads(out)] == [kept.id]
    assert len(err.splitlines()) == FEW_PROBLEMS + 1
    code, out, err = _run(capsys, "history", path, "--show", "20270101")  # no such version
    lines = err.splitlines()
    assert code == 2 and out == "" and len(lines) == FEW_PROBLEMS + 2
    assert lines[FEW_PROBLEMS] == f"… and {3000 - FEW_PROBLEMS} more"
    assert "no version 20270101" in lines[-1]


@pytest.mark.usefixtures("cli_in_english")
def test_a_limit_reached_is_said_before_the_names(capsys, article, monkeypatch):
    monkeypatch.setattr(store, "MAX_NAMES", 100)  # 200,000 in the app: the same, only quicker
    path, text, found = article
    history = History(path.parent, found)
    history.keep(text, "save")
    plant_impossible_dates(history, 300)
    code, _out, err = _run(capsys, "history", path)
    lines = err.splitlines()
    assert code == 0 and len(lines) == FEW_PROBLEMS + 1
    assert lines[0] == f"{history.path}: more than 100 files; the rest are not read"
    assert NOT_A_DATE in lines[1]
    # the 100 names looked at, in the folder's order, may hold the version: 99 or 100 skipped
    assert lines[-1] in {f"… and {1 + skipped - FEW_PROBLEMS} more" for skipped in (99, 100)}


def test_few_problems_are_said_all_and_many_counted_in_indonesian(monkeypatch):
    monkeypatch.setattr(i18n, "_language", "id")
    few = [f"masalah {n}" for n in range(FEW_PROBLEMS)]
    assert few_problems(few) == few
    many = [f"masalah {n}" for n in range(199_999)]
    assert few_problems(many) == [*many[:FEW_PROBLEMS], f"… dan {199_999 - FEW_PROBLEMS} lainnya"]
