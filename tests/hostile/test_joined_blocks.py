"""Blocks with no blank line between them (thousands of reference definitions, of ``-`` lines,
of setext headings): the block scan and the chunker do work in proportion to their number,
and a block of thousands that runs out of render time is told as such, not as a long
paragraph (QA20: 30,000 definitions took 16 s before any budget, 120,000 ``-`` lines 15.7 s,
and 80,000 setext headings were refused after 26 s as "this paragraph is too long")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from netizen_editor.article.model import Article
from netizen_editor.errors import ArticleError
from netizen_editor.grammar.blocks import scan_blocks
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.publish.mdext.budget import timeout_reason
from netizen_editor.settings import Settings
from netizen_editor.timebudget import OutOfTime

ROOT = Path(__file__).resolve().parents[2]

#: each makes ``n`` blocks with no blank line between them, and their kind
SHAPES = {
    "definitions": (
        lambda n: [f"[r{i}]: https://netizen.co.id/{i}" for i in range(n)],
        "reference",
    ),
    "dashes": (lambda n: ["-", "-"] * n, "heading"),  # "-" under "-" is a setext heading
    "setext headings": (lambda n: ["a", "==="] * n, "heading"),
}


def _steps(call) -> int:
    """The lines of Python ``call`` runs (the tracer's events): the work done, not the time."""
    count = 0

    def trace(_frame, _event, _arg):
        nonlocal count
        count += 1
        return trace

    previous = sys.gettrace()
    sys.settrace(trace)
    try:
        call()
    finally:
        sys.settrace(previous)
    return count


@pytest.mark.parametrize("shape", SHAPES)
def test_the_scan_of_blocks_with_no_blank_line_between_is_linear(shape):
    lines, kind = SHAPES[shape]
    small = _steps(lambda: scan_blocks(lines(1_000)))
    big = _steps(lambda: scan_blocks(lines(2_000)))
    # each definition walked back over every one before it: 2,000 took 3.6 times the work
    # of 1,000
    assert big < 2.5 * small, (small, big)
    scan = scan_blocks(lines(2_000))
    assert len(scan.blocks) == 2_000
    assert {b.kind for b in scan.blocks} == {kind}
    assert not scan.blocks[0].joined and all(b.joined for b in scan.blocks[1:])


def test_the_chunk_of_200000_joined_blocks_is_made_at_once():
    # the chunker copied a chunk's blocks once for every block joined to it: 100,000 took
    # 30 s of CPU here, 200,000 would take minutes; made once, they take a fraction of a
    # second. The limit is generous (a process start, a loaded machine).
    code = (
        "from netizen_editor.grammar.block import Block\n"
        "from netizen_editor.grammar.blocks import BlockScan\n"
        "from netizen_editor.publish.chunker import split_chunks\n"
        "n = 200_000\n"
        "lines = ('a', '===') * n\n"
        "blocks = tuple(Block('heading', ('a', '==='), k > 0, 1, 'a') for k in range(n))\n"
        "scan = BlockScan(lines, blocks, tuple(range(0, 2 * n, 2)))\n"
        "chunks = split_chunks('\\n'.join(lines), scan=scan)\n"
        "print(len(chunks), chunks[0].line, len(chunks[0].text))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "1", str(len("a\n===\n") * 200_000 - 1)]


@pytest.mark.parametrize(
    ("text", "count"), [("a\n===\n" * 80_000, 80_000), ("-\n" * 30_000, 15_000)]
)
def test_thousands_of_joined_blocks_are_told_as_such(text, count):
    why = timeout_reason(text)
    assert why.startswith(f"this block holds {count} headings, rules and other blocks with no ")
    assert "put blank lines between them" in why
    assert "paragraph" not in why and "brackets" not in why


def test_a_few_joined_blocks_keep_the_reasons_they_had():
    assert "too complex" in timeout_reason("a\n===\n" * 1_000)  # Python-Markdown: 0.1 s
    long = "kata " * 30_000
    assert timeout_reason(f"a\n===\n{long}").startswith("this paragraph is too long")


def test_the_export_tells_joined_setext_headings_as_such(monkeypatch):
    renderer = BodyRenderer()

    def too_slow(*_args, **_kwargs):
        raise OutOfTime

    monkeypatch.setattr(renderer, "_convert", too_slow)
    article = Article.parse("---\ntitle: Judul\n---\nAwal.\n\n" + "a\n===\n" * 40_000)
    with pytest.raises(ArticleError) as caught:
        renderer.render(article, Settings())
    assert caught.value.line == 6
    assert caught.value.message.startswith("this block holds 40000 headings, rules and other")


def test_more_blocks_than_an_export_takes_are_refused_at_once_without_a_blank_line(
    monkeypatch, tmp_path
):
    """The body's bound on blocks counted blank lines: 80,000 headings with none between them
    went to the converter (and its 2.5 s budget) instead of being refused at once, and
    ``check`` said nothing of it."""
    from netizen_editor.checks.cli import check_main

    renderer = BodyRenderer()
    converted: list[str] = []
    monkeypatch.setattr(renderer, "_convert", lambda text, *a, **k: converted.append(text) or "")
    text = "---\ntitle: Judul\n---\nAwal.\n\n" + "a\n===\n" * 80_000
    with pytest.raises(ArticleError) as caught:
        renderer.render(Article.parse(text), Settings())
    assert converted == []  # refused before any conversion
    assert "paragraphs and other blocks; at most 50000 are exported" in caught.value.message
    path = tmp_path / "judul.md"
    path.write_text(text, encoding="utf-8")
    assert check_main([str(path)]) != 0


def test_the_reason_reads_in_indonesian(indonesian):
    assert timeout_reason("-\n" * 30_000).startswith("blok ini berisi 15000 judul bagian")
