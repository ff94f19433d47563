"""What a document's pictures may cost an import (QA12): a picture used many times is read,
decoded and stored once; the distinct pictures held are bounded in bytes and their decoding in
pixels, with a note naming what is left out; a picture the document points to but does not
hold is left out, not the whole document."""

from __future__ import annotations

import datetime as dt
import io
import random
import re
from pathlib import Path

import pytest
from PIL import Image

from netizen_editor.article.dates import newsroom_zone
from netizen_editor.importing import images, safety
from netizen_editor.importing.importer import import_document
from netizen_editor.settings import Settings
from tests.importing.documents import REL, docx_bytes, image_run, odt_bytes, p, pdf_bytes, r
from tests.photo_factory import jpeg_bytes, scene

NOW = dt.datetime(2026, 12, 6, 9, 15, tzinfo=newsroom_zone("WIB"))
SETTINGS = Settings(default_author="Rina Wartawan", ui_language="en")
LAST = "Program ini menjangkau seribu desa di seluruh negeri tahun depan."


def noise_png(seed: int, side: int = 40) -> bytes:
    """A small PNG no other test has made (so the photo cache never has it)."""
    made = random.Random(seed * 7919 + side)
    image = Image.frombytes("RGB", (side, side), made.randbytes(side * side * 3))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def run(tmp_path: Path, data: bytes, name: str):
    source = tmp_path / name
    source.write_bytes(data)
    return import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)


def stored_files(tmp_path: Path, stem: str = "rilis") -> list[str]:
    folder = tmp_path / f"{stem}_files"
    return sorted(f.name for f in folder.iterdir() if f.name != "source.txt")


def links(text: str) -> list[str]:
    return re.findall(r"\]\(([^) ]+)", text)


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The entries read from a document's archive."""
    read: list[str] = []
    original = safety.Package.read

    def counted(self, name, limit=safety.MAX_UNPACKED):
        read.append(name)
        return original(self, name, limit)

    monkeypatch.setattr(safety.Package, "read", counted)
    return read


def rels(*targets: str) -> str:
    return "".join(
        f'<Relationship Id="rP{n}" Type="{REL}/image" Target="{target}"/>'
        for n, target in enumerate(targets)
    )


def pictures_docx(media: dict[str, bytes]) -> bytes:
    """A release whose paragraphs after its first are each one of ``media``'s pictures, in
    order (``word/media/NAME``)."""
    body = p(r("Siaran pers")) + "".join(
        f"<w:p>{image_run(f'rP{n}', name)}</w:p>" for n, name in enumerate(media)
    )
    return docx_bytes(body, rels=rels(*(f"media/{name}" for name in media)), media=media)


def test_a_word_picture_used_many_times_is_read_and_stored_once(tmp_path, reads, private_cache):
    body = p(r("Siaran pers")) + "".join(
        f"<w:p>{image_run('rP0', f'Logo {n}')}</w:p>" for n in range(6)
    )
    data = docx_bytes(body, rels=rels("media/logo.png"), media={"logo.png": noise_png(1)})
    done = run(tmp_path, data, "rilis.docx")
    assert reads.count("word/media/logo.png") == 1
    (stored,) = stored_files(tmp_path)
    assert links(done.text) == [f"rilis_files/{stored}"] * 6
    assert len(list(private_cache.glob("*.img"))) == 1  # decoded once


def test_a_writer_picture_used_many_times_is_read_and_stored_once(tmp_path, reads):
    frame = '<text:p><draw:frame><draw:image xlink:href="Pictures/logo.png"/></draw:frame></text:p>'
    data = odt_bytes("<text:p>Siaran pers</text:p>" + frame * 5,
                     pictures={"logo.png": noise_png(2)})  # fmt: skip
    done = run(tmp_path, data, "rilis.odt")
    assert reads.count("Pictures/logo.png") == 1
    (stored,) = stored_files(tmp_path)
    assert links(done.text) == [f"rilis_files/{stored}"] * 5


def test_the_same_picture_under_two_names_is_one_file(tmp_path):
    same = noise_png(3)
    done = run(tmp_path, pictures_docx({"a.png": same, "b.png": same}), "rilis.docx")
    (stored,) = stored_files(tmp_path)
    assert links(done.text) == [f"rilis_files/{stored}"] * 2


def test_a_saved_page_showing_its_picture_four_times_stores_it_once(tmp_path, monkeypatch):
    from netizen_editor.photos import source

    opened: list[Path] = []
    original = source.read_image_file

    def counted(path, *args, **kwargs):
        opened.append(path)
        return original(path, *args, **kwargs)

    monkeypatch.setattr(source, "read_image_file", counted)
    folder = tmp_path / "rilis_files"
    folder.mkdir()
    (folder / "ok.png").write_bytes(noise_png(4))
    srcs = ["rilis_files/ok.png", "rilis_files/ok.png?x=1", "rilis_files/ok.png#a",
            "rilis_files/./ok.png"]  # fmt: skip
    page = "<html><body><h1>Rilis</h1><p>Isi rilis.</p>" + "".join(
        f'<p><img src="{src}" alt="ok"></p>' for src in srcs
    )
    source_page = tmp_path / "rilis.html"
    source_page.write_text(page + "</body></html>", encoding="utf-8")
    done = import_document(source_page, tmp_path / "artikel.md", SETTINGS, now=NOW)
    assert len(opened) == 1
    (stored,) = stored_files(tmp_path, "artikel")
    assert links(done.text) == [f"artikel_files/{stored}"] * 4


def test_the_pictures_held_at_once_are_bounded_with_a_note(tmp_path, monkeypatch):
    first, second = noise_png(5), noise_png(6)
    monkeypatch.setattr(images, "MAX_HELD_BYTES", len(first) + len(second) - 1)
    done = run(tmp_path, pictures_docx({"a.png": first, "b.png": second}), "rilis.docx")
    assert len(stored_files(tmp_path)) == 1
    assert any(w.startswith("word/media/b.png was left out: the document's pictures are over")
               for w in done.warnings)  # fmt: skip


def test_an_import_decodes_within_its_budget_and_names_what_it_left_out(tmp_path, monkeypatch):
    monkeypatch.setattr(images, "IMPORT_PIXEL_BUDGET", 2 * 60 * 60)
    monkeypatch.setattr(images, "WORKERS", 1)  # the pictures are made in document order
    media = {f"p{n}.png": noise_png(10 + n, 60) for n in range(4)}
    done = run(tmp_path, pictures_docx(media), "rilis.docx")
    assert len(stored_files(tmp_path)) == 2
    left = [w for w in done.warnings if "used up what one import may decode" in w]
    assert [w.split(" ", 1)[0] for w in left] == ["word/media/p2.png", "word/media/p3.png"]


def test_a_picture_the_document_does_not_hold_is_left_out_not_the_document(tmp_path):
    # the pictures under the text: a small one above it would be the sender's logo
    body = (p(r("Siaran pers")) + p(r(LAST)) + f"<w:p>{image_run('rP0', 'ada')}</w:p>"
            + f"<w:p>{image_run('rP1', 'luar')}</w:p>")  # fmt: skip
    data = docx_bytes(body, rels=rels("media/ada.png", "../../../../tmp/x.png"),
                      media={"ada.png": noise_png(20)})  # fmt: skip
    done = run(tmp_path, data, "rilis.docx")
    assert "menjangkau seribu desa" in done.text
    assert len(stored_files(tmp_path)) == 1
    assert ("a picture the document points to but does not hold was left out: "
            "../../../../tmp/x.png") in done.warnings  # fmt: skip


def test_a_pdf_photo_drawn_on_every_page_is_stored_once(tmp_path):
    photo = jpeg_bytes(scene((64, 48), seed=30))
    pages = [["Rilis desa digital."], ["Halaman dua."], ["Halaman tiga."]]
    done = run(tmp_path, pdf_bytes(pages, image=photo, every_page=True), "rilis.pdf")
    (stored,) = stored_files(tmp_path)
    assert links(done.text) == [f"rilis_files/{stored}"] * 3


def test_past_a_few_the_pictures_left_out_are_counted_in_one_note(tmp_path, monkeypatch):
    """190 big pictures gave 171 warnings, one per picture (QA12)."""
    monkeypatch.setattr(images, "IMPORT_PIXEL_BUDGET", 60 * 60)
    monkeypatch.setattr(images, "NAMED_LEFT_OUT", 2)
    monkeypatch.setattr(images, "WORKERS", 1)
    media = {f"p{n}.png": noise_png(200 + n, 60) for n in range(6)}  # not cached
    done = run(tmp_path, pictures_docx(media), "rilis.docx")
    named = [w for w in done.warnings if "used up what one import may decode" in w]
    assert [w.split(" ", 1)[0] for w in named] == ["word/media/p1.png", "word/media/p2.png"]
    assert "3 more pictures were left out the same way" in done.warnings
