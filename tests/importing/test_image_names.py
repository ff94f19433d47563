"""A document's pictures are named after the article, as a pasted picture is: the slug of the
imported title and a number (``desa-digital-1.jpg``), ``foto-1.jpg`` without a title; never over
a file that is there, never through a link."""

from __future__ import annotations

import os

import pytest

from netizen_editor.importing.images import ImageStore
from netizen_editor.importing.importer import import_document
from netizen_editor.importing.safety import Notes
from netizen_editor.photos.importing import PhotoImportError
from netizen_editor.photos.options import PhotoOptions
from tests.importing.documents import REL, docx_bytes, image_run, odt_bytes, p, pdf_bytes, r
from tests.importing.test_docx import NOW, SETTINGS, body_of
from tests.photo_factory import jpeg_bytes, scene

TITLE = "Peluncuran Desa Digital"


@pytest.fixture(scope="module")
def photos() -> tuple[bytes, bytes]:
    return jpeg_bytes(scene((800, 600))), jpeg_bytes(scene((640, 480), seed=7))


def _docx(photos: tuple[bytes, bytes]) -> bytes:
    rels = "".join(
        f'<Relationship Id="rImg{n}" Type="{REL}/image" Target="media/foto{n}.jpeg"/>'
        for n in (1, 2)
    )
    body = (
        p(r(TITLE), "Title")
        + p(image_run("rImg1", "Menteri di desa"))
        + p(r("Program ini menjangkau 1.000 desa."))
        + p(image_run("rImg2", "Warga berlatih"))
    )
    media = {"foto1.jpeg": photos[0], "foto2.jpeg": photos[1]}
    return docx_bytes(body, rels=rels, media=media)


def _odt(photos: tuple[bytes, bytes]) -> bytes:
    frame = (
        '<text:p><draw:frame svg:width="4cm" svg:height="3cm"><draw:image '
        'xlink:href="Pictures/{name}"/><svg:desc>{alt}</svg:desc></draw:frame></text:p>'
    )
    body = (
        f'<text:h text:outline-level="1">{TITLE}</text:h>'
        + frame.format(name="a.jpg", alt="Menteri di desa")
        + "<text:p>Program ini menjangkau 1.000 desa.</text:p>"
        + frame.format(name="b.jpg", alt="Warga berlatih")
    )
    return odt_bytes(body, pictures={"a.jpg": photos[0], "b.jpg": photos[1]})


def _import(tmp_path, name: str, data: bytes):
    source = tmp_path / name
    source.write_bytes(data)
    return import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)


def _names(tmp_path) -> list[str]:
    return sorted(x.name for x in (tmp_path / "rilis_files").iterdir() if x.suffix == ".jpg")


@pytest.mark.parametrize(("name", "make"), [("rilis.docx", _docx), ("rilis.odt", _odt)])
def test_pictures_are_named_after_the_imported_title(tmp_path, photos, name, make):
    done = _import(tmp_path, name, make(photos))
    assert _names(tmp_path) == ["peluncuran-desa-digital-1.jpg", "peluncuran-desa-digital-2.jpg"]
    body = body_of(done.text)
    first = body.index("](rilis_files/peluncuran-desa-digital-1.jpg)")
    assert first < body.index("](rilis_files/peluncuran-desa-digital-2.jpg)")  # document order
    assert "netizen-photo" not in done.text and done.images == 2


def test_a_pdf_s_pictures_are_named_after_its_title(tmp_path, photos):
    pages = [["Program ini menjangkau 1.000 desa di seluruh Indonesia."]]
    done = _import(tmp_path, "rilis.pdf", pdf_bytes(pages, title=TITLE, image=photos[0]))
    assert _names(tmp_path) == ["peluncuran-desa-digital-1.jpg"]
    assert "](rilis_files/peluncuran-desa-digital-1.jpg)" in done.text


def test_without_a_title_they_are_foto_n(tmp_path, photos):
    rels = f'<Relationship Id="rImg" Type="{REL}/image" Target="media/foto.jpeg"/>'
    body = p(image_run("rImg", "")) + p(r("Program ini menjangkau 1.000 desa di seluruh negeri."))
    done = _import(
        tmp_path, "rilis.docx", docx_bytes(body, rels=rels, media={"foto.jpeg": photos[0]})
    )
    assert "\ntitle:" not in done.text
    assert _names(tmp_path) == ["foto-1.jpg"]
    assert "![](rilis_files/foto-1.jpg)" in done.text


def test_a_picture_there_is_never_overwritten_nor_written_through_a_link(tmp_path, photos):
    folder = tmp_path / "rilis_files"
    folder.mkdir()
    (folder / "peluncuran-desa-digital-1.jpg").write_bytes(b"a colleague's photo")
    outside = tmp_path / "elsewhere.jpg"
    outside.write_bytes(b"not ours")
    os.symlink(outside, folder / "peluncuran-desa-digital-2.jpg")
    done = _import(tmp_path, "rilis.docx", _docx(photos))
    assert (folder / "peluncuran-desa-digital-1.jpg").read_bytes() == b"a colleague's photo"
    assert outside.read_bytes() == b"not ours"
    assert "](rilis_files/peluncuran-desa-digital-3.jpg)" in done.text
    assert "](rilis_files/peluncuran-desa-digital-4.jpg)" in done.text


def test_a_picture_that_cannot_be_stored_leaves_no_link(tmp_path, photos, monkeypatch):
    import netizen_editor.photos.importing as importing

    real = importing.import_photo
    calls: list[int] = []

    def import_photo(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise PhotoImportError("image: cannot store it (disk full)")
        return real(*args, **kwargs)

    monkeypatch.setattr(importing, "import_photo", import_photo)
    notes = Notes()
    store = ImageStore(tmp_path / "rilis.md", PhotoOptions(), notes)
    first, second = store(photos[0], "image"), store(photos[1], "image")
    front = "---\ntitle: Banjir Rob\n---\n\n"
    text = f'{front}![Satu]({first} "Air naik.")\n\nTeks.\n\n![Dua]({second})\n'
    assert store.store_all(text) == (f"{front}Teks.\n\n![Dua](rilis_files/banjir-rob-1.jpg)\n")
    assert notes.items == ["an image was left out: image: cannot store it (disk full)"]


def test_what_is_no_picture_is_left_out_when_read(tmp_path):
    notes = Notes()
    store = ImageStore(tmp_path / "rilis.md", PhotoOptions(), notes)
    assert store(b"not a picture at all", "image") is None
    assert notes.items and "an image was left out" in notes.items[0]
    assert store.store_all("---\ntitle: A\n---\n\nTeks.\n") == "---\ntitle: A\n---\n\nTeks.\n"
    assert not (tmp_path / "rilis_files").exists()
