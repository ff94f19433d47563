"""Lines too long to type in are broken at spaces the page reads as spaces: the rendered page
is the same, only paragraphs are touched, and nothing inside code, links, review marks or
HTML is cut."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from netizen_editor.article.model import Article
from netizen_editor.editing.long_lines import break_long_lines, long_lines
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import Settings

RENDERER = BodyRenderer()
TOKENS = [
    "kata", "Jakarta", "banjir.", "Warga", "mengungsi!", "1.", "2)", "#tagar", "-", "+", ">",
    "**tebal sekali**", "*miring kata*", "`kode dengan spasi`", "[tautan ke situs](https://x.id/a)",
    "![foto banjir](foto.jpg)", "{++tambahan kata++}", "{>>@Rina: komentar panjang<<}",
    "<span title=\"a b\">teks</span>", "<!-- catatan dalam -->", "Baca juga: Judul", "[[ad]]",
    "---", "===", "|", "a|b", "\\", "kata\\", "  ", "é", "Ölu", "[1]: x", ":", "~~~", "```",
    "*awal", "akhir*", "**", "_", "`", "[", "](x.id)", "<b>", "</b>", "{++", "++}", "{>>", "<<}",
    "&amp;", "JAKARTA -", "\u00a0", "www.x.id", "https://x.id/a?b=c",
]  # fmt: skip


def page(text: str) -> str:
    html = RENDERER.render(Article.parse(text), Settings())
    html = re.sub(r' data-line="\d+"', "", html)  # where each block starts: moved
    return re.sub(r"\s+", " ", html)


def test_long_lines_are_found_by_number():
    assert long_lines("a\n" + "b" * 11 + "\nc\r\n" + "d" * 12, limit=10) == [2, 4]
    assert long_lines("", limit=10) == []


def test_a_long_paragraph_line_becomes_lines_of_sentences():
    sentence = "Warga Kampung Melayu mengungsi ke masjid sejak pagi. "
    text = "---\ntitle: Banjir\n---\n" + sentence * 60 + "\n\nPenutup.\n"
    result = break_long_lines(text, limit=1000, piece=300)
    assert result.broken == [4] and result.kept == []
    body = result.text.split("---\n")[2]
    lines = body.split("\n\n")[0].split("\n")
    assert len(lines) > 6 and all(len(line) <= 300 for line in lines)
    assert all(line.endswith(".") for line in lines[:-1])  # after a sentence's end
    assert result.text.replace("\n", " ").split() == text.replace("\n", " ").split()
    assert page(result.text) == page(text)


def test_what_is_not_a_paragraph_or_has_no_place_is_kept():
    heading = "# " + "judul " * 30
    table = "| a | b |\n|---|---|\n| " + "sel " * 40 + "| x |"
    code = "```\n" + "kode " * 40 + "\n```"
    url = "https://x.id/" + "a" * 300 + " 2026"  # a paragraph without a space before a word
    text = "\n\n".join([heading, table, code, url]) + "\n"
    result = break_long_lines(text, limit=100, piece=50)
    assert result.text == text
    assert result.broken == [] and len(result.kept) == 4


def test_line_ends_are_kept():
    text = "Satu kata dua kata tiga kata empat kata.\r\nLagi.\r\n"
    result = break_long_lines(text, limit=20, piece=15)
    assert result.broken == [1]
    assert "\n" not in result.text.replace("\r\n", "")  # every break a CRLF like the others


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), min_size=5, max_size=80),
       st.integers(min_value=5, max_value=60))  # fmt: skip
def test_the_page_is_the_same(tokens, piece):
    text = "Awal " + " ".join(tokens) + " akhir.\n\nParagraf kedua.\n"
    result = break_long_lines(text, limit=piece, piece=piece)
    assert page(result.text) == page(text)
    assert result.text.replace("\n", " ") == text.replace("\n", " ")  # only spaces replaced


def test_code_links_marks_and_tags_stay_on_one_line():
    kept = ["`kode dengan banyak spasi di dalamnya`", "[tautan dengan banyak kata](https://x.id)",
            "{>>@Rina: komentar dengan banyak kata<<}", '<span title="judul dengan spasi">x</span>',
            "<!-- catatan dengan banyak kata -->"]  # fmt: skip
    text = " ".join(f"Kata pembuka {part} kata penutup." for part in kept) + "\n"
    result = break_long_lines(text, limit=40, piece=20)
    assert result.broken == [1]
    lines = result.text.split("\n")
    assert len(lines) > len(kept) * 2
    for part in kept:
        assert any(part in line for line in lines), part
