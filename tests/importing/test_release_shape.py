"""A Word release comes in shaped as the desk's story (QA37 #3, #4): its dek in Word's
Subtitle style is the article's summary, not a heading above the lead; the title is the page's
one H1, so the body's headings start at ``##``; a photo's caption and credit under it are
the photo's own (``![alt](src "Caption. Foto: Credit")``), as the image check wants."""

from __future__ import annotations

import pytest

from netizen_editor.article.model import Article
from netizen_editor.checks.context import check_text
from netizen_editor.importing.heading_levels import under_title
from tests.importing.documents import REL, docx_bytes, image_run, ins, p, r
from tests.importing.test_docx import SETTINGS, body_of, run_import
from tests.photo_factory import jpeg_bytes, scene

STYLES = "".join(
    f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/></w:style>'
    for sid, name in (("Title", "Title"), ("Subtitle", "Subtitle"), ("Heading1", "heading 1"),
                      ("Heading2", "heading 2"), ("Caption", "caption"))
)  # fmt: skip
HEADLINE = "Jabar Luncurkan 500 Desa Digital"
DEK = "Program menyasar 1,2 juta warga di lima kabupaten hingga akhir 2027"
LEAD = "BANDUNG – Pemerintah Provinsi Jawa Barat meluncurkan program Desa Digital, Senin."
CAPTION = "Gubernur meresmikan program Desa Digital di Garut, Senin (7/12/2026). Foto: Humas Jabar"
PICTURE = f'<Relationship Id="rImg" Type="{REL}/image" Target="media/foto.jpeg"/>'


@pytest.fixture
def photo() -> bytes:
    return jpeg_bytes(scene((800, 600)))


def release(*paragraphs: str, photo: bytes = b"") -> bytes:
    body = "".join([p(r(HEADLINE), "Title"), *paragraphs])
    media = {"foto.jpeg": photo} if photo else None
    return docx_bytes(body, styles=STYLES, rels=PICTURE if photo else "", media=media)


def test_the_subtitle_under_the_headline_is_the_summary_not_a_heading(tmp_path):
    """It came in as ``## *Program menyasar ...*`` above the lead (QA37 #3), which the dateline
    check read as text before the dateline."""
    done = run_import(tmp_path, release(p(r(DEK, "<w:i/>"), "Subtitle"), p(r(LEAD))))
    meta = Article.parse(done.text).meta
    assert meta["summary"] == DEK
    assert (meta["title"], meta["dateline"]) == (HEADLINE, "Bandung")
    assert body_of(done.text) == LEAD.removeprefix("BANDUNG – ") + "\n"
    assert (
        (tmp_path / "rilis_files" / "source.txt").read_text().startswith(f"{HEADLINE}\n\n{DEK}\n\n")
    )  # the release's text as sent, dek and all


def test_a_subtitle_elsewhere_is_a_paragraph_where_it_stands(tmp_path):
    second = "Tahap kedua dimulai tahun depan"
    done = run_import(
        tmp_path,
        release(p(r(DEK), "Subtitle"), p(r(LEAD)), p(r(second), "Subtitle"), p(r("Isi."))),
    )
    assert Article.parse(done.text).meta["summary"] == DEK
    assert body_of(done.text).endswith(f"Senin.\n\n{second}\n\nIsi.\n")


def test_a_subtitle_with_a_tracked_change_stays_in_the_body(tmp_path):
    """Review marks never go into the front matter."""
    changed = p(r("Program ") + ins("baru ", "Ani", "2026-12-05T02:30:00Z"), "Subtitle")
    done = run_import(tmp_path, release(changed, p(r(LEAD))))
    assert Article.parse(done.text).meta["summary"] == ""
    assert body_of(done.text).startswith("Program {++baru ++}{>>@Ani")


def test_the_body_s_headings_start_under_the_title(tmp_path):
    """Word's Heading 1 under a headline in the Title style came in as ``# Sasaran``, a
    second H1 on the page, bigger than the ``##`` under it (QA37 #3)."""
    done = run_import(
        tmp_path,
        release(p(r(LEAD)), p(r("Sasaran"), "Heading1"), p(r("Isi.")), p(r("Anggaran"), "Heading2"),
                p(r("Rp 42 miliar."))),
    )  # fmt: skip
    assert body_of(done.text).endswith("## Sasaran\n\nIsi.\n\n### Anggaran\n\nRp 42 miliar.\n")


@pytest.mark.parametrize(
    ("body", "moved"),
    [
        ("# Satu\n\nIsi.\n\n## Dua\n\n###### Enam", "## Satu\n\nIsi.\n\n### Dua\n\n###### Enam"),
        ("### Satu\n\n#### Dua", "## Satu\n\n### Dua"),  # a web page's: up to ##
        ("## Satu\n\n### Dua", "## Satu\n\n### Dua"),
        ("Isi.\n\n```\n# kode\n```\n\n# Satu", "Isi.\n\n```\n# kode\n```\n\n## Satu"),
        ("# Satu\n\nIsi.\n\n###", "## Satu\n\nIsi.\n\n###"),  # an end mark is no heading
    ],
)
def test_headings_move_together_so_the_highest_is_h2(body, moved):
    assert under_title(body) == moved


def test_a_caption_paragraph_under_a_photo_is_its_caption_and_credit(tmp_path, photo):
    """It came in as an italic paragraph under the picture, ``*... Foto: Humas Jabar*``, and
    the check said "a photo without a credit" one line above its credit (QA37 #4)."""
    picture = p(image_run("rImg", "Gubernur di Balai Desa Sukamaju"))
    data = release(p(r(LEAD)), picture, p(r(CAPTION, "<w:i/>")), p(r("Isi.")), photo=photo)
    done = run_import(tmp_path, data)
    src = "rilis_files/jabar-luncurkan-500-desa-digital-1.jpg"
    assert body_of(done.text) == (
        f"{LEAD.removeprefix('BANDUNG – ')}\n\n"
        f'![Gubernur di Balai Desa Sukamaju]({src} "{CAPTION}")\n\nIsi.\n'
    )
    found = check_text(done.text, tmp_path / "rilis.md", SETTINGS)
    assert [f.rule for f in found if f.rule.startswith("image-")] == []


def test_word_s_caption_style_is_the_caption_and_a_photo_without_alt_text_takes_it(tmp_path, photo):
    caption = "Warga mencoba layanan Desa Digital."
    data = release(p(r(LEAD)), p(image_run("rImg", "")), p(r(caption), "Caption"), photo=photo)
    done = run_import(tmp_path, data)
    assert body_of(done.text).endswith(
        f"![Warga mencoba layanan Desa Digital](rilis_files/jabar-luncurkan-500-desa-digital-1.jpg"
        f' "{caption}")\n'
    )
    assert not [w for w in done.warnings if "alt text" in w]


@pytest.mark.parametrize(
    "after",
    [
        p(r("Gubernur meresmikan program itu di Garut, Senin.")),  # the story goes on
        p(r("Sasaran"), "Heading2"),
        p(r("Gubernur meresmikan ") + ins("program ", "Ani", "2026-12-05T02:30:00Z"), "Caption"),
    ],
)
def test_what_is_no_caption_stays_under_the_photo(tmp_path, photo, after):
    data = release(p(r(LEAD)), p(image_run("rImg", "Gubernur")), after, photo=photo)
    body = body_of(run_import(tmp_path, data).text)
    assert "![Gubernur](rilis_files/jabar-luncurkan-500-desa-digital-1.jpg)\n\n" in body
