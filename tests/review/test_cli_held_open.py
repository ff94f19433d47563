"""``review --accept-all`` and ``history --restore`` on a story a colleague has open in the
window (QA22 #4): refused (exit 2, naming them), written with ``--force`` and a warning; a
stale lock holds nothing, as in the window."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest

from netizen_editor.cli import main
from netizen_editor.history.article_id import article_id
from netizen_editor.history.store import History
from netizen_editor.storage.locks import lock_path
from tests.review.test_cli import ARTICLE, isolated_config  # noqa: F401 - autouse fixture


@pytest.fixture
def settings(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('ui_language = "en"\ndefault_author = "Budi Santoso"\ntimezone = "WIB"\n')
    return path


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "banjir.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def hold(article, user: str, minutes_ago: int = 0) -> None:
    """``user``'s window on another computer has ``article`` open (its heartbeat that old)."""
    when = dt.datetime(2026, 12, 7, 3, 5, tzinfo=dt.UTC)
    beat = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=minutes_ago)
    info = {"user": user, "host": "laptop-rina", "pid": 1, "since": when.isoformat(),
            "heartbeat": beat.isoformat()}  # fmt: skip
    lock_path(article).write_text(json.dumps(info), encoding="utf-8")
    os.utime(lock_path(article), (beat.timestamp(), beat.timestamp()))  # the file stopped then too


def test_accept_all_refuses_a_story_a_colleague_has_open(article, settings, capsys):
    hold(article, "Rina Wulandari")
    code = main(["review", str(article), "--accept-all", "--settings", str(settings)])
    _out, err = capsys.readouterr()
    assert code == 2 and article.read_text(encoding="utf-8") == ARTICLE
    assert err == (
        f"{article}: Rina Wulandari has it open in the editor (since 2026-12-07 10:05 WIB); not "
        "written while they work on it (give --force to write anyway: their window then asks "
        "them before their next save)\n"
    )


def test_force_writes_it_and_warns(article, settings, capsys):
    hold(article, "Rina Wulandari")
    code = main(["review", str(article), "--accept-all", "--force", "--settings", str(settings)])
    _out, err = capsys.readouterr()
    assert code == 0 and "{++ pada" not in article.read_text(encoding="utf-8")
    first, done = err.splitlines()
    assert first == (
        f"{article}: warning: Rina Wulandari has it open in the editor (since 2026-12-07 10:05 "
        "WIB); written anyway: their window asks them before their next save writes over it"
    )
    assert done.startswith(f"{article} → {article}: 3 suggestion(s) accepted")


def test_a_stale_lock_holds_nothing(article, settings, capsys):
    hold(article, "Rina Wulandari", minutes_ago=12)
    code = main(["review", str(article), "--reject-all", "--settings", str(settings)])
    _out, err = capsys.readouterr()
    assert code == 0 and "Rina" not in err and "{++ pada" not in article.read_text(encoding="utf-8")


def test_a_held_output_file_is_refused_too(article, settings, capsys, tmp_path):
    out = tmp_path / "banjir-bersih.md"
    out.write_text("---\ntitle: Lain\n---\n\nCerita lain.\n", encoding="utf-8")
    hold(out, "Rina Wulandari")
    code = main(["review", str(article), "--accept-all", "-o", str(out), "--settings",
                 str(settings)])  # fmt: skip
    assert code == 2 and "Cerita lain." in out.read_text(encoding="utf-8")
    assert "Rina Wulandari has it open" in capsys.readouterr().err


def test_history_restore_refuses_a_story_a_colleague_has_open(article, settings, capsys):
    story = ARTICLE.replace("title:", "id: 3f1d2c4b-5a69-4e8f-9b0a-1c2d3e4f5a6b\ntitle:")
    article.write_text(story, encoding="utf-8")
    story_id = article_id(article.read_text(encoding="utf-8"))
    history = History(article.parent, story_id, author="Budi Santoso")
    version = history.keep(article.read_text(encoding="utf-8"), "save").version
    article.write_text(article.read_text(encoding="utf-8") + "Tambahan Rina.\n", encoding="utf-8")
    before = article.read_text(encoding="utf-8")
    hold(article, "Rina Wulandari")
    capsys.readouterr()
    argv = ["history", str(article), "--restore", version.id, "--settings", str(settings)]
    assert main(argv) == 2 and article.read_text(encoding="utf-8") == before
    assert "Rina Wulandari has it open in the editor" in capsys.readouterr().err
    assert main([*argv, "--force"]) == 0
    assert not article.read_text(encoding="utf-8").endswith("Tambahan Rina.\n")
    assert "warning: Rina Wulandari has it open" in capsys.readouterr().err
