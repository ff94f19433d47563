"""argparse's own words in a command's --help and errors follow the settings' language
(netizen_editor/terminal.py), with the real Indonesian catalog."""

from __future__ import annotations

import pytest

from netizen_editor import i18n
from netizen_editor.cli import main


@pytest.fixture(autouse=True)
def _language_put_back(monkeypatch):
    """A command sets the language from its settings: the next test starts as this one did."""
    monkeypatch.setattr(i18n, "_language", i18n.language())


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


def test_the_top_level_help_lists_the_commands_in_indonesian(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("NETIZEN_EDITOR_CONFIG_DIR", str(tmp_path / "config"))  # the defaults
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = capsys.readouterr().out
    assert shown.startswith("penggunaan: netizen-editor [-h] [--version] [FILE ...]")
    assert "\nperintah:\n" in shown
    assert "  import   jadikan rilis pers (.docx, .odt, .pdf, .html, .txt) sebuah artikel" in shown
    assert "--version   tampilkan nomor versi program lalu keluar" in shown


@pytest.mark.parametrize("command", ["desk", "import", "new", "export", "check"])
def test_every_command_s_help_follows_an_english_settings_file(command, tmp_path, capsys):
    english = tmp_path / "english.toml"
    english.write_text('ui_language = "en"\n', encoding="utf-8")
    with pytest.raises(SystemExit):
        main([command, "--help", "--settings", str(english)])
    assert capsys.readouterr().out.startswith(f"usage: netizen-editor {command}")
