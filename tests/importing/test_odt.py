"""A LibreOffice press release imports like the Word one, tracked changes and comment too."""

from __future__ import annotations

from netizen_editor.article.model import Article
from netizen_editor.importing.importer import import_document
from netizen_editor.review.marks import review_marks
from tests.importing.documents import odt_bytes, press_release_odt
from tests.importing.test_docx import EXPECTED_BODY, NOW, SETTINGS, body_of
from tests.photo_factory import exif_bytes, jpeg_bytes, scene


def run_import(tmp_path, data: bytes, **options: object):
    source = tmp_path / "rilis.odt"
    source.write_bytes(data)
    return import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW, **options)


def test_a_libreoffice_press_release_gives_the_same_article(tmp_path):
    photo = jpeg_bytes(scene((3000, 2000)), exif=exif_bytes())
    done = run_import(tmp_path, press_release_odt(photo))
    assert body_of(done.text) == EXPECTED_BODY
    meta = Article.parse(done.text).meta
    assert (meta["title"], meta["source"], meta["template"]) == (
        "Peluncuran Desa Digital",
        "Humas Kota",
        "rilis",
    )
    kinds = [(m.kind, m.author) for m in review_marks(done.text)]
    assert kinds == [
        ("insert", "Bambang Sutejo"),
        ("delete", "Ani Wijaya"),
        ("substitute", "Ani Wijaya"),
        ("highlight", "Bambang Sutejo"),
    ]


def test_accepting_the_changes_of_an_odt(tmp_path):
    done = run_import(tmp_path, press_release_odt(jpeg_bytes(scene((64, 48)))), accept_changes=True)
    assert "Program ini menjangkau 1.000 desa, " in done.text
    assert done.suggestions == 0


def test_odt_macros_and_linked_pictures_are_left_out(tmp_path):
    body = (
        "<text:p>Siaran pers</text:p><text:p>Isi.<draw:frame>"
        '<draw:image xlink:href="http://tracker.example/p.png"/></draw:frame></text:p>'
    )
    done = run_import(tmp_path, odt_bytes(body, extra={"Basic/Standard/Module1.xml": b"x"}))
    assert "tracker.example" not in done.text
    assert "the document's macros were left out" in done.warnings
    assert any("never fetched" in warning for warning in done.warnings)
