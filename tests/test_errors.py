"""Each kind of file that can fail has its own error; all of them print as FILE:LINE: message
and a caller that reports any of them catches NetizenError."""

from __future__ import annotations

import errno
import os
import struct
import zlib
from pathlib import Path

import pytest

from netizen_editor.cli import main
from netizen_editor.errors import (
    ArticleError,
    NetizenError,
    OutputError,
    SettingsError,
    SkinError,
    error_message,
    name_unsaved,
    plain_reason,
)
from netizen_editor.photos.pipeline import make_web_copy
from netizen_editor.photos.source import SourceRejected
from netizen_editor.storage.reading import ReadError

ARTICLE = "---\ntitle: Banjir\n---\n\nNetizen.co.id - Isi berita.\n"


@pytest.fixture(autouse=True)
def isolated_config(tmp_path, monkeypatch):
    """No user's settings; the language a command sets is put back afterwards."""
    from netizen_editor import i18n

    monkeypatch.setenv("NETIZEN_EDITOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("NETIZEN_EDITOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(i18n, "_language", i18n.language())


@pytest.mark.parametrize("kind", [ArticleError, SettingsError, SkinError, OutputError])
def test_every_error_is_located_the_same_way(kind):
    error = kind("'x' must be text", path="a.toml", line=3)
    assert isinstance(error, NetizenError)
    assert str(error) == error.located() == "a.toml:3: 'x' must be text"
    assert kind("tanpa berkas").located() == "<text>: tanpa berkas"


def test_the_kinds_are_not_one_another():
    assert not issubclass(SettingsError, ArticleError)
    assert not issubclass(SkinError, ArticleError)
    assert not issubclass(OutputError, ArticleError)
    assert issubclass(ReadError, ArticleError)  # an article's file that cannot be read


@pytest.mark.usefixtures("english")
def test_a_bad_settings_value_is_a_settings_error_with_its_line(tmp_path):
    from netizen_editor.settings import Settings

    path = tmp_path / "s.toml"
    path.write_text('skin = "plain"\neditor_font_size = "besar"\n', encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        Settings.load(path)
    assert caught.value.path == path and caught.value.line == 2
    assert "'editor_font_size' must be a whole number, not text" in caught.value.message


def test_a_settings_file_that_is_not_toml_is_a_settings_error(tmp_path):
    from netizen_editor.settings import Settings

    path = tmp_path / "s.toml"
    path.write_text("site_name = \n", encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        Settings.load(path)
    assert caught.value.line == 1
    settings, problems = Settings.load_lenient(path)
    assert settings == Settings() and [type(p) for p in problems] == [SettingsError]


@pytest.mark.usefixtures("english")  # Indonesian: tests/publish/test_i18n.py
def test_an_unknown_skin_is_a_skin_error():
    from netizen_editor.publish.skins import load_skin

    with pytest.raises(SkinError, match="no skin named 'tidak-ada'"):
        load_skin("tidak-ada")


def test_an_output_the_export_refuses_is_an_output_error(tmp_path, capsys):
    from netizen_editor.export.outputs import check_outputs

    src = tmp_path / "a.md"
    src.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(OutputError) as caught:
        check_outputs([src], [src])
    assert caught.value.path == src
    # and the command line still reports it as one located line, exit 2
    assert main(["export", str(src), "-o", "/dev/null"]) == 2
    assert capsys.readouterr().err.startswith("/dev/null: ")


@pytest.mark.usefixtures("english")  # Indonesian: tests/test_settings_i18n.py, tests/publish
def test_the_command_line_reports_settings_and_skin_errors_as_before(tmp_path, capsys):
    (tmp_path / "config").mkdir()  # the user's settings say English (a bad file: the fixture)
    (tmp_path / "config" / "settings.toml").write_text('ui_language = "en"\n', encoding="utf-8")
    src = tmp_path / "a.md"
    src.write_text(ARTICLE, encoding="utf-8")
    settings = tmp_path / "s.toml"
    # the file a command runs with names its language (read alone, the rest being wrong)
    settings.write_text('ui_language = "en"\nsite_name = 5\n', encoding="utf-8")
    assert main(["export", str(src), "--settings", str(settings)]) == 2
    assert (
        capsys.readouterr().err
        == f"netizen-editor: {settings}:2: 'site_name' must be text, not a whole number\n"
    )
    assert main(["check", str(src), "--settings", str(settings)]) == 2
    assert (
        capsys.readouterr().err
        == f"netizen-editor: {settings}:2: 'site_name' must be text, not a whole number\n"
    )
    assert main(["export", str(src), "--skin", "nope"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("netizen-editor: there is no skin named 'nope'")
    assert not Path(tmp_path / "a.html").exists()


def test_name_unsaved_puts_a_name_in_the_place_of_an_article_without_a_file():
    message = ArticleError("tanggal salah", line=3).located()
    assert name_unsaved(message, "Tanpa judul") == "Tanpa judul:3: tanggal salah"
    assert name_unsaved("Gagal: <text>:4: x", r"a\1 (salinan)") == r"Gagal: a\1 (salinan):4: x"
    assert name_unsaved("teks <text> di tengah", "X") == "teks <text> di tengah"
    assert name_unsaved("/a/b.md:3: x", "X") == "/a/b.md:3: x"


@pytest.mark.usefixtures("indonesian")
@pytest.mark.parametrize(
    ("code", "said"),
    [(errno.ENOENT, "berkas atau folder tidak ada"), (errno.EACCES, "tidak ada izin"),
     (errno.EPERM, "tidak ada izin"), (errno.ENOSPC, "ruang disk penuh"),
     (errno.EISDIR, "itu folder, bukan berkas"), (errno.ENOTDIR, "sebagian jalurnya bukan folder"),
     (errno.EROFS, "disk hanya-baca"),
     (errno.ELOOP, "terlalu banyak tautan (tautan yang berputar?)")],
)  # fmt: skip
def test_the_common_os_errors_are_said_in_the_users_language(code, said):
    assert plain_reason(OSError(code, os.strerror(code), "/tmp/x")) == said


@pytest.mark.usefixtures("indonesian")
def test_pillows_too_many_pixels_and_other_errors():
    from PIL import Image

    assert plain_reason(Image.DecompressionBombError("huge")) == "terlalu banyak piksel"
    assert (
        plain_reason(OSError(errno.EBUSY, "Device or resource busy")) == "Device or resource busy"
    )
    assert plain_reason(RuntimeError("symlink loop")) == "symlink loop"
    assert plain_reason(OSError(errno.ELOOP, "is a link")) == "is a link"  # the app's own words
    assert plain_reason(OSError()) == "OSError"
    failed = OSError(errno.ENOENT, "No such file or directory", "/nope.md")
    assert error_message(failed) == "berkas atau folder tidak ada: /nope.md"


@pytest.mark.usefixtures("english")
def test_in_english_the_plain_words_are_english():
    assert plain_reason(PermissionError(errno.EACCES, "Permission denied")) == "permission denied"


def test_a_missing_document_is_said_in_indonesian_on_the_command_line(tmp_path, capsys):
    assert main(["import", str(tmp_path / "nope.docx")]) == 2
    err = capsys.readouterr().err
    assert err == f"{tmp_path / 'nope.docx'}: tidak dapat dibaca: berkas atau folder tidak ada\n"


def test_a_photo_pillow_calls_a_bomb_is_too_large_in_indonesian(indonesian):
    ihdr = struct.pack(">II", 20_000, 20_000) + b"\x08\x02\x00\x00\x00"
    chunk = b"IHDR" + ihdr
    png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk
    png += struct.pack(">I", zlib.crc32(chunk)) + struct.pack(">I", 10) + b"IDAT" + bytes(14)
    with pytest.raises(SourceRejected) as refused:
        make_web_copy(png)
    assert refused.value.detail == "terlalu banyak piksel"
