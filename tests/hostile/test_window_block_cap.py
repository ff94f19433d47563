"""The window reads the first ``MAX_BLOCKS`` blocks of a planted story of millions, and says so
(``Snapshot.too_big``), where the export and ``check`` refuse it: 2,000,000 lines ``a`` with a
blank line between them (6 MB) were scanned whole by each of the window's scans (the revision's
snapshot, the preview's thread, the spell layer's), 10 s and 1.6 GB a scan, again whenever the
story had no title (its first heading was looked for in the whole body at each revision).
Counted here: the blocks made (the scan's work), never the time."""

from __future__ import annotations

import pytest

from netizen_editor.article.model import Article
from netizen_editor.desk.reader import fields
from netizen_editor.errors import ArticleError
from netizen_editor.grammar.block_count import MAX_BLOCKS
from netizen_editor.review.marks import review_marks
from netizen_editor.settings import Settings
from netizen_editor.snapshot import take_snapshot
from tests.grammar.test_block_count import blocks_made  # noqa: F401 (a fixture)

PARAGRAPHS = MAX_BLOCKS + 5_000
FRONT = "---\ntitle: Uji\n---\n"
#: the body starts on line 4; paragraph k on line 4 + 2k
STORY = FRONT + "a\n\n" * PARAGRAPHS


def test_the_windows_snapshot_reads_the_first_blocks_and_says_where_it_stops(blocks_made):  # noqa: F811
    snapshot = take_snapshot(1, STORY, None, Settings())
    assert blocks_made[0] <= MAX_BLOCKS + 1  # the old scan made all 55,000
    scan = snapshot.scan
    assert scan is not None and scan.blocks.at_least > MAX_BLOCKS
    stop = 4 + 2 * MAX_BLOCKS + 1  # the line after the last block read (block MAX_BLOCKS)
    assert snapshot.too_big == (
        f"This story has more than {MAX_BLOCKS} paragraphs and other blocks: the preview, the "
        f"outline, the checks and the spell check stop at line {stop}. All of it can still be "
        f"edited; it can be exported once it has {MAX_BLOCKS} at most."
    )
    assert snapshot.words == PARAGRAPHS  # the words past the blocks read are counted too


def test_an_edit_is_scanned_again_within_the_blocks_read(blocks_made):  # noqa: F811
    first = take_snapshot(1, STORY, None, Settings(), checks=False)
    made = blocks_made[0]
    typed = STORY.replace("a\n", "ab\n", 1)
    second = take_snapshot(2, typed, None, Settings(), checks=False, previous=first.scan)
    assert blocks_made[0] - made <= 5  # the edited paragraph and those around it
    assert second.too_big and second.words == PARAGRAPHS
    within = FRONT + "a\n\n" * MAX_BLOCKS  # enough paragraphs deleted: the note goes
    third = take_snapshot(3, within, None, Settings(), checks=False, previous=second.scan)
    assert third.too_big == ""
    assert third.scan is not None and len(third.scan.blocks.blocks) == MAX_BLOCKS


def test_a_story_within_the_blocks_read_is_read_whole():
    story = FRONT + "a\n\n" * MAX_BLOCKS
    snapshot = take_snapshot(1, story, None, Settings(), checks=False)
    assert snapshot.too_big == ""
    assert snapshot.scan is not None and len(snapshot.scan.blocks.blocks) == MAX_BLOCKS


def test_the_review_panel_refuses_the_marks_of_a_scan_that_stopped():
    # as Accept All and the export do: marks past the blocks read would go unlisted
    story = FRONT + "{++tambah++}\n\n" + "a\n\n" * PARAGRAPHS
    snapshot = take_snapshot(1, story, None, Settings(), checks=False)
    with pytest.raises(ArticleError, match="paragraphs and other blocks; at most"):
        review_marks(story, snapshot.scan)


def test_the_title_is_looked_for_in_the_first_blocks(blocks_made, tmp_path):  # noqa: F811
    story = "# Judul di Badan\n\n" + "a\n\n" * PARAGRAPHS  # no front matter: no title in it
    assert Article.parse(story).title == "Judul di Badan"
    assert blocks_made[0] <= MAX_BLOCKS + 1
    listed = fields("judul.md", story, tmp_path / "judul.md", 0, "")  # the desk's listing
    assert listed.entry.title == "Judul di Badan"
    assert blocks_made[0] <= 2 * (MAX_BLOCKS + 1)
