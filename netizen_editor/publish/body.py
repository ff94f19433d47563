"""Article → body HTML, the one way through for preview and export.

``BodyRenderer.render`` converts the whole body in one pass (export, first preview load).
``BodyRenderer.render_chunks`` converts chunk by chunk with a cache, so a keystroke re-renders
only the chunk it touched (the live preview). Both produce the same HTML for the same text.

The body HTML is mode-neutral: ad slots and the jump break are marker elements until
``publish.modes.finish_body`` makes them what the mode shows; the dateline is
``publish.dateline``'s.
"""

from __future__ import annotations

import bisect
import html as html_lib
import re
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from netizen_editor.article.model import Article
from netizen_editor.errors import ArticleError
from netizen_editor.grammar.block import Block
from netizen_editor.grammar.blocks import BlockScan, scan_blocks, split_lines
from netizen_editor.i18n import tr
from netizen_editor.publish.chunker import Chunk, Tidy, chunks_between, definitions
from netizen_editor.publish.dateline import apply_dateline, dateline_text, empty_body_html
from netizen_editor.publish.mdext import make_markdown
from netizen_editor.publish.mdext.budget import (
    CHUNK_BUDGET,
    LATE_MESSAGE,
    PREVIEW_BUDGET,
    SEARCH_BUDGET,
    SLOW_ALONE,
    SLOW_CHUNK,
    TOO_DEEP,
    body_budget,
    bounded_scan,
    install_budget,
    timeout_reason,
    too_complex,
    too_long,
    too_many,
)
from netizen_editor.publish.mdext.newsroom import LINE_SENTINEL, NewsroomExtension
from netizen_editor.publish.review_view import MarkView, notes_only, show_marks
from netizen_editor.publish.sanitize import clean_html
from netizen_editor.publish.whole_body import ChunkHtml, number_footnote_refs, unique_heading_ids
from netizen_editor.sentinels import hide_sentinels, show_sentinels
from netizen_editor.settings import Settings
from netizen_editor.timebudget import OutOfTime, Stopped, ThreadBudget

_RAW_GAP = re.compile(r"\n\n+(?=<[a-zA-Z])")  # raw HTML blocks leave a blank line after them
_PLACEHOLDER = 'data-line="@"'
_FIRST_P = re.compile(r'<p data-line="[^"]*">')
#: the rest of a paragraph that holds only pictures (no caption: a captioned one is a figure)
_PICTURES_ONLY = re.compile(r"(?:\s|<img\b[^>]*>|<br\s*/?>)*</p>")
_UNRENDERED = 'class="nz-unrendered"'
#: a chunk's conversion is cached by its text, the definitions and the review mark open where
#: it starts
_Key = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class ChunkChange:
    """What an edit changed in the list of chunks: the first ``head`` are the same objects as
    before; old chunks from ``old_tail`` on are the new ones from ``new_tail`` on, ``delta``
    lines further down (the footnotes, line 0, stay); only the ones between were rendered."""

    head: int
    old_tail: int
    new_tail: int
    delta: int


@dataclass(slots=True)
class _Rendered:
    """One output of ``render_chunks`` and what the next revision's needs of it."""

    scan: BlockScan
    context: tuple  # body line, dateline, has text, title blocks, mark view
    defs: str  # the definitions given to every chunk
    chunks: list[Chunk]
    firsts: list[int]  # each chunk's first block in ``scan.blocks``
    raw: list[ChunkHtml]  # each chunk's HTML before the passes over the whole body
    out: list[ChunkHtml]  # after them (and the footnotes): what was returned
    movable: list[bool]  # the chunk's own data-line comes first in its HTML
    problems: list[tuple[int, str]]  # (chunk index, why it was not rendered)
    late: bool  # chunks were left for the next revision
    dateline: int  # the chunk given the dateline, or -1
    article: Article
    settings: Settings
    footnotes: list[ChunkHtml]  # the footnotes as converted, before the passes (or none)
    opens: list[str]  # the review mark still open where each chunk ends ("": none)


def body_scan(article: Article, previous: BlockScan | None = None) -> BlockScan:
    """The block scan of the article's body (``previous``: the last revision's, to rescan
    only around the edit)."""
    return scan_blocks(split_lines(article.body), previous)


def _title_blocks(article: Article, scan: BlockScan) -> int:
    """1 when the body opens with the ``# title`` heading the page header shows anyway (the
    body is rendered without it; line numbers are kept), else 0."""
    if scan.blocks and scan.blocks[0].kind == "heading" and article.strip_title_heading:
        return 1
    return 0


def has_text(article: Article) -> bool:
    """Whether the body shows anything but the title heading the page shows anyway."""
    scan = body_scan(article)
    return len(scan.blocks) > _title_blocks(article, scan)


#: a long run of spaces inside a line: Python-Markdown's attr_list (``[ ]+\{``) scans it again
#: from each of its spaces in a heading or a table cell (40 KB of spaces in a heading took
#: 0.6 s, 300 KB in a cell 69 s, 1 MB hours). A page shows any run of spaces as one, so outside
#: code a run is closed up before converting: one space inside the line, two at its end
_LONG_GAP = " " * 64  # looked for as a plain substring: a regular expression takes ~7 ms a
# keystroke over a 100,000-word body
_INNER_GAP = re.compile(r"(?<=\S) {64,}(?=\S)")
_TRAILING_GAP = re.compile(r"(?<=\S) {64,}$")
_CLOSE_GAPS = Tidy(_LONG_GAP, lambda line: _TRAILING_GAP.sub("  ", _INNER_GAP.sub(" ", line)))


class BodyRenderer:
    """Owns a Markdown converter and a cache of rendered chunks. Not thread-safe: give each
    thread its own."""

    def __init__(self, cache_size: int = 4096):
        self._budget = ThreadBudget()
        self._new_converter()
        self._cache: OrderedDict[_Key, str] = OrderedDict()
        #: why a cached chunk was shown as its source instead of rendered
        self._refused: dict[_Key, str] = {}
        self._cache_size = cache_size
        #: asked between chunks by ``render_chunks``: True raises :class:`Stopped` (the
        #: preview's thread is ending; a long body would keep it for seconds)
        self.stop: Callable[[], bool] | None = None
        #: what ``render_chunks`` could not render, as errors with the source line
        self.problems: list[ArticleError] = []
        #: the last ``render_chunks``: the next revision starts from it (its block scan
        #: rescans only around the edit, its chunks are kept outside the edit)
        self._last: _Rendered | None = None
        #: counts the outputs of ``render_chunks`` that differ from the one before
        self.serial = 0
        #: what the last output changed in the one before it (serial - 1); None: anything
        self.last_change: ChunkChange | None = None
        self._chunk_texts: dict = {}  # each chunk's text by its blocks (see ``split_chunks``)
        #: how ``render_chunks`` shows review marks (the preview): None, as typed
        self.mark_view: MarkView | None = None
        #: each chunk's HTML with its line filled in, as last returned: (line, cached, html)
        self._placed: dict[_Key, tuple[int, str, str]] = {}

    def _new_converter(self) -> None:
        self._ext = NewsroomExtension()
        self._md = make_markdown(self._ext)
        install_budget(self._md, self._budget)

    def _convert(self, text: str, strip_footnotes: bool, seconds: float = CHUNK_BUDGET) -> str:
        """The HTML of ``text``: Markdown whose own characters of the sentinels' range are
        hidden (``hide_sentinels``: an article's paragraph ``U+E000 L5`` is text, not a source
        line); in the HTML they are the article's characters again."""
        self._md.reset()
        self._ext.strip_footnotes = strip_footnotes
        self._budget.start(seconds)
        try:
            return show_sentinels(self._md.convert(text))
        except (RecursionError, OutOfTime):
            # the parser is left half-way (its state stack is not reset): start a fresh one
            self._new_converter()
            raise
        finally:
            self._budget.stop()

    # -- whole body in one conversion ---------------------------------------------------------
    def render(self, article: Article, settings: Settings) -> str:
        scan = bounded_scan(article.body)
        why = too_many(article.body, scan)
        if why:
            raise ArticleError(why, path=article.path, line=article.body_line)
        chunks, _firsts = chunks_between(scan, article.body_line, _title_blocks(article, scan),
                                         len(scan.blocks), tidy=_CLOSE_GAPS)  # fmt: skip
        source = "\n\n".join(
            hide_sentinels(c.text) if c.is_definition
            else f"{LINE_SENTINEL}{c.line}\n\n{hide_sentinels(c.text)}"
            for c in chunks
        )  # fmt: skip
        refused = _refuse_before(chunks, defs_only=False)
        if refused:
            raise ArticleError(refused[1], path=article.path, line=refused[0])
        try:
            html = self._convert(source, strip_footnotes=False, seconds=body_budget(len(source)))
        except RecursionError:
            line = next((c.line for c in chunks if self._fails(c.text)), None)
            raise ArticleError(tr(TOO_DEEP), path=article.path, line=line) from None
        except OutOfTime:
            line = self._slowest(chunks)
            if line is None:  # none slow on its own: the story's length, or a slow computer
                why = too_long(len(article.body))
                raise ArticleError(why, path=article.path, line=article.body_line) from None
            slow = next(c.text for c in chunks if c.line == line)
            raise ArticleError(timeout_reason(slow), path=article.path, line=line) from None
        html = _tidy(html)
        if not article.body.strip():
            return empty_body_html(article, settings)
        return self._with_dateline(html, article, settings)

    def _fails(self, text: str) -> bool:
        try:
            self._convert(hide_sentinels(text), strip_footnotes=True)
        except (RecursionError, OutOfTime):
            return True
        return False

    def _slowest(self, chunks: list[Chunk]) -> int | None:
        """The line of the first chunk, longest first, that alone runs out of at least
        ``SLOW_ALONE`` seconds, looking for ``SEARCH_BUDGET`` seconds of this thread's CPU
        time; None when none does. (The chunk being tried when the search ran out was named
        before: on a busy machine, any paragraph of a long plain story.)"""
        end = time.thread_time() + SEARCH_BUDGET
        for chunk in sorted(chunks, key=lambda c: -len(c.text)):
            left = end - time.thread_time()
            if left < SLOW_ALONE:
                return None
            try:
                self._convert(hide_sentinels(chunk.text), True, seconds=min(CHUNK_BUDGET, left))
            except OutOfTime:
                return chunk.line
            except RecursionError:
                continue
        return None

    # -- chunk by chunk, cached ---------------------------------------------------------------
    def render_chunks(
        self, article: Article, settings: Settings, scan: BlockScan | None = None
    ) -> list[ChunkHtml]:
        """The body's chunks as HTML; ``scan`` is the body's block scan when the caller has
        it (the revision's one scan), else it is made here from the last one.

        After an edit, only the chunks the block scan found changed are looked at again; the
        others are the previous revision's (moved by the lines the edit added or removed),
        and the passes over the whole body (repeated heading ids, footnote numbers, the
        dateline) run again only when the changed chunks hold what they act on.
        ``last_change`` says which chunks changed."""
        last = self._last
        if scan is None:
            scan = body_scan(article, last.scan if last is not None else None)
        context = (article.body_line, dateline_text(article, settings), bool(article.body.strip()),
                   _title_blocks(article, scan), self.mark_view)  # fmt: skip
        rendered = None
        if last is not None and last.context == context and not last.late and context[2]:
            if scan.serial == last.scan.serial:
                return list(last.out)  # not a line changed: nor did a chunk
            if scan.base == last.scan.serial:  # made from the scan of the last render
                rendered = self._render_edit(scan, last, article)
        if rendered is None:
            if last is not None and last.context[4] != self.mark_view:
                self._cache.clear()  # chunks were converted with the marks shown otherwise
                self._refused.clear()
                self._placed.clear()
            rendered = self._render_all(scan, context, article, settings)
            self.last_change = None
        self._last = rendered
        self.serial += 1
        self.problems = [
            ArticleError(why, path=article.path, line=rendered.out[index].line)
            for index, why in rendered.problems
        ]
        return list(rendered.out)

    def _render_all(
        self, scan: BlockScan, context: tuple, article: Article, settings: Settings
    ) -> _Rendered:
        body_line = context[0]
        fresh: dict[tuple[int, tuple[Block, ...]], str] = {}
        chunks, firsts = chunks_between(scan, body_line, context[3], len(scan.blocks),
                                        self._chunk_texts, fresh, _CLOSE_GAPS)  # fmt: skip
        self._chunk_texts = fresh
        defs = definitions(chunks)
        problems: list[tuple[int, str]] = []
        refused = _refuse_before(chunks, defs_only=True)
        if refused:  # too many definitions: every chunk would pay for them
            defs = ""
            index = next(i for i, c in enumerate(chunks) if c.line == refused[0])
            problems.append((index, refused[1]))
        raw, movable, late, opens = self._render_list(chunks, defs, problems, 0, "")
        out = list(raw)
        if "[^" in defs:
            out.append(ChunkHtml(0, self._footnotes_html(defs)))
        footnotes = out[len(raw) :]
        dateline = -1
        if not context[2]:
            out = [ChunkHtml(article.body_line, empty_body_html(article, settings))]
            problems = []
        else:
            dateline = _first_paragraph(out, 0)
            if dateline >= 0:
                out[dateline] = self._dated(out[dateline], article, settings)
        unique_heading_ids(out)
        number_footnote_refs(out)
        return _Rendered(scan, context, defs, chunks, firsts, raw, out, movable, problems,
                         late, dateline, article, settings, footnotes, opens)  # fmt: skip

    def _render_edit(self, scan: BlockScan, last: _Rendered, article: Article) -> _Rendered | None:
        """The chunks after an edit, from ``last``: None when the edit reaches further than
        this can follow (a definition changed, a chunk moved that cannot be moved)."""
        old_blocks = len(last.scan.blocks)
        head_blocks, tail_blocks, delta = scan.kept_head, scan.kept_tail, scan.delta
        n_old = len(last.chunks)
        head0 = bisect.bisect_left(last.firsts, head_blocks)
        tail0 = n_old
        if tail_blocks:
            tail0 = bisect.bisect_left(last.firsts, old_blocks - tail_blocks)
        if any(c.is_definition or c.inner for c in last.chunks[head0:tail0]):
            return None
        body_line = last.context[0]
        rescanned, rescanned_firsts = chunks_between(
            scan, body_line, max(head_blocks, last.context[3]), len(scan.blocks) - tail_blocks,
            self._chunk_texts, tidy=_CLOSE_GAPS,
        )  # fmt: skip
        if any(c.is_definition or c.inner for c in rescanned):
            return None
        # the scan reads again from a little above the edit: chunks it found as they were
        # are kept as they were (their ids and numbers too), not counted as changed
        old_mid = last.chunks[head0:tail0]
        limit = min(len(old_mid), len(rescanned))
        same_head = 0
        while same_head < limit and old_mid[same_head] == rescanned[same_head]:
            same_head += 1
        same_tail = 0
        while (
            same_tail < limit - same_head
            and old_mid[-1 - same_tail].text == rescanned[-1 - same_tail].text
            and old_mid[-1 - same_tail].line + delta == rescanned[-1 - same_tail].line
        ):
            same_tail += 1
        head, old_tail = head0 + same_head, tail0 - same_tail
        middle = rescanned[same_head : len(rescanned) - same_tail]
        if delta and not all(last.movable[old_tail:n_old]):
            return None
        problems = [(i, why) for i, why in last.problems if i < head]
        inside = last.opens[head - 1] if head else ""
        raw_middle, movable_middle, late, opens = self._render_list(
            middle, last.defs, problems, head, inside
        )
        if (opens[-1] if opens else inside) != (last.opens[old_tail - 1] if old_tail else ""):
            return None  # a mark over paragraphs opens or closes: the chunks below change
        new_tail = head + len(middle)
        shift = new_tail - old_tail
        problems += [(i + shift, why) for i, why in last.problems if i >= old_tail]
        tail_chunks = last.chunks[old_tail:]
        tail_raw = last.raw[old_tail:]
        tail_out = last.out[old_tail:]  # with the footnotes, when there are any
        if delta:
            tail_chunks = [Chunk(c.line + delta, c.text, c.is_definition, c.inner)
                           for c in tail_chunks]  # fmt: skip
            moved = [_moved(item, delta) for item in tail_raw]
            extra = tail_out[len(tail_raw) :]  # the footnotes (line 0): they stay
            tail_out = [  # a chunk the passes left as it was is its raw one
                new if item is old else _moved(item, delta) if item.line else item
                for item, old, new in zip(tail_out, tail_raw + extra, moved + extra, strict=True)
            ]
            tail_raw = moved
        # the passes over the whole body: again only when the changed chunks hold what
        # they act on (a heading's id, a footnote reference, the first paragraph)
        changed = last.raw[head:old_tail] + raw_middle
        dateline = last.dateline
        passes = any("<h" in item.html or "fnref" in item.html for item in changed)
        out_middle = list(raw_middle)
        if not passes and head <= dateline < old_tail:
            at = _first_paragraph(out_middle, 0)
            if at < 0:
                passes = True  # the first paragraph is further down now
            else:
                dateline = head + at
                out_middle[at] = self._dated(out_middle[at], article, last.settings)
        elif (dateline >= old_tail or dateline < 0) and _first_paragraph(out_middle, 0) >= 0:
            passes = True  # a first paragraph above the one that had the dateline
        elif dateline >= old_tail:
            dateline += shift
        raw = last.raw[:head] + raw_middle + tail_raw
        if passes:
            out = raw + last.footnotes
            dateline = _first_paragraph(out, 0)
            if dateline >= 0:
                out[dateline] = self._dated(out[dateline], article, last.settings)
            unique_heading_ids(out)
            number_footnote_refs(out)
            self.last_change = None
        else:
            out = last.out[:head] + out_middle + tail_out
            self.last_change = ChunkChange(head, old_tail, new_tail, delta)
        return _Rendered(
            scan, last.context, last.defs, last.chunks[:head] + middle + tail_chunks,
            last.firsts[:head0] + rescanned_firsts
            + [f + len(scan.blocks) - old_blocks for f in last.firsts[tail0:]],
            raw, out, last.movable[:head] + movable_middle + last.movable[old_tail:], problems,
            late, dateline, article, last.settings, last.footnotes,
            last.opens[:head] + opens + last.opens[old_tail:],
        )  # fmt: skip

    def _render_list(
        self,
        chunks: list[Chunk],
        defs: str,
        problems: list[tuple[int, str]],
        offset: int,
        inside: str,
    ) -> tuple[list[ChunkHtml], list[bool], bool, list[str]]:
        """Each chunk's HTML (from the cache when it has it), whether its own ``data-line``
        comes first in it (then a shift can move it), and whether some chunks were left for
        the next revision (the preview's time ran out), and the review mark open at each
        chunk's end (``inside``: the one open at the first chunk's start). Chunks that could not
        be rendered are added to ``problems`` (their index plus ``offset``)."""
        out: list[ChunkHtml] = []
        movable: list[bool] = []
        opens: list[str] = []
        slow = 0.0  # seconds spent on chunks that each took long; fast ones never count
        late = False
        stop = self.stop
        for index, chunk in enumerate(chunks):
            if stop is not None and stop():
                raise Stopped
            late = slow > PREVIEW_BUDGET  # the rest waits for the next revision
            started = time.perf_counter()
            html, open_after = self._chunk_html(chunk, defs, inside, cached_only=late)
            took = time.perf_counter() - started
            if took > SLOW_CHUNK:
                slow += took
            if _UNRENDERED in html:
                why = self._refused.get((chunk.text, defs, inside)) or tr(TOO_DEEP)
                problems.append((offset + index, why))
            opens.append(open_after)
            inside = open_after
            out.append(ChunkHtml(chunk.line, html))
            movable.append(html.find("data-line=") == html.find(f'data-line="{chunk.line}"'))
        return out, movable, late, opens

    def _chunk_html(
        self, chunk: Chunk, defs: str, inside: str, cached_only: bool = False
    ) -> tuple[str, str]:
        """The chunk's HTML and the review mark open at its end (see ``show_marks``)."""
        source, still_open = chunk.text, None
        if self.mark_view and not chunk.is_definition:
            source, still_open = show_marks(chunk.text, self.mark_view, inside or None)
        key = (chunk.text, defs, inside)
        return self._converted(chunk, source, key, cached_only), still_open or ""

    def _converted(self, chunk: Chunk, source: str, key: _Key, cached_only: bool) -> str:
        defs = key[1]
        cached = self._cache.get(key)
        if cached is None and cached_only:
            self._refused[key] = tr(LATE_MESSAGE)
            return _unrendered(chunk.text).replace(_PLACEHOLDER, f'data-line="{chunk.line}"', 1)
        if cached is None:
            text = hide_sentinels(source + ("\n\n" + defs if defs else ""))
            if not chunk.is_definition:
                text = f"{LINE_SENTINEL}@\n\n{text}"
            why = too_complex(chunk.text)
            try:
                if why:
                    raise OutOfTime
                html = self._convert(text, strip_footnotes=True)
                cached = _tidy(html)
            except (RecursionError, OutOfTime) as exc:  # shown as its source
                if why is None:
                    deep = isinstance(exc, RecursionError)
                    why = tr(TOO_DEEP) if deep else timeout_reason(chunk.text)
                self._refused[key] = why
                cached = _unrendered(chunk.text)
            self._cache[key] = cached
            if len(self._cache) > self._cache_size:
                old, _html = self._cache.popitem(last=False)
                self._refused.pop(old, None)
                self._placed.pop(old, None)
        else:
            self._cache.move_to_end(key)
        placed = self._placed.get(key)
        if placed is not None and placed[0] == chunk.line and placed[1] is cached:
            return placed[2]  # the same chunk on the same line as last time
        html = cached.replace(_PLACEHOLDER, f'data-line="{chunk.line}"', 1)
        self._placed[key] = (chunk.line, cached, html)
        return html

    def _footnotes_html(self, defs: str) -> str:
        key = ("\x00footnotes", defs, "")
        cached = self._cache.get(key)
        if cached is None:
            try:
                cached = clean_html(self._convert(hide_sentinels(defs), strip_footnotes=False))
            except (RecursionError, OutOfTime):
                cached = ""  # the definitions' own chunks are shown and reported
            self._cache[key] = cached
        return cached

    def _dated(self, item: ChunkHtml, article: Article, settings: Settings) -> ChunkHtml:
        return ChunkHtml(item.line, self._with_dateline(item.html, article, settings))

    def _with_dateline(self, html: str, article: Article, settings: Settings) -> str:
        m = _story_paragraph(html)
        if not m:
            return html
        return html[: m.start()] + apply_dateline(m.group(0), html[m.end() :], article, settings)


def _story_paragraph(html: str) -> re.Match[str] | None:
    """The opening tag of the first paragraph of ``html`` that is the story's: not one that
    holds only a review comment's note (the preview shows comments; no export has them), nor
    one that holds only pictures (a letterhead's logo above an imported release: the dateline
    goes into the text, and the page's description with it)."""
    m = _FIRST_P.search(html)
    while m is not None:
        end = notes_only(html, m.start())
        if end < 0:
            pictures = _PICTURES_ONLY.match(html, m.end())
            if pictures is None:
                return m
            end = pictures.end()
        m = _FIRST_P.search(html, end)
    return None


def _first_paragraph(chunks: list[ChunkHtml], start: int) -> int:
    """Index of the first chunk from ``start`` that opens with a paragraph of the story (the
    one the dateline goes into), or -1."""
    return next(
        (i for i in range(start, len(chunks))
         if chunks[i].html.startswith("<p data-line=") and _story_paragraph(chunks[i].html)),
        -1,
    )  # fmt: skip


def _moved(item: ChunkHtml, delta: int) -> ChunkHtml:
    """The chunk ``delta`` lines further down: its own (first) ``data-line`` changed."""
    html = item.html.replace(f'data-line="{item.line}"', f'data-line="{item.line + delta}"', 1)
    return ChunkHtml(item.line + delta, html)


def _unrendered(text: str) -> str:
    """A chunk shown as (the start of) its source, marked as not rendered."""
    source = html_lib.escape(text[:300]) + ("…" if len(text) > 300 else "")
    return f"<p {_PLACEHOLDER} {_UNRENDERED}>{source}</p>"


def _refuse_before(chunks: list[Chunk], defs_only: bool) -> tuple[int, str] | None:
    """(line, reason) of the first chunk refused before conversion: the definitions taken
    together, then (unless ``defs_only``) each chunk alone."""
    defs = [c for c in chunks if c.is_definition]
    why = too_complex("\n".join(c.text for c in defs)) if defs else None
    if why:
        return defs[0].line, why
    if defs_only:
        return None
    for chunk in chunks:
        why = too_complex(chunk.text)
        if why:
            return chunk.line, why
    return None


def _tidy(html: str) -> str:
    """Converted HTML cleaned, one line end between blocks: what a removed comment leaves
    (an empty line, a line end at either end) goes, in a chunk as in the whole body."""
    return _RAW_GAP.sub("\n", clean_html(html)).strip("\n")


def join_chunks(chunks: list[ChunkHtml]) -> str:
    return "\n".join(c.html for c in chunks if c.html)
