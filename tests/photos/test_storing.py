"""A pasted picture's link goes into the text before its file is written (``paste_in_place``):
for that moment the preview said "Photo not shown: … the file is not there; exports leave it
out". A file a paste is storing (``photos.storing``) reads as being stored instead; once its
storing ended, a file still missing is missing as any other, and the exports never changed."""

from __future__ import annotations

import re

import pytest

from netizen_editor.article.model import Article
from netizen_editor.export import export_article
from netizen_editor.photos import storing
from netizen_editor.publish.preview_patch import PreviewRenderer
from netizen_editor.settings import Settings

TEXT = """\
---
title: Banjir Rob
---
Warga mengungsi ke masjid.

![Tanggul](banjir_files/banjir-rob-1.jpg)

![Lain](banjir_files/lain.jpg)
"""
NOTE = re.compile(r'class="nz-refused-photo"[^>]*>([^<]*)<')


def notes(article) -> list[str]:
    renderer = PreviewRenderer()
    state = renderer.state(renderer.parse(TEXT, article), Settings())
    return NOTE.findall("\n".join(state.chunks))


@pytest.fixture
def stored(tmp_path):
    """banjir-rob-1.jpg being stored by a paste's job, as the job names it."""
    article = tmp_path / "banjir.md"
    files = [tmp_path / "banjir_files" / "banjir-rob-1.jpg"]
    storing.begin(files)
    yield article
    storing.end(files)


@pytest.mark.usefixtures("indonesian")
def test_a_picture_being_stored_is_said_to_be_and_only_that_one(stored):
    assert notes(stored) == [
        "Foto sedang disimpan: banjir_files/banjir-rob-1.jpg…",
        "Foto tidak ditampilkan: banjir_files/lain.jpg — berkas tidak ada; ekspor tidak "
        "menyertakannya",
    ]


@pytest.mark.usefixtures("english")
def test_once_its_storing_ended_a_missing_file_is_missing(stored, tmp_path):
    storing.begin([tmp_path / "banjir_files" / "banjir-rob-1.jpg"])  # stored twice at once
    storing.end([tmp_path / "banjir_files" / "banjir-rob-1.jpg"])
    assert notes(stored)[0] == "Photo being stored: banjir_files/banjir-rob-1.jpg…"
    storing.end([tmp_path / "banjir_files" / "banjir-rob-1.jpg"])
    assert notes(stored)[0] == (
        "Photo not shown: banjir_files/banjir-rob-1.jpg — the file is not there; exports "
        "leave it out"
    )
    storing.begin([tmp_path / "banjir_files" / "banjir-rob-1.jpg"])  # the fixture's end


def test_the_exports_leave_a_picture_being_stored_out_as_before(stored, tmp_path):
    out = tmp_path / "banjir.html"
    export_article(Article.parse(TEXT, stored), out, "page", Settings())
    written = out.read_text(encoding="utf-8")
    assert "Warga mengungsi" in written and "banjir-rob-1" not in written
    assert "nz-refused-photo" not in written
