"""``netizen-editor desk``: the JSON fields scripts rely on, the filters, the text lines, the
exit codes; without --format the window opens the desk."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from netizen_editor.cli import COMMANDS, main
from tests.desk.conftest import article, write

FIELDS = ["path", "title", "status", "author", "editor", "labels", "dateline", "date",
          "modified", "words", "locked_by", "problem"]  # fmt: skip


@pytest.fixture
def settings(tmp_path: Path) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text('ui_language = "en"\n')
    return path


@pytest.fixture
def filled(desk: Path) -> Path:
    write(desk / "a.md", article("Banjir", status="review", author="Budi", labels=["Nasional"],
                                 date="2026-12-01"), mtime=1_000_000)  # fmt: skip
    write(desk / "2026" / "b.md", article("Gempa", status="ready", author="Sri",
                                          labels=["Daerah"], date="2026-12-05T10:00:00+07:00"),
          mtime=2_000_000)  # fmt: skip
    (desk / "rusak.md").write_bytes(b"\x00\x01binary")
    return desk


def _run(capsys, *argv: str | Path) -> tuple[int, str, str]:
    code = main(["desk", *(str(a) for a in argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_is_a_list_of_the_agreed_fields_newest_first(capsys, filled, settings):
    code, out, err = _run(capsys, filled, "--format", "json", "--settings", settings)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert [d["path"] for d in data] == ["rusak.md", "2026/b.md", "a.md"]  # rusak.md: just now
    assert all(list(d) == FIELDS for d in data)
    banjir = next(d for d in data if d["path"] == "a.md")
    assert banjir == {
        "path": "a.md", "title": "Banjir", "status": "review", "author": "Budi", "editor": "",
        "labels": ["Nasional"], "dateline": "", "date": "2026-12-01",
        "modified": "1970-01-12T13:46:40+00:00", "words": 8, "locked_by": None, "problem": None,
    }  # fmt: skip
    broken = next(d for d in data if d["path"] == "rusak.md")
    assert broken["problem"] == "This is not a text file (it looks like a binary file)"


def test_checks_add_errors_and_warnings(capsys, filled, settings):
    code, out, _err = _run(capsys, filled, "--checks", "--format", "json", "--settings", settings)
    data = {d["path"]: d for d in json.loads(out)}
    assert code == 0
    assert list(data["a.md"]) == [*FIELDS, "errors", "warnings"]
    assert isinstance(data["a.md"]["errors"], int) and isinstance(data["a.md"]["warnings"], int)
    assert data["rusak.md"]["errors"] is None


def test_filters_pick_articles_and_print_text_without_format(capsys, filled, settings):
    code, out, _err = _run(capsys, filled, "--status", "ready", "--status", "draft",
                           "--settings", settings)  # fmt: skip
    assert code == 0
    (line,) = out.splitlines()
    assert line.startswith("ready") and "2026/b.md" in line and "Gempa" in line and "(Sri)" in line
    _code, out, _err = _run(capsys, filled, "--author", "budi", "--format", "json",
                            "--settings", settings)  # fmt: skip
    assert [d["path"] for d in json.loads(out)] == ["a.md"]
    _code, out, _err = _run(capsys, filled, "--label", "DAERAH", "--format", "json",
                            "--settings", settings)  # fmt: skip
    assert [d["path"] for d in json.loads(out)] == ["2026/b.md"]
    _code, out, _err = _run(capsys, filled, "--since", "2026-12-03", "--format", "json",
                            "--settings", settings)  # fmt: skip
    # the date, or the last change of a file without one (rusak.md was written just now)
    assert [d["path"] for d in json.loads(out)] == ["rusak.md", "2026/b.md"]


def test_text_is_one_line_per_article_and_a_problem_says_why(capsys, filled, settings):
    code, out, _err = _run(capsys, filled, "--format", "text", "--settings", settings)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 3
    assert "rusak.md: This is not a text file" in out


def test_a_folder_that_cannot_be_read_exits_2_with_one_line(capsys, tmp_path, settings):
    code, out, err = _run(capsys, tmp_path / "tidak-ada", "--format", "json", "--settings",
                          settings)  # fmt: skip
    assert (code, out) == (2, "")
    assert err.splitlines() == [f"{tmp_path / 'tidak-ada'}: the folder does not exist"]
    with pytest.raises(SystemExit) as exited:
        _run(capsys, tmp_path, "--since", "kemarin", "--settings", settings)
    assert exited.value.code == 2 and "kemarin" in capsys.readouterr().err


def test_without_format_the_window_opens_the_desk(capsys, filled, settings, monkeypatch):
    from netizen_editor.gui import app

    opened = []
    monkeypatch.setattr(app, "run", lambda files, desk=None: opened.append((files, desk)) or 0)
    code, out, _err = _run(capsys, filled, "--settings", settings)
    assert (code, out, opened) == (0, "", [([], str(filled))])
    assert "desk" in COMMANDS


def test_the_command_runs_as_a_process(filled, settings, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "netizen_editor", "desk", str(filled), "--format", "json",
         "--settings", str(settings)],
        capture_output=True, text=True, timeout=120,
        env={**__import__("os").environ, "NETIZEN_EDITOR_CACHE_DIR": str(tmp_path / "c")},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 3


def test_json_stays_valid_utf8_for_a_file_name_that_is_not(capsys, desk, settings):
    import os

    write(desk / os.fsdecode(b"caf\xe9\xe2\x80\xae.md"), article("Kafe\u202e"))
    code, out, _err = _run(capsys, desk, "--format", "json", "--settings", settings)
    out.encode("utf-8")  # no lone surrogates
    (entry,) = json.loads(out)
    assert code == 0 and entry["path"] == "caf\\xe9\u202e.md" and entry["title"] == "Kafe\u202e"
    assert "\u202e" not in out  # a bidi override is written as its escape


def test_text_says_someone_has_a_story_whose_lock_file_cannot_be_read(capsys, filled, settings):
    (filled / ".~lock.a.md#").write_bytes(b"garbage")
    code, out, _err = _run(capsys, filled, "--settings", settings, "--format", "text")
    line = next(x for x in out.splitlines() if "Banjir" in x)
    assert code == 0 and "[open: ?]" in line
    _code, out, _err = _run(capsys, filled, "--settings", settings, "--format", "json")
    locked = next(d for d in json.loads(out) if d["path"] == "a.md")["locked_by"]
    assert (locked["user"], locked["host"]) == ("", "")


def test_text_shows_the_last_change_on_the_newsrooms_clock_in_its_order(capsys, desk, tmp_path):
    """The listing is newest first by the file's last change; the text shows that time (in
    the settings' zone), so the order is visible even when the articles' dates are not."""
    import datetime as dt

    settings = tmp_path / "wita.toml"
    settings.write_text('ui_language = "en"\ntimezone = "WITA"\n')
    utc = dt.UTC
    for name, date, changed in (
        ("a.md", "2026-12-06", dt.datetime(2026, 12, 1, 1, 0, tzinfo=utc)),
        ("b.md", "2026-12-01", dt.datetime(2026, 12, 6, 1, 8, tzinfo=utc)),
        ("c.md", "2026-12-03", dt.datetime(2026, 12, 5, 23, 30, tzinfo=utc)),
    ):
        write(desk / name, article(name, date=date), mtime=changed.timestamp())
    code, out, _err = _run(capsys, desk, "--format", "text", "--settings", settings)
    lines = out.splitlines()
    assert code == 0 and [line.split()[6] for line in lines] == ["b.md", "c.md", "a.md"]
    assert "2026-12-06 09:08 WITA" in lines[0]  # 01:08 UTC on a WITA (UTC+8) clock
    assert "2026-12-06 07:30 WITA" in lines[1]  # the next day there
    assert "2026-12-01 09:00 WITA" in lines[2]
    _code, out, _err = _run(capsys, desk, "--format", "json", "--settings", settings)
    assert json.loads(out)[0]["modified"] == "2026-12-06T01:08:00+00:00"  # JSON unchanged


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 / Wayland only")
def test_the_desk_without_a_screen_says_to_list_it_without_a_window(filled, tmp_path):
    import os

    hidden = ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "QT_QPA_PLATFORM")
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    for name in ("CONFIG", "DATA", "CACHE"):  # a user without settings: Indonesian
        env[f"NETIZEN_EDITOR_{name}_DIR"] = str(tmp_path / name.lower())
    result = subprocess.run([sys.executable, "-m", "netizen_editor", "desk", str(filled)],
                            capture_output=True, text=True, timeout=120, env=env)  # fmt: skip
    assert (result.returncode, result.stdout) == (2, "")  # not 134: no core dump
    assert result.stderr == (
        "netizen-editor desk: tidak ada layar untuk membuka jendela (DISPLAY maupun "
        "WAYLAND_DISPLAY tidak diatur); 'netizen-editor desk FOLDER --format text' (atau "
        "--format json) menampilkan daftar meja redaksi tanpa jendela\n"
    )


def test_text_names_the_story_a_copy_shares_its_id_with_and_json_keeps_its_fields(
    capsys, desk, settings
):
    write(desk / "a.md", article("Banjir", id="cerita-1"), mtime=1_000_000)
    write(desk / "a-salinan.md", article("Banjir", id="cerita-1"), mtime=1_000_001)
    code, out, _err = _run(capsys, desk, "--settings", settings, "--format", "text")
    lines = sorted(out.splitlines())
    assert code == 0 and len(lines) == 2
    assert lines[0].endswith("[same id as a.md]") and "a-salinan.md" in lines[0]
    assert lines[1].endswith("[same id as a-salinan.md]")
    _code, out, _err = _run(capsys, desk, "--settings", settings, "--format", "json")
    assert [list(d) for d in json.loads(out)] == [FIELDS, FIELDS]


@pytest.mark.parametrize(
    ("language", "says"),
    [("en", "dated DATE or later (ISO 8601, e.g. 2026-12-01): the date in their front "
            "matter, else the file's last change"),
     ("id", "bertanggal DATE atau sesudahnya (ISO 8601, mis. 2026-12-01): tanggal di front "
            "matter-nya, atau waktu terakhir berkas diubah bila tidak ada")],
)  # fmt: skip
def test_the_help_says_since_compares_the_articles_date_not_the_last_change(
    capsys, monkeypatch, tmp_path, language, says
):
    settings = tmp_path / "settings.toml"
    settings.write_text(f'ui_language = "{language}"\n')
    monkeypatch.setenv("COLUMNS", "1000")  # one line per option: the sentence stays whole
    with pytest.raises(SystemExit):
        main(["desk", "--settings", str(settings), "--help"])
    assert says in capsys.readouterr().out
