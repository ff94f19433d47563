"""``review --accept-all`` and ``history --restore`` beside a planted lock whose time no clock
can show (QA24 #3): they died with an OverflowError traceback, ``--force`` or not (the time was
put in the message before ``--force`` was looked at). A time with no UTC equivalent makes the
file no lock (an unknown colleague, as garbage: its age is the file's); one past the calendar's
end on the newsroom's clock is named as written."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from netizen_editor.cli import main
from netizen_editor.history.article_id import article_id
from netizen_editor.history.store import History
from netizen_editor.storage.locks import lock_path
from tests.review.test_cli import ARTICLE, isolated_config  # noqa: F401 - autouse fixture

NO_UTC = ("0001-01-01T00:00:00+23:59", "9999-12-31T23:59:59-23:59")
PAST_WIB = "9999-12-31T23:00:00+00:00"
STORY = ARTICLE.replace("title:", "id: 3f1d2c4b-5a69-4e8f-9b0a-1c2d3e4f5a6b\ntitle:")


@pytest.fixture
def article(tmp_path, english):
    path = tmp_path / "banjir.md"
    path.write_text(STORY, encoding="utf-8")
    return path


def plant(article, since: str, heartbeat: str | None = None) -> None:
    beat = heartbeat or dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    info = {"user": "Eve", "host": "h", "pid": 1, "since": since, "heartbeat": beat,
            "token": "x"}  # fmt: skip
    lock_path(article).write_text(json.dumps(info), encoding="utf-8")


def one_line(err: str) -> str:
    assert "Traceback" not in err and err.count("\n") == 1, err
    return err.rstrip("\n")


@pytest.mark.parametrize("since", NO_UTC)
def test_review_refuses_and_forces_a_story_beside_a_lock_with_no_utc_time(article, capsys, since):
    plant(article, since)
    argv = ["review", str(article), "--accept-all"]
    assert main(argv) == 2 and article.read_text(encoding="utf-8") == STORY
    line = one_line(capsys.readouterr().err)
    assert line.startswith(f"{article}: a colleague has it open in the editor (since ")
    assert main([*argv, "--force"]) == 0
    assert "{++ pada" not in article.read_text(encoding="utf-8")
    assert capsys.readouterr().err.startswith(f"{article}: warning: a colleague has it open")


def test_a_heartbeat_with_no_utc_time_is_no_lock_either(article, capsys):
    plant(article, "2026-12-07T03:05:00+00:00", heartbeat=NO_UTC[1])
    argv = ["review", str(article), "--reject-all"]
    assert main(argv) == 2  # an unknown colleague until the file is as old as a stale lock
    assert "a colleague has it open" in one_line(capsys.readouterr().err)


def test_a_time_past_the_calendar_in_wib_is_named_as_written(article, capsys):
    plant(article, PAST_WIB)
    argv = ["review", str(article), "--accept-all"]
    assert main(argv) == 2
    assert "Eve has it open in the editor (since 9999-12-31 23:00+00:00); not written" in one_line(
        capsys.readouterr().err
    )


@pytest.mark.parametrize("since", [*NO_UTC, PAST_WIB])
def test_history_restore_refuses_and_forces(article, capsys, since):
    history = History(article.parent, article_id(STORY), author="Budi Santoso")
    version = history.keep(STORY, "save").version
    article.write_text(STORY + "Tambahan Eve.\n", encoding="utf-8")
    plant(article, since)
    capsys.readouterr()
    argv = ["history", str(article), "--restore", version.id]
    assert main(argv) == 2 and article.read_text(encoding="utf-8").endswith("Tambahan Eve.\n")
    assert "has it open in the editor" in one_line(capsys.readouterr().err)
    assert main([*argv, "--force"]) == 0
    assert article.read_text(encoding="utf-8") == STORY
    assert "Traceback" not in capsys.readouterr().err
