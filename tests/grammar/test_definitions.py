"""The grammar reads a definition where Python-Markdown reads one, on as many lines: a link
reference whose address or title stands on the next line, an abbreviation written
``*[KPK] : …`` or with its meaning on the next line; and what Python-Markdown reads as text
(``*[KPK]:`` with no meaning, an indented ``*[KPK]:``, ``[id]: foto.jpg kata``) is text for the
editor's count and the preview as well."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from markdown.blockprocessors import ReferenceProcessor
from markdown.extensions.abbr import AbbrBlockprocessor

from netizen_editor.article.model import Article
from netizen_editor.grammar.blocks import scan_blocks, split_lines
from netizen_editor.grammar.definitions import definition_end
from netizen_editor.grammar.patterns import (
    ABBR_DEFINITION,
    ATX,
    DEFINITION,
    QUOTE,
    REFERENCE,
    RULE,
)
from netizen_editor.grammar.scan import count_body_words, scan_article
from netizen_editor.publish.body import BodyRenderer, join_chunks
from netizen_editor.publish.mdext import make_markdown
from netizen_editor.publish.mdext.references import LINK_DEFINITION
from netizen_editor.settings import Settings

FRONT = "---\ntitle: Judul\ndateline: Jakarta\n---\n"


def test_the_patterns_are_python_markdowns():
    assert ABBR_DEFINITION.pattern == AbbrBlockprocessor.RE.pattern
    assert ABBR_DEFINITION.flags == AbbrBlockprocessor.RE.flags
    # the preview's reference pattern is the library's with a possessive address
    assert LINK_DEFINITION.pattern.replace("++", "+") == ReferenceProcessor.RE.pattern
    assert LINK_DEFINITION.flags == ReferenceProcessor.RE.flags
    assert make_markdown().parser.blockprocessors["reference"].RE is LINK_DEFINITION


def _lines_python_markdown_reads(lines: list[str]) -> int | None:
    """How many lines the preview's patterns take as a definition from the first."""
    text = "\n".join(line.expandtabs(4) for line in lines)
    pattern = AbbrBlockprocessor.RE if text.startswith("*") else LINK_DEFINITION
    m = pattern.match(text)
    if m is None:
        return None
    if pattern is AbbrBlockprocessor.RE and not (m["abbr"].strip() and m["title"].strip()):
        return None
    return m.group(0).count("\n") + 1


_PIECE = st.sampled_from(
    ["[id]:", "*[KPK]", "*[", "[", "]", ":", " :", " ", "  ", "\t", "\u00a0", "foto.jpg", "a",
     '"', "'", "(", ")", '"Judul"', "(Judul)", "\\", "kata lain", "<x>", "*"]
)  # fmt: skip
_LINE = st.lists(_PIECE, max_size=6).map("".join)
_OPENING = st.sampled_from(
    ["[id]:", "[]:", "   [id]:", "    [id]:", "[a b]:", "*[KPK]:", "*[KPK] :", "*[KPK]  :", "*[ ]:",
     " *[KPK]:", "*[a]b]:", "*[a\\b]:"]
)  # fmt: skip
_BLOCK = st.tuples(_OPENING, _LINE, st.lists(_LINE, max_size=2)).map(
    lambda parts: [parts[0] + parts[1], *parts[2]]
)


@settings(max_examples=3000, deadline=None)
@given(_BLOCK)
@example(["[id]:", "  foto.jpg"])
@example(["[id]: foto.jpg", '  "Judul"'])
@example(['[id]: foto.jpg"Judul"'])
@example(['[id]: a"b c"'])
@example(['[id]: foto.jpg kata "Judul"'])
@example(["*[KPK] : Komisi"])
@example(["*[KPK]:", "  Komisi"])
@example(["*[KPK]: \u00a0"])
def test_a_definitions_lines_are_the_ones_python_markdown_takes(lines):
    # a block holds no blank line, and no line an earlier processor takes out of it
    assume(all(line.strip() for line in lines))
    for line in lines[1:]:
        assume(not (ATX.match(line) or RULE.match(line) or QUOTE.match(line)))
        assume(not DEFINITION.match(line))
    assume(not lines[0].lstrip(" ").startswith("[^"))  # footnotes are read by their first line
    assume(REFERENCE.match(lines[0]))  # the lines the grammar asks about (no id over two lines)
    expected = _lines_python_markdown_reads(lines)
    end = definition_end(lines, 0, len(lines))
    assert (None if end is None else end) == expected


def test_a_line_of_quotes_is_read_once():
    """Python-Markdown's own reference pattern takes about a second on 8,000 quotes after
    ``[id]: u`` (it tries each one as a title's start), most of a minute on 100 KB, which the
    preview's time budget cannot stop: the grammar and the preview read them once, and show
    the line as the text it is."""
    line = "[id]: u" + '"a' * 50_000 + " x"
    assert definition_end([line], 0, 1) is None
    assert scan_blocks([line]).blocks[0].kind == "paragraph"
    article = Article.parse(FRONT + "Teks.\n\n" + line + "\n\nLagi.\n", "x.md")
    renderer = BodyRenderer()
    html = join_chunks(renderer.render_chunks(article, Settings()))
    assert renderer.problems == []  # nothing refused for its time
    assert '<p data-line="7">[id]: u"a"a' in html and "Lagi." in html


def _words(body: str) -> int:
    return sum(block.words for block in scan_blocks(split_lines(body)).blocks)


@pytest.mark.parametrize(
    ("body", "kinds", "words"),
    [
        # an abbreviation with a space before its colon: a definition, no words
        ("KPK hadir.\n\n*[KPK] : Komisi Pemberantasan Korupsi\n", ["paragraph", "reference"], 2),
        # its meaning on the next line: both lines are the definition
        ("KPK hadir.\n\n*[KPK]:\n  Komisi Pemberantasan Korupsi\n", ["paragraph", "reference"], 2),
        # no meaning, an empty name, or an indented star: text on the page, words in the count
        ("KPK hadir.\n\n*[KPK]:\n", ["paragraph", "paragraph"], 3),
        ("KPK hadir.\n\n*[ ]: Komisi\n", ["paragraph", "paragraph"], 3),
        ("KPK hadir.\n\n   *[KPK]: Komisi\n", ["paragraph", "paragraph"], 4),
        # a link reference's address, or its title, on the next line
        ("Foto banjir.\n\n[id]:\n  foto.jpg\n", ["paragraph", "reference"], 2),
        ('Foto banjir.\n\n[id]: foto.jpg\n  "Judul"\n', ["paragraph", "reference"], 2),
        # words after the address: no definition
        ("Lihat.\n\n[id]: foto.jpg kata lain\n", ["paragraph", "paragraph"], 5),
    ],
)
def test_the_scan_and_the_count_read_definitions_as_python_markdown(body, kinds, words):
    scan = scan_blocks(split_lines(body))
    assert [block.kind for block in scan.blocks] == kinds
    assert _words(body) == words
    assert count_body_words(body) == words  # the status bar's quick count
    assert scan_article(FRONT + body).words == words


_TAG_LINE = re.compile(r' data-line="\d+"')
_DATELINE = re.compile(r'<strong class="dateline">[^<]*</strong> - ')


def _page(html: str) -> str:
    """The body HTML without the preview's line numbers and the dateline."""
    return _DATELINE.sub("", _TAG_LINE.sub("", html)).strip()


@pytest.mark.parametrize(
    "body",
    [
        "KPK hadir.\n\n*[KPK] : Komisi Pemberantasan Korupsi\n\nLagi KPK.\n",
        "KPK hadir.\n\n*[KPK]:\n  Komisi Pemberantasan Korupsi\n\nLagi KPK.\n",
        "KPK hadir.\n\n   *[KPK]: Komisi\n\nLagi KPK.\n",
        "KPK hadir.\n\n*[ ]: Komisi\n\nLagi.\n",
        "Foto ![Banjir][id].\n\n[id]:\n  foto.jpg\n\nLagi ![Dua][id].\n",
        "Foto ![Banjir][id].\n\n[id]:\n    foto.jpg\n",
        'Foto ![Banjir][id].\n\n[id]: foto.jpg\n  "Judul"\n\nLagi.\n',
        "Foto ![Banjir][id].\n\n[id]:\nfoto.jpg\n",
        "Foto ![Banjir][id].\n\n[id]:\n\nfoto.jpg\n",
        "Lihat [ini][id].\n\n[id]: https://netizen.co.id kata\n\nLagi.\n",
    ],
)
def test_the_preview_renders_definitions_as_one_conversion_does(body):
    article = Article.parse(FRONT + body)
    renderer = BodyRenderer()
    whole = make_markdown().convert(body)
    assert _page(renderer.render(article, Settings())) == whole
    assert _page(join_chunks(renderer.render_chunks(article, Settings()))) == whole
