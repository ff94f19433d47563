"""The sender's logo in a release's letterhead (QA): the small picture above the headline was
the imported story's first picture, and so its featured image and share card. It is left out
with a note naming it; a big photo above the headline, and every picture under it, stay."""

from __future__ import annotations

import pytest

from netizen_editor.article.model import Article
from netizen_editor.importing.front_matter import split_title
from netizen_editor.importing.importer import import_document
from netizen_editor.importing.logo import is_logo
from tests.importing.documents import REL, docx_bytes, image_run, odt_bytes, p, pdf_bytes, r
from tests.importing.test_docx import NOW, SETTINGS, body_of
from tests.photo_factory import jpeg_bytes, scene

HEADLINE = "Desa Digital di 3.000 Desa"
LEAD = "Kementerian meluncurkan program Desa Digital di 3.000 desa."
LEFT_OUT = "{name} was left out: a small picture above the headline is the sender's logo, not the story's photo"  # noqa: E501


@pytest.mark.parametrize(
    ("size", "logo"),
    [
        ((400, 160), True),  # a logo
        ((600, 600), True),
        ((1800, 300), True),  # the letterhead's banner across the page
        ((640, 480), False),  # a small photo: kept
        ((1600, 1067), False),
        ((1200, 600), False),  # a wide photo
        ((2400, 700), False),  # a panorama taller than a banner
    ],
)
def test_a_logo_is_small_or_a_strip_across_the_letterhead(size, logo):
    assert is_logo(size) is logo


def _import(tmp_path, name: str, data: bytes):
    source = tmp_path / name
    source.write_bytes(data)
    return import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)


def _word(top: bytes, under: bytes | None = None) -> bytes:
    """A release: a picture above its headline, and maybe one under it."""
    rels = f'<Relationship Id="rTop" Type="{REL}/image" Target="media/logo.jpeg"/>'
    media = {"logo.jpeg": top}
    body = p(image_run("rTop", "Logo")) + p(r(HEADLINE), "Heading1") + p(r(LEAD))
    if under is not None:
        rels += f'<Relationship Id="rFoto" Type="{REL}/image" Target="media/foto.jpeg"/>'
        media["foto.jpeg"] = under
        body += p(image_run("rFoto", "Menteri di desa"))
    return docx_bytes(body, rels=rels, media=media)


def test_a_word_release_s_logo_is_left_out_and_its_photo_is_the_first(tmp_path):
    data = _word(jpeg_bytes(scene((400, 160))), jpeg_bytes(scene((1600, 1067), seed=3)))
    done = _import(tmp_path, "rilis.docx", data)
    assert body_of(done.text) == (
        f"{LEAD}\n\n![Menteri di desa](rilis_files/desa-digital-di-3000-desa-1.jpg)\n"
    )
    assert LEFT_OUT.format(name="logo.jpeg") in done.warnings
    assert done.images == 1
    assert sorted(f.name for f in (tmp_path / "rilis_files").iterdir()) == [
        "desa-digital-di-3000-desa-1.jpg",
        "source.txt",
    ]  # the logo is not stored


def test_a_bold_headline_under_a_photo_is_the_title(tmp_path):
    """A bigger photo stays above a bold (not Heading-style) headline: the title was the
    photo's description, "Menteri di desa", and the headline stayed in the story."""
    rels = f'<Relationship Id="rFoto" Type="{REL}/image" Target="media/foto.jpeg"/>'
    body = p(image_run("rFoto", "Menteri di desa")) + p(r(HEADLINE, "<w:b/>")) + p(r(LEAD))
    data = docx_bytes(body, rels=rels, media={"foto.jpeg": jpeg_bytes(scene((1600, 1067)))})
    done = _import(tmp_path, "rilis.docx", data)
    assert Article.parse(done.text).meta["title"] == HEADLINE
    assert body_of(done.text) == (
        f"![Menteri di desa](rilis_files/desa-digital-di-3000-desa-1.jpg)\n\n{LEAD}\n"
    )


@pytest.mark.parametrize("size", [(1600, 1067), (640, 480)])
def test_a_photo_above_the_headline_stays(tmp_path, size):
    done = _import(tmp_path, "rilis.docx", _word(jpeg_bytes(scene(size))))
    assert body_of(done.text) == f"![Logo](rilis_files/desa-digital-di-3000-desa-1.jpg)\n\n{LEAD}\n"
    assert not any("logo" in warning for warning in done.warnings)


def test_a_small_picture_in_the_story_stays(tmp_path):
    body = p(r(HEADLINE), "Heading1") + p(r(LEAD)) + p(image_run("rTop", "Peta desa"))
    rels = f'<Relationship Id="rTop" Type="{REL}/image" Target="media/peta.jpeg"/>'
    data = docx_bytes(body, rels=rels, media={"peta.jpeg": jpeg_bytes(scene((300, 200)))})
    done = _import(tmp_path, "rilis.docx", data)
    assert body_of(done.text).endswith(
        "![Peta desa](rilis_files/desa-digital-di-3000-desa-1.jpg)\n"
    )


def test_a_libreoffice_release_s_banner_is_left_out(tmp_path):
    body = (
        '<text:p><draw:frame draw:name="Kop"><draw:image xlink:href="Pictures/kop.jpg"/>'
        "</draw:frame></text:p>"
        "<text:p>SIARAN PERS</text:p>"
        f'<text:h text:outline-level="1">{HEADLINE}</text:h><text:p>{LEAD}</text:p>'
    )
    data = odt_bytes(body, pictures={"kop.jpg": jpeg_bytes(scene((1800, 300)))})
    done = _import(tmp_path, "rilis.odt", data)
    assert body_of(done.text) == f"{LEAD}\n"
    assert LEFT_OUT.format(name="kop.jpg") in done.warnings
    assert done.images == 0


def test_a_pdf_logo_at_the_top_of_every_page_is_left_out_everywhere(tmp_path):
    pages = [[HEADLINE, LEAD], ["Program ini berjalan sampai 2027."]]
    logo = jpeg_bytes(scene((300, 100)))
    data = pdf_bytes(pages, image=logo, every_page=True, image_box=(50, 795, 120, 40))
    done = _import(tmp_path, "rilis.pdf", data)
    assert body_of(done.text) == f"{LEAD}\n\nProgram ini berjalan sampai 2027.\n"
    assert LEFT_OUT.format(name="picture Im1 on page 1") in done.warnings
    assert done.images == 0


def test_pictures_with_no_text_under_them_are_no_letterhead():
    asked: list[str] = []

    def logo(block: str) -> bool:
        asked.append(block)
        return True

    assert split_title("SIARAN PERS\n\n![](a.png)", "Judul", logo) == ("Judul", "![](a.png)")
    assert asked == []  # a page of pictures alone: nothing to be the logo above
    assert split_title("![](a.png)\n\n# Judul\n\nIsi.", "", logo) == ("Judul", "Isi.")
    assert asked == ["![](a.png)"]
