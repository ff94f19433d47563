"""``image-missing``: a body image whose file is not beside the article, as the export says it
("image 'foto.jpg' not found"), or whose address leads out of the article's folder (the export
refuses it too); web addresses and ``data:`` are not looked at."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from netizen_editor.checks import Level
from netizen_editor.cli import main
from netizen_editor.settings import Settings
from tests.checks.helpers import CLEAN, findings

PHOTO = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64  # there: what it holds is image-size's business


def article(tmp_path: Path, body: str, name: str = "berita.md") -> tuple[str, Path]:
    text = CLEAN + "\n" + body
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return text, path


def missing(text: str, path: Path | None, settings: Settings | None = None):
    return [(f.line, f.column, f.level, f.message)
            for f in findings(text, "image-missing", settings, path)]  # fmt: skip


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if needle in line)


def test_a_missing_image_is_a_warning_at_its_line_and_column(tmp_path):
    text, path = article(tmp_path, 'Warga mengungsi. ![Banjir](foto.jpg "Foto: A")\n')
    line = line_of(text, "foto.jpg")
    column = text.splitlines()[line - 1].index("![") + 1
    assert missing(text, path) == [
        (line, column, Level.WARNING, "gambar 'foto.jpg' tidak ditemukan: ekspor tidak "
         "menyertakannya"),
    ]  # fmt: skip
    (path.parent / "foto.jpg").write_bytes(PHOTO)
    assert missing(text, path) == []  # read again on every run: the file is there now


def test_html_images_subfolders_and_escaped_names_are_looked_up_as_the_export_does(tmp_path):
    (tmp_path / "berita_files").mkdir()
    (tmp_path / "berita_files" / "ada foto.png").write_bytes(PHOTO)
    body = (
        '![A](berita_files/ada%20foto.png "Foto: A")\n\n'
        '![B](berita_files/hilang.png "Foto: B")\n\n'
        '<p><img src="./lain.jpg" alt="C"></p>\n\n'
        "![D](./berita_files/ada%20foto.png?v=2)\n"
    )
    text, path = article(tmp_path, body)
    assert [(line, msg.split(":")[0]) for line, _c, _l, msg in missing(text, path)] == [
        (line_of(text, "hilang.png"), "gambar 'berita_files/hilang.png' tidak ditemukan"),
        (line_of(text, "lain.jpg"), "gambar './lain.jpg' tidak ditemukan"),
    ]


def test_remote_and_data_images_are_not_looked_at(tmp_path):
    body = (
        "![A](https://cdn.netizen.co.id/a.jpg)\n\n![B](//cdn.netizen.co.id/b.jpg)\n\n"
        "![C](data:image/png;base64,iVBORw0KGgo=)\n\n![G]()\n\n"
        "```\n![H](dalam-kode.jpg)\n```\n"
    )
    text, path = article(tmp_path / "meja", body)
    assert missing(text, path) == []


def test_an_address_leading_out_of_the_folder_is_refused_without_looking_there(tmp_path):
    outside = tmp_path / "lain"
    outside.mkdir()
    (outside / "ada.jpg").write_bytes(PHOTO)
    body = (
        f"![D](../hilang.jpg)\n\n![E]({outside}/hilang.jpg)\n\n"
        "![F](file:///tmp/tidak-ada/x.jpg)\n\n![I](../lain/ada.jpg)\n"
    )
    text, path = article(tmp_path / "meja", body)
    found = missing(text, path)
    assert [line for line, _c, _l, _m in found] == [
        line_of(text, needle) for needle in ("../hilang", "lain/hilang", "tidak-ada", "ada.jpg")
    ]
    assert all("di luar folder artikel" in message for *_rest, message in found)


def test_a_link_inside_the_folder_is_not_followed_out_of_it(tmp_path):
    outside = tmp_path / "rahasia"
    outside.mkdir()
    (outside / "ada.jpg").write_bytes(PHOTO)
    desk = tmp_path / "meja"
    desk.mkdir()
    try:
        os.symlink(outside, desk / "tautan")
    except OSError:
        pytest.skip("no symlinks here")
    text, path = article(desk, '![A](tautan/ada.jpg "Foto: A")\n')
    (finding,) = missing(text, path)  # there, refused (outside): not "not found"
    assert finding[3].startswith("gambar 'tautan/ada.jpg' berada di luar folder artikel")


def test_an_untitled_article_and_the_images_folder(tmp_path):
    text, path = article(tmp_path / "meja", '![A](foto.jpg "Foto: A")\n')
    assert missing(text, None) == []  # no folder to look in yet
    images = tmp_path / "gambar"
    images.mkdir()
    (images / "foto.jpg").write_bytes(PHOTO)
    settings = Settings(images_folder=str(images))
    # the export looks beside the article only (the images folder is where a link may lead)
    assert len(missing(text, path, settings)) == 1
    linked = '![B](../gambar/foto.jpg "Foto: B")\n\n![C](../gambar/hilang.jpg "Foto: C")\n'
    text, path = article(tmp_path / "meja", linked)
    assert [line for line, _c, _l, _m in missing(text, path, settings)] == [
        line_of(text, "hilang.jpg")
    ]


def test_the_house_style_can_turn_it_off(tmp_path):
    style = tmp_path / "gaya.toml"
    style.write_text('disabled = ["image-missing"]\n', encoding="utf-8")
    text, path = article(tmp_path, '![A](foto.jpg "Foto: A")\n')
    settings = Settings(house_style=str(style))
    assert missing(text, path, settings) == []
    assert findings(text, "house-style", settings, path) == []  # a rule the file may name


def test_check_reports_it_with_its_line_and_exits_0(tmp_path, capsys):
    text, path = article(tmp_path, '![Banjir](foto.jpg "Foto: A")\n')
    settings = tmp_path / "settings.toml"
    settings.write_text('ui_language = "en"\n', encoding="utf-8")
    assert main(["check", str(path), "--settings", str(settings)]) == 0  # a warning only
    assert capsys.readouterr().out.splitlines() == [
        f"{path}:{line_of(text, 'foto.jpg')}:1: warning: image-missing: image 'foto.jpg' not "
        "found: exports leave it out"
    ]


def test_a_picture_a_paste_is_storing_is_not_said_missing(tmp_path):
    from netizen_editor.photos import storing

    text, path = article(tmp_path, "![Tanggul](berita_files/tanggul.jpg)\n\n![Lain](lain.jpg)\n")
    files = [tmp_path / "berita_files" / "tanggul.jpg"]
    storing.begin(files)  # as a paste's job names the files it writes
    try:
        said = missing(text, path)
    finally:
        storing.end(files)
    assert len(said) == 1 and "'lain.jpg'" in said[0][3]
    assert len(missing(text, path)) == 2  # once its job ended, missing as any other
