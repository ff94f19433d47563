"""The grammar's block scan agrees with Python-Markdown, and rescanning after an edit gives the
same blocks as scanning the new text from scratch."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from netizen_editor.article.model import Article
from netizen_editor.grammar.blocks import BlockScan, scan_blocks, split_lines
from netizen_editor.grammar.inline import plain_text
from netizen_editor.publish.body import BodyRenderer, join_chunks
from netizen_editor.settings import Settings

PIECES = [
    "Paragraf biasa.",
    "dua\nbaris",
    "# Judul",
    "#tagar",
    " # bukan judul",
    "## Sub ##",
    "Setext\n===",
    "Setext dua\n---",
    "a\nb\n---",
    "---",
    "* * *",
    "- satu\n- dua",
    "- satu\n\n- dua",
    "1. satu\n2. dua",
    "> kutipan\n> lanjut",
    "```\nkode\n\n# bukan judul\n```",
    "```python\nx = 1\n```",
    "~~~~\n~~~\n# masih kode\n~~~~",
    "```\nterbuka",
    "```\nx\n````",
    "    kode terindentasi",
    "<div>\n# bukan judul\n\n</div>",
    "<!-- komentar\n# bukan judul\n-->",
    "[[ad]]",
    "<!--more-->",
    "Baca juga: [Lain](https://netizen.co.id/x)",
    "![Foto](a.jpg)",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "Istilah\n: definisi",
    "[r]: https://netizen.co.id",
    "[r]:\n  https://netizen.co.id",
    "*[KPK] : Komisi",
    "*[DPR]:\n  Dewan",
    "",
]
pieces = st.lists(st.sampled_from(PIECES), min_size=1, max_size=12)
separators = st.sampled_from(["\n\n", "\n", "\n\n\n"])
_MERGING = ("indented", "list", "quote", "deflist")
#: (block, next block) where Python-Markdown puts the next one inside the first
_ATTACHES = {("list", "indented"), ("deflist", "indented")}
FRONT = "---\ntitle: Judul Artikel Tes\n---\n"


def _attached_across_a_definition(text: str) -> bool:
    """Known: in one conversion Python-Markdown adds a list, quote or indented code to the
    block above it even across a definition (which leaves no element); chunk by chunk it
    cannot. Definitions between two lists or code blocks are not news copy."""
    before, across = "", False
    for block in scan_blocks(split_lines(text)).blocks:
        if block.kind == "reference":
            across = bool(before)
            continue
        kind = block.kind
        if across and (before == kind in _MERGING or (before, kind) in _ATTACHES):
            return True
        before, across = kind, False
    return False


def _document(parts: list[str], sep: str) -> str:
    return sep.join(parts)


def _rendered(text: str) -> str:
    """The body as the preview and the exports render it (Python-Markdown, the app's
    extensions)."""
    return BodyRenderer().render(Article.parse(FRONT + text), Settings())


class _TopLevel(HTMLParser):
    """The headings and ``<pre>`` blocks of a body's top level (not inside a list item, a
    quote or raw HTML, where the scan does not look)."""

    NESTING = frozenset({"li", "blockquote", "div", "dd", "table"})

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.headings: list[tuple[int, str]] = []
        self.pre = 0
        self._heading: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag in self.NESTING:
            self.depth += 1
        elif self.depth == 0 and re.fullmatch("h[1-6]", tag):
            self._heading = [tag[1]]
        elif self.depth == 0 and tag == "pre":
            self.pre += 1

    def handle_endtag(self, tag):
        if tag in self.NESTING:
            self.depth -= 1
        elif self._heading is not None and re.fullmatch("h[1-6]", tag):
            self.headings.append((int(self._heading[0]), "".join(self._heading[1:])))
            self._heading = None

    def handle_data(self, data):
        if self._heading is not None:
            self._heading.append(data)


def _top_level(text: str) -> _TopLevel:
    parser = _TopLevel()
    parser.feed(_rendered(text))
    return parser


def _scan_headings(scan: BlockScan) -> list[tuple[int, str]]:
    return [(b.level, b.name) for b in scan.blocks if b.kind == "heading"]


@settings(max_examples=300, deadline=None)
@given(pieces, separators)
def test_headings_are_the_ones_python_markdown_renders(parts, sep):
    text = _document(parts, sep)
    scan = scan_blocks(split_lines(text))
    expected = _top_level(text).headings
    got = [(level, plain_text(title)) for level, title in _scan_headings(scan)]
    # Python-Markdown renders the title's inline Markdown; compare the plain words
    assert [(lv, _plain(t)) for lv, t in got] == [(lv, _plain(t)) for lv, t in expected], text


def _plain(title: str) -> str:
    return re.sub(r"[^\w]+", " ", title).strip()


@settings(max_examples=300, deadline=None)
@given(pieces, separators)
def test_fenced_code_is_what_python_markdown_takes_for_code(parts, sep):
    text = _document(parts, sep)
    scan = scan_blocks(split_lines(text))
    assume(not _attached_across_a_definition(text))
    code = sum(1 for b in scan.blocks if b.kind in ("code", "indented"))
    assert _top_level(text).pre == code, text


def _same(a: BlockScan, b: BlockScan) -> bool:
    def key(scan: BlockScan) -> list[tuple]:
        return [
            (s, x.kind, x.lines, x.joined, x.level, x.name)
            for s, x in zip(scan.starts, scan.blocks, strict=True)
        ]

    return key(a) == key(b) and a.open_fences == b.open_fences and a.lines == b.lines


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces, separators, st.data())
def test_rescanning_after_an_edit_equals_scanning_from_scratch(parts, sep, data):
    old_text = _document(parts, sep)
    old = scan_blocks(split_lines(old_text))
    lines = list(split_lines(old_text))
    at = data.draw(st.integers(0, len(lines)))
    edit = data.draw(st.sampled_from(["insert", "delete", "replace", "type", "join"]))
    piece = data.draw(st.sampled_from([*PIECES, "x", "```", "~~~", "#", "- ", "    "]))
    if edit == "insert":
        lines[at:at] = piece.split("\n")
    elif edit == "delete" and at < len(lines):
        del lines[at]
    elif edit == "replace" and at < len(lines):
        lines[at : at + 1] = piece.split("\n")
    elif edit == "type" and at < len(lines):
        lines[at] = lines[at] + piece.split("\n")[0]
    elif edit == "join" and at + 1 < len(lines):
        lines[at : at + 2] = [lines[at] + lines[at + 1]]
    new_lines = split_lines("\n".join(lines))
    rescan = scan_blocks(new_lines, old)
    assert _same(rescan, scan_blocks(new_lines)), (old_text, new_lines)
    if rescan is not old:  # what it says it kept is the very blocks of the old scan
        assert rescan.blocks[: rescan.kept_head] == old.blocks[: rescan.kept_head]
        kept = rescan.kept_tail
        assert all(a is b for a, b in zip(rescan.blocks[-kept or len(rescan.blocks) :],
                                          old.blocks[-kept or len(old.blocks) :],
                                          strict=False)) or not kept  # fmt: skip
        assert rescan.starts[len(rescan.blocks) - kept :] == tuple(
            s + rescan.delta for s in old.starts[len(old.blocks) - kept :]
        )
        if kept:
            assert rescan.delta == len(new_lines) - len(old.lines)


def test_a_keystroke_in_a_long_body_rescans_a_few_lines():
    body = "\n\n".join(f"Paragraf nomor {i} dengan beberapa kata." for i in range(5000))
    old = scan_blocks(split_lines(body))
    lines = list(old.lines)
    lines[5000] += " lagi"
    new = scan_blocks(tuple(lines), old)
    assert new.scanned < 20
    assert _same(new, scan_blocks(tuple(lines)))
    assert new.blocks[-1] is old.blocks[-1]  # the blocks after the edit are reused


def test_closing_a_fence_far_below_its_opening_rescans_from_the_opening():
    body = "```\nkode\n\n" + "\n\n".join(f"Paragraf {i}." for i in range(200))
    old = scan_blocks(split_lines(body))
    assert old.open_fences == (0,)
    assert all(b.kind != "code" for b in old.blocks)
    new_lines = (*old.lines, "```")
    new = scan_blocks(new_lines, old)
    assert [b.kind for b in new.blocks] == ["code"]
    assert _same(new, scan_blocks(new_lines))


@settings(max_examples=300, deadline=None)
@given(pieces, separators)
def test_the_scans_chunks_render_as_the_whole_body_does(parts, sep):
    text = _document(parts, sep)
    assume(not _attached_across_a_definition(text))
    article = Article.parse(FRONT + text + "\n")
    renderer = BodyRenderer()
    whole = renderer.render(article, Settings())
    assert join_chunks(renderer.render_chunks(article, Settings())) == whole


@pytest.mark.parametrize(
    "where",
    [
        "- satu\n- dua\n[r]: https://netizen.co.id",  # a lazy line of the item
        "- satu\n- dua\n  [r]: https://netizen.co.id",  # inside the item
        "> kutipan\n[r]: https://netizen.co.id",
        "> kutipan\n> [r]: https://netizen.co.id",
    ],
)
def test_a_reference_defined_inside_a_list_or_quote_links_in_every_chunk(where):
    """Python-Markdown takes a definition out of a list item or a quote for the whole document
    (Hypothesis found it: a table's ``[r]`` linked in the page, chunk by chunk it was text)."""
    text = "| a | b |\n|---|---|\n| [r] | 2 |\n\nLihat [r].\n\n" + where
    article = Article.parse(FRONT + text + "\n")
    renderer = BodyRenderer()
    whole = renderer.render(article, Settings())
    assert whole.count('href="https://netizen.co.id"') == 2
    assert join_chunks(renderer.render_chunks(article, Settings())) == whole
