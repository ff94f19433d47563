"""Pasted text that Markdown would read as syntax at a line's start ("#tagar", "- SELESAI -",
"1. Pertama", "> kutipan", "---") publishes as the text it was; the source's own headings,
lists and quotes stay what they are."""

from __future__ import annotations

import html
import re

import pytest

from netizen_editor.editing.html_to_markdown import html_to_markdown
from tests.publish.helpers import body

TEXTS = [
    "#",
    "#tagar",
    "#banjirrob #jakarta",
    "### ",
    "# # #",
    "- SELESAI -",
    "+ catatan",
    "* bintang",
    "1. Pertama",
    "2024. Tahun yang berat",
    "1) Kedua",
    "> kutipan",
    ">> dua kali",
    "---",
    "- - -",
    "___",
    "***",
    "[1]: http://sumber.go.id",
    "[[ad]]",
    ": definisi",
    "```",
    "~~~",
]
#: text at a line's start that is no syntax: left as it is (no backslash)
PLAIN = ["-selesai-", "-30-", "(selesai)", "=== x", "1.000 warga", "+62 812", "1.5 juta"]


def paragraphs(rendered: str) -> list[str]:
    """The text of each ``<p>`` of rendered body HTML, as a reader sees it."""
    found = re.findall(r"<p[^>]*>(.*?)</p>", rendered, re.DOTALL)
    return [html.unescape(re.sub(r"<[^>]+>", "", text)) for text in found]


def published(markdown: str) -> list[str]:
    """The paragraphs the page shows for ``markdown`` after a first paragraph (the dateline's)."""
    rendered = body(f"Teks.\n\n{markdown}\n")
    assert "<h1" not in rendered and "<h3" not in rendered and "<hr" not in rendered
    assert "<li" not in rendered and "<blockquote" not in rendered and "<dl" not in rendered
    assert "<pre" not in rendered and "nz-ad" not in rendered
    return paragraphs(rendered)[1:]


@pytest.mark.parametrize("text", TEXTS)
def test_a_pasted_paragraph_publishes_as_the_text_it_was(text):
    markdown = html_to_markdown(f"<p>{html.escape(text)}</p>")
    assert published(markdown) == [text.strip()]


@pytest.mark.parametrize("text", PLAIN)
def test_text_that_is_no_syntax_is_left_without_a_backslash(text):
    assert html_to_markdown(f"<p>{html.escape(text)}</p>") == text


def test_every_paragraph_of_a_word_paste_keeps_its_text():
    pasted = "".join(f'<p class="MsoNormal"><span>{html.escape(t)}</span></p>' for t in TEXTS)
    assert published(html_to_markdown(pasted)) == [t.strip() for t in TEXTS]


def test_a_mark_split_over_two_runs_is_seen():
    markdown = html_to_markdown("<p><span>-</span><span> SELESAI -</span></p>")
    assert published(markdown) == ["- SELESAI -"]


@pytest.mark.parametrize("text", ["===", "---", "-", "#tagar", "> kutipan", "- butir"])
def test_a_line_after_a_line_break_keeps_its_text(text):
    markdown = html_to_markdown(f"<p>Judul<br>{html.escape(text)}</p>")
    rendered = body(f"Teks.\n\n{markdown}\n")
    assert re.search(r"<h\d|<hr|<li|<blockquote", rendered) is None
    assert text in paragraphs(rendered)[1]


def test_a_mark_inside_bold_or_after_text_is_left_as_it_is():
    assert html_to_markdown("<p><b>#tebal</b> dan #tengah</p>") == "**#tebal** dan #tengah"


def test_the_source_s_own_headings_lists_and_quotes_stay():
    pasted = (
        "<h2>Sasaran</h2><ul><li>Internet desa</li><li>#tagar</li></ul>"
        "<ol><li>Pertama</li><li>1. Kedua</li></ol><blockquote><p>&gt; Kami ingin</p></blockquote>"
        "<table><tr><th>#</th><th>Desa</th></tr><tr><td>1.</td><td>- 120</td></tr></table>"
        "<pre>#kode\n- baris</pre>"
    )
    assert html_to_markdown(pasted) == (
        "## Sasaran\n\n- Internet desa\n- \\#tagar\n\n1. Pertama\n2. 1\\. Kedua\n\n"
        "> \\> Kami ingin\n\n| # | Desa |\n| --- | --- |\n| 1. | - 120 |\n\n"
        "```\n#kode\n- baris\n```"
    )
    rendered = body("Teks.\n\n" + html_to_markdown(pasted) + "\n")
    assert '<h2 data-line="3" id="sasaran">Sasaran</h2>' in rendered
    assert "<li>#tagar</li>" in rendered and "<li>1. Kedua</li>" in rendered
    assert "<blockquote" in rendered and "<p>&gt; Kami ingin</p>" in rendered


@pytest.mark.parametrize("text", ["--", "- -", "-- --"])
def test_a_bulleted_item_s_dashes_are_no_rule(text):
    markdown = html_to_markdown(f"<ul><li>{text}</li><li>x</li></ul>")
    rendered = body(f"Teks.\n\n{markdown}\n")
    assert "<hr" not in rendered and f"<li>{text}</li>" in rendered


@pytest.mark.parametrize("rule", ["--|--", "|", ":-- | --:"])
def test_a_line_under_a_line_break_is_no_table_s_header_rule(rule):
    markdown = html_to_markdown(f"<p>Skor | Tim<br>{rule}</p>")
    rendered = body(f"Teks.\n\n{markdown}\n")
    assert "<table" not in rendered and paragraphs(rendered)[1] == f"Skor | Tim\n{rule}"
