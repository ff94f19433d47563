"""Leaving a refused image out of the HTML with what holds only it (photos.refused)."""

from __future__ import annotations

from netizen_editor.photos.refused import leave_out, refusals, refused_sources, sources


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


def placeholder(src: str, line: str, inline: bool) -> str:
    return f"[{'inline' if inline else 'block'} {src} {line}]"


def test_with_a_placeholder_each_refused_image_leaves_one_in_its_place_in_order():
    body = (
        '<figure class="nz-figure" data-line="4"><img src="a.jpg" alt="a"><figcaption>Tanggul.'
        "</figcaption></figure>\n"
        '<p data-line="6"><a href="https://contoh.id/g"><img src="b.jpg" alt="b"></a></p>\n'
        '<p data-line="8">Petugas <img src="c.jpg" alt="c"> membuka <img src="d.jpg"> dapur.</p>\n'
        '<p data-line="10"><img src="ada.jpg" alt="ada"><img src="e.jpg"></p>\n'
    )
    shown = leave_out(body, {"a.jpg", "b.jpg", "c.jpg", "d.jpg", "e.jpg"}, placeholder)
    assert shown == (
        "[block a.jpg 4]\n"
        "[block b.jpg 6]\n"  # the link went with its image: a click on the note goes to line 6
        '<p data-line="8">Petugas [inline c.jpg ] membuka [inline d.jpg ] dapur.</p>\n'
        '<p data-line="10"><img src="ada.jpg" alt="ada">[inline e.jpg ]</p>\n'
    )
    assert leave_out(body, set(), placeholder) == body


def test_refusals_say_why(tmp_path):
    from netizen_editor.photos.source import SourceRejected

    found = refusals(["hilang.jpg", "../luar.jpg", "https://contoh.id/a.jpg"], tmp_path / "a.md")
    assert {src: why.reason for src, why in found.items()} == {
        "hilang.jpg": SourceRejected.NOT_FOUND, "../luar.jpg": SourceRejected.OUTSIDE}  # fmt: skip
