"""A saved web page imports as cleanly as a Word document: the site's menus go, the page's own
photo (in its ``NAME_files/`` folder) comes in through the photo pipeline, its site links are
no "links to files", and nothing is written into the page's own folder."""

from __future__ import annotations

import os

from netizen_editor.article.model import Article
from netizen_editor.importing.importer import default_output, import_document
from tests.importing.test_docx import NOW, SETTINGS, body_of
from tests.photo_factory import jpeg_bytes, scene

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Desa Digital untuk 86 Desa | Humas Sleman</title>
<meta name="author" content="Bagian Humas Pemkab Sleman"></head><body>
<header><nav><a href="/">Beranda</a><a href="/berita">Berita</a><a href="/kontak">Kontak</a>
</nav></header>
<aside><ul><li><a href="/lain">Berita lain</a></li><li><a href="/x">Lainnya</a></li></ul></aside>
<main><article><p><strong>SIARAN PERS</strong></p><h1>Desa Digital untuk 86 Desa</h1>
<p>Sleman, 4 Desember 2026 – Pemkab Sleman meluncurkan <a href="/desa">program</a> ini.</p>
<figure><img src="rilis_files/foto.jpg" alt="Peluncuran"></figure>
<p>Bupati menyebut program ini penting bagi warga desa.</p></article></main>
<footer><nav><a href="/privasi">Privasi</a> | &copy; 2026 Pemkab Sleman</nav></footer>
</body></html>"""


def saved_page(folder, page: str = PAGE):
    source = folder / "rilis.html"
    source.write_text(page, encoding="utf-8")
    (folder / "rilis_files").mkdir()
    (folder / "rilis_files" / "foto.jpg").write_bytes(jpeg_bytes(scene((320, 240))))
    return source


def test_a_saved_page_imports_like_the_word_document(tmp_path, no_network):
    source = saved_page(tmp_path)
    done = import_document(source, tmp_path / "berita.md", SETTINGS, now=NOW)
    meta = Article.parse(done.text).meta
    assert (meta["title"], meta["dateline"]) == ("Desa Digital untuk 86 Desa", "Sleman")
    assert body_of(done.text) == (
        "{>>@Impor: Press release date: Jumat, 4 Desember 2026<<}\n\n"
        "Pemkab Sleman meluncurkan program ini.\n\n"
        "![Peluncuran](berita_files/desa-digital-untuk-86-desa-1.jpg)\n\n"
        "Bupati menyebut program ini penting bagi warga desa.\n"
    )
    assert done.images == 1
    assert (tmp_path / "berita_files" / "desa-digital-untuk-86-desa-1.jpg").is_file()
    assert done.warnings == []  # the site's links are no "links to files", nothing was fetched
    assert no_network == []


def test_site_links_are_made_whole_from_the_page_address(tmp_path, no_network):
    page = PAGE.replace("<title>", '<link rel="canonical" href="https://slemankab.go.id/b/1">'
                        "<title>")  # fmt: skip
    done = import_document(saved_page(tmp_path, page), tmp_path / "b.md", SETTINGS, now=NOW)
    assert "[program](https://slemankab.go.id/desa)" in done.text
    assert "Beranda" not in done.text and "Privasi" not in done.text


def test_only_files_in_the_page_folder_are_read(tmp_path, no_network):
    outside = tmp_path / "rahasia.jpg"
    outside.write_bytes(jpeg_bytes(scene((64, 48))))
    page = PAGE.replace(
        '<img src="rilis_files/foto.jpg" alt="Peluncuran">',
        '<img src="rahasia.jpg"><img src="rilis_files/../rahasia.jpg"><img src="rilis_files/l.jpg">'
        '<img src="https://cdn.example/f.jpg">',
    )
    source = saved_page(tmp_path, page)
    os.symlink(outside, tmp_path / "rilis_files" / "l.jpg")  # a link out of the folder
    done = import_document(source, tmp_path / "b.md", SETTINGS, now=NOW)
    assert done.images == 0 and "![" not in done.text
    never_read = [w for w in done.warnings if "never read" in w]
    assert len(never_read) == 2  # rahasia.jpg, rilis_files/../rahasia.jpg: never looked at
    assert any("l.jpg was left out: it lies outside" in w for w in done.warnings)
    fetched = [w for w in done.warnings if "never fetched" in w]
    assert fetched == ["a linked image was left out (never fetched): https://cdn.example/f.jpg"]


def test_the_page_folder_is_never_written_into(tmp_path, no_network):
    source = saved_page(tmp_path)
    before = sorted(os.listdir(tmp_path / "rilis_files"))
    assert default_output(source) == tmp_path / "rilis-2.md"
    done = import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)
    assert done.out == tmp_path / "rilis-2.md"
    assert sorted(os.listdir(tmp_path / "rilis_files")) == before
    assert (tmp_path / "rilis-2_files" / "source.txt").is_file()
    assert "source_file: rilis-2_files/source.txt" in done.text
    assert any("rilis-2.md, not rilis.md" in w for w in done.warnings)


def test_a_page_without_article_keeps_the_block_with_most_text(tmp_path, no_network):
    page = (
        "<html><head><title>Judul</title></head><body>"
        '<div><a href="/a">Satu</a> <a href="/b">Dua</a></div>'
        '<ul><li><a href="/c">Tiga</a></li></ul>'
        "<div><p>Paragraf pertama yang panjang.</p><p>Paragraf kedua.</p></div></body></html>"
    )
    source = tmp_path / "p.html"
    source.write_text(page, encoding="utf-8")
    done = import_document(source, tmp_path / "p.md", SETTINGS, now=NOW)
    assert "Tiga" not in done.text
    assert "Paragraf pertama yang panjang." in done.text


def test_only_the_page_parts_themselves_are_marked_not_custom_elements():
    from netizen_editor.importing.page_parts import PART, mark_parts

    html = '<header class="top">a</header><header-bar>b</header-bar><nav>c</nav><main\n>d</main>'
    marked = mark_parts(html)
    assert marked.count(f'<section {PART}="') == 3  # header, nav, main
    assert "<header-bar>b</header-bar>" in marked  # a custom element is left as it is


def test_a_video_s_poster_on_the_web_never_reaches_the_article(tmp_path, no_network):
    """QA20: the page's ``<video poster>`` on the sender's server became the article's picture
    (a remote one every reader's browser would fetch)."""
    page = PAGE.replace(
        '<figure><img src="rilis_files/foto.jpg" alt="Peluncuran"></figure>',
        '<video src="https://tracker.example/v.mp4" poster="https://tracker.example/p.jpg">'
        "</video>",
    )
    done = import_document(saved_page(tmp_path, page), tmp_path / "b.md", SETTINGS, now=NOW)
    assert "p.jpg" not in done.text and "![" not in done.text
    assert "[https://tracker.example/v.mp4](https://tracker.example/v.mp4)" in done.text
    assert "a linked image was left out (never fetched): https://tracker.example/p.jpg" in (
        done.warnings
    )


def test_a_picture_at_a_file_address_is_named_as_left_out(tmp_path, no_network):
    """QA35 #4: ``<img src="file:///…">`` went without a word (the sanitizer drops the
    address) while ``/abs/path`` and ``../x.jpg`` are each named; so is a Windows path."""
    outside = tmp_path / "rahasia.jpg"
    outside.write_bytes(jpeg_bytes(scene((64, 48))))
    address = outside.as_uri()
    page = PAGE.replace(
        '<img src="rilis_files/foto.jpg" alt="Peluncuran">',
        f'<img src="{address}" alt="berkas"><img src="C:\\Users\\humas\\foto.jpg">',
    )
    done = import_document(saved_page(tmp_path, page), tmp_path / "b.md", SETTINGS, now=NOW)
    assert done.images == 0 and "![" not in done.text
    never_read = [w for w in done.warnings if "never read" in w]
    assert never_read == [
        f"an image file the document links to was left out (never read): {address[:80]}",
        "an image file the document links to was left out (never read): C:\\Users\\humas\\foto.jpg",
    ]


def test_a_page_of_many_pictures_at_file_addresses_is_one_warning_of_a_few(tmp_path, no_network):
    pictures = "".join(f'<img src="file:///C:/foto/{n}.jpg">' for n in range(3000))
    page = PAGE.replace('<img src="rilis_files/foto.jpg" alt="Peluncuran">', pictures)
    done = import_document(saved_page(tmp_path, page), tmp_path / "b.md", SETTINGS, now=NOW)
    never_read = [w for w in done.warnings if "never read" in w]
    assert never_read == [
        f"an image file the document links to was left out (never read): file:///C:/foto/{n}.jpg"
        for n in range(5)
    ]
    assert "2995 more of the page's pictures were left out for such reasons" in done.warnings
