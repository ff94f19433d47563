"""Backslash escapes: the grammar reads an escaped character as that literal character, as
Python-Markdown (the renderer) does, in plain texts, word counts, links and code spans."""

from __future__ import annotations

import html
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from netizen_editor.grammar.escapes import ESCAPABLE, escapes
from netizen_editor.grammar.inline import code_spans, count_words, plain_text
from netizen_editor.grammar.scan import count_body_words, scan_article
from netizen_editor.publish.mdext import make_markdown
from netizen_editor.publish.mdext.newsroom import NewsroomExtension
from tests.grammar.escape_pieces import escape_pieces

_MD = make_markdown(NewsroomExtension())
_TAGS = re.compile(r"<[^>]*>")


def _page_text(text: str) -> str:
    """What the page shows of the paragraph ``text``: its HTML without tags, entities read."""
    return html.unescape(_TAGS.sub("", _MD.reset().convert(text))).strip()


def test_the_escapable_characters_are_the_renderers():
    assert sorted(ESCAPABLE) == sorted(_MD.ESCAPED_CHARS)


def test_an_escaped_marker_is_plain_text():
    assert plain_text(r"a \_x\_ b") == "a _x_ b"
    assert plain_text(r"\*y\*") == "*y*"
    assert plain_text(r"\[z\](u)") == "[z](u)"
    assert plain_text(r"_x_ dan \_x\_, [z](u) dan \[z\](u)") == "x dan _x_, z dan [z](u)"
    assert plain_text(r"5\.000 dan a\-b dan \\") == "5.000 dan a-b dan \\"


def test_a_backslash_before_anything_else_stays():
    assert plain_text(r"C:\Users\rina dan \q") == r"C:\Users\rina dan \q"


def test_a_code_spans_text_is_read_as_typed():
    assert plain_text(r"jalankan `C:\_x\_ *y*` lalu") == r"jalankan C:\_x\_ *y* lalu"
    assert plain_text("`snake_case`") == "snake_case"


def test_an_escaped_backtick_opens_no_code_span():
    assert code_spans(r"x \`a b\` c") == []
    assert plain_text(r"x \`a b\` c") == "x `a b` c"
    assert code_spans(r"\``a`") == [(2, 5)]  # the second backtick opens
    assert code_spans(r"\\`a`") == [(2, 5)]  # an escaped backslash escapes nothing more
    assert code_spans("`a\\`b`") == [(0, 4)]  # in code a backslash is literal: it closes


def test_an_escaped_link_is_text_and_its_target_words_are_read():
    text = r"kata \[tautan\](http://x.id/a-b-c) lagi"
    assert count_words(text) == count_body_words(text) == scan_article(text).words == 5
    assert count_words("kata [tautan](http://x.id/a-b-c) lagi") == 3
    assert count_words(r"kata [tautan \]](http://x.id/a-b-c) lagi") == 3


def test_an_escaped_joiner_joins_a_word_as_on_the_page():
    assert count_words(r"a\-b 5\.000") == count_body_words(r"a\-b 5\.000") == 2


def test_a_backslash_in_code_or_html_is_text_for_the_count():
    body = "```\na\\-b\n```\n\n    c\\-d\n\n<div>e\\-f</div>\n\n`g\\-h` i\\-j\n"
    # a\-b, c\-d, e\-f and g\-h are two words each (and the HTML's tag names two); i-j one
    assert count_body_words(body) == scan_article(body).words == 2 + 2 + (2 + 2) + 2 + 1


def test_review_marks_have_no_escapes_as_in_the_renderer():
    assert plain_text(r"a \{++x++} b") == r"a \x b"  # read as accepted: the mark's text stays


# -- as the page shows it ---------------------------------------------------------------------
_WORDS = st.sampled_from(["kata", "Berita", "x", "baru"])
_ESCAPE, _PLAIN = escape_pieces(["kata", "Berita", "x", "baru"])
_CODE = st.text(alphabet="ab\\_*[]()!", min_size=1, max_size=8).map(lambda c: f"`x{c}x`")
_TOKEN = st.one_of(
    _WORDS,
    _ESCAPE,
    _CODE,
    _PLAIN.map(lambda t: f"_{t}_"),
    _PLAIN.map(lambda t: f"*{t}*"),
    _PLAIN.map(lambda t: f"**{t}**"),
    _PLAIN.map(lambda t: f"[{t}](http://x.id/a-b)"),
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_TOKEN, min_size=1, max_size=8).map(" ".join))
@example(r"_x_ \_x\_ *y* \*y\* [z](u) \[z\](u) `a\_b` \`c\`")
@example(r"[kata \]](http://x.id/a-b) \\ \\kata")
def test_plain_text_is_what_the_page_shows(text):
    assert plain_text(text) == _page_text(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TOKEN, min_size=1, max_size=8).map(" ".join))
def test_escapes_are_found_outside_code_only(text):
    code = code_spans(text)
    for at in escapes(text, code):
        assert text[at] == "\\" and text[at + 1] in ESCAPABLE
        assert not any(start <= at < end for start, end in code)


def test_an_escaped_link_target_is_prose_and_an_escaped_domain_is_not():
    from netizen_editor.grammar.inline import blank_non_prose, non_prose_spans
    from netizen_editor.spelling.words import line_words

    line = r"kata \[situs\](sumbernya) lagi"  # the page shows "[situs](sumbernya)"
    assert non_prose_spans(line) == []
    assert [w.text for w in line_words(line)] == ["kata", "situs", "sumbernya", "lagi"]
    line = r"lihat netizen\.co\.id dan \_\_init\_\_.py ya"  # a domain and a file name
    assert non_prose_spans(line) == [(6, 21), (26, 41)]
    assert blank_non_prose(line) == "lihat" + " " * 17 + "dan" + " " * 17 + "ya"
    assert [w.text for w in line_words(line)] == ["lihat", "dan", "ya"]
    assert non_prose_spans(r"a \\[x](y) b") == [(6, 10)]  # an escaped backslash: a link
