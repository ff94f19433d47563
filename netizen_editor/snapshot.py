"""One revision of the editor text, parsed once: what every view of an open article reads.

The preview's render thread makes a :class:`Snapshot` for each text revision it renders (off
the GUI thread) and the tab hands it to the tab title, the outline, the status bar, the
metadata panel, the checks panel and the export dialog, so none of them parses the text
again. A snapshot never changes after it is made.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from netizen_editor.article.model import Article, readable_article
from netizen_editor.checks import Finding, rules, run_checks
from netizen_editor.editing.textstats import TextStats, text_stats
from netizen_editor.errors import ArticleError
from netizen_editor.grammar.block_count import MAX_BLOCKS
from netizen_editor.grammar.scan import ArticleScan, Heading, scan_article
from netizen_editor.i18n import tr
from netizen_editor.settings import Settings
from netizen_editor.timebudget import Stopped

if TYPE_CHECKING:
    from netizen_editor.checks.cache import BlockCache

log = logging.getLogger(__name__)
#: the name of the checks' cache in a scan's ``kept``
CHECKS_CACHE = "checks"


@dataclass(frozen=True)
class Snapshot:
    """The parse of one text revision: the article, or the error that stops it (with file
    and line), and what is derived from it."""

    revision: int
    path: Path | None
    article: Article | None
    error: ArticleError | None
    title: str  # the article's title, "" when there is none or the front matter is broken
    headings: tuple[Heading, ...]
    stats: TextStats
    findings: list[Finding] = field(default_factory=list)  # sorted by position
    checked: bool = False  # the checks ran (False: a quick look, findings still to come)
    text: str = field(default="", repr=False)
    scan: ArticleScan | None = field(default=None, repr=False)  # the text's structure
    #: the words "Ignore" (Abaikan) remembered for the article (read with the checks)
    ignored: frozenset[str] = frozenset()
    #: with an ``error``, what could still be read (the keys with wrong values left out), for
    #: the views that show the article; None when the YAML is broken
    partial: Article | None = field(default=None, repr=False)

    @property
    def readable(self) -> Article | None:
        """The article, or else what could be read of it: what the panels and the pictures
        show (the checks and exports go by ``article`` alone)."""
        return self.article if self.article is not None else self.partial

    @property
    def words(self) -> int:
        return self.stats.words

    @property
    def characters(self) -> int:
        return self.stats.characters

    @property
    def reading_minutes(self) -> int:
        return self.stats.reading_minutes

    @property
    def slug(self) -> str:
        return self.article.slug if self.article is not None else ""

    @property
    def too_big(self) -> str:
        """What the window says of a story past the blocks it reads (``MAX_BLOCKS``), or
        ""."""
        scan = self.scan
        if scan is None or not scan.blocks.at_least:
            return ""
        return tr(
            "This story has more than {limit} paragraphs and other blocks: the preview, the "
            "outline, the checks and the spell check stop at line {line}. All of it can still "
            "be edited; it can be exported once it has {limit} at most.",
            limit=MAX_BLOCKS,
            line=scan.body_line + scan.blocks.read_to,
        )


def checks_cache(scan: ArticleScan) -> BlockCache:
    """The article's cache of per-block check results: kept with its scans (each revision's
    scan hands it on to the next one's), so it lives as long as the article's revisions."""
    from netizen_editor.checks.cache import BlockCache

    cache = scan.kept.get(CHECKS_CACHE)
    if cache is None:
        cache = scan.kept.setdefault(CHECKS_CACHE, BlockCache())
    return cache  # type: ignore[no-any-return]


def take_snapshot(
    revision: int,
    text: str,
    path: Path | None,
    settings: Settings,
    *,
    article: Article | None = None,
    error: ArticleError | None = None,
    body_html: Callable[[], str] | None = None,
    previous: ArticleScan | None = None,
    checks: bool = True,
    stop: Callable[[], bool] | None = None,
) -> Snapshot:
    """The snapshot of ``text``. Pass the ``article`` (or the ``error``) when the text was
    already parsed; ``body_html`` renders the body for a rule that asks for the HTML (none of
    the built-in ones does). ``previous`` is the last revision's scan (only what changed is
    scanned again, unchanged blocks keep their word counts, and the check rules read again
    only the blocks the edit made: the scans of one article share one ``checks.cache``);
    ``checks=False`` leaves the findings empty (a quick look on the GUI thread). ``stop`` is
    asked between the check rules: when it says True (a newer text came), :class:`Stopped`
    is raised. The scan reads ``MAX_BLOCKS`` blocks at most (``too_big``): a planted story of
    2,000,000 paragraphs took 10 s to scan and 1.6 GB, in each of the window's scans."""
    if article is None and error is None:
        try:
            article = Article.parse(text, path)
        except ArticleError as exc:
            error = exc
    scan = scan_article(text, previous, most=MAX_BLOCKS)
    findings: list[Finding] = []
    ignored: frozenset[str] = frozenset()
    if checks and article is not None and path is not None:
        from netizen_editor.spelling.ignored import ignored_words  # with the checks: not at start

        ignored = ignored_words(path, text)
    if checks and article is not None and rules():
        try:
            from netizen_editor.checks.context import context_for  # the renderer: not at start

            context = context_for(text, path, settings, article=article,
                                  render_body=body_html, scan=scan,
                                  cache=checks_cache(scan))  # fmt: skip
            findings = run_checks(context, stop=stop)
            if stop is not None and stop():
                raise Stopped
        except Stopped:
            raise
        except Exception:  # a broken rule must not take the title and outline with it
            log.exception("the checks failed on revision %s", revision)
    partial = None
    if article is None:
        partial = readable_article(text, path)
    return Snapshot(
        revision=revision,
        path=path,
        article=article,
        error=error if article is None else None,
        title=article.title if article is not None else "",
        headings=scan.headings,
        stats=text_stats(text, scan),
        findings=findings,
        checked=checks and article is not None,
        text=text,
        scan=scan,
        ignored=ignored,
        partial=partial,
    )
