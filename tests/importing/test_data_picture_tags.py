"""A saved page's ``img`` tags read as a browser reads them (QA32): a ">" in a quoted value
before ``src`` keeps the photo (#11: it was dropped without a word); a lazy-loading page's
placeholder is not its photo (#1: every photo became the same 1x1 GIF); a raw SVG's picture is
named (#6); and a planted tag of megabytes is read in one pass."""

from __future__ import annotations

import base64
import io
import time

import pytest
from PIL import Image

from netizen_editor.importing import data_pictures
from netizen_editor.importing.data_pictures import pasted_pictures, take_out
from tests.importing.test_data_pictures import PHOTO, body_of, carried, imported, page

#: the 1x1 transparent GIF a lazy-loading page shows until its photo is loaded
SPACER = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
ENCODED = base64.b64encode(PHOTO).decode()


def png(image: Image.Image) -> str:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


@pytest.mark.parametrize(
    "tag",
    [
        f'<img alt="Grafik: inflasi > 5%" src="data:image/jpeg;base64,{ENCODED}">',
        f"<img data-caption='a < b' alt=\"Grafik: inflasi > 5%\" "
        f"src='data:image/jpeg;base64,{ENCODED}'>",
        f'<IMG alt="Grafik: inflasi > 5%"/SRC = data:image/jpeg;base64,{ENCODED} >',
    ],
)
def test_a_gt_or_lt_in_a_quoted_value_before_src_keeps_the_photo(tmp_path, tag):
    done = imported(tmp_path, page(tag))
    assert done.images == 1 and done.warnings == []
    assert "![Grafik: inflasi > 5%](panen_files/panen-raya-di-sleman-1.jpg)" in done.text
    html, pictures, notes = pasted_pictures(page(tag))
    assert [(got.alt, got.data) for got in pictures] == [("Grafik: inflasi > 5%", PHOTO)]
    assert notes == [] and "data:" not in html


def test_a_raw_svg_in_a_data_address_is_named(tmp_path):
    done = imported(tmp_path, page('<img alt="svg2" src="data:image/svg+xml,<svg onload=x>">'))
    assert done.warnings == [
        "an image was left out: the page's picture “svg2”: it is not an image Netizen Editor "
        "can read"
    ]


LAZY = [
    f'<img alt="Petani di sawah" src="{SPACER}" data-src="https://cdn.example.com/petani.jpg" '
    'loading="lazy">',
    f'<img data-lazy-src="https://cdn.example.com/petani.jpg" alt="Petani di sawah" src={SPACER}>',
    f'<img alt="Petani di sawah" src="{SPACER}" srcset="data:image/gif;base64,R0l 1x, '
    'https://cdn.example.com/petani.jpg?w=640&amp;q=80 640w, https://cdn.example.com/b.jpg 2x">',
    '<img alt="Petani di sawah" data-original="https://cdn.example.com/petani.jpg">',
]


@pytest.mark.parametrize("tag", LAZY)
def test_a_lazy_page_s_photo_is_its_web_address_not_the_placeholder(tmp_path, tag, no_network):
    done = imported(tmp_path, page(tag))
    # as a picture on the web is: never fetched, said with its address
    assert done.images == 0 and "![" not in done.text
    assert len(done.warnings) == 1
    assert done.warnings[0].startswith(
        "a linked image was left out (never fetched): https://cdn.example.com/petani.jpg"
    )
    assert [p.name for p in (tmp_path / "panen_files").iterdir()] == ["source.txt"]
    html, pictures, notes = pasted_pictures(page(tag))  # pasted: the web picture's link
    assert pictures == [] and notes == []
    assert 'src="https://cdn.example.com/petani.jpg' in html
    assert no_network == []


@pytest.mark.parametrize(
    "spacer",
    [
        SPACER,
        png(Image.new("RGB", (2, 2), (200, 30, 30))),  # a tracking pixel
        png(Image.new("RGBA", (800, 450), (0, 0, 0, 0))),  # a placeholder of the photo's size
        png(Image.new("LA", (40, 30), (0, 0))),
    ],
)
def test_a_spacer_is_left_out_naming_it(tmp_path, spacer):
    tags = f'<img alt="Petani di sawah" src="{spacer}">' + carried()
    done = imported(tmp_path, page(tags))
    assert done.warnings == [
        "the page's picture “Petani di sawah” was left out: a tiny or fully transparent "
        "picture is a page's placeholder, not the story's photo"
    ]
    assert done.images == 1 and done.text.count("![") == 1
    _html, pictures, notes = pasted_pictures(page(tags))
    assert [got.alt for got in pictures] == ["foto kegiatan"] and notes == done.warnings


def test_a_small_picture_with_something_to_see_is_kept(tmp_path):
    logo = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    logo.putpixel((30, 30), (200, 30, 30, 255))
    done = imported(tmp_path, page(f'<p>Lihat:</p><img alt="ikon" src="{png(logo)}">'))
    assert done.images == 1 and done.warnings == []


def test_a_pasted_page_keeps_the_import_s_caps(monkeypatch):
    from netizen_editor.importing import images

    monkeypatch.setattr(images, "MAX_IMAGES", 3)
    tags = "".join(
        f'<img alt="f{n}" src="{png(Image.new("RGB", (8, 8), (n, 9, 9)))}">' for n in range(6)
    )
    _html, pictures, notes = pasted_pictures(page(tags))
    assert [got.alt for got in pictures] == ["f0", "f1", "f2"]
    assert notes == ["only the first 3 images were imported"]
    monkeypatch.setattr(images, "MAX_HELD_BYTES", len(PHOTO) + 10)
    _html, pictures, notes = pasted_pictures(page(carried(), carried(PHOTO + b"\0", alt="b")))
    assert len(pictures) == 1
    assert notes == ["the page's picture “b” was left out: the document's pictures are over 0 MB"]


def test_pasted_html_over_the_import_s_limit_is_said(monkeypatch):
    assert data_pictures.too_big(page(carried())) == ""
    monkeypatch.setattr(data_pictures, "MAX_INPUT_BYTES", 1024)
    assert data_pictures.too_big(page(carried())) == (
        f"the pasted HTML is {-(-len(page(carried())) // 2**20)} MB, over 0 MB: its text is "
        "pasted without its formatting and pictures"
    )


@pytest.mark.parametrize(
    "planted",
    [
        '<img alt="' + "x" * 5_000_000,  # a quote never closed
        '<img alt="x' * 400_000,
        "<img src=" + " " * 5_000_000,
        "<img " + "a=" * 2_500_000 + ">",
        "<img " + "'" * 5_000_000,
        "<img " + '="' * 2_500_000,
        "<img/" + "/ " * 2_500_000,
    ],
)
def test_a_planted_tag_of_megabytes_is_read_in_one_pass(planted):
    started = time.monotonic()
    html, addresses = take_out(page(planted, carried()))
    # a generous budget: one pass takes well under a second; backtracking would take hours
    assert time.monotonic() - started < 30
    assert len(html) <= len(page(planted, carried()))
    assert addresses == [] or addresses == [f"data:image/jpeg;base64,{ENCODED}"]


def test_the_body_of_a_page_with_a_quoted_gt_reads_on(tmp_path):
    tag = f'<img alt="a > b" src="data:image/jpeg;base64,{ENCODED}">'
    done = imported(tmp_path, page(tag))
    assert body_of(done.text).endswith("Hasilnya naik dua kali lipat dari tahun lalu.\n")


def test_many_pictures_left_out_are_one_note_past_the_fifth(tmp_path):
    # QA32 #5's page of 3,000 tiny pictures: each said on a line of its own was 3,000 lines
    tags = "".join(
        f'<img alt="t{n}" src="{png(Image.new("RGB", (2, 2), (n, 0, 0)))}">' for n in range(8)
    )
    said = [
        f"the page's picture “t{n}” was left out: a tiny or fully transparent picture is a "
        "page's placeholder, not the story's photo"
        for n in range(5)
    ] + ["3 more of the page's pictures were left out for such reasons"]
    assert imported(tmp_path, page(tags)).warnings == said
    assert pasted_pictures(page(tags))[2] == said


def test_pasted_pictures_are_linked_where_they_stood():
    # QA33 #7: pasted, every picture came after the text
    from netizen_editor.importing.html import pasted_markdown

    html, pictures, notes = pasted_pictures(
        page(carried(alt="Grafik"), "<p>Di antara.</p>", carried(PHOTO + b"\0", alt="b"))
    )
    assert [got.alt for got in pictures] == ["Grafik", "b"] and notes == []
    linked = pasted_markdown(html, ["a_files/a-1.jpg", "a_files/a-2.jpg"])
    assert "![Grafik](a_files/a-1.jpg)\n\nDi antara.\n\n![b](a_files/a-2.jpg)" in linked
    # without a name kept (an untitled article) the pictures are left out, their paragraphs too
    assert "![" not in pasted_markdown(html) and "Di antara.\n\nHasilnya" in pasted_markdown(html)
