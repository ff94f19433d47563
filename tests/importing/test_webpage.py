"""A saved web page: sanitized, nothing it links to fetched or read."""

from __future__ import annotations

from netizen_editor.article.model import Article
from netizen_editor.importing.importer import import_document
from tests.importing.test_docx import NOW, SETTINGS, body_of

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Judul Laman</title>
<meta property="og:site_name" content="Pemkot Bandung">
<script>fetch("https://tracker.example/")</script></head>
<body onload="steal()"><h1>Judul Laman</h1>
<p>Isi <b>tebal</b> dan <a href="https://kota.go.id/">tautan</a>,
<a href="javascript:alert(1)">jahat</a>, <a href="file:///etc/passwd">berkas</a>.</p>
<img src="https://tracker.example/pixel.gif" alt="piksel">
<iframe src="https://evil.example/"></iframe>
<ul><li>satu<ul><li>dua</li></ul></li></ul></body></html>"""


def test_a_web_page_is_sanitized_and_converted(tmp_path, no_network):
    source = tmp_path / "rilis.html"
    source.write_text(PAGE, encoding="utf-8")
    done = import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)
    meta = Article.parse(done.text).meta
    assert (meta["title"], meta["source"]) == ("Judul Laman", "Pemkot Bandung")
    assert body_of(done.text) == (
        "Isi **tebal** dan [tautan](https://kota.go.id/), jahat, berkas.\n\n- satu\n    - dua\n"
    )
    assert no_network == []
    assert "tracker.example" not in done.text and "evil.example" not in done.text
    assert any("never fetched" in warning for warning in done.warnings)
    assert any("scripts, frames and embedded objects" in warning for warning in done.warnings)


def test_head_and_body_are_found_without_parsing_the_page():
    from netizen_editor.importing.webpage import head_and_body

    assert head_and_body("<html><head><title>A</title></head><BODY class=x>isi</body></html>") == (
        "<html><head><title>A</title></head>", "isi")  # fmt: skip
    # a closing inside the body's text: the last one ends it
    assert head_and_body("<body>a </body> b</body>")[1] == "a </body> b"
    assert head_and_body("<head><title>A</title></head><p>isi</p>") == (
        "<head><title>A</title></head>", "<p>isi</p>")  # fmt: skip
    assert head_and_body("<p>isi</p>") == ("", "<p>isi</p>")
    assert head_and_body('<title>A</title><meta name="author" content="B"><p>isi</p>') == (
        '<title>A</title><meta name="author" content="B">',
        '<title>A</title><meta name="author" content="B"><p>isi</p>')  # fmt: skip


def test_what_never_shows_on_the_page_is_left_out(tmp_path, no_network):
    source = tmp_path / "rilis.html"
    source.write_text(
        "<html><head><title>Judul</title></head><body><p>Isi berita.</p>"
        "<template><p>templat tersembunyi</p></template>"
        "<noscript><p>aktifkan javascript</p></noscript>"
        '<iframe src="https://x.example/"></iframe></body></html>',
        encoding="utf-8",
    )
    done = import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)
    assert Article.parse(done.text).meta["title"] == "Judul"
    assert body_of(done.text) == "Isi berita.\n"
    assert any("scripts, frames and embedded objects" in warning for warning in done.warnings)
