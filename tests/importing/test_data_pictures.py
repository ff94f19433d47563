"""A saved web page's own photo written into the page (``<img src="data:image/jpeg;base64,…">``)
comes in through the photo pipeline as a Word document's does (QA30 #2: the sanitizer dropped
every ``data:`` address, and the import said "0 images" with no word); one that cannot be used
is a warning naming it, with nothing written for it."""

from __future__ import annotations

import base64

import pytest

from netizen_editor.cli import main
from netizen_editor.importing import data_pictures, webpage
from netizen_editor.importing.importer import import_document
from tests.importing.test_docx import NOW, SETTINGS, body_of
from tests.photo_factory import jpeg_bytes, scene

PHOTO = jpeg_bytes(scene((800, 600)))


def page(*pictures: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Panen Raya di Sleman</title>'
        "</head><body><p>Petani Sleman memulai panen raya pada Senin pagi.</p>"
        + "".join(pictures)
        + "<p>Hasilnya naik dua kali lipat dari tahun lalu.</p></body></html>"
    )


def carried(data: bytes = PHOTO, kind: str = "image/jpeg", alt: str = "foto kegiatan") -> str:
    return f'<img src="data:{kind};base64,{base64.b64encode(data).decode()}" alt="{alt}">'


def imported(tmp_path, html: str):
    source = tmp_path / "rilis-foto.html"
    source.write_text(html, encoding="utf-8")
    return import_document(source, tmp_path / "panen.md", SETTINGS, now=NOW)


def test_a_photo_written_into_the_page_is_stored_like_a_word_photo(tmp_path, no_network):
    done = imported(tmp_path, page(carried()))
    assert body_of(done.text) == (
        "Petani Sleman memulai panen raya pada Senin pagi.\n\n"
        "![foto kegiatan](panen_files/panen-raya-di-sleman-1.jpg)\n\n"
        "Hasilnya naik dua kali lipat dari tahun lalu.\n"
    )
    assert done.images == 1 and done.warnings == []
    assert sorted(p.name for p in (tmp_path / "panen_files").iterdir()) == [
        "panen-raya-di-sleman-1.jpg", "source.txt"]  # fmt: skip
    assert no_network == []


def test_the_same_photo_twice_is_one_file_and_its_base64_may_be_broken_into_lines(tmp_path):
    encoded = base64.encodebytes(PHOTO).decode()  # 76 characters a line, as a mail program
    lined = f"<img src='data:image/jpeg;base64,{encoded}' alt=foto>"
    done = imported(tmp_path, page(carried(), lined, carried()))
    assert done.images == 1 and done.warnings == []
    assert done.text.count("(panen_files/panen-raya-di-sleman-1.jpg)") == 3


@pytest.mark.parametrize(
    ("picture", "says"),
    [
        (carried(kind="text/html", data=b"<script>x</script>"),
         "the page's picture “foto kegiatan”: its data: address holds text/html, not a picture"),
        ('<img alt="rusak" src="data:image/jpeg;base64,/9j/4AA*%$!==">',
         "the page's picture “rusak”: its data: address is damaged (not base64)"),
        (carried(data=b"bukan gambar sama sekali"),
         "the page's picture “foto kegiatan”: it is not an image Netizen Editor can read"),
        ('<img src="data:image/png;base64,">', "the page's picture 1: its data: address is empty"),
        ('<img src="data:image/png">',
         "the page's picture 1: its data: address is damaged (it has no comma)"),
        ('<img src="data:image/svg+xml,<svg onload=alert(1)>">',
         "the page's picture 1: it is not an image Netizen Editor can read"),
    ],
)  # fmt: skip
def test_a_data_address_that_is_no_usable_picture_is_a_warning(tmp_path, picture, says):
    done = imported(tmp_path, page(picture))
    assert done.warnings == [f"an image was left out: {says}"]
    assert done.images == 0 and "![" not in done.text
    assert [p.name for p in (tmp_path / "panen_files").iterdir()] == ["source.txt"]
    assert "Hasilnya naik" in done.text  # the story itself comes in


def test_a_data_address_too_long_is_refused_before_it_is_decoded(tmp_path, monkeypatch):
    decoded: list[int] = []
    real = base64.b64decode

    def decode(text: str, **options: bool) -> bytes:
        decoded.append(len(text))
        return real(text, **options)

    monkeypatch.setattr(data_pictures.base64, "b64decode", decode)
    monkeypatch.setattr(data_pictures, "MAX_ADDRESS", 1000)
    done = imported(tmp_path, page(carried()))
    assert done.warnings == [
        "an image was left out: the page's picture “foto kegiatan”: it is over 25 MB"]  # fmt: skip
    assert decoded == [] and done.images == 0


def test_the_photo_does_not_count_as_the_page_s_markup(tmp_path, monkeypatch):
    monkeypatch.setattr(webpage, "MAX_PAGE_BYTES", 4096)  # the photo's base64 is far longer
    done = imported(tmp_path, page(carried()))
    assert done.images == 1


def test_a_planted_index_attribute_shows_nothing_else(tmp_path):
    planted = f'<img {data_pictures.CARRIED}="7"><img {data_pictures.CARRIED}="x" alt="a">'
    done = imported(tmp_path, page(planted, carried()))
    assert done.images == 1 and done.warnings == []
    assert done.text.count("![") == 1


def test_the_command_line_import_stores_the_photo(tmp_path, capsys):
    (tmp_path / "config").mkdir(exist_ok=True)
    (tmp_path / "config" / "settings.toml").write_text('ui_language = "en"\n', encoding="utf-8")
    source = tmp_path / "small-foto.html"
    source.write_text(page(carried(), carried(kind="application/pdf", alt="lampiran")),
                      encoding="utf-8")  # fmt: skip
    out = tmp_path / "berita.md"
    assert main(["import", str(source), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"{source} → {out}: 0 suggestion(s), 0 comment(s), 1 image(s)" in err
    assert ("warning: an image was left out: the page's picture “lampiran”: its data: address "
            "holds application/pdf, not a picture") in err  # fmt: skip
    assert "![foto kegiatan](berita_files/panen-raya-di-sleman-1.jpg)" in out.read_text("utf-8")
    assert (tmp_path / "berita_files" / "panen-raya-di-sleman-1.jpg").is_file()


def test_a_page_of_too_much_markup_is_still_refused(tmp_path, monkeypatch):
    from netizen_editor.importing.safety import DocumentError

    decoded: list[int] = []
    real = webpage._decode
    monkeypatch.setattr(
        webpage, "_decode", lambda data, path: decoded.append(1) or real(data, path)
    )
    monkeypatch.setattr(webpage, "MAX_PAGE_BYTES", 4096)
    markup = "<p>Isi berita.</p>" * 300
    with pytest.raises(DocumentError, match="too long to import"):
        imported(tmp_path, page(markup))
    assert decoded == []  # no picture to take out: refused before it is read
    with pytest.raises(DocumentError, match="too long to import"):
        imported(tmp_path, page(markup, carried()))  # the markup without the photo is too long
    assert not (tmp_path / "panen.md").exists()
