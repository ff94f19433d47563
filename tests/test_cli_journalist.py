"""The command line as a journalist meets it: clear refusals and warnings, never a surprise."""

from __future__ import annotations

import subprocess
import sys

import pytest

from netizen_editor.cli import main

GOOD = "---\ntitle: Judul\n---\nIsi berita.\n"


@pytest.fixture(autouse=True)
def isolated_config(tmp_path, monkeypatch):
    from netizen_editor import i18n

    monkeypatch.setenv("NETIZEN_EDITOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("NETIZEN_EDITOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(i18n, "_language", i18n.language())  # a command sets it: put it back


@pytest.fixture
def english_settings(tmp_path):
    """Settings that say English: every command speaks the settings' language."""
    (tmp_path / "config").mkdir(exist_ok=True)
    (tmp_path / "config" / "settings.toml").write_text('ui_language = "en"\n', encoding="utf-8")


def test_several_articles_into_one_file_name_is_refused(tmp_path, capsys, english_settings):
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    out = tmp_path / "one.html"
    assert main(["export", str(tmp_path / "a.md"), str(tmp_path / "b.md"), "-o", str(out)]) == 2
    assert not out.exists()  # no folder named one.html
    err = capsys.readouterr().err
    assert "2 articles cannot go into one file; give a folder" in err
    # a folder still works
    folder = tmp_path / "keluar"
    assert main(["export", str(tmp_path / "a.md"), str(tmp_path / "b.md"), "-o", str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["a.html", "b.html"]


def test_an_unknown_skin_lists_the_skins(tmp_path, capsys):
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    assert main(["export", str(tmp_path / "a.md"), "--skin", "nosuch"]) == 2
    err = capsys.readouterr().err
    assert "'nosuch'" in err and "gradient" in err and "plain" in err
    assert "<text>" not in err


def test_top_level_help_lists_the_subcommands(english_settings):  # Indonesian: test_terminal
    out = subprocess.run(
        [sys.executable, "-m", "netizen_editor", "--help"], capture_output=True, text=True
    )
    assert out.returncode == 0
    commands = out.stdout.split("commands:", 1)[1]
    assert "export " in commands and "check " in commands


def test_an_empty_article_exports_with_a_warning(tmp_path, capsys, english_settings):
    src = tmp_path / "kosong.md"
    src.write_text("---\ntitle: Belum Ditulis\n---\n\n", encoding="utf-8")
    assert main(["export", str(src)]) == 0
    assert (tmp_path / "kosong.html").is_file()
    assert f"{src}: warning: the article has no text yet" in capsys.readouterr().err


def test_a_word_document_says_what_to_do(tmp_path, capsys):  # the default settings: Indonesian
    src = tmp_path / "berita.docx"
    src.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(200))
    assert main(["export", str(src)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{src}: ")
    assert f"netizen-editor import {src}" in err  # import it first (issue 25)
    assert not (tmp_path / "berita.html").exists()


def test_front_matter_that_cannot_be_read_is_refused_with_its_line(
    tmp_path, capsys, english_settings
):
    src = tmp_path / "a.md"
    src.write_text("\n\n---\ntitle: Judul\nIsi berita.\n", encoding="utf-8")
    assert main(["export", str(src)]) == 2
    err = capsys.readouterr().err
    assert f"{src}:3: the front matter opened here has no closing '---' line" in err
    assert not (tmp_path / "a.html").exists()
    fine = tmp_path / "b.md"
    fine.write_text("\n\n" + GOOD, encoding="utf-8")
    assert main(["export", str(fine)]) == 0
    assert "front matter" not in capsys.readouterr().err
    assert '<h1 class="post-title">Judul</h1>' in (tmp_path / "b.html").read_text()


@pytest.mark.parametrize(
    ("settings", "warning"),
    [
        ("", "peringatan: artikel belum berisi teks"),  # no settings file: the default, id
        ('ui_language = "id"\n', "peringatan: artikel belum berisi teks"),
        ('ui_language = "en"\n', "warning: the article has no text yet"),
    ],
)
def test_export_speaks_the_language_of_the_settings(tmp_path, capsys, settings, warning):
    from netizen_editor import i18n

    said = "en" if "en" in settings else "id"
    i18n.set_language("id" if said == "en" else "en")  # the other one: the command sets it
    src = tmp_path / "kosong.md"
    src.write_text("---\ntitle: Belum Ditulis\n---\n\n", encoding="utf-8")
    args = ["export", str(src)]
    if settings:
        (tmp_path / "s.toml").write_text(settings, encoding="utf-8")
        args += ["--settings", str(tmp_path / "s.toml")]
    assert main(args) == 0
    assert f"{src}: {warning}" in capsys.readouterr().err
