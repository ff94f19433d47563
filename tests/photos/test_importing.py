"""Bringing a photo into an article (core side of paste, drop and "Image…")."""

from __future__ import annotations

import hashlib

import pytest
from PIL import Image

from netizen_editor import i18n
from netizen_editor.photos import PhotoOptions
from netizen_editor.photos.importing import (
    PhotoImportError,
    describe,
    figure_markdown,
    import_photo,
    pasted_stem,
)
from tests.photo_factory import phone_jpeg, screenshot_png


def test_a_dropped_phone_photo_is_stored_web_sized_and_the_original_untouched(
    article, portrait_photo
):
    before = hashlib.sha256(portrait_photo.read_bytes()).hexdigest()
    done = import_photo(article, source=portrait_photo)
    assert done.relative == "banjir_files/portrait.jpg"
    stored = Image.open(done.path)
    assert stored.format == "JPEG" and stored.size == (1200, 1600) and not stored.getexif()
    assert "GPS location removed" in done.message and "→" in done.message
    assert hashlib.sha256(portrait_photo.read_bytes()).hexdigest() == before
    assert done.original is None and sorted(p.name for p in done.path.parent.iterdir()) == [
        "portrait.jpg"
    ]


def test_the_original_can_be_kept_beside_the_web_copy(article, portrait_photo):
    done = import_photo(article, source=portrait_photo, keep_original=True)
    assert done.original == done.path.with_name("portrait.original.jpg")
    assert done.original.read_bytes() == portrait_photo.read_bytes()


def test_the_same_photo_twice_is_stored_once_another_with_its_name_gets_a_number(article, tmp_path):
    one = phone_jpeg(tmp_path / "foto.jpg", size=(300, 200))
    first = import_photo(article, source=one)
    assert import_photo(article, source=one).path == first.path
    other_folder = tmp_path / "lain"
    other_folder.mkdir()
    other = phone_jpeg(other_folder / "foto.jpg", size=(300, 200), seed=5)
    assert import_photo(article, source=other).relative == "banjir_files/foto-1.jpg"


def test_a_pasted_jpeg_stays_jpeg_and_a_screenshot_png(article, portrait_photo, tmp_path):
    photo = import_photo(article, data=portrait_photo.read_bytes())
    assert photo.relative == "banjir_files/image-1.jpg"
    shot = import_photo(article, data=screenshot_png(tmp_path / "s.png").read_bytes())
    assert shot.relative == "banjir_files/image-2.png"


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("---\ntitle: Banjir Rob Jakarta!\n---\nTeks.\n", "banjir-rob-jakarta"),
        ("# Demo Ojol: Tarif Naik\n\nTeks.\n", "demo-ojol-tarif-naik"),  # its heading
        ("---\ntitle: Banjir\nslug: rob/../Utara Jakarta\n---\n", "robutara-jakarta"),
        ("Teks tanpa judul.\n", "foto"),
        ("---\ntitle: [rusak\n---\nTeks.\n", "foto"),  # front matter that does not read
        ("---\ntitle: Щ\n---\n", "foto"),  # nothing of it in a plain file name
    ],
)
def test_a_pasted_picture_is_named_after_the_articles_slug(text, stem):
    assert pasted_stem(text) == stem


def test_a_pasted_picture_takes_a_free_number_and_never_overwrites(article, tmp_path):
    folder = article.parent / "banjir_files"
    folder.mkdir()
    (folder / "banjir-rob-1.png").write_bytes(b"punya orang lain")
    taken = folder / "banjir-rob-2.jpg"
    taken.write_bytes(b"foto lama")
    photo = phone_jpeg(tmp_path / "p.jpg", size=(300, 200))
    done = import_photo(article, data=photo.read_bytes(), stem="banjir-rob")
    assert done.relative == "banjir_files/banjir-rob-3.jpg"
    assert taken.read_bytes() == b"foto lama"
    again = import_photo(article, data=photo.read_bytes(), stem="banjir-rob")
    assert again.relative == "banjir_files/banjir-rob-4.jpg"
    named = import_photo(article, source=photo, stem="banjir-rob")  # a file keeps its name
    assert named.relative == "banjir_files/p.jpg"


def test_planted_numbered_names_are_looked_at_once_not_at_each_number(article, tmp_path,
                                                                     monkeypatch):  # fmt: skip
    """QA32 #15: 4,000 planted ``banjir-rob-N.x`` made each pasted picture take 11 s (a look at
    the whole folder for each N tried); one look now, and the first free number as before."""
    from pathlib import Path

    folder = article.parent / "banjir_files"
    folder.mkdir()
    for n in range(1, 301):
        (folder / f"banjir-rob-{n}.x").touch()
    (folder / "banjir-rob-0302.x").touch()  # "0302" is not 302, as the glob read it
    (folder / "lain-301.x").touch()
    looks = []
    real_glob = Path.glob
    monkeypatch.setattr(Path, "glob", lambda self, p: looks.append(p) or real_glob(self, p))
    photo = phone_jpeg(tmp_path / "p.jpg", size=(300, 200))
    done = import_photo(article, data=photo.read_bytes(), stem="banjir-rob")
    assert done.relative == "banjir_files/banjir-rob-301.jpg"
    assert len(looks) < 5, looks[:5]
    again = import_photo(article, data=photo.read_bytes(), stem="banjir-rob")
    assert again.relative == "banjir_files/banjir-rob-302.jpg"


def test_a_file_in_the_article_folder_is_linked_in_place(article, tmp_path):
    (article.parent / "foto").mkdir()
    inside = phone_jpeg(article.parent / "foto" / "a.jpg", size=(200, 100))
    done = import_photo(article, source=inside)
    assert done.relative == "foto/a.jpg" and done.web is None


@pytest.mark.parametrize("content", [b"bukan gambar", b"\xff\xd8\xff broken"])
def test_something_that_is_not_an_image_is_refused_with_its_name(article, tmp_path, content):
    fake = tmp_path / "palsu.jpg"
    fake.write_bytes(content)
    with pytest.raises(PhotoImportError, match=r"palsu\.jpg: it is not an image"):
        import_photo(article, source=fake)
    assert not (article.parent / "banjir_files").exists()


def test_the_status_message_reads_like_the_issue(portrait_photo, monkeypatch):
    from netizen_editor.photos import make_web_copy

    web = make_web_copy(portrait_photo.read_bytes(), PhotoOptions())
    web.source_bytes = 8_000_000
    web.data = b"x" * 220_000
    monkeypatch.setattr(i18n, "_language", "id")
    assert describe("foto.jpg", web) == (
        "foto.jpg: 8,0 MB → 220 KB, 1200×1600, lokasi GPS dihapus, nomor seri kamera dihapus"
    )


def test_figure_markdown_is_the_syntax_the_renderer_knows():
    assert figure_markdown("a b.jpg", "Banjir", "Air naik", "Andi") == (
        '![Banjir](a%20b.jpg "Air naik. Foto: Andi")'
    )
    assert figure_markdown("a.jpg", "x", 'Kata "banjir"', "") == "![x](a.jpg \"Kata 'banjir'\")"
    assert figure_markdown("a.jpg", "x") == "![x](a.jpg)"


def test_a_credit_typed_with_its_prefix_gets_no_second_one():
    for typed in ("Foto: Budi/Netizen", "FOTO: Budi/Netizen", "Photo: Budi/Netizen"):
        assert figure_markdown("a.jpg", "x", "Air naik", typed) == (
            f'![x](a.jpg "Air naik. {typed}")'
        )
