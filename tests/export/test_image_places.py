"""Where an article's photos are looked for is one rule (``photos.address.locate_image``): the
checks and every export find the same files, and refuse the same addresses.

A photo is placed in each place a newsroom puts one (beside the article, in the ``NAME_files/``
folder the app stores pasted and imported photos in, in the settings' images folder, in an
export's ``NAME_images/`` folder, outside); the article refers to it; the check and the export
must agree on whether it is used and, when it is not, on why."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from netizen_editor.article.model import Article
from netizen_editor.checks.context import check_text
from netizen_editor.editing.formatting import image_link
from netizen_editor.export import get_exporter
from netizen_editor.photos.address import locate_image
from netizen_editor.photos.importing import featured_address, import_photo
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import Settings
from tests.photo_factory import phone_jpeg

pytestmark = pytest.mark.usefixtures("private_cache", "english")

USED, NOT_FOUND, OUTSIDE = "used", "not there", "outside"


@pytest.fixture
def newsroom(tmp_path: Path) -> tuple[Path, Settings]:
    """``meja/berita.md``, the settings' images folder ``foto-redaksi/`` and ``lain/``
    (neither), each with a photo; ``meja/tautan`` a link out to ``lain/``."""
    desk = tmp_path / "meja"
    (desk / "berita_files").mkdir(parents=True)
    (desk / "foto").mkdir()
    (desk / "berita_images").mkdir()  # an export's web copies, not a place the app links to
    for where in ("", "berita_files", "foto", "berita_images"):
        phone_jpeg(desk / where / f"di-{where or 'samping'}.jpg", size=(300, 200))
    for folder in ("foto-redaksi", "lain"):
        (tmp_path / folder).mkdir()
        phone_jpeg(tmp_path / folder / f"di-{folder}.jpg", size=(300, 200))
    try:
        os.symlink(tmp_path / "lain", desk / "tautan")
    except OSError:
        pytest.skip("no symlinks here")
    return desk / "berita.md", Settings(images_folder=str(tmp_path / "foto-redaksi"))


PLACES = [
    ("di-samping.jpg", USED),  # beside the article
    ("./di-samping.jpg", USED),
    ("berita_files/di-berita_files.jpg", USED),  # where paste, drop and Image… store it
    ("foto/di-foto.jpg", USED),  # a subfolder, linked in place
    ("../foto-redaksi/di-foto-redaksi.jpg", USED),  # the settings' images folder
    ("{root}/foto-redaksi/di-foto-redaksi.jpg", USED),
    ("di-foto-redaksi.jpg", NOT_FOUND),  # a bare name is looked up beside the article only
    ("di-berita_files.jpg", NOT_FOUND),
    ("di-berita_images.jpg", NOT_FOUND),
    ("hilang.jpg", NOT_FOUND),
    ("berita_files/hilang.jpg", NOT_FOUND),
    ("../foto-redaksi/hilang.jpg", NOT_FOUND),
    ("../lain/di-lain.jpg", OUTSIDE),  # out of the folder as written: there
    ("../lain/hilang.jpg", OUTSIDE),  # ... or not there: nothing outside is looked at
    ("{root}/lain/di-lain.jpg", OUTSIDE),
    ("foto/../../lain/di-lain.jpg", OUTSIDE),
    ("tautan/di-lain.jpg", OUTSIDE),  # through a link out of the folder
    ("../" * 30 + "etc/passwd", OUTSIDE),
]


def exported(path: Path, settings: Settings, fmt: str = "page") -> tuple[str, list[Path]]:
    article = Article.parse(path.read_text(encoding="utf-8"), path)
    result = get_exporter(fmt).export(article, settings, BodyRenderer())
    return "\n".join(result.warnings), result.images


def checked(path: Path, settings: Settings) -> str:
    found = check_text(path.read_text(encoding="utf-8"), path, settings)
    rules = ("image-missing", "featured-image")
    said = [f"{f.rule}: {f.message}" for f in found if f.rule in rules]
    said += [f.message for f in found if f.rule == "image-size" and "cannot be used" in f.message]
    return "\n".join(said)


def export_says(warnings: str, images: list[Path], src: str) -> str:
    if images and not warnings:
        return USED
    assert f"image '{src}'" in warnings, warnings
    for reason in (NOT_FOUND, OUTSIDE):
        if reason in warnings:
            return reason
    raise AssertionError(warnings)


def check_says(findings: str, src: str) -> str:
    if not findings:
        return USED
    assert f"'{src}'" in findings, findings
    if f"image-missing: image '{src}' not found" in findings:
        return NOT_FOUND
    if f"image '{src}' lies outside the article's folder" in findings:
        return OUTSIDE
    raise AssertionError(findings)


@pytest.mark.parametrize(("written", "expected"), PLACES)
def test_a_body_photo_is_used_or_refused_alike_by_the_check_and_the_export(
    newsroom, written, expected
):
    path, settings = newsroom
    src = written.format(root=path.parent.parent)
    path.write_text(f"---\ntitle: Uji\n---\nTeks pembuka.\n\n![Foto]({src})\n", encoding="utf-8")
    warnings, images = exported(path, settings)
    assert export_says(warnings, images, src) == expected
    assert check_says(checked(path, settings), src) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [(w, e) for w, e in PLACES if "{root}" not in w],  # a full path: featured-image's own case
)
def test_a_featured_photo_is_used_or_refused_alike_by_the_check_and_the_export(
    newsroom, written, expected
):
    path, settings = newsroom
    body = "---\ntitle: Uji\nimage: {src}\nimage_credit: A\n---\nTeks pembuka.\n"
    path.write_text(body.format(src=written), encoding="utf-8")
    warnings, images = exported(path, settings)
    assert export_says(warnings, images, written) == expected
    findings = checked(path, settings)
    if expected == USED:
        assert findings == ""
    elif expected == NOT_FOUND:
        assert f"featured image '{written}' is not found" in findings
    else:
        assert f"featured image '{written}' lies outside the article's folder" in findings


def test_a_file_address_in_the_body_is_outside_for_the_check_and_dropped_by_the_export(newsroom):
    path, settings = newsroom
    src = f"file://{path.parent.parent}/lain/di-lain.jpg"
    path.write_text(f"---\ntitle: Uji\n---\nTeks pembuka.\n\n![Foto]({src})\n", encoding="utf-8")
    warnings, images = exported(path, settings)
    assert images == [] and "di-lain" not in warnings  # the body's renderer drops file: itself
    assert check_says(checked(path, settings), src) == OUTSIDE


def test_without_the_images_folder_setting_its_photos_are_outside_for_both(newsroom):
    path, _settings = newsroom
    src = "../foto-redaksi/di-foto-redaksi.jpg"
    path.write_text(f"---\ntitle: Uji\n---\nTeks pembuka.\n\n![Foto]({src})\n", encoding="utf-8")
    warnings, images = exported(path, Settings())
    assert export_says(warnings, images, src) == OUTSIDE
    assert check_says(checked(path, Settings()), src) == OUTSIDE


@pytest.mark.parametrize("fmt", ["blogger", "atom"])
def test_the_exports_that_write_web_copies_find_the_same_files(newsroom, fmt):
    path, settings = newsroom
    body = "\n\n".join(
        f"![Foto {n}]({written.format(root=path.parent.parent)})"
        for n, (written, _expected) in enumerate(PLACES)
    )
    path.write_text(f"---\ntitle: Uji\n---\nTeks pembuka.\n\n{body}\n", encoding="utf-8")
    _warnings, images = exported(path, settings, fmt)
    used = {
        locate_image(w.format(root=path.parent.parent), path, settings.images_folder)
        for w, e in PLACES
        if e == USED
    }
    assert sorted(images) == sorted(used) and len(used) == 4  # one file named several ways


def test_what_the_app_writes_for_a_photo_is_what_the_rule_finds(newsroom, tmp_path):
    path, _settings = newsroom
    path.write_text("---\ntitle: Uji\n---\nTeks.\n", encoding="utf-8")
    (tmp_path / "kamera").mkdir()
    camera = phone_jpeg(tmp_path / "kamera" / "IMG 0001 #2.jpg", size=(300, 200))
    in_folder = phone_jpeg(path.parent / "foto" / "rapat 100% #1?.jpg", size=(300, 200))
    pasted = import_photo(path, data=camera.read_bytes())  # paste: berita_files/image-1.jpg
    dropped = import_photo(path, source=camera)  # a file from elsewhere: its web copy
    linked = import_photo(path, source=in_folder)  # a file in the folder: linked in place
    assert linked.web is None and linked.path == in_folder
    for done in (pasted, dropped, linked):
        assert locate_image(image_link(done.relative)[len("![](") : -1], path) == done.path
        assert locate_image(featured_address(done.relative), path) == done.path
    assert pasted.relative.startswith("berita_files/")


def test_a_photo_whose_name_reads_as_a_web_address_is_copied_not_linked(newsroom):
    path, _settings = newsroom
    odd = phone_jpeg(path.parent / "http:foto.jpg", size=(300, 200))
    assert locate_image(featured_address("http:foto.jpg"), path) is None  # a web address
    done = import_photo(path, source=odd)
    assert done.web is not None and done.relative.startswith("berita_files/")
    assert locate_image(image_link(done.relative)[len("![](") : -1], path) == done.path


def test_an_untitled_article_looks_nowhere_even_with_an_images_folder(newsroom, monkeypatch):
    _path, settings = newsroom
    monkeypatch.chdir(Path(settings.images_folder))  # a bare name must not be found from here
    text = "---\ntitle: Uji\n---\nTeks pembuka.\n\n![Foto](di-foto-redaksi.jpg)\n"
    result = get_exporter("page").export(Article.parse(text, None), settings, BodyRenderer())
    assert result.images == []
    assert result.warnings == [
        "<text>:6: warning: image 'di-foto-redaksi.jpg' is not embedded: save the article first "
        "(its folder is unknown)"
    ]
