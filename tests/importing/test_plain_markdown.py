"""A ``.txt`` becomes the article's Markdown straight from its paragraphs: the Markdown its
HTML became (``convert_html``), marks escaped alike, without parsing HTML; 56,000 short
paragraphs (1.4 MB) took 7.5 s that way (QA24 #4; the speed: benchmarks/bench_import.py)."""

from __future__ import annotations

import random

import bs4

from netizen_editor.importing.html import convert_html
from netizen_editor.importing.importer import import_document
from netizen_editor.importing.plain import paragraphs_html, text_blocks
from netizen_editor.importing.plain_markdown import blocks_markdown
from netizen_editor.importing.safety import Notes
from tests.importing.test_docx import NOW, SETTINGS, body_of

#: pieces of text that Markdown, a review or the release's reading may take for something
PIECES = [
    "kata", "Jakarta", "SIARAN PERS", "Nomor: 12/HM/2026", "- ", "* ", "+ ", "• ", "1. ",
    "2) ", "#", "##", "*", "**", "_", "__", "`", "<", "<b>", "</b>", ">", "&", "&amp;", "&lt",
    "&#12;", "&copy", "{++", "++}", "{--", "{>>", "<<}", "{", "}", "{: .x}", "[", "]", "(",
    ")", "[^1]", "[1]:", "[[ad]]", "\\", "|", "---", "===", "--|--", ":", "~", "~~~", "```",
    "\t", "  ", "\u00a0", "\u2003", "###", "-selesai-", "Narahubung:", "Tentang Kami",
    "KEMENTERIAN DESA", "Jl. Sudirman No. 1, Jakarta 10220", "Telp. 021-123", "Kepada Yth.",
    "Perihal: x", "Jakarta, 7 Desember 2026", "<!--more-->", "a@b.c", "<http://x>", "é",
    "\u200b", "\x0b", "'", '"', ".", "!", "=", "x_y", "a*b", "http://x.y/_a_", "@",
]  # fmt: skip
#: what a line under another may be (a heading's underline, a table's rule, a list item ...)
UNDER = ["= =", "===", "--|--", "- |", ":|", "~~~x", "- - -", "1. a", "> q", "#x", "[1]: u"]


def _text(chance: random.Random) -> str:
    """Paragraphs of lines of ``PIECES``; every other text under a letterhead, whose lines
    stay apart (line breaks), and a letter's head."""
    blocks = [
        "\n".join(_line(chance) for _ in range(chance.randint(1, 4)))
        for _ in range(chance.randint(1, 8))
    ]
    if chance.random() < 0.5:
        return "\n\n".join(blocks)
    head = ["KEMENTERIAN DESA", "Jl. Sudirman No. 1, Jakarta 10220", "Telp. 021-1234567"]
    head.insert(chance.randint(1, 3), chance.choice(UNDER) + " " + chance.choice(PIECES))
    letter = f"Nomor: 1/HM/2026\nPerihal: {chance.choice(PIECES)}\n\nKepada Yth.\n"
    letter += chance.choice(UNDER) + "\n\n"
    return "\n".join(head) + "\n\nSIARAN PERS\n\n" + letter + "Judul\n\n" + "\n\n".join(blocks)


def _line(chance: random.Random) -> str:
    pieces = [chance.choice(PIECES) + " " * (chance.random() < 0.5) for _ in range(6)]
    return " " * (chance.random() < 0.1) + "".join(pieces[: chance.randint(1, 6)])


def test_the_markdown_is_what_the_html_became():
    chance = random.Random(24)
    for _ in range(400):
        text = _text(chance)
        assert blocks_markdown(text_blocks(text)) == (
            convert_html(paragraphs_html(text), Notes(), None)
        ), text


def test_a_text_file_is_imported_without_parsing_html(tmp_path, monkeypatch):
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the text was parsed as HTML")

    monkeypatch.setattr(bs4.BeautifulSoup, "__init__", refuse)
    source = tmp_path / "rilis.txt"
    paragraph = "KEMENTERIAN DESA\n\n#tagar <b>1</b> {++x++} 2. _a_\n\n"
    source.write_text("Judul Berita\n\n" + paragraph * 3, encoding="utf-8")
    done = import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)
    escaped = "KEMENTERIAN DESA\n\n\\#tagar &lt;b>1&lt;/b> &#123;++x++&#125; 2. \\_a\\_"
    assert body_of(done.text) == "\n\n".join([escaped] * 3) + "\n"
