"""Every message of the export (netizen_editor/export) has its Indonesian text, an export
that cannot write says why in the user's language, on the command line and in the window, and
the Blogger post settings beside a Blogger or Atom export are written in the user's language."""

from __future__ import annotations

import base64
import errno
import os

import pytest

from netizen_editor import i18n
from netizen_editor.storage import atomic
from tests.messages import CORE, tr_calls, untranslated

ARTICLE = "---\ntitle: Uji\n---\nIsi berita.\n"
PNG = base64.b64decode(  # 1×1
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


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


POST_ARTICLE = (
    "---\ntitle: Banjir di Jakarta\nsummary: Ringkasan {banjir} & genangan.\n"
    "date: 2024-01-04T07:30:00+07:00\nlabels: [Nasional, Cuaca]\nimage: foto/utama.png\n---\n"
    "Hujan deras.\n\n![Warga](foto/warga.png)\n"
)
POST_VALUES = [
    "Banjir di Jakarta",
    "Nasional, Cuaca",
    "banjir-di-jakarta",
    "https://netizen.co.id/2024/01/banjir-di-jakarta.html",
    "Ringkasan {banjir} & genangan.",  # braces of a value are kept, never filled in
    "2024-01-04T07:30:00+07:00",
]
POST_SETTINGS = {
    "english": [
        "Blogger post settings",
        "=====================",
        *(f"{name}: {value}" for name, value in zip(
            ("Title", "Labels", "Permalink (custom)", "Address", "Search description",
             "Published"), POST_VALUES, strict=True)),
        "",
        "Images to upload (web copies beside this file; after uploading, replace each name in"
        " the HTML with the address Blogger gives the image):",
        "  - banjir_images/utama.png  (1×1, 0 KB; from foto/utama.png)",
        "  - banjir_images/warga.png  (1×1, 0 KB; from foto/warga.png)",
        "Share image (og:image, 1200×630, the featured photo cropped): "
        "banjir_images/share-1200x630.jpg",
    ],
    "indonesian": [
        "Setelan entri Blogger",
        "=====================",
        *(f"{name}: {value}" for name, value in zip(
            ("Judul", "Label", "Permalink (khusus)", "Alamat", "Deskripsi penelusuran",
             "Terbit"), POST_VALUES, strict=True)),
        "",
        "Gambar yang perlu diunggah (salinan web di samping berkas ini; setelah mengunggah, ganti"
        " setiap nama di HTML dengan alamat yang diberikan Blogger untuk gambar itu):",
        "  - banjir_images/utama.png  (1×1, 0 KB; dari foto/utama.png)",
        "  - banjir_images/warga.png  (1×1, 0 KB; dari foto/warga.png)",
        "Gambar untuk dibagikan (og:image, 1200×630, gambar utama yang dipotong): "
        "banjir_images/share-1200x630.jpg",
    ],
}  # fmt: skip


@pytest.mark.parametrize("language", list(POST_SETTINGS))
@pytest.mark.parametrize("fmt", ["blogger", "atom"])
def test_the_post_settings_file_is_in_the_users_language_with_the_values_untouched(
    tmp_path, request, language, fmt
):
    """One setting a line in the same order in both languages (a reader may go by the lines);
    the values (title, labels, permalink, address, date, image names) as the article has them."""
    from netizen_editor.article.model import Article
    from netizen_editor.export import export_article
    from netizen_editor.settings import Settings

    request.getfixturevalue(language)
    (tmp_path / "foto").mkdir()
    for name in ("utama.png", "warga.png"):
        (tmp_path / "foto" / name).write_bytes(PNG)
    src = tmp_path / "banjir.md"
    src.write_text(POST_ARTICLE, encoding="utf-8")
    out = tmp_path / "keluar" / ("banjir.blogger.html" if fmt == "blogger" else "banjir.xml")
    out.parent.mkdir()
    _, written = export_article(Article.parse(POST_ARTICLE, src), out, fmt, Settings())
    notes = out.parent / "banjir.blogger.post.txt"  # one file for both: NAME.blogger.post.txt
    assert notes in written
    assert notes.read_text(encoding="utf-8") == "\n".join(POST_SETTINGS[language]) + "\n"


@pytest.mark.usefixtures("indonesian")
def test_an_article_without_images_has_none_to_upload_in_indonesian():
    from netizen_editor.article.model import Article
    from netizen_editor.export import get_exporter
    from netizen_editor.publish.body import BodyRenderer
    from netizen_editor.settings import Settings

    article = Article.parse("---\ntitle: Uji\n---\nIsi berita.\n")
    notes = get_exporter("blogger").export(article, Settings(), BodyRenderer()).side_files
    lines = notes[".post.txt"].splitlines()
    assert lines[:3] == ["Setelan entri Blogger", "=====================", "Judul: Uji"]
    assert lines[-1] == "Gambar yang perlu diunggah: tidak ada"
    assert "Published" not in notes[".post.txt"] and "Terbit" not in notes[".post.txt"]  # no date
