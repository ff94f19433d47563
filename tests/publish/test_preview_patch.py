"""The preview's patches, without Qt: a page patched step by step shows what a fresh render
shows, and a patch touches only what changed."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netizen_editor.article.model import Article
from netizen_editor.errors import ArticleError
from netizen_editor.publish.body import BodyRenderer, join_chunks
from netizen_editor.publish.modes import finish_body
from netizen_editor.publish.preview_patch import (
    CHUNK_MARK,
    BodyPatch,
    PreviewPatch,
    PreviewRenderer,
    PreviewState,
    chunk_key,
    diff_states,
    fallback_article,
)
from netizen_editor.settings import Settings

ARTICLE = """---
title: Banjir Rendam Jakarta
author: Tim Redaksi
labels: [Nasional]
dateline: Jakarta
---
Hujan deras sejak pagi membuat banyak jalan tergenang.

## Dampak

Warga mengungsi ke masjid terdekat.

[[ad]]

- Kampung Melayu
- Bidara Cina

> "Air naik cepat sekali," kata Budi.

Baca juga: [Banjir tahun lalu](https://netizen.co.id/banjir)

Petugas membuka pintu air Manggarai.
"""

DATA_LINE = re.compile(r' data-line="(\d+)"')


def state_of(text: str, settings_: Settings | None = None) -> PreviewState:
    renderer = PreviewRenderer()
    return renderer.state(renderer.parse(text, None), settings_ or Settings())


def apply(chunks: list[str], patch: PreviewPatch) -> list[str]:
    """What preview.js does to the body, on the chunks' HTML."""
    out = list(chunks)
    if patch.body is not None:
        b = patch.body
        out[b.start : b.start + b.remove] = list(b.insert)
    for first, count, delta in patch.shifts:
        for i in range(first, first + count):
            out[i] = DATA_LINE.sub(lambda m, d=delta: f' data-line="{int(m.group(1)) + d}"', out[i])
    return out


def test_same_text_gives_an_empty_patch():
    patch = diff_states(state_of(ARTICLE), state_of(ARTICLE))
    assert patch.empty
    assert patch.message(3) == {"seq": 3}


def test_typing_in_one_paragraph_replaces_only_that_chunk():
    old = state_of(ARTICLE)
    new = state_of(ARTICLE.replace("ke masjid", "ke masjid raya"))
    patch = diff_states(old, new)
    index = next(i for i, html in enumerate(new.chunks) if "masjid raya" in html)
    assert patch.body == BodyPatch(index, 1, (new.chunks[index],))
    assert patch.shifts == ()
    assert (patch.header, patch.footer, patch.css, patch.title) == (None, None, None, None)


def test_new_lines_shift_the_chunks_below_instead_of_rendering_them():
    old = state_of(ARTICLE)
    new = state_of(ARTICLE.replace("Warga mengungsi", "Paragraf baru.\n\nWarga mengungsi"))
    patch = diff_states(old, new)
    index = next(i for i, html in enumerate(new.chunks) if "Paragraf baru" in html)
    assert patch.body == BodyPatch(index, 0, (new.chunks[index],))
    # every chunk after the insert moved down two lines, as one run
    assert patch.shifts == ((index + 1, len(new.chunks) - index - 1, 2),)
    assert apply(list(old.chunks), patch) == list(new.chunks)


def test_front_matter_lines_shift_every_chunk_and_render_none():
    old = state_of(ARTICLE)
    new = state_of(ARTICLE.replace("author: Tim Redaksi\n", "author: Tim Redaksi\neditor: Ani\n"))
    patch = diff_states(old, new)
    assert patch.body is None
    assert patch.shifts == ((0, len(new.chunks), 1),)
    assert patch.footer is not None and "Ani" in patch.footer  # the editor credit
    assert apply(list(old.chunks), patch) == list(new.chunks)


def test_title_edit_changes_header_and_title_only():
    old = state_of(ARTICLE)
    new = state_of(ARTICLE.replace("Banjir Rendam Jakarta", "Banjir Besar Rendam Jakarta"))
    patch = diff_states(old, new)
    assert patch.body is None and patch.shifts == ()
    assert patch.header is not None and "Banjir Besar Rendam Jakarta" in patch.header
    assert patch.title == "Banjir Besar Rendam Jakarta - Netizen.co.id"
    assert patch.css is None


def test_gradient_change_patches_only_the_stylesheet():
    old = state_of(ARTICLE)
    new = state_of(ARTICLE, Settings(gradient_start="#123456"))
    patch = diff_states(old, new)
    assert patch.css is not None and "--grad-start:#123456" in patch.css
    assert patch.body is None and patch.header is None and patch.footer is None
    assert old.chrome == new.chrome


def test_skin_and_site_chrome_changes_need_a_reload():
    base = state_of(ARTICLE)
    assert state_of(ARTICLE, Settings(skin="plain")).chrome != base.chrome
    assert state_of(ARTICLE, Settings(tagline="Lain")).chrome != base.chrome
    assert state_of(ARTICLE, Settings(accent="#fff")).chrome == base.chrome


def test_first_paragraph_edit_updates_the_snippet_in_the_header():
    text = ARTICLE.replace("title: Banjir Rendam Jakarta\n", "title: T\n")
    old = state_of(text)
    new = state_of(text.replace("Hujan deras", "Hujan sangat deras"))
    patch = diff_states(old, new)
    assert patch.body is not None and patch.body.start == 0
    assert patch.header is not None and "Hujan sangat deras" in patch.header


def test_chunks_are_the_renderer_output_in_preview_mode():
    state = state_of(ARTICLE)
    article = Article.parse(ARTICLE)
    expected = finish_body(BodyRenderer().render(article, Settings()), "preview", Settings())
    assert state.plain_body() == expected
    chunks = BodyRenderer().render_chunks(article, Settings())
    assert state.lines == tuple(c.line for c in chunks)
    assert "Responsive Ad" not in state.plain_body()  # in-article placeholder, not top/bottom
    assert 'class="ad-slot ad-placeholder ad-in_article"' in state.plain_body()
    assert state.plain_body() == finish_body(join_chunks(chunks), "preview", Settings())


def test_page_marks_each_chunk_and_carries_no_script():
    renderer = PreviewRenderer()
    article = renderer.parse(ARTICLE, None)
    state = renderer.state(article, Settings())
    page = renderer.page(state, article, Settings(), generation=7)
    body = page.split('id="nz-body">', 1)[1].split("</div>\n      <div", 1)[0]
    assert body.count(CHUNK_MARK) == len(state.chunks)
    assert "<!--nz-end 7-->" in body
    scripts = re.findall(r"<script([^>]*)>", page)
    assert scripts == [' type="application/ld+json"']
    assert 'id="nz-style"' in page and 'id="nz-header"' in page and 'id="nz-footer"' in page


def test_patch_script_is_json_for_the_page_script():
    old = state_of(ARTICLE)
    new = state_of(ARTICLE.replace("Petugas", "Para petugas"))
    patch = diff_states(old, new)
    script = patch.script(12)
    assert script.startswith("nz.patch(") and script.endswith(")")
    msg = json.loads(script[len("nz.patch(") : -1])
    assert msg["seq"] == 12
    assert msg["body"][0] == patch.body.start and msg["body"][2] == list(patch.body.insert)


def test_chunk_key_ignores_only_the_chunks_own_line():
    assert chunk_key('<p data-line="4">a</p>', 4) == chunk_key('<p data-line="9">a</p>', 9)
    assert chunk_key('<p data-line="4">a</p>', 4) != chunk_key('<p data-line="4">b</p>', 4)
    assert chunk_key("<div>x</div>", 0) == "<div>x</div>"


def test_parse_reuses_front_matter_and_still_reports_broken_yaml():
    renderer = PreviewRenderer()
    first = renderer.parse(ARTICLE, None)
    again = renderer.parse(ARTICLE.replace("Petugas", "Para petugas"), None)
    assert again.meta == first.meta == Article.parse(ARTICLE).meta
    assert again.body_line == first.body_line
    with pytest.raises(ArticleError):
        renderer.parse(ARTICLE.replace("labels: [Nasional]", "labels: [Nasional"), None)
    changed = renderer.parse(ARTICLE.replace("Tim Redaksi", "Ani"), None)
    assert changed.meta["author"] == "Ani"


def test_fallback_article_keeps_the_body_and_its_lines():
    text = "---\ntitle: [rusak\n---\nIsi berita.\n"
    article = fallback_article(text, None)
    assert article.meta == {} and article.body == "Isi berita.\n" and article.body_line == 4


def test_a_link_around_only_a_refused_image_leaves_the_preview_with_it(tmp_path):
    path = tmp_path / "banjir.md"  # no photo beside it: both images are refused
    text = (
        "---\ntitle: Banjir\n---\nWarga mengungsi.\n\n"
        "[![Tanggul](hilang.jpg)](https://contoh.id/galeri)\n\n"
        "[Lihat ![ikon](hilang.jpg) galeri](https://contoh.id/lihat)\n"
    )
    renderer = PreviewRenderer()
    for edit in (text, text.replace("mengungsi", "mengungsi ke masjid")):  # fresh, then patched
        body = "\n".join(renderer.state(renderer.parse(edit, path), Settings()).chunks)
        assert "<img" not in body  # a note in its place (publish.refused_view)
        assert "contoh.id/galeri" not in body  # no link left around the note: it takes the click
        assert '<div class="nz-refused-photo" data-line="6">' in body
        assert re.search(
            r'<a href="https://contoh.id/lihat"[^>]*>Lihat <span class="nz-refused-photo">'
            r"[^<]*hilang\.jpg[^<]*</span> galeri</a>", body)  # fmt: skip


# -- property: patching step by step always ends where a fresh render is ---------------------
_WORDS = st.sampled_from(["banjir", "warga", "Jakarta", "**tegas**", "[tautan](https://a.id)"])
_BLOCK = st.one_of(
    st.lists(_WORDS, min_size=1, max_size=8).map(" ".join),
    st.just("## Subjudul"),
    st.just("[[ad]]"),
    st.just("- satu\n- dua"),
    st.just("> kutipan"),
    st.just("Baca juga: [Lain](https://netizen.co.id/lain)"),
    st.just(""),
)
_FRONT = st.sampled_from(["", "---\ntitle: Judul\n---\n", "---\ntitle: Judul\nauthor: A\n---\n"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_FRONT, st.lists(_BLOCK, min_size=1, max_size=10)), min_size=2))
def test_patches_replay_to_the_fresh_render(versions):
    renderer = PreviewRenderer()
    shown: PreviewState | None = None
    page: list[str] = []
    for front, blocks in versions:
        text = front + "\n\n".join(blocks) + "\n"
        state = renderer.state(renderer.parse(text, None), Settings())
        fresh = state_of(text)
        assert state.chunks == fresh.chunks
        page = list(state.chunks) if shown is None else apply(page, diff_states(shown, state))
        assert page == list(state.chunks)
        shown = state
