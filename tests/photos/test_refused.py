"""Leaving a refused image out of the HTML with what holds only it (photos.refused)."""

from __future__ import annotations

from netizen_editor.photos.refused import leave_out, refused_sources, sources


def test_a_refused_image_goes_with_its_figure_its_paragraph_or_alone():
    body = (
        '<figure class="nz-figure"><img src="a.jpg" alt="a"><figcaption>Tanggul. Foto: Budi'
        "</figcaption></figure>\n"
        '<p><img src="b.jpg" alt="b"></p>\n'
        '<p>Petugas <img src="c.jpg" alt="c"> membuka dapur umum.</p>\n'
        '<p><img src="ada.jpg" alt="ada"></p>\n'
    )
    kept = leave_out(body, {"a.jpg", "b.jpg", "c.jpg"})
    assert kept == '<p>Petugas membuka dapur umum.</p>\n<p><img src="ada.jpg" alt="ada"></p>\n'
    assert sources(kept) == ["ada.jpg"]
    assert leave_out(body, set()) == body


def test_an_untitled_article_refuses_nothing_and_a_missing_file_is_refused(tmp_path):
    (tmp_path / "ada.jpg").write_bytes(b"\xff\xd8\xff\xe0 jpeg")
    article = tmp_path / "a.md"
    assert refused_sources(["ada.jpg", "hilang.jpg"], None) == frozenset()
    assert refused_sources(["ada.jpg", "hilang.jpg", "../luar.jpg"], article) == {
        "hilang.jpg", "../luar.jpg"}  # fmt: skip


def test_a_link_that_only_held_a_refused_image_goes_with_it_and_one_with_text_keeps_it():
    body = (
        '<p data-line="6"><a href="https://contoh.id/a" rel="noopener noreferrer">'
        '<img alt="Banjir" src="../x.jpg"></a></p>\n'
        '<p>Kalimat <a href="https://contoh.id/b"><img alt="a" src="../x.jpg"></a> di tengah.</p>\n'
        '<p><a href="https://contoh.id/c">Lihat <img alt="a" src="../x.jpg"> foto</a></p>\n'
        '<p><em><a href="https://contoh.id/d"> <img alt="a" src="../x.jpg"> </a></em></p>\n'
        '<p><a href="https://contoh.id/e"><img alt="ada" src="ada.jpg"></a></p>\n'
        '<p>Tautan kosong penulis <a href="https://contoh.id/f"></a> tetap.</p>\n'
    )
    kept = leave_out(body, {"../x.jpg"})
    assert kept == (
        "<p>Kalimat di tengah.</p>\n"
        '<p><a href="https://contoh.id/c">Lihat foto</a></p>\n'
        '<p><a href="https://contoh.id/e"><img alt="ada" src="ada.jpg"></a></p>\n'
        '<p>Tautan kosong penulis <a href="https://contoh.id/f"></a> tetap.</p>\n'
    )
    assert leave_out(body, {"lain.jpg"}) == body
