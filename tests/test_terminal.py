"""argparse's own words in a command's --help and errors follow the settings' language
(netizen_editor/terminal.py), with the real Indonesian catalog."""

from __future__ import annotations

import pytest

from netizen_editor.cli import main


@pytest.fixture
def settings(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('ui_language = "id"\n', encoding="utf-8")
    return str(path)


def test_the_help_reads_in_indonesian(settings, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["import", "--help", "--settings", settings])
    assert stop.value.code == 0
    shown = capsys.readouterr().out
    assert shown.startswith("penggunaan: netizen-editor import")
    assert "\nargumen posisional:\n" in shown and "\nopsi:\n" in shown
    assert "tampilkan bantuan ini lalu keluar" in shown
    assert "Jadikan rilis pers" in shown


def test_an_unknown_option_is_told_in_indonesian(settings, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["export", "a.md", "--skn", "x", "--settings", settings])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "netizen-editor export: galat: argumen tidak dikenal: --skn x" in err


def test_a_wrong_choice_is_told_in_indonesian(settings, capsys):
    with pytest.raises(SystemExit):
        main(["check", "a.md", "--format", "xml", "--settings", settings])
    err = capsys.readouterr().err
    assert "galat: argumen --format: pilihan tidak sah: 'xml' (pilih dari 'text', 'json')" in err
