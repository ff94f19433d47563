"""Every message of the settings file (netizen_editor/settings.py: a value that cannot be used)
has its Indonesian text, and the user reads it in the language: the command line's error, the
window's 'Settings Not Used' lines."""

from __future__ import annotations

import pytest

from netizen_editor import i18n
from netizen_editor.errors import SettingsError
from netizen_editor.settings import Settings
from tests.messages import CORE, tr_calls, untranslated


def test_every_message_of_the_settings_has_an_indonesian_text():
    literals, computed = tr_calls(CORE / "settings.py")
    assert "'{key}' must be one of {choices}, not '{value}'" in literals
    assert "'{key}' must be {kind}, not {actual}" in literals
    assert computed == [], "tr() needs a literal to be translatable"
    assert untranslated(literals) == []


@pytest.mark.parametrize(
    ("toml", "shown"),
    [
        ("site_name = 5\n", "'site_name' harus teks, bukan bilangan bulat"),
        ("spell_check = 1\n", "'spell_check' harus true atau false, bukan bilangan bulat"),
        ('editor_font_size = "besar"\n', "'editor_font_size' harus bilangan bulat, bukan teks"),
        (
            "editor_font_size = false\n",
            "'editor_font_size' harus bilangan bulat, bukan nilai true/false",
        ),
        (
            "photo_max_edge = 1600.0\n",
            "'photo_max_edge' harus bilangan bulat, bukan bilangan desimal",
        ),
        ('menu_pages = "Beranda"\n', "'menu_pages' harus daftar teks, bukan teks"),
        ("menu_pages = {a = 1}\n", "'menu_pages' harus daftar teks, bukan tabel"),
        ("default_author = 08:30:00\n", "'default_author' harus teks, bukan tanggal atau waktu"),
        ('timezone = "UTC"\n', "'timezone' harus salah satu dari WIB, WITA, WIT, bukan 'UTC'"),
        ('ad_slots = "1"\n', "'ad_slots' harus berupa tabel"),
        ("[ad_slots]\ntop = true\n", "'ad_slots.top' harus berupa teks"),
    ],
)
@pytest.mark.usefixtures("indonesian")
def test_a_bad_value_is_told_in_indonesian(tmp_path, toml, shown):
    path = tmp_path / "settings.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        Settings.load(path)
    assert caught.value.message == shown


@pytest.mark.usefixtures("indonesian")
def test_a_settings_file_that_cannot_be_read_is_told_in_indonesian(tmp_path, monkeypatch):
    from netizen_editor.storage import toml_file

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(toml_file, "load_toml", denied)
    path = tmp_path / "settings.toml"
    path.write_text('site_name = "x"\n', encoding="utf-8")
    settings, problems = Settings.load_lenient(path)
    assert settings == Settings()
    assert [p.located() for p in problems] == [
        f"{path}: pengaturan tidak dapat dibaca: tidak ada izin"
    ]


@pytest.mark.usefixtures("indonesian")
def test_the_command_line_tells_a_bad_value_in_indonesian(tmp_path, capsys, monkeypatch):
    from netizen_editor.cli import main

    monkeypatch.setenv("NETIZEN_EDITOR_CONFIG_DIR", str(tmp_path / "config"))
    article = tmp_path / "a.md"
    article.write_text("---\ntitle: Uji\n---\nIsi.\n", encoding="utf-8")
    settings = tmp_path / "s.toml"
    settings.write_text('\ntimezone = "UTC"\n', encoding="utf-8")
    assert main(["export", str(article), "--settings", str(settings)]) == 2
    shown = f"{settings}:2: 'timezone' harus salah satu dari WIB, WITA, WIT, bukan 'UTC'"
    assert capsys.readouterr().err == f"netizen-editor: {shown}\n"
    assert not (tmp_path / "a.html").exists()


@pytest.mark.parametrize(
    ("language", "shown"),
    [("id", "'editor_font_size' harus di antara 6 dan 72, bukan 1000"),
     ("en", "'editor_font_size' must be between 6 and 72, not 1000")],
)  # fmt: skip
def test_the_window_tells_the_ignored_lines_in_the_settings_language(
    tmp_path, monkeypatch, language, shown
):
    """The window's start reads the settings before it knows their language: the lines it
    ignored are told in the language the settings name, the one the window speaks."""
    from netizen_editor.gui.app import start_settings

    monkeypatch.setenv("NETIZEN_EDITOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setattr(i18n, "_language", i18n.DEFAULT_LANGUAGE)  # as at a process's start
    (tmp_path / "config").mkdir()
    path = tmp_path / "config" / "settings.toml"
    path.write_text(f'ui_language = "{language}"\neditor_font_size = 1000\n', encoding="utf-8")
    settings, problem = start_settings()
    assert settings.ui_language == language == i18n.language()
    assert problem == f"{path}:2: {shown}"
