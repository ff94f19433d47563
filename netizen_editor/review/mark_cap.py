"""A story with more review marks than it may hold (``grammar.mark_count.MAX_MARKS``) refused.

A heavily edited real story holds hundreds of marks. 2,400,000 marks in one paragraph (19 MB,
under the size limit) held ``check`` 63-83 s and 1.7 GB, ``review`` 17 s and ``review
--accept-all`` 62 s and 2.7 GB, reading every one of them. Past ``MAX_MARKS`` the story is
refused (at the line of the first mark too many) by everything that reads its marks one by
one: ``review_marks`` (the review command, the export, the Review panel) and the checks.
"""

from __future__ import annotations

from netizen_editor.errors import ArticleError
from netizen_editor.grammar.block_count import MAX_BLOCKS
from netizen_editor.grammar.mark_count import MAX_MARKS, mark_past
from netizen_editor.grammar.prose import prose_runs
from netizen_editor.grammar.scan import ArticleScan, scan_article
from netizen_editor.i18n import tr


def bounded_scan(text: str, scan: ArticleScan | None = None) -> ArticleScan:
    """The scan of the article ``text`` (``scan``: the caller's, when it is of ``text``: the
    window's, which stop past the blocks the export takes); raises ArticleError (with the line,
    without the path) when its body has more blocks than the export takes (the scan stops
    once it knows: one mark in 5,000,000 lines of ``***`` held ``review`` 60 s)."""
    # the export's count, imported here: its package imports Markdown, which the window's
    # first frame does without (the review marks are read on the way to it)
    from netizen_editor.publish.mdext.budget import too_many

    if scan is None or scan.text != text:
        scan = scan_article(text, most=MAX_BLOCKS)
    if scan.blocks.at_least:
        raise ArticleError(too_many(scan.body, scan.blocks) or "", line=scan.body_line)
    return scan


def too_many_marks(scan: ArticleScan) -> ArticleError | None:
    """The refusal of an article with more than ``MAX_MARKS`` review marks (its path is the
    caller's to give), or None."""
    line = mark_past(scan.body, prose_runs(scan))
    if line is None:
        return None
    message = tr(
        "more than {limit} review marks; at most {limit} are read in one story", limit=MAX_MARKS
    )
    return ArticleError(message, line=line)
