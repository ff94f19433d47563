"""The grammar's inline readers and its front matter key pattern stay linear on hostile lines
(a megabyte of one character or of one construct's opening)."""

from __future__ import annotations

import time

import pytest

from netizen_editor.article.frontmatter import set_field
from netizen_editor.grammar.inline import blank_non_prose, count_words, non_prose_spans
from netizen_editor.grammar.patterns import FRONT_TOP_KEY

HOSTILE = ["<a:", "](", "[", "<!--", "`", "a", "a.", "x@", "{++", "{~~a~>", "www.", "<a "]


def _seconds(call, text) -> float:
    start = time.perf_counter()
    call(text)
    return time.perf_counter() - start


@pytest.mark.parametrize("piece", HOSTILE)
def test_what_is_not_prose_is_found_in_linear_time(piece):
    for call in (non_prose_spans, blank_non_prose, count_words):
        small = _seconds(call, piece * (20_000 // len(piece)))
        big = _seconds(call, piece * (200_000 // len(piece)))
        assert big < 1.0 and big < 30 * small + 0.05, (call.__name__, small, big)


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
