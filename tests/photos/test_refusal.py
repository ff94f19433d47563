"""Why a photo was refused: one wording, in the preview's box, the import and the checks."""

from __future__ import annotations

import pytest

from netizen_editor.photos.importing import PhotoImportError, web_copy
from netizen_editor.photos.options import PhotoOptions
from netizen_editor.photos.refusal import refusal_reason
from netizen_editor.photos.source import SourceRejected
from netizen_editor.publish.refused_view import refusal_note

KINDS = [
    getattr(SourceRejected, name)
    for name in vars(SourceRejected)
    if name.isupper() and isinstance(getattr(SourceRejected, name), str)
]


@pytest.mark.parametrize("kind", KINDS)
def test_every_refusal_kind_has_its_words(kind):
    reason = refusal_reason(SourceRejected(kind, "30 MB"))
    assert reason.startswith(("it ", "the file ")), reason
    assert reason != kind


def test_the_preview_and_the_import_say_the_same_reason():
    refused = SourceRejected(SourceRejected.NOT_IMAGE, "UnidentifiedImageError")
    note = refusal_note("foto.jpg", refused)
    assert note == (
        "Photo not shown: foto.jpg — it is not an image Netizen Editor can read; "
        "exports leave it out"
    )
    with pytest.raises(PhotoImportError) as caught:
        web_copy(b"", "foto.jpg", PhotoOptions())
    assert str(caught.value) == "foto.jpg: it is an empty file"


@pytest.mark.usefixtures("indonesian")
def test_a_reason_reads_in_indonesian():
    outside = SourceRejected(SourceRejected.OUTSIDE)
    assert refusal_reason(outside) == "berada di luar folder artikel"
    too_large = SourceRejected(SourceRejected.TOO_LARGE, "30 MB, batas 25 MB")
    assert refusal_reason(too_large) == "terlalu besar (30 MB, batas 25 MB)"


def test_the_image_check_says_why_in_the_same_words(tmp_path):
    from tests.checks.helpers import findings, spoil

    article = tmp_path / "berita.md"
    (tmp_path / "kosong.jpg").write_bytes(b"")
    text = spoil("status: draft", "status: draft") + "\n![Kosong](kosong.jpg)\n"
    messages = [f.message for f in findings(text, "image-size", path=article)]
    assert messages == [refusal_reason_in("kosong.jpg", SourceRejected(SourceRejected.EMPTY))]


def refusal_reason_in(src: str, refused: SourceRejected) -> str:
    return f"image '{src}' cannot be used by exports: {refusal_reason(refused)}"
