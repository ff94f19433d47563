"""Pasted text that Markdown would read as inline syntax ("a <b>tebal</b> c", "<!--more-->",
"_catatan_", "*bintang*", "[teks](url)", "{++ usul ++}") publishes as the text it was; the
source's own bold, italics, links and code stay what they are, and text that is no syntax
("snake_case", "a < b", "[sic]") is left without escapes."""

from __future__ import annotations

import html
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netizen_editor.editing.html_to_markdown import html_to_markdown
from netizen_editor.grammar.inline import critic_marks, plain_text
from tests.editing.test_literal_starts import paragraphs, published
from tests.publish.helpers import body

TEXTS = [
    "a <b>tebal</b> c",
    "<!--more-->",
    "lanjut <!--more--> di sini",
    "<span style='color:red'>merah</span>",
    "kirim ke <redaksi@netizen.co.id> atau <http://netizen.co.id>",
    "_catatan_",
    "kata _miring_ di tengah",
    "(___tiga___)",
    "__init__ dan __main__",
    "*bintang*",
    "2*3*4 dan a * b * c",
    "**tebal**",
    "`kode` dan ``dua``",
    "[teks](http://netizen.co.id)",
    "![gambar](foto.jpg)",
    "[teks] [rujukan] dan [teks][rujukan]",
    "[a [b] c](http://x.id)",
    "catatan[^1] dan [^2]",
    "x [[ad]] y",
    "a {++ tambah ++} b",
    "{--hapus--} {~~lama~>baru~~} {==sorot==}{>>komentar<<}",
    "teks {: .kelas}",
    "&amp; &lt; &#61; &#x41; &nbsp;",
    "C:\\Data\\* dan \\_x\\_ dan akhir\\",
    "jalur C:\\",
    "\\`a\\` \\\\",
]
#: text that is no syntax: left as it is (no backslash, no entity)
PLAIN = [
    "snake_case_name dan file_name.txt",
    "a < b dan 5 > 3",
    "[sic] dan [1]",
    "R&D, Rp5.000 & PT A",
    "x {y} z",
    "~~coret~~ ==sorot== x^2^",
    "tanda #tagar di tengah",
    "a\\b",
]


@pytest.mark.parametrize("text", TEXTS + PLAIN)
def test_a_pasted_paragraph_publishes_as_the_text_it_was(text):
    markdown = html_to_markdown(f"<p>{html.escape(text)}</p>")
    assert published(markdown) == [text.strip()]
    assert critic_marks(markdown) == []


@pytest.mark.parametrize("text", PLAIN)
def test_text_that_is_no_syntax_is_left_as_it_is(text):
    assert html_to_markdown(f"<p>{html.escape(text)}</p>") == text


def test_every_paragraph_of_a_word_paste_keeps_its_text():
    pasted = "".join(
        f'<p class="MsoNormal"><span lang="ID">{html.escape(t[:3])}</span>'
        f"<span>{html.escape(t[3:])}</span></p>"
        for t in TEXTS
    )
    assert published(html_to_markdown(pasted)) == [t.strip() for t in TEXTS]


def test_the_source_s_own_marks_stay_and_its_text_beside_them_stays_text():
    pasted = (
        "<p><b>tebal</b>_miring_ <i>miring</i>*x* <a href='http://x.id'>tau]tan</a>(y) "
        "<code>kode_x *y*</code> [a]<sup>(1)</sup></p>"
    )
    markdown = html_to_markdown(pasted)
    assert markdown.startswith(
        "**tebal**\\_miring\\_ *miring*\\*x\\* [tau&#93;tan](http://x.id)(y)"
    )
    rendered = body(f"Teks.\n\n{markdown}\n")
    assert "<strong>tebal</strong>_miring_ <em>miring</em>*x*" in rendered
    assert '<a href="http://x.id" rel="noopener noreferrer">tau]tan</a>(y)' in rendered
    assert "<code>kode_x *y*</code>" in rendered
    assert paragraphs(rendered)[1].endswith(" [a](1)")


@pytest.mark.parametrize("title", ["Bahasa C#", "Skor 3 ##", "Judul {#jangkar}"])
def test_a_heading_s_title_keeps_its_text(title):
    markdown = html_to_markdown(f"<h2>{html.escape(title)}</h2>")
    rendered = body(f"Teks.\n\n{markdown}\n")
    assert f">{html.escape(title, quote=False)}</h2>" in rendered


_ANY_TEXT = st.text(alphabet="aB1 _*`<>&#;[]()!^{}+-=~:\\/@.|\"'%", max_size=30)


def _texts(rendered: str, tag: str) -> list[str]:
    found = re.findall(rf"<{tag}[^>]*>(.*?)</{tag}>", rendered, re.DOTALL)
    return [html.unescape(re.sub(r"<[^>]+>", "", text)).strip() for text in found]


@settings(max_examples=300, deadline=None)
@given(_ANY_TEXT)
def test_any_text_publishes_as_it_was(text):
    text = " ".join(text.split())
    if not text:
        return
    source = html.escape(text)
    markdown = html_to_markdown(
        f"<p>x <b>y</b>{source}</p><p>{source}<br>{source}</p><h2>{source}</h2>"
        f"<ul><li>{source}</li></ul><p><a href='http://x.id'>{source}</a></p>"
    )
    rendered = body(f"Teks.\n\n{markdown}\n")
    assert paragraphs(rendered)[1:] == [f"x y{text}", f"{text}\n{text}", text], markdown
    assert rendered.count("<a href=") == 1, markdown
    assert _texts(rendered, "h2") == [text] and _texts(rendered, "li") == [text], markdown


def test_the_article_grammar_reads_no_link_in_a_typed_one():
    """The checks and the highlighting read the text as the page does: no link to check."""
    markdown = html_to_markdown("<p>Tautan [teks](http://x.id) dan ![foto](a.jpg) saja</p>")
    assert plain_text(markdown).startswith("Tautan [teks") and "(http://x.id)" in markdown
    assert "(a.jpg) saja" in plain_text(markdown)


# what decided a "<" and a "{" before 2026-12-07, as lookaheads to the line's end: the work
# grew with the square of a run of them (100,000 "<" took 25.6 s in an import, 100,000 "{" 6 s)
_TAG_LOOKAHEAD = re.compile(r"<(?=[A-Za-z/!?]|[^>\s]*(?:@|$))")
_ATTRS_LOOKAHEAD = re.compile(r"\{(?=:?[ ]*[^}\s][^\n]*\}[ ]*$)")
_PIECES = ["<", ">", "{", "}", "@", ":", " ", "\n", "\t", "a", "B", "/", "!", "?", "-", "+", "="]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_a_tag_or_attributes_are_read_as_the_lookaheads_read_them(text):
    from netizen_editor.editing.literal_text import _Line

    line = _Line(text)
    for at, char in enumerate(text):
        if char == "<":
            assert line.tag_at(at) == bool(_TAG_LOOKAHEAD.match(text, at)), (text, at)
        elif char == "{":
            assert line.attrs_at(at) == bool(_ATTRS_LOOKAHEAD.match(text, at)), (text, at)


@pytest.mark.parametrize("piece", ["<", "{", "{ a", "<a@", "{:"])
def test_a_long_run_of_marks_is_escaped_in_linear_time(piece):
    from netizen_editor.editing.literal_text import escape_text

    small, big = piece * (10_000 // len(piece)), piece * (100_000 // len(piece))
    timings = []  # CPU seconds of this process: other processes on the machine do not count
    for text in (small, big):
        start = time.process_time()
        escape_text(text + "}")
        timings.append(time.process_time() - start)
    assert timings[1] < 2.0
    assert timings[1] < 30 * timings[0] + 0.2  # ten times the text, not a hundred times the time
