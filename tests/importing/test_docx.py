"""A Word press release becomes an article: headings, lists, a table, links, a footnote, a
quotation, its picture (web-sized, metadata stripped) and its tracked changes and comments as
review marks with who and when."""

from __future__ import annotations

import builtins
import datetime as dt
import os
from pathlib import Path

import pytest
from PIL import Image

from netizen_editor.article.dates import newsroom_zone
from netizen_editor.article.model import Article
from netizen_editor.importing.importer import import_document
from netizen_editor.importing.safety import DocumentError
from netizen_editor.review.marks import review_marks
from netizen_editor.settings import Settings
from tests.importing.documents import (
    ANI,
    BAMBANG,
    REL,
    docx_bytes,
    image_run,
    ins,
    p,
    press_release_docx,
    r,
)
from tests.photo_factory import exif_bytes, jpeg_bytes, scene

NOW = dt.datetime(2026, 12, 6, 9, 15, tzinfo=newsroom_zone("WIB"))
SETTINGS = Settings(default_author="Rina Wartawan", ui_language="en")

EXPECTED_BODY = """\
Kementerian meluncurkan program **Desa Digital**{++ pada Sabtu pagi++}\
{>>@Bambang Sutejo (2026-12-05T09:30+07:00)<<} di [situs resmi](https://desa.go.id/).[^1]

Program ini {--sangat --}{>>@Ani Wijaya (2026-12-05T10:00+07:00)<<}menjangkau \
{~~500~>1.000~~}{>>@Ani Wijaya (2026-12-05T10:00+07:00)<<} desa, {==*kata Menteri*==}\
{>>@Bambang Sutejo (2026-12-05T10:15+07:00): Sumbernya siapa?<<}.

## Sasaran

- Internet desa
    1. Menara baru
- Pelatihan warga

| Provinsi | Desa |
| --- | --- |
| Jawa Barat | 120 |

> Kami ingin desa setara kota.

![Menteri di desa](rilis_files/peluncuran-desa-digital-1.jpg)

[^1]: Data Kementerian, 2026.
"""


@pytest.fixture
def photo() -> bytes:
    return jpeg_bytes(scene((3000, 2000)), exif=exif_bytes())


def run_import(tmp_path: Path, data: bytes, name: str = "rilis.docx", **options: object):
    source = tmp_path / name
    source.write_bytes(data)
    return import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW, **options)


def body_of(text: str) -> str:
    return text.split("\n---\n", 1)[1].lstrip("\n")


def test_a_press_release_becomes_an_article_with_its_review_marks(tmp_path, photo):
    done = run_import(tmp_path, press_release_docx(photo))
    assert body_of(done.text) == EXPECTED_BODY
    assert (tmp_path / "rilis.md").read_text(encoding="utf-8") == done.text
    meta = Article.parse(done.text).meta
    assert meta["title"] == "Peluncuran Desa Digital"  # the title property; not in the body
    assert meta["source"] == "Kementerian Desa"  # the sender: the document's company
    assert meta["author"] == "Rina Wartawan"
    assert meta["template"] == "rilis"
    assert meta["source_file"] == "rilis_files/source.txt"
    assert meta["date"] == NOW
    assert meta["dateline"] == "Jakarta"  # the release's "JAKARTA – ": the site's dateline now
    assert (done.suggestions, done.comments, done.images) == (3, 1, 1)
    assert done.warnings == []


def test_tracked_changes_of_two_authors_keep_who_and_when(tmp_path, photo):
    done = run_import(tmp_path, press_release_docx(photo))
    marks = review_marks(done.text)
    found = [(m.kind, m.author, m.time.isoformat() if m.time else None) for m in marks]
    assert found == [
        ("insert", BAMBANG, "2026-12-05T09:30:00+07:00"),
        ("delete", ANI, "2026-12-05T10:00:00+07:00"),
        ("substitute", ANI, "2026-12-05T10:00:00+07:00"),
        ("highlight", BAMBANG, "2026-12-05T10:15:00+07:00"),
    ]
    assert marks[2].text == "500" and marks[2].new_text == "1.000"
    assert marks[3].comment == "Sumbernya siapa?"
    front_matter = done.text.split("\n---\n", 1)[0]
    assert "{" not in front_matter  # marks never in front matter


def test_accepting_the_changes_leaves_the_final_text(tmp_path, photo):
    done = run_import(tmp_path, press_release_docx(photo), accept_changes=True)
    body = body_of(done.text)
    assert "program **Desa Digital** pada Sabtu pagi di [situs resmi]" in body
    assert "Program ini menjangkau 1.000 desa, " in body
    assert "{++" not in body and "{--" not in body and "{~~" not in body
    assert done.suggestions == 0


def test_the_picture_is_web_sized_without_metadata(tmp_path, photo):
    run_import(tmp_path, press_release_docx(photo))
    stored = tmp_path / "rilis_files" / "peluncuran-desa-digital-1.jpg"
    with Image.open(stored) as image:
        assert max(image.size) <= 1600
        assert not image.getexif()  # GPS, camera serial: gone


def test_the_plain_text_is_kept_for_the_press_release_check(tmp_path, photo):
    run_import(tmp_path, press_release_docx(photo))
    source = (tmp_path / "rilis_files" / "source.txt").read_text(encoding="utf-8")
    assert "Program ini menjangkau 1.000 desa, kata Menteri." in source  # as sent: accepted
    assert "Internet desa" in source and "Menara baru" in source
    assert "{" not in source and "[1]" not in source and "↑" not in source


def test_linked_pictures_and_remote_templates_are_never_fetched(tmp_path, no_network, monkeypatch):
    secret = tmp_path / "secret.jpg"
    secret.write_bytes(jpeg_bytes(scene((40, 30))))
    opened: list[str] = []
    real_open, real_os_open = builtins.open, os.open
    monkeypatch.setattr(
        builtins, "open", lambda f, *a, **k: (opened.append(str(f)), real_open(f, *a, **k))[1]
    )
    monkeypatch.setattr(
        os, "open", lambda f, *a, **k: (opened.append(str(f)), real_os_open(f, *a, **k))[1]
    )
    rels = (
        f'<Relationship Id="rWeb" Type="{REL}/image" Target="http://tracker.example/p.jpg" '
        'TargetMode="External"/>'
        f'<Relationship Id="rFile" Type="{REL}/image" Target="file:///{secret}" '
        'TargetMode="External"/>'
        f'<Relationship Id="rDoc" Type="{REL}/hyperlink" Target="file:///etc/passwd" '
        'TargetMode="External"/>'
    )
    settings_rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rT" Type="{REL}/attachedTemplate" '
        'Target="http://evil.example/t.dotm" TargetMode="External"/></Relationships>'
    )
    body = (
        p(r("Siaran pers"))
        + p(image_run("rWeb", "dari web", "r:link"))
        + p(image_run("rFile", "dari disk", "r:embed"))
        + p(r("Lihat ") + '<w:hyperlink r:id="rDoc">' + r("berkas") + "</w:hyperlink>")
    )
    data = docx_bytes(body, rels=rels, extra={"word/_rels/settings.xml.rels": settings_rels})
    done = run_import(tmp_path, data)
    assert no_network == []
    assert not [name for name in opened if "secret" in name]  # the linked file is never read
    assert "tracker.example" not in done.text and str(secret) not in done.text
    assert "Lihat berkas" in done.text and "file://" not in done.text
    assert [x.name for x in (tmp_path / "rilis_files").iterdir()] == ["source.txt"]
    said = "\n".join(done.warnings)
    assert "linked image was left out (never fetched)" in said
    assert "template at http://evil.example/t.dotm was not fetched" in said
    assert "links to files and other programs were removed" in said


def test_macros_and_embedded_objects_are_left_out_with_a_warning(tmp_path):
    data = docx_bytes(
        p(r("Siaran pers")) + p(r("Isi.")),
        extra={
            "word/vbaProject.bin": b"Attribute VB_Name = AutoOpen",
            "word/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0 sheet",
        },
    )
    done = run_import(tmp_path, data)
    assert "the document's macros were left out" in done.warnings
    assert "embedded objects (spreadsheets, controls) were left out" in done.warnings
    assert "AutoOpen" not in done.text


def test_without_a_title_property_the_first_heading_is_the_title(tmp_path):
    body = p(r("Judul dari Heading"), "Heading1") + p(r("Isi ") + ins("baru", BAMBANG, ""))
    styles = '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
    done = run_import(tmp_path, docx_bytes(body, styles=styles + "</w:style>"))
    assert Article.parse(done.text).meta["title"] == "Judul dari Heading"
    assert body_of(done.text) == "Isi {++baru++}{>>@Bambang Sutejo ()<<}\n"  # no time: empty


def test_an_existing_article_is_not_replaced(tmp_path, photo):
    (tmp_path / "rilis.md").write_text("mine", encoding="utf-8")
    with pytest.raises(DocumentError, match="already exists"):
        run_import(tmp_path, press_release_docx(photo))
    assert (tmp_path / "rilis.md").read_text(encoding="utf-8") == "mine"
