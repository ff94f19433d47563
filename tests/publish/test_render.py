from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from netizen_editor.article.model import Article
from netizen_editor.errors import ArticleError
from netizen_editor.publish.body import BodyRenderer, join_chunks
from netizen_editor.publish.modes import finish_body
from netizen_editor.settings import AdSlots, Settings
from tests.grammar.test_blocks import _attached_across_a_definition
from tests.publish.helpers import body

TOP_LEVEL = re.compile(r"^<(\w+)([^>]*)>", re.M)


def test_dateline_opens_the_body_in_bold():
    html = body("Presiden bertemu Kim.")
    assert html.startswith('<p data-line="1"><strong class="dateline">Netizen.co.id</strong> - ')


def test_dateline_with_city_and_configured_site_name():
    text = "---\ndateline: jakarta\n---\nPresiden bertemu Kim."
    html = body(text, Settings(site_name="Contoh.id"))
    assert '<strong class="dateline">JAKARTA, Contoh.id</strong> - Presiden' in html


def test_dateline_is_not_repeated_when_the_body_has_it():
    html = body("JAKARTA, Netizen.co.id - Presiden bertemu Kim.")
    assert html.count("Netizen.co.id") == 1
    assert '<strong class="dateline">JAKARTA, Netizen.co.id</strong> - Presiden' in html
    html = body("**Netizen.co.id** - Presiden.")
    assert html.count("Netizen.co.id") == 1


def test_dateline_goes_into_the_first_paragraph_after_a_heading():
    html = body("## Latar\n\nParagraf pertama.")
    assert '<p data-line="3"><strong class="dateline">' in html


def test_every_top_level_block_carries_its_source_line():
    text = (
        "---\ntitle: T\n---\n"  # lines 1-3
        "Para satu.\n\n"  # 4
        "## Sub\n"  # 6
        "Para dua\nlanjut.\n\n"  # 7-8
        "- a\n- b\n\n"  # 10-11
        "> kutip\n\n"  # 13
        "```\nkode\n\nkode\n```\n\n"  # 15-19
        "[[ad]]\n\n"  # 21
        "| a | b |\n|---|---|\n| 1 | 2 |\n"  # 23
    )
    html = body(text)
    top = [(tag, re.search(r'data-line="(\d+)"', attrs)) for tag, attrs in TOP_LEVEL.findall(html)]
    assert [(tag, int(m.group(1))) for tag, m in top if m] == [
        ("p", 4),
        ("h2", 6),
        ("p", 7),
        ("ul", 10),
        ("blockquote", 13),
        ("pre", 15),
        ("div", 21),
        ("table", 23),
    ]


def test_ad_slots_become_placeholders_in_preview_and_nothing_in_export():
    html = body("Satu.\n\n[[ad]]\n\nDua.\n\n[[ad:tengah]]\n")
    preview = finish_body(html, "preview", Settings())
    assert preview.count('class="ad-slot ad-placeholder ad-in_article"') == 2
    page = finish_body(html, "page", Settings())
    assert "ad-slot" not in page and "nz-ad" not in page and "Ad<" not in page


def test_ad_slots_become_in_article_adsense_units_when_configured():
    settings = Settings(adsense_client="ca-pub-123", ad_slots=AdSlots(in_article="555"))
    page = finish_body(body("Satu.\n\n[[ad]]\n", settings), "page", settings)
    assert '<ins class="adsbygoogle"' in page
    assert 'data-ad-layout="in-article" data-ad-format="fluid"' in page
    assert 'data-ad-slot="555"' in page and 'data-ad-client="ca-pub-123"' in page


def test_baca_juga_becomes_a_related_link_box():
    html = body("Isi.\n\nBaca juga: [Berita lain](https://netizen.co.id/lain)\n")
    assert '<aside class="baca-juga" data-line="3">' in html
    assert '<a href="https://netizen.co.id/lain"' in html
    assert "Baca juga: Baca juga" not in html
    # without a link it stays a paragraph
    assert "<aside" not in body("Isi.\n\nBaca juga: nanti saja\n")


def test_image_with_caption_becomes_a_figure_with_credit():
    html = body('![Putin](p.jpg "Putin di Vostochny. Foto: Reuters")\n')
    assert '<figure class="nz-figure" data-line="1">' in html
    assert '<figcaption>Putin di Vostochny.<span class="credit"> Foto: Reuters</span>' in html


def test_a_photo_without_its_own_credit_is_not_given_the_featured_photos():
    # another photographer's photo credited to the featured photo's would be wrong
    text = '---\nimage_credit: Antara\n---\n![x](p.jpg "Suasana")\n'
    html = body(text)
    assert "<figcaption>Suasana</figcaption>" in html
    assert "Antara" not in html and "credit" not in html


def test_a_credit_typed_with_its_prefix_is_not_given_a_second_one():
    for typed in ("Foto: Budi/Netizen", "foto: Budi/Netizen", "Photo: Budi/Netizen"):
        html = body(f'![x](p.jpg "Suasana. Foto: {typed}")\n')
        assert f'<span class="credit"> {typed}</span>' in html, html
    html = body('![x](p.jpg "Suasana. Foto: Budi")\n')
    assert '<span class="credit"> Foto: Budi</span>' in html


def test_jump_break_kept_for_blogger_a_marker_in_the_preview_and_nothing_in_the_page():
    html = body("Lead.\n\n<!--more-->\n\nSisa.")
    assert "<!--more-->" in finish_body(html, "blogger", Settings())
    preview = finish_body(html, "preview", Settings())
    assert '<div class="jump-break" role="separator" data-line="3"></div>' in preview
    page = finish_body(html, "page", Settings())  # the live post page shows no cut
    assert "jump-break" not in page and "<!--more-->" not in page and "nz-more" not in page
    assert "Lead.</p>" in page and "<p>Sisa.</p>" in page


def test_standard_extensions_are_on():
    text = (
        "Teks[^1] tentang HTML.\n\n"
        "*[HTML]: Hyper Text Markup Language\n\n"
        "Istilah\n: Definisi\n\n"
        "## Judul Kecil {: .khusus }\n\n"
        "3. tiga\n4. empat\n\n"
        "| a | b |\n|:--|--:|\n| 1 | 2 |\n\n"
        "```python\nprint(1)\n```\n\n"
        "[^1]: Catatan.\n"
    )
    html = body(text)
    assert 'class="footnote-ref"' in html and '<div class="footnote">' in html
    assert '<abbr title="Hyper Text Markup Language">HTML</abbr>' in html
    assert "<dl" in html and "<dd>Definisi</dd>" in html
    assert 'id="judul-kecil"' in html and 'class="khusus"' in html
    assert re.search(r'<ol data-line="\d+" start="3">', html)
    assert 'style="text-align:left"' in html
    assert 'class="language-python"' in html


def test_scripts_handlers_and_javascript_urls_are_removed_but_embeds_stay():
    text = (
        '<div onclick="steal()">Halo<script>alert(1)</script></div>\n\n'
        "[klik](javascript:alert(1))\n\n"
        '<img src="x.jpg" onerror="alert(1)">\n\n'
        '<iframe src="https://www.youtube.com/embed/abc" allowfullscreen></iframe>\n\n'
        '<iframe src="https://evil.example/x"></iframe>\n'
    )
    html = body(text)
    assert "<script" not in html and "alert" not in html
    assert "onclick" not in html and "onerror" not in html and "javascript:" not in html
    assert 'src="https://www.youtube.com/embed/abc"' in html
    assert "evil.example" not in html


def test_metadata_is_escaped_in_the_page():
    from netizen_editor.publish.page_view import render_page

    article = Article.parse('---\ntitle: "<script>alert(1)</script>"\nauthor: "A & B"\n---\nIsi.')
    page = render_page(article, Settings(), "page", "<p>Isi.</p>")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "A &amp; B" in page


# -- the chunked (preview) path gives the same HTML as the one-pass (export) path --------------
BLOCKS = st.sampled_from(
    [
        "Paragraf biasa dengan **tebal** dan *miring*.",
        "Paragraf\ndua baris [tautan](https://netizen.co.id).",
        "## Subjudul",
        "### Subjudul kecil",
        "- satu\n- dua",
        "1. satu\n2. dua",
        "> kutipan\n> lanjut",
        "```\nkode\n\nkode lagi\n```",
        "    kode terindentasi",
        "[[ad]]",
        "[[ad:tengah]]",
        "<!--more-->",
        "Baca juga: [Berita lain](https://netizen.co.id/x)",
        '![Foto](gambar.jpg "Keterangan. Foto: Antara")',
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "Istilah\n: definisi",
        "<div>\nblok HTML\n\nmasih\n</div>",
        "Teks dengan referensi [satu][r1] dan HTML.",
        "Foto ![Banjir][f1] dan ![f2] KPK.",
        "[f1]:\n  https://example.com/f1.jpg",
        '[f2]: https://example.com/f2.jpg\n  "Judul"',
        "*[KPK] : Komisi Pemberantasan Korupsi",
        "*[KPK]:",
        "[f3]: https://example.com/f3.jpg kata",
        "Catatan kaki[^n1] di sini.",
        "Dua catatan[^n2] dan lagi[^n1].",
        "---",
        "",
    ]
)
DEFS = (
    "[r1]: https://example.com/satu\n\n*[HTML]: Hyper Text\n\n"
    "[^n1]: Isi catatan.\n\n[^n2]: Catatan kedua."
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(BLOCKS, min_size=1, max_size=14), st.booleans(), st.sampled_from(["\n\n", "\n\n\n"])
)
def test_chunked_rendering_equals_one_pass_rendering(blocks, with_front_matter, sep):
    text = sep.join(blocks) + "\n\n" + DEFS + "\n"
    assume(not _attached_across_a_definition(text))
    if with_front_matter or text.lstrip().startswith("---"):  # "---" (after blanks) opens one
        text = "---\ntitle: Judul\ndateline: Jakarta\nimage_credit: Antara\n---\n" + text
    article = Article.parse(text)
    renderer = BodyRenderer()
    full = renderer.render(article, Settings())
    assert join_chunks(renderer.render_chunks(article, Settings())) == full
    # and again from the cache
    assert join_chunks(renderer.render_chunks(article, Settings())) == full


def test_a_footnote_referenced_three_times_links_back_three_times_in_both_paths():
    text = "Satu[^a] dan lagi[^a].\n\nDua[^b] tiga[^a].\n\n[^a]: Catatan A.\n[^b]: Catatan B.\n"
    article = Article.parse(text)
    renderer = BodyRenderer()
    for html in (
        renderer.render(article, Settings()),
        join_chunks(renderer.render_chunks(article, Settings())),
    ):
        assert re.findall(r'<sup id="([^"]+)"', html) == [
            "fnref:a",
            "fnref2:a",
            "fnref:b",
            "fnref3:a",
        ]
        backrefs = re.findall(r'class="footnote-backref" href="#([^"]+)"', html)
        assert backrefs == ["fnref:a", "fnref2:a", "fnref3:a", "fnref:b"]


def test_a_footnote_that_refers_to_itself_renders_the_same_in_both_paths():
    article = Article.parse("Teks[^1].\n\n[^1]: Lihat juga[^1] dan[^1].\n")
    renderer = BodyRenderer()
    full = renderer.render(article, Settings())
    assert full.count('class="footnote-backref"') == 3
    assert join_chunks(renderer.render_chunks(article, Settings())) == full


@pytest.mark.usefixtures("english")  # its reason is translated (it was shown in English)
def test_markdown_nested_too_deeply_is_an_error_with_its_line_not_a_crash():
    text = "---\ntitle: Judul\n---\nPembuka.\n\n" + "> " * 5 + "- " * 3000 + "x\n\nPenutup.\n"
    article = Article.parse(text, "dalam.md")
    renderer = BodyRenderer()
    with pytest.raises(ArticleError) as info:
        renderer.render(article, Settings())
    assert str(info.value).startswith("dalam.md:6: this block nests")
    # the preview path shows the rest, the block as its escaped source, and says why
    html = join_chunks(renderer.render_chunks(article, Settings()))
    assert "Pembuka." in html and "Penutup." in html
    assert '<p data-line="6" class="nz-unrendered">&gt; &gt;' in html
    assert [p.line for p in renderer.problems] == [6]
    # and the renderer is whole again: the next article converts as a fresh one would
    after = Article.parse("Teks[^1] dan daftar:\n\n- satu\n\n[^1]: Catatan.\n")
    assert renderer.render(after, Settings()) == BodyRenderer().render(after, Settings())
    assert join_chunks(renderer.render_chunks(after, Settings())) == BodyRenderer().render(
        after, Settings()
    )
    renderer.render_chunks(Article.parse(text.replace("- " * 3000, "- "), "dalam.md"), Settings())
    assert renderer.problems == []


def test_chunk_cache_rerenders_only_the_changed_chunk(monkeypatch):
    paragraphs = [f"Paragraf nomor {i} dengan beberapa kata." for i in range(50)]
    article = Article.parse("\n\n".join(paragraphs))
    renderer = BodyRenderer()
    renderer.render_chunks(article, Settings())
    calls = []
    original = renderer._convert
    monkeypatch.setattr(renderer, "_convert", lambda *a, **k: calls.append(a) or original(*a, **k))
    paragraphs[25] += " Kata baru"
    chunks = renderer.render_chunks(Article.parse("\n\n".join(paragraphs)), Settings())
    assert len(calls) == 1
    assert "Kata baru" in chunks[25].html


def test_the_converter_is_made_without_scanning_installed_packages():
    """Extensions given by name make Python-Markdown read every installed package's entry
    points (importlib.metadata, ~45 ms before the first preview); ours are given as classes,
    and the standard ones all work: a table, a footnote, an abbreviation, a heading's id."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from netizen_editor.publish.mdext import make_markdown\n"
        "md = make_markdown()\n"
        "html = md.convert('# Judul\\n\\n| a | b |\\n|---|---|\\n| 1 | 2 |\\n\\n"
        "Teks[^1] HTML.\\n\\n*[HTML]: HyperText\\n\\n[^1]: Catatan.\\n')\n"
        "print('importlib.metadata' in sys.modules)\n"
        "print('<table>' in html, 'footnote' in html, '<abbr' in html, 'id=\"judul\"' in html)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["False", "True True True True"]


def test_fenced_code_comes_without_pygments_and_renders_as_before():
    """Fenced code imports codehilite, which would import Pygments (1.4 MB) when it is
    installed, as in a checkout where pytest brings it; codehilite is never registered, so
    Pygments stays out and a fence renders as plain code with its language; Pygments can
    still be imported afterwards."""
    import subprocess
    import sys

    probe = (
        "import sys, importlib.util\n"
        "assert importlib.util.find_spec('pygments') is not None\n"
        "from netizen_editor.publish.mdext import make_markdown\n"
        "html = make_markdown().convert('```python\\nx = 1 < 2\\n```\\n')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pygments'))\n"
        "print(html)\n"
        "import pygments.lexers\n"
        "print(pygments.lexers.get_lexer_by_name('python').name)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "[]",
        '<pre><code class="language-python">x = 1 &lt; 2',
        "</code></pre>",
        "Python",
    ]


def test_long_runs_of_spaces_close_up_outside_code_only():
    gap = " " * 100
    text = f"## Judul{gap}dua\n\n| a{gap}b | c |\n|---|---|\n| 1 | 2 |\n\n```\nkode{gap}x\n```\n"
    html = BodyRenderer().render(Article.parse(text), Settings())
    assert ">Judul dua</h2>" in html and "<th>a b</th>" in html
    assert f"kode{gap}x" in html  # code keeps its spaces


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Jl. Merdeka 1\\\nJakarta Pusat", "Jl. Merdeka 1<br>\nJakarta Pusat"),
        ("**Narahubung\\\nDewi**", "<strong>Narahubung<br>\nDewi</strong>"),
        ("dua garis \\\\\nlalu teks", "dua garis \\\nlalu teks"),  # an escaped backslash
        ("kode `a\\`\nlalu", "kode <code>a\\</code>\nlalu"),  # in code it is text
        ("akhir\\", "akhir\\"),  # no line after it
    ],
)
def test_a_line_ending_in_a_backslash_breaks_the_line(text, shown):
    # CommonMark's hard line break, which the import writes for Word's Shift+Enter: the page
    # showed the backslash and ran the lines together
    html = body(text)
    assert html.endswith(f"{shown}</p>"), html


def test_an_imported_line_break_publishes_as_a_line_break():
    from netizen_editor.editing.html_to_markdown import html_to_markdown

    markdown = html_to_markdown("<p>Kantor Wali Kota<br>Jl. Wastukencana 2</p>")
    assert "Kantor Wali Kota<br>\nJl. Wastukencana 2</p>" in body(markdown)
