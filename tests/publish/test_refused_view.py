"""Where a photo the exports refuse would be, the preview (only) shows a dashed note that names
the file as written and says why (publish.refused_view); the exports leave it out, as before."""

from __future__ import annotations

import re

import pytest

from netizen_editor.article.model import Article
from netizen_editor.export import export_article
from netizen_editor.publish.preview_patch import PreviewRenderer
from netizen_editor.settings import Settings

ARTICLE = """\
---
title: Banjir Rob
image: utama.jpg
---
Warga mengungsi ke masjid.

![Banjir](foto<1>.jpg "Tanggul jebol. Foto: Budi")

![Catatan](catatan.jpg)

Petugas membuka dapur umum ![ikon](../luar.png) di balai warga.
"""
NOTE = re.compile(r'<(div|span) class="nz-refused-photo[^"]*"(?: data-line="(\d+)")?>([^<]*)</\1>')


def preview(tmp_path) -> tuple[str, str]:
    article = tmp_path / "banjir.md"
    (tmp_path / "catatan.jpg").write_text("bukan foto\n", encoding="utf-8")
    renderer = PreviewRenderer()
    state = renderer.state(renderer.parse(ARTICLE, article), Settings())
    return "\n".join(state.chunks), state.header


@pytest.mark.usefixtures("indonesian")
def test_the_preview_shows_a_note_where_each_refused_photo_would_be(tmp_path):
    body, header = preview(tmp_path)
    assert "<img" not in body and "Tanggul jebol" not in body  # no photo, no caption
    assert NOTE.findall(body) == [
        ("div", "7", "Foto tidak ditampilkan: foto&lt;1&gt;.jpg — berkas tidak ada; ekspor tidak "
                     "menyertakannya"),
        ("div", "9", "Foto tidak ditampilkan: catatan.jpg — bukan gambar yang dapat dibaca "
                     "Netizen Editor; ekspor tidak menyertakannya"),
        ("span", "", "Foto tidak ditampilkan: ../luar.png — berada di luar folder artikel; "
                     "ekspor tidak menyertakannya"),
    ]  # fmt: skip
    assert "dapur umum <span" in body and "</span> di balai warga" in body
    assert NOTE.findall(header) == [
        ("div", "", "Foto tidak ditampilkan: utama.jpg — berkas tidak ada; ekspor tidak "
                    "menyertakannya")]  # fmt: skip
    assert 'class="featured-image"' not in header


@pytest.mark.usefixtures("english")
def test_the_note_is_in_the_users_language(tmp_path):
    body, _header = preview(tmp_path)
    note = "Photo not shown: foto&lt;1&gt;.jpg — the file is not there; exports leave it out"
    assert note in body


@pytest.mark.parametrize("fmt", ["page", "blogger", "atom"])
def test_the_exports_leave_the_refused_photos_out_without_a_note(tmp_path, fmt):
    article = tmp_path / "banjir.md"
    (tmp_path / "catatan.jpg").write_text("bukan foto\n", encoding="utf-8")
    out = tmp_path / f"keluar.{fmt}"
    export_article(Article.parse(ARTICLE, article), out, fmt, Settings())
    written = out.read_text(encoding="utf-8")
    assert "Warga mengungsi" in written and "dapur umum" in written
    for left_out in ("nz-refused-photo", "foto&lt;1&gt;", "catatan.jpg", "luar.png", "utama.jpg"):
        assert left_out not in written
