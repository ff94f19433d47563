"""Every message of the export (netizen_editor/export) has its Indonesian text, and an export
that cannot write says why in the user's language, on the command line and in the window."""

from __future__ import annotations

import errno
import os

import pytest

from netizen_editor import i18n
from netizen_editor.storage import atomic
from tests.messages import CORE, tr_calls, untranslated

ARTICLE = "---\ntitle: Uji\n---\nIsi berita.\n"


def test_every_message_of_the_export_has_an_indonesian_text():
    literals, computed = tr_calls(CORE / "export")
    assert "{target} is one of the article's images: not overwritten" in literals
    assert computed == [], "tr() needs a literal to be translatable"
    assert untranslated(literals) == []


def denied(*args, **kwargs):
    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))


@pytest.mark.parametrize(
    ("settings", "shown"),
    [("", "Akses ditolak: Anda tidak diizinkan menulis ke folder {folder}, jadi {out} tidak "
          "disimpan"),
     ('ui_language = "en"\n', "Permission denied: you cannot write to the folder {folder}, so "
                              "{out} was not saved")],
)  # fmt: skip
def test_an_export_that_may_not_write_says_so_in_the_settings_language(
    tmp_path, capsys, monkeypatch, settings, shown
):
    from netizen_editor.cli import main

    monkeypatch.setattr(i18n, "_language", i18n.language())  # the command sets it
    monkeypatch.setenv("NETIZEN_EDITOR_CONFIG_DIR", str(tmp_path / "config"))
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.toml").write_text(settings, encoding="utf-8")
    src = tmp_path / "a.md"
    src.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(atomic, "_mkstemp", denied)  # a folder the user may not write in
    assert main(["export", str(src)]) == 2
    out = tmp_path / "a.html"
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"{out}: " + shown.format(folder=tmp_path, out=out)
    assert not out.exists()


@pytest.mark.usefixtures("indonesian")
def test_an_export_over_one_of_the_articles_images_is_refused_in_indonesian(tmp_path):
    from netizen_editor.export import write_export
    from netizen_editor.export.base import ExportResult

    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8 asli")
    result = ExportResult(html="<p>x</p>", images=[photo])
    with pytest.raises(atomic.SaveError) as caught:
        write_export(result, photo)
    assert caught.value.message == f"{photo} adalah salah satu gambar artikel: tidak ditimpa"
    assert photo.read_bytes() == b"\xff\xd8 asli"
