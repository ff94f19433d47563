"""A scan with a cap on its blocks (``scan_blocks(..., most=N)``) stops as soon as it knows the
body makes more (QA35 #12: 5,000,000 lines of ``***`` were all read into blocks, 54 s and
2.6 GB, before the export refused them), and never says so of a body that makes N or fewer:
what it counts ahead (``block_count``) is never more than the blocks the scan makes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netizen_editor.grammar import block
from netizen_editor.grammar.block_count import BlocksAhead
from netizen_editor.grammar.blocks import BlockScan, scan_blocks, split_lines
from tests.grammar.test_blocks import PIECES

#: lines that make blocks one by one with no blank line between them
LINES = {
    "rules": ["***"],
    "spaced rules": ["* * *"],
    "dash rules": ["---"],  # two by two: setext headings of "---" over "---"
    "headings": ["# Judul"],
    "headings in a list": ["- butir", "# Judul"],
    "setext headings": ["Judul", "==="],
    "dashes": ["-", "-"],
}


@pytest.fixture
def blocks_made(monkeypatch):
    """How many blocks were made since the test started (the scan's work, not its time)."""
    made = [0]
    original = block.Block.__init__

    def counted(self, *args, **kwargs):
        made[0] += 1
        original(self, *args, **kwargs)

    monkeypatch.setattr(block.Block, "__init__", counted)
    return made


def _read(scan: BlockScan) -> list[tuple]:
    return [(b.kind, b.lines, start) for b, start in zip(scan.blocks, scan.starts, strict=True)]


@pytest.mark.parametrize("shape", LINES)
def test_a_capped_scan_stops_before_it_reads_the_blocks(shape, blocks_made):
    lines = LINES[shape] * (200_000 // len(LINES[shape]))
    whole = len(scan_blocks(lines).blocks)
    made = blocks_made[0]
    assert whole > 1_000
    scan = scan_blocks(lines, most=1_000)
    assert 1_000 < scan.at_least <= whole
    assert blocks_made[0] - made <= 1_001  # none at all here: they are counted ahead


def test_what_takes_lines_in_first_does_not_keep_the_count_from_stopping(blocks_made):
    # a fence, a table and raw HTML at the top stop the count ahead; it counts again past them
    top = ["```", "kode", "```", "", "| a | b |", "|---|---|", "", "<div>", "</div>", ""]
    scan = scan_blocks(top + ["***"] * 100_000, most=1_000)
    assert scan.at_least == 3 + 100_000
    assert blocks_made[0] <= 10


@pytest.mark.parametrize(
    "top",
    [
        ["```"],
        ["<div>"],
        ["<!--"],
        ["| a | b |", "|---|---|"],
        ["a", "***", "| a | b |", "|---|---|"],
        ["- a", "", "    b"],
    ],
    ids=["fence", "html", "comment", "table", "table after a rule", "an item's paragraph"],
)
def test_lines_taken_in_by_a_block_are_not_counted(top):
    lines = top + ["***"] * 20_000 + ["```", "</div>", "-->"]
    whole = scan_blocks(lines)
    assert len(whole.blocks) < 1_000  # one fence, HTML block, comment, table or list
    scan = scan_blocks(lines, most=1_000)
    assert scan.at_least == 0
    assert _read(scan) == _read(whole)


@pytest.mark.parametrize(
    "above",
    [["```", "kode", "```"], ["a | b"], ["- butir"], ["> kutip"], ["<div>", "</div>"]],
    ids=["fence", "a line with a bar", "list", "quote", "html"],
)
def test_lines_in_a_chunk_are_counted_ahead_too(above, blocks_made):
    # no blank line under the fence: 4,000,000 rules were one chunk's, all read (check 36 s)
    lines = above + ["***"] * 100_000
    scan = scan_blocks(lines, most=1_000)
    assert scan.at_least >= 100_000
    assert blocks_made[0] <= 10


@pytest.mark.parametrize(
    "definition",
    ["[r{}]: https://contoh.id/{}", "[^{}]: catatan {}", "*[K{}]: arti {}", "[r{}]:\n  /{}"],
    ids=["reference", "footnote", "abbreviation", "address under it"],
)
def test_definitions_in_one_chunk_are_counted_as_they_come(definition, blocks_made):
    # a chunk of definitions (no blank line between them) is read into blocks only where it
    # ends: 557,729 of them (a 20 MB story) were all read, 10 s, before the export refused them
    lines = split_lines("\n".join(definition.format(k, k) for k in range(20_000)))
    assert len(scan_blocks(lines).blocks) == 20_000
    made = blocks_made[0]
    scan = scan_blocks(lines, most=1_000)
    assert scan.at_least == 1_001
    assert blocks_made[0] - made == 0  # the chunk is never read into blocks
    assert scan.blocks == ()


def test_a_footnote_and_a_table_are_not_counted_as_their_definitions():
    # a footnote's next paragraph takes in the definitions after it; a table the whole run
    for lines in (
        ["[^1]: catatan", "", "    lanjutan", *["[r]: /a"] * 50],
        ["[^1]: a | b", "    --|--", *["[r]: /a"] * 50],
    ):
        blocks = len(scan_blocks(lines).blocks)
        assert blocks <= 2
        assert scan_blocks(lines, most=blocks).at_least == 0


def test_a_story_of_no_more_blocks_than_the_cap_is_scanned_whole():
    lines = split_lines("\n\n".join(PIECES) + "\n\n***\n# a\n---\n---\n")
    whole = scan_blocks(lines)
    scan = scan_blocks(lines, most=len(whole.blocks))
    assert scan.at_least == 0
    assert _read(scan) == _read(whole)
    assert scan_blocks(lines, most=len(whole.blocks) - 1).at_least == len(whole.blocks)


#: what the count ahead reads, beside the pieces of every kind of block
COUNTED = ["***", "* * *", "---", "- - -", "___", "# a", "#", "# a\\", "===", "-", "=", "Judul"]
#: definitions, counted one by one in a chunk of them, and what keeps them from being blocks
DEFINED = ["[r]: /a", "[r]:", "  /a", '"t"', "[^1]: a", "[^1]: a | b", "    --|--", "    b"]
DEFINED += ["*[A]: b"]
#: lines in a chunk (no blank line above them), and what may take in the lines under them there
INSIDE = ["a | b", "--|--", "| x |", "|---|", "    kode", "- butir", "> kutip", ": arti"]
lines_of = st.lists(st.sampled_from(PIECES + COUNTED + DEFINED + INSIDE), min_size=1, max_size=30)
separators = st.sampled_from(["\n", "\n", "\n\n"])


@settings(max_examples=400, deadline=None)
@given(lines_of, separators)
def test_the_count_ahead_is_never_more_than_the_blocks(pieces, sep):
    lines = split_lines(sep.join(pieces))
    blocks = len(scan_blocks(lines).blocks)
    assert BlocksAhead(lines).count(0)[0] <= blocks
    for most in range(blocks):
        assert 0 < scan_blocks(lines, most=most).at_least <= blocks
    assert scan_blocks(lines, most=blocks).at_least == 0


def test_the_count_ahead_reads_each_kind_of_line_once(monkeypatch):
    # 200,000 lines of two kinds: two lines read with the grammar's patterns, not 200,000
    read: list[str] = []
    kind = BlocksAhead._kind

    def recorded(self, text):
        read.append(text)
        return kind(self, text)

    monkeypatch.setattr(BlocksAhead, "_kind", recorded)
    lines = ("***", "# Judul") * 100_000
    assert BlocksAhead(lines).count(0) == (200_000, 200_000)
    assert sorted(read) == ["# Judul", "***"]


def _edited(lines: tuple[str, ...], data) -> tuple[str, ...]:
    """``lines`` with a few of them replaced by others (drawn)."""
    edited = list(lines)
    at = data.draw(st.integers(0, len(edited)))
    gone = data.draw(st.integers(0, 3))
    new = data.draw(st.lists(st.sampled_from(PIECES + COUNTED + DEFINED), max_size=4))
    edited[at : at + gone] = "\n".join(new).split("\n") if new else []
    return tuple(edited)


def _prefix(scan: BlockScan, whole: BlockScan) -> bool:
    """Whether the blocks of ``scan`` are the first ones of ``whole``."""

    def read(scan: BlockScan) -> list[tuple]:
        return [(b.joined, *block) for b, block in zip(scan.blocks, _read(scan), strict=True)]

    known = read(scan)
    return known == read(whole)[: len(known)]


@settings(max_examples=400, deadline=None)
@given(lines_of, separators, st.integers(0, 12), st.data())
def test_an_edit_of_a_capped_scan_is_scanned_again_within_the_cap(pieces, sep, most, data):
    # the window's scans stop past the cap, and scan an edit again from the last one: what
    # they hold is the first blocks of the text, and whether there are more than the cap
    lines = split_lines(sep.join(pieces))
    scan = scan_blocks(lines, most=most)
    for _ in range(3):
        lines = _edited(lines, data)
        scan = scan_blocks(lines, scan, most=most)
        whole = scan_blocks(lines)
        if len(whole.blocks) <= most:
            assert scan.at_least == 0
            assert _read(scan) == _read(whole)
        else:
            assert most < scan.at_least <= len(whole.blocks)
            assert _prefix(scan, whole)
    assert _read(scan_blocks(lines, scan)) == _read(scan_blocks(lines))  # none: read whole


def test_typing_in_a_capped_story_rescans_a_few_lines(blocks_made):
    lines = split_lines("a\n\n" * 200_000)
    scan = scan_blocks(lines, most=1_000)
    assert scan.at_least > 1_000 and len(scan.blocks) <= 1_001
    for at in (10, 1_500, 150_000):  # within the blocks read, and past them
        made = blocks_made[0]
        edited = (*lines[:at], lines[at] + "x", *lines[at + 1 :])
        again = scan_blocks(edited, scan, most=1_000)
        assert again.at_least > 1_000
        assert blocks_made[0] - made <= 10  # not 1,000 blocks read again, nor 200,000
        assert again.scanned <= 10
