"""``desk --since``: the article's date (else its last change) and DATE compared as instants, a
date or time without an offset being the newsroom's (QA29 M1, L7). Compared as wall times, a
story changed at 03:00 WIB on the 5th (20:00 UTC on the 4th) was left out of ``--since
2026-12-05`` though the text listing showed it on the 5th."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from netizen_editor.cli import main
from tests.desk.conftest import article, write

EARLY = dt.datetime(2026, 12, 4, 20, 0, tzinfo=dt.UTC)  # 03:00 WIB, 04:00 WITA on the 5th


def _listed(capsys, desk: Path, settings: Path, since: str) -> list[str]:
    code = main(["desk", str(desk), "--since", since, "--format", "json",
                 "--settings", str(settings)])  # fmt: skip
    out, _err = capsys.readouterr()
    assert code == 0
    return [row["path"] for row in json.loads(out)]


@pytest.fixture
def zone(tmp_path: Path):
    """``zone(name)``: a settings file with that newsroom zone."""

    def make(name: str) -> Path:
        path = tmp_path / f"{name}.toml"
        path.write_text(f'ui_language = "en"\ntimezone = "{name}"\n')
        return path

    return make


def test_a_story_of_the_newsrooms_early_morning_is_on_its_day(capsys, desk, zone):
    write(desk / "pagi.md", article("Pagi"), mtime=EARLY.timestamp())  # no date: its change
    main(["desk", str(desk), "--format", "text", "--settings", str(zone("WIB"))])
    assert "2026-12-05 03:00 WIB" in capsys.readouterr().out  # the day the listing shows
    assert _listed(capsys, desk, zone("WIB"), "2026-12-05") == ["pagi.md"]
    assert _listed(capsys, desk, zone("WIB"), "2026-12-05T03:00") == ["pagi.md"]
    assert _listed(capsys, desk, zone("WIB"), "2026-12-05T03:01") == []
    assert _listed(capsys, desk, zone("WIT"), "2026-12-05T05:00") == ["pagi.md"]  # 20:00 UTC
    assert _listed(capsys, desk, zone("WIB"), "2026-12-05T00:00+07:00") == ["pagi.md"]
    assert _listed(capsys, desk, zone("WIB"), "2026-12-04T20:00:01Z") == []


def test_a_date_with_an_offset_is_compared_as_the_instant_it_names(capsys, desk, zone):
    write(desk / "a.md", article("A", date="2026-12-04T21:00:00Z"))  # 04:00 WIB on the 5th
    assert _listed(capsys, desk, zone("WIB"), "2026-12-05") == ["a.md"]
    assert _listed(capsys, desk, zone("WIB"), "2026-12-05T04:01") == []


def test_a_date_without_an_offset_is_the_newsrooms_time(capsys, desk, zone):
    """``date: 2026-12-05 02:00`` is 02:00 on the newsroom's clock: 19:00 UTC on the 4th in
    WIB, 18:00 in WITA; JSON keeps it as written (ISO 8601 without an offset is valid)."""
    write(desk / "a.md", article("A", date="2026-12-05 02:00"))
    assert _listed(capsys, desk, zone("WIB"), "2026-12-04T19:00Z") == ["a.md"]
    assert _listed(capsys, desk, zone("WIB"), "2026-12-04T19:01Z") == []
    assert _listed(capsys, desk, zone("WITA"), "2026-12-04T18:30Z") == []
    assert _listed(capsys, desk, zone("WITA"), "2026-12-05T02:00") == ["a.md"]
    main(["desk", str(desk), "--format", "json", "--settings", str(zone("WITA"))])
    assert json.loads(capsys.readouterr().out)[0]["date"] == "2026-12-05T02:00:00"
