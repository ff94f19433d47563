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
    assert "netizen-editor export: kesalahan: argumen tidak dikenal: --skn x" in err


def test_a_wrong_choice_is_told_in_indonesian(settings, capsys):
    with pytest.raises(SystemExit):
        main(["check", "a.md", "--format", "xml", "--settings", settings])
    err = capsys.readouterr().err
    said = "kesalahan: argumen --format: pilihan tidak sah: 'xml' (pilih dari 'text', 'json')"
    assert said in err


def test_the_top_level_help_lists_the_commands_in_indonesian(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("NETIZEN_EDITOR_CONFIG_DIR", str(tmp_path / "config"))  # the defaults
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = capsys.readouterr().out
    assert shown.startswith("penggunaan: netizen-editor [-h] [--version] [FILE ...]")
    assert "\nperintah:\n" in shown
    assert "  import   jadikan rilis pers (.docx, .odt, .pdf, .html, .txt) sebuah artikel" in shown
    assert "--version   tampilkan nomor versi program lalu keluar" in shown
    # its last line named "COMMAND", English (QA22 #9): a real command, whose name stays
    assert shown.endswith(
        "\nSetiap perintah menampilkan opsinya dengan --help: 'netizen-editor export --help'.\n"
    )


@pytest.mark.parametrize("command", ["desk", "import", "new", "export", "check"])
def test_every_command_s_help_follows_an_english_settings_file(command, tmp_path, capsys):
    english = tmp_path / "english.toml"
    english.write_text('ui_language = "en"\n', encoding="utf-8")
    with pytest.raises(SystemExit):
        main([command, "--help", "--settings", str(english)])
    assert capsys.readouterr().out.startswith(f"usage: netizen-editor {command}")


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Uji\n---\nIsi.\n", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("rest", "line"),
    [
        ('editor_font_size = "besar"\n', 3),  # a value of the wrong type
        ("editor_font_size = \n", 3),  # a broken line: the file does not parse
        ("[ad_slots]\ntop = \n", 4),  # a broken line in a table
    ],
)
def test_a_problem_elsewhere_in_the_settings_is_told_in_their_language(
    tmp_path, article, capsys, rest, line
):
    """The English settings' own error is told in English: their language is read alone."""
    path = tmp_path / "s.toml"
    path.write_text(f'# mine\nui_language = "en"\n{rest}', encoding="utf-8")
    assert main(["export", article, "--settings", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"netizen-editor: {path}:{line}: "), err
    assert "must be" in err or "broken TOML" in err, err
    with pytest.raises(SystemExit):
        main(["export", "--help", "--settings", str(path)])
    assert capsys.readouterr().out.startswith("usage: netizen-editor export")


@pytest.mark.parametrize(
    "content",
    [
        "ui_language = en\n",  # the language line itself is broken
        "ui_language = 5\n",
        'ui_language = ""\n',
        '[ad_slots]\nui_language = "en"\ntop = \n',  # a key of the table, not the language
        b'ui_language = "en\xff"\n',  # not UTF-8, in the language line
    ],
)
def test_a_language_that_cannot_be_read_is_the_default(tmp_path, capsys, content):
    path = tmp_path / "s.toml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        main(["export", "--help", "--settings", str(path)])
    assert stop.value.code == 0
    assert capsys.readouterr().out.startswith("penggunaan: netizen-editor export")


def test_a_settings_file_not_utf8_still_gives_its_language(tmp_path, capsys):
    path = tmp_path / "s.toml"
    path.write_bytes(b'ui_language = "en"\ntagline = "\xff"\n')
    with pytest.raises(SystemExit):
        main(["export", "--help", "--settings", str(path)])
    assert capsys.readouterr().out.startswith("usage: netizen-editor export")


def test_a_config_folder_that_cannot_be_looked_into_is_told_not_a_crash(
    tmp_path, article, monkeypatch, capsys
):
    """No --settings: the user's own file, in a folder whose name is too long for the system,
    is said and the command goes on with the defaults, as the window does."""
    folder = tmp_path / ("x" * 300)
    monkeypatch.setenv("NETIZEN_EDITOR_CONFIG_DIR", str(folder))
    with pytest.raises(SystemExit) as stop:
        main(["export", "--help"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.startswith("penggunaan: netizen-editor export")
    assert main(["export", article]) == 0
    err = capsys.readouterr().err
    assert err.startswith(f"{folder / 'settings.toml'}: pengaturan tidak dapat dibaca: ")
    assert err.splitlines()[0].endswith("; diabaikan, perintah berjalan dengan nilai bawaan")


@pytest.mark.parametrize(
    ("language", "usage"), [("**", "penggunaan"), ("../id", "penggunaan"), ("fr", "usage")]
)
def test_a_language_that_is_not_a_name_is_the_default_and_does_not_crash(
    tmp_path, article, capsys, language, usage
):
    """A name with no catalog speaks English (the texts as written); a value that cannot name
    a language ("**" once crashed the catalog's lookup) is the default, for the help; the
    command, which reads the file whole, still runs (it sets the language as written)."""
    path = tmp_path / "s.toml"
    path.write_text(f'ui_language = "{language}"\n', encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        main(["export", "--help", "--settings", str(path)])
    assert stop.value.code == 0
    assert capsys.readouterr().out.startswith(f"{usage}: netizen-editor export")
    assert main(["export", article, "--settings", str(path)]) == 0
    assert (tmp_path / "a.html").exists()


def test_a_given_settings_file_without_a_language_speaks_the_users_own(tmp_path, monkeypatch):
    """``--settings`` naming a file that cannot be read, or that names no language, leaves the
    command in the user's own settings' language (not the built-in default)."""
    from netizen_editor import i18n
    from netizen_editor.terminal import command_language

    monkeypatch.setenv("NETIZEN_EDITOR_CONFIG_DIR", str(tmp_path / "config"))
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.toml").write_text('ui_language = "en"\n', encoding="utf-8")
    given = tmp_path / "redaksi.toml"
    given.write_text('site_name = "Netizen"\n', encoding="utf-8")
    try:
        for settings in (str(given), str(tmp_path / "tidak-ada.toml"), "/dev/zero"):
            i18n.set_language("id")
            command_language(["check", "a.md", "--settings", settings])
            assert i18n.language() == "en", settings
        given.write_text('ui_language = "id"\n', encoding="utf-8")
        command_language(["check", "a.md", f"--settings={given}"])
        assert i18n.language() == "id"  # the given file's own language wins
    finally:
        i18n.set_language("id")


def test_the_windows_file_is_explained_in_the_help(settings, capsys):
    """QA29 L11: the top-level --help listed FILE with no word on what it does."""
    with pytest.raises(SystemExit):
        main(["--help", "--settings", settings])
    shown = capsys.readouterr().out
    assert "FILE        artikel yang dibuka di jendela" in shown
