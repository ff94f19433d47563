"""``plain_text`` gives the text the page shows: what the renderer (Python-Markdown with the
newsroom's extensions, ``publish/``) makes of the same inline text, tags stripped (a ``<br>``
read as a space), entities read and white space collapsed, review marks as the final view shows
them (every suggestion accepted: ``plain_text``'s contract).

Left out of the generated pieces: runs of three or more ``*`` or ``_`` next to other runs
(the renderer's rule-of-3 bookkeeping, ``grammar/emphasis.py``), a code span whose text starts
or ends in spaces glued to a word, and reference links (``[a][r]``): a newsroom writes none of
them in a title or a sentence.
"""

from __future__ import annotations

import html
import re

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from netizen_editor.grammar.block import Block
from netizen_editor.grammar.blocks import scan_blocks, split_lines
from netizen_editor.grammar.inline import code_spans, plain_text
from netizen_editor.publish.mdext import make_markdown
from netizen_editor.publish.mdext.newsroom import NewsroomExtension
from netizen_editor.publish.review_view import with_marks

_MD = make_markdown(NewsroomExtension())
_BREAK = re.compile(r"<br\s*/?>")
_TAGS = re.compile(r"<[^>]*>")


def _page_text(text: str) -> str:
    """The paragraph ``text`` as the page's final view shows it, white space collapsed."""
    body = _MD.reset().convert(with_marks(text, "final"))
    return " ".join(html.unescape(_TAGS.sub("", _BREAK.sub(" ", body))).split())


def _plain(text: str) -> str:
    return " ".join(plain_text(text).split())


def test_unpaired_markers_stay_as_on_the_page():
    assert plain_text("a * b dan 5 * 2") == "a * b dan 5 * 2"
    assert plain_text("snake_case dan x_a_") == "snake_case dan x_a_"
    assert plain_text("satu ` backtick") == "satu ` backtick"
    assert plain_text("**a* dan ~~b~~") == "*a dan ~~b~~"
    assert plain_text("_a_b_ *c*") == "a_b c"


def test_a_longer_opening_run_of_backticks_closes_at_a_shorter_one():
    assert code_spans("``a` b") == [(0, 4)]  # the first backtick opens, the second is code
    assert plain_text("``a` b") == "`a b"
    assert plain_text("kata ``a ``` b`") == "kata ``a `` b"  # no run closes "``": text


def test_markers_in_a_link_pair_apart_from_those_around_it():
    assert plain_text("[*a](u) b*") == "*a b*"
    assert plain_text("*[a](u) b*") == "a b"


def test_html_entities_and_autolinks_read_as_the_page_shows_them():
    assert plain_text("a<b>x</b>c dan AT&amp;T &copy") == "axc dan AT&T &copy"
    assert plain_text("lihat <http://x.id> atau <a@x.id>") == "lihat http://x.id atau a@x.id"
    assert plain_text("kode `&amp;` tetap") == "kode &amp; tetap"


def test_a_backslash_ending_a_line_is_a_line_break():
    block = Block("paragraph", ("baris satu\\", "baris *dua\\\\", "tiga*\\"))
    assert block.plain == "baris satu baris dua\\ tiga\\"
    assert block.plain == _page_text("\n".join(block.lines))


_WORD = st.sampled_from(["kata", "Berita", "x", "5", "2.000", "snake_case", "a_b", "netizen.co.id"])
_MARK = st.sampled_from(["*", "_", "`", "[", "]", "(", ")", "\\", "!", "&", "<"])
_ESCAPE = st.sampled_from(["\\*", "\\_", "\\`", "\\[", "\\]", "\\(", "\\\\", "\\-", "\\q"])
_SMALL = st.lists(st.one_of(_WORD, _ESCAPE), min_size=1, max_size=3).map(" ".join)
_PIECE = st.one_of(
    _WORD,
    _WORD,
    _MARK,
    _ESCAPE,
    _SMALL.map(lambda t: f"*{t}*"),
    _SMALL.map(lambda t: f"_{t}_"),
    _SMALL.map(lambda t: f"**{t}**"),
    _SMALL.map(lambda t: f"__{t}__"),
    _SMALL.map(lambda t: f"`{t}`"),
    _SMALL.map(lambda t: f"[{t}](http://x.id/a_b)"),
    _SMALL.map(lambda t: f"![{t}](foto.jpg)"),
    _SMALL.map(lambda t: f"<b>{t}</b>"),
    st.sampled_from(["&amp;", "&quot;", "&#8212;", "&copy", "a<br>b", "<http://x.id>"]),
    _SMALL.map(lambda t: f"{{++{t}++}}"),
    _SMALL.map(lambda t: f"{{--{t}--}}"),
    _SMALL.map(lambda t: f"{{~~{t}~>baru~~}}"),
    _SMALL.map(lambda t: f"{{=={t}==}}{{>>@Rina: cek<<}}"),
)
_GLUE = st.sampled_from([" ", " ", "", ", "])


@st.composite
def _inline(draw) -> str:
    pieces = draw(st.lists(_PIECE, min_size=1, max_size=8))
    text = pieces[0]
    for piece in pieces[1:]:
        text += draw(_GLUE) + piece
    return text


@settings(max_examples=1500, deadline=None)
@given(_inline())
@example("a * b, 5 * 2, snake_case, satu ` saja")
@example("[*a](u) b* **a* _a_b_")
@example("{++*a++} b* `&amp;` <http://x.id>")
def test_plain_text_is_the_text_the_page_shows(text):
    assume("_*" not in text and "*_" not in text)  # not the renderer's rule of 3 across the two
    for read in (text, with_marks(text, "final")):  # a paragraph, not "* a" (a list item)
        assume([block.kind for block in scan_blocks(split_lines(read)).blocks] == ["paragraph"])
    assert _plain(text) == _page_text(text)
