"""``netizen-editor check``: lines or JSON, and the exit status a script reads."""

from __future__ import annotations

import json
from pathlib import Path

from netizen_editor.cli import main
from tests.checks.helpers import CLEAN, spoil


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def settings_file(tmp_path: Path, language: str = "id") -> Path:
    return write(tmp_path, "settings.toml", f'ui_language = "{language}"\n')


def test_a_clean_article_exits_0_and_prints_nothing(tmp_path, capsys):
    path = write(tmp_path, "a.md", CLEAN)
    assert main(["check", str(path), "--settings", str(settings_file(tmp_path))]) == 0
    assert capsys.readouterr().out == ""


def test_an_error_exits_1_with_one_line_per_finding(tmp_path, capsys):
    path = write(tmp_path, "a.md", spoil("summary:", "sumary:"))
    assert main(["check", str(path), "--settings", str(settings_file(tmp_path))]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [f"{path}:1:1: error: summary: belum ada deskripsi penelusuran (summary): "
                   "Google dan kartu berbagi akan membuatnya sendiri"]  # fmt: skip


def test_json_lists_every_finding_with_its_fields_in_english(tmp_path, capsys):
    path = write(tmp_path, "a.md", spoil("[BMKG Maritim]", "[klik di sini]"))
    code = main(["check", "--format", "json", str(path), "--settings",
                 str(settings_file(tmp_path, "en"))])  # fmt: skip
    assert code == 0  # a warning only
    (item,) = json.loads(capsys.readouterr().out)
    assert item == {
        "file": str(path), "line": 26, "column": 1, "level": "warning", "rule": "link-text",
        "message": 'the link text "klik di sini" does not say where it goes; link the words '
        "that name it", "suggestions": [],
    }  # fmt: skip


def test_bad_input_exits_2_with_file_and_line_and_checks_the_rest(tmp_path, capsys):
    broken = write(tmp_path, "rusak.md", "---\ntitle: [tidak ditutup\n---\nTeks\n")
    latin = tmp_path / "latin.md"
    latin.write_bytes("---\ntitle: Caf\xe9\n---\n".encode("latin-1"))
    good = write(tmp_path, "baik.md", spoil("summary:", "sumary:"))
    missing = tmp_path / "hilang.md"
    args = ["check", str(broken), str(latin), str(missing), str(good)]
    assert main([*args, "--settings", str(settings_file(tmp_path))]) == 2
    captured = capsys.readouterr()
    errors = captured.err.splitlines()
    assert errors[0].startswith(f"{broken}:2: ")
    assert errors[1].startswith(f"{latin}:2: ")
    assert errors[2].startswith(f"{missing}:1: ")
    assert f"{good}:1:1: error: summary:" in captured.out


def test_a_bad_settings_file_exits_2(tmp_path, capsys):
    path = write(tmp_path, "a.md", CLEAN)
    bad = write(tmp_path, "s.toml", "ui_language = \n")
    assert main(["check", str(path), "--settings", str(bad)]) == 2
    assert str(bad) in capsys.readouterr().err


def test_the_sample_article_has_no_error(sample_path, tmp_path, capsys):
    assert main(["check", str(sample_path), "--settings", str(settings_file(tmp_path))]) == 0
    assert ": error:" not in capsys.readouterr().out


def test_a_broken_house_style_is_reported_once_for_several_files(tmp_path, capsys):
    style = write(tmp_path, "gaya.toml", '[words]\nbanned = ["oknum"\n')
    settings = write(tmp_path, "settings.toml", f'ui_language = "en"\nhouse_style = "{style}"\n')
    first, second = write(tmp_path, "a.md", CLEAN), write(tmp_path, "b.md", CLEAN)
    assert main(["check", str(first), str(second), "--settings", str(settings)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [f"{style}:2:1: warning: house-style: broken TOML: Unclosed array; the "
                   "built-in house style is used"]  # fmt: skip


def test_the_whole_help_follows_the_interface_language(tmp_path, monkeypatch, capsys):
    """``check --help`` in Indonesian has no English left: argparse's own words ("usage:",
    "options", "show this help message and exit") go through the same catalog as the rest.
    The catalog here translates every text it is asked for into "ID<text>"."""
    from netizen_editor import i18n
    from netizen_editor.checks.cli import check_main

    monkeypatch.setattr(i18n, "catalog", lambda lang: _Everything())
    settings = tmp_path / "settings.toml"
    settings.write_text('ui_language = "id"\n', encoding="utf-8")
    try:
        check_main(["--help", "--settings", str(settings)])
    except SystemExit as stop:
        assert stop.code == 0
    shown = capsys.readouterr().out
    assert shown.startswith("IDusage: netizen-editor check")
    for english in (
        "usage:",
        "options:",
        "positional arguments:",
        "show this help",
        "Run the desk's",
        "settings file",
        "the articles to check",
        "text: one",
    ):
        assert shown.count(english) == shown.count("ID" + english) == 1, english  # fmt: skip


class _Everything(dict):
    def get(self, key, default=None):
        return f"ID{key}"


def test_the_sample_article_passes_its_own_checks(capsys):
    """The story a journalist meets first is a model: check says only that it has no picture
    (the site's page had a photo; the text the sample was made from has none, and a photo
    beside it would not follow a copy saved elsewhere)."""
    from netizen_editor.checks.cli import check_main
    from netizen_editor.paths import sample_article_path

    assert check_main([str(sample_article_path())]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert ": warning: share-image: " in line


def test_a_stray_letter_on_the_opening_fence_is_an_error_naming_its_line(tmp_path, capsys):
    path = write(tmp_path, "lead.md", "b---\ntitle: X\nstatus: draft\n---\nIsi.\n")
    assert main(["check", str(path), "--settings", str(settings_file(tmp_path, "en"))]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{path}:1:1: error: front-matter: the opening '---' line reads "
                             "'b---'")  # fmt: skip
    code = main(["check", "--format", "json", str(path), "--settings",
                 str(settings_file(tmp_path, "en"))])  # fmt: skip
    assert code == 1
    items = json.loads(capsys.readouterr().out)
    (item,) = [i for i in items if i["rule"] == "front-matter"]
    assert (item["line"], item["column"], item["level"]) == (1, 1, "error")


def test_a_folder_says_how_to_check_its_articles_and_the_rest_is_checked(tmp_path, capsys):
    desk = tmp_path / "meja redaksi"
    desk.mkdir()
    good = write(tmp_path, "baik.md", spoil("summary:", "sumary:"))
    args = ["check", str(desk), str(good), "--settings", str(settings_file(tmp_path, "en"))]
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.err == (
        f"{desk}: This is a folder, not a file: check its articles with 'netizen-editor check "
        f'"{desk}"/*.md\', or list the desk with their checks: \'netizen-editor desk "{desk}" '
        "--checks'\n"
    )
    assert f"{good}:1:1: error: summary:" in captured.out
