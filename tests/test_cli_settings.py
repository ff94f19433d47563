"""A wrong value in the user's own settings file never stops a command (QA29 M3, issue 9): the
command says which line it ignored (``FILE:LINE:``) and goes on with the default for it, as the
window starts on the defaults; a file given with ``--settings`` must still load."""

from __future__ import annotations

from pathlib import Path

import pytest

from netizen_editor.cli import main
from netizen_editor.settings import Settings

ARTICLE = "---\ntitle: Judul\nsummary: Ringkasan berita hari ini.\nid: a1\n---\nIsi berita.\n"
IGNORED = "; ignored, the command goes on with the defaults"


@pytest.fixture
def own_settings(cli_folder, tmp_path):
    """Write the user's own settings file."""
    (tmp_path / "config").mkdir()
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "a.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "rilis.txt").write_text("Jakarta - Rilis pers.\n", encoding="utf-8")

    def write(text: str) -> Path:
        path = tmp_path / "config" / "settings.toml"
        path.write_text(text, encoding="utf-8")
        return path

    return write


COMMANDS = [
    ["desk", "desk", "--format", "json"],
    ["check", "desk/a.md"],
    ["review", "desk/a.md"],
    ["history", "desk/a.md"],
    ["new", "--list-templates"],
    ["import", "rilis.txt"],
    ["export", "desk/a.md", "-o", "keluar/"],
]


@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("site_name = 5", "'site_name' must be text, not a whole number"),
        ('timezone = "PST"', "'timezone' must be one of WIB, WITA, WIT, not 'PST'"),
        ('skin = "tidak-ada"', "there is no skin named 'tidak-ada'; using 'gradient'"),
    ],
)
def test_a_wrong_value_is_said_with_its_line_and_the_command_runs(
    own_settings, capsys, argv, line, said
):
    path = own_settings(f'ui_language = "en"\n{line}\n')
    assert main(argv) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"{path}:2: {said}{IGNORED}"


def test_an_unknown_interface_language_is_said_and_the_default_one_spoken(own_settings, capsys):
    path = own_settings('\nui_language = "fr"\n')
    assert main(["check", "nosuch.md"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (
        f"{path}:2: 'ui_language' harus salah satu dari id, en, bukan 'fr'; diabaikan, perintah "
        "berjalan dengan nilai bawaan"
    )
    assert err[1] == "nosuch.md:1: Berkas tidak ada (mungkin dipindahkan atau dihapus)"
    with pytest.raises(SystemExit):  # the help too
        main(["check", "--help"])
    assert capsys.readouterr().out.startswith("penggunaan: netizen-editor check")


def test_the_window_reads_an_unknown_language_as_the_default_too(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('site_name = "Netizen"\nui_language = "fr"\n', encoding="utf-8")
    settings, problems = Settings.load_lenient(path)
    assert (settings.ui_language, settings.site_name) == ("id", "Netizen")
    assert [problem.line for problem in problems] == [2]


def test_a_file_given_with_settings_must_still_load(own_settings, tmp_path, capsys):
    own_settings('ui_language = "en"\n')
    given = tmp_path / "given.toml"
    given.write_text('ui_language = "en"\nsite_name = 5\n', encoding="utf-8")
    assert main(["desk", "desk", "--format", "json", "--settings", str(given)]) == 2
    assert "'site_name' must be text" in capsys.readouterr().err
