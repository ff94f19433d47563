"""The grammar's inline readers and its front matter key pattern stay linear on hostile lines
(a megabyte of one character or of one construct's opening)."""

from __future__ import annotations

import time

import pytest

from netizen_editor.article.frontmatter import set_field
from netizen_editor.grammar.inline import blank_non_prose, count_words, non_prose_spans, plain_text
from netizen_editor.grammar.patterns import FRONT_TOP_KEY, INLINE_LINK

HOSTILE = ["<a:", "](", "[", "<!--", "`", "a", "a.", "x@", "{++", "{~~a~>", "www.", "<a ",
           "\\", "\\[", "\\`", "*a ", "a**b* ", "_*", "**a*", "``a` ", "&amp;"]  # fmt: skip


def _seconds(call, text) -> float:
    """The fastest of three runs (a shared machine stalls now and then)."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        call(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("piece", HOSTILE)
def test_what_is_not_prose_is_found_in_linear_time(piece):
    for call in (non_prose_spans, blank_non_prose, count_words, plain_text):
        small = _seconds(call, piece * (20_000 // len(piece)))
        big = _seconds(call, piece * (200_000 // len(piece)))
        assert big < 1.0 and big < 30 * small + 0.2, (call.__name__, small, big)


def test_a_front_matter_key_line_of_spaces_is_read_at_once():
    line = "a" + " " * 1_000_000
    assert _seconds(FRONT_TOP_KEY.match, line) < 0.5
    text = f"---\ntitle: Judul\n{line}\n---\nIsi.\n"
    start = time.perf_counter()
    set_field(text, "slug", "judul")
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    ("line", "key"),
    [("title: Judul", "title"), ("judul berita : x", "judul berita"), ("kosong:", "kosong"),
     ("url:http://a", None), ("- item: x", None), ('"kunci": x', None), ("# komentar: x", None),
     ("  bersarang: x", None)],
)  # fmt: skip
def test_the_front_matter_key_pattern(line, key):
    m = FRONT_TOP_KEY.match(line)
    assert (m.group("key").strip() if m else None) == key


@pytest.mark.parametrize(
    ("line", "url", "title"),
    [
        ("[a](b c)", "b c", None),
        ("[Jakarta](https://id.wikipedia.org/wiki/Jakarta_(kota))",
         "https://id.wikipedia.org/wiki/Jakarta_(kota)", None),
        ("[a](<b c>)", "<b c>", None),
        ('![f](a.jpg "Foto (Antara)")', "a.jpg", '"Foto (Antara)"'),
        ("[a]( b )", "b", None),
    ],
)  # fmt: skip
def test_one_link_pattern_reads_links_as_python_markdown_does(line, url, title):
    m = INLINE_LINK.search(line)
    assert m is not None and (m.group("url"), m.group("title")) == (url, title)


def test_the_readers_of_links_agree():
    line = "Lihat [Jakarta](https://id.wikipedia.org/wiki/Jakarta_(kota)) sekarang"
    assert plain_text(line) == "Lihat Jakarta sekarang"
    assert count_words(line) == 3


@pytest.mark.parametrize(
    "piece", ["[", "](", "[a](", "[a]( ", "[a](b ", '[a](b "', "[a](<", "[a]((("]
)
def test_the_link_pattern_is_linear(piece):
    small = _seconds(lambda t: list(INLINE_LINK.finditer(t)), piece * (20_000 // len(piece)))
    big = _seconds(lambda t: list(INLINE_LINK.finditer(t)), piece * (200_000 // len(piece)))
    assert big < 1.0 and big < 30 * small + 0.2
