"""A time budget for one Markdown conversion, and the cheap pre-checks that refuse a block before
it is converted.

Python-Markdown has inputs that take quadratic time or worse (a run of ``[`` makes every
bracket scan to the end of the paragraph; thousands of abbreviation definitions in one block
re-test the rest of the block once per line; thousands of nested list levels). No size limit
alone bounds all of them, so every processor of the converter checks a deadline: when it has
passed, :class:`RenderTimeout` stops the conversion and the renderer names the block.

The pre-checks catch, before any work, the shapes measured to be slow (see
``benchmarks/bench_hostile.py``): they make the common pathological cases fail at once with a
clear message instead of after the budget.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

import markdown

from netizen_editor.grammar.block_count import MAX_BLOCKS
from netizen_editor.grammar.blocks import BlockScan, scan_blocks, split_lines
from netizen_editor.i18n import tr
from netizen_editor.timebudget import Budget

#: The budgets of conversions are seconds of the converting thread's own CPU time
#: (``timebudget.ThreadBudget``): a busy machine spends none of them. On the wall clock a plain
#: 2.8 MB story (1.1 s of its own) was refused 3 times in 6 with three busy loops beside it.
#:
#: seconds one whole-body conversion may take for each ``BODY_CHARS`` of its text, and at least
#: that (a normal 1 MB article took 1.2 s when this was set, 0.4 s now): a long story gets the
#: time its length needs, and markup far slower than plain text of its length (the hostile kinds
#: are quadratic or worse) still runs out
BODY_BUDGET = 2.5
BODY_CHARS = 1024 * 1024
#: seconds one chunk may take when converted alone (preview, or finding the slow block)
CHUNK_BUDGET = 1.0
#: seconds the preview spends per revision on chunks that are each slow (over ``SLOW_CHUNK``),
#: on the wall clock (what the user waits for, busy machine or not);
#: past it the chunks not yet rendered show as source until the next revision (rendered chunks
#: are cached, so each revision gets further). Fast chunks never count, so a long normal
#: article is never cut short.
PREVIEW_BUDGET = 4.0
SLOW_CHUNK = 0.1
#: seconds spent looking for the block that made the whole-body conversion run out of time
SEARCH_BUDGET = 1.0
#: a chunk is that block only when, converted alone, it runs out of at least this many seconds
#: (a plain paragraph of 100 KB takes 0.02 s here): one that ran out of the little the search
#: had left is no slower than the others
SLOW_ALONE = 0.25

MAX_ABBREVIATIONS = 500  # definitions ``*[ABBR]: ...`` in one article
MAX_INDENT = 200  # columns of leading white space (list and quote nesting)
MAX_HTML_DEPTH = 400  # nesting of raw HTML block elements (nh3's parser is quadratic in it)
MAX_ESCAPES = 50_000  # & and < in one block: the sanitizer is quadratic in entities per text
MAX_SAME_HEADINGS = 500  # headings with one text (giving each its own id is quadratic)
#: list and quote markers opening one line (``> > - - x``): each is a level Python-Markdown
#: parses by recursion. Before 3.11.4 thousands of them ran out of stack (RecursionError, told
#: as ``TOO_DEEP``); 3.11.4 stops nesting short of the limit and prints the rest as text. This
#: limit refuses such a line the same way whatever the version (news copy nests two or three)
MAX_NESTING = 100
TOO_DEEP = (
    "this block nests lists, quotes or emphasis too deeply to be rendered; "
    "take some of the levels out"
)

#: an abbreviation definition as Python-Markdown reads one (``*[KPK]: …``, also ``*[KPK] :``
#: and a name holding a ``]``): it takes each one off its block and every block processor
#: reads the rest of the block again, so 8,000 ``*[a] : b`` lines in one block took 19 s
_ABBR_DEF = re.compile(r"^[ ]{0,3}\*\[[^\\\n]*?\][ ]?:", re.MULTILINE)
_ATX = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.MULTILINE)
_INDENT = re.compile(r"^[ \t]*", re.MULTILINE)
#: the list and quote markers a line opens with
_MARKERS = re.compile(r"^[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])(?:[ \t]+|(?=>)))+", re.MULTILINE)
_MARKER = re.compile(r">|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])")
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>")
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)


#: a block at least this long that ran out of time with no bracket and no tag in it ran out for
#: its length alone (plain text converts at about 5 MB/s here; one "[" or "<" in a block of a
#: megabyte already doubles the time, a hundred of them make it minutes; emphasis, code and
#: entity marks do not count, 1,000 of them cost nothing measurable)
LONG_BLOCK = 100_000
_BLOCK_START = re.compile(r"[ \t]*(?:[#>|`~*+-]|\d+[.)])")
#: a block that ran out of time holding this many headings, rules and other blocks with no
#: blank line between them ran out for them: Python-Markdown takes each off the front of the
#: rest and searches that rest again (4,000 one-line setext headings take about 0.5 s here,
#: 8,000 about 2 s)
MANY_JOINED = 2_000


def timeout_reason(text: str) -> str:
    """Why the block ``text`` ran out of time: the blocks it holds with no blank line between
    them, when there are thousands (80,000 setext headings are no long paragraph); its
    length, when that is all it has (a long paragraph of plain text, as a 5 MB article on
    one line); else the general reason."""
    joined = len(scan_blocks(split_lines(text)).blocks) if "\n" in text else 1
    if joined >= MANY_JOINED:
        return tr(
            "this block holds {count} headings, rules and other blocks with no blank line "
            "between them, too many to render in time; put blank lines between them",
            count=joined,
        )
    plain = "[" not in text and "<" not in text and _BLOCK_START.match(text) is None
    if len(text) >= LONG_BLOCK and plain:
        return tr(
            "this paragraph is too long to render in time ({count} characters); "
            "split it into shorter paragraphs",
            count=len(text),
        )
    return tr(
        "this block is too complex to render in time (runs of brackets, deep nesting or "
        "thousands of tags); simplify it"
    )


def body_budget(chars: int) -> float:
    """The seconds a whole-body conversion of ``chars`` characters may take."""
    return BODY_BUDGET * max(1.0, chars / BODY_CHARS)


def too_long(chars: int) -> str:
    """Why a body of ``chars`` characters ran out of time when no block of it is slow alone."""
    return tr(
        "this story is too long to render in time ({count} characters); "
        "split it into shorter stories",
        count=chars,
    )


LATE_MESSAGE = "the preview stopped here to stay responsive; it continues as you edit"


def _guarded(budget: Budget, fn: Callable[..., Any]) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        budget.check()
        return fn(*args, **kwargs)

    return call


def install_budget(md: markdown.Markdown, budget: Budget) -> None:
    """Make every processor of ``md`` check ``budget`` before it runs (instance attributes, so
    the library's classes are left alone), the raw HTML scanner at every piece it reads (it
    reads a whole document in one call; it finds the budget through ``md``) and the inline
    step at every text it reads."""
    md.nz_budget = budget  # type: ignore[attr-defined]
    _guard_html_scanner()
    for pattern in md.inlinePatterns:
        pattern.handleMatch = _guarded(budget, pattern.handleMatch)  # type: ignore[method-assign]
    # the inline step is one call over every text of the document (100,000 paragraphs that
    # match nothing took 2 s in it): checked as each text meets the first pattern
    first = md.inlinePatterns[0]
    first.getCompiledRegExp = _guarded(budget, first.getCompiledRegExp)  # type: ignore[method-assign]
    for block in md.parser.blockprocessors:
        block.test = _guarded(budget, block.test)  # type: ignore[method-assign]
        block.run = _guarded(budget, block.run)  # type: ignore[method-assign]
    for registry in (md.preprocessors, md.treeprocessors, md.postprocessors):
        for processor in registry:
            processor.run = _guarded(budget, processor.run)  # type: ignore[method-assign]


def _guard_html_scanner() -> None:
    from markdown import htmlparser

    cls = htmlparser.HTMLExtractor
    if getattr(cls, "_nz_guarded", False):
        return
    for name in ("handle_data", "handle_starttag", "handle_endtag", "handle_entityref"):
        original = getattr(cls, name, None)
        if original is None:
            continue

        def checked(self: Any, *args: Any, _original: Any = original) -> Any:
            budget = getattr(self.md, "nz_budget", None)
            if budget is not None:
                budget.check()
            return _original(self, *args)

        setattr(cls, name, checked)
    cls._nz_guarded = True  # type: ignore[attr-defined]


def bounded_scan(body: str) -> BlockScan:
    """The block scan of ``body``, stopped once it knows of more than ``MAX_BLOCKS`` blocks
    (:func:`too_many` refuses the body then): 5,000,000 lines of ``***`` (19 MB) were all read
    into blocks, 54 s and 2.6 GB, before the export refused them."""
    return scan_blocks(split_lines(body), most=MAX_BLOCKS)


def too_many(body: str, scan: BlockScan | None = None) -> str | None:
    """Why the whole body is refused before conversion (counts over all its blocks), or None.
    ``scan``: the grammar's blocks of it, when known (blocks with no blank line between
    them, 80,000 headings or rules, are many blocks without a single blank line), or those
    it makes at least (:func:`bounded_scan`)."""
    known = 0 if scan is None else scan.at_least or len(scan.blocks)
    blocks = max(known, body.count("\n\n"))
    if blocks > MAX_BLOCKS:
        return tr(
            "about {count} paragraphs and other blocks; at most {limit} are exported",
            count=blocks,
            limit=MAX_BLOCKS,
        )
    if body.count("#") > MAX_SAME_HEADINGS:
        same = Counter(_slug_key(m.group(1)) for m in _ATX.finditer(body)).most_common(1)
        if same and same[0][1] > MAX_SAME_HEADINGS:
            return tr(
                "{count} headings with the same text; at most {limit} "
                "(each one needs its own link name)",
                count=same[0][1],
                limit=MAX_SAME_HEADINGS,
            )
    return None


def too_complex(text: str) -> str | None:
    """Why ``text`` (one block, or a whole body) is refused before conversion, or None."""
    if len(text) <= min(MAX_INDENT, MAX_NESTING):
        return None  # too short for any of the limits below
    escapes = text.count("&") + text.count("<")
    if escapes > MAX_ESCAPES:
        return tr(
            "{count} & and < characters in one block; at most {limit}",
            count=escapes,
            limit=MAX_ESCAPES,
        )
    if text.count("*[") > MAX_ABBREVIATIONS:
        count = len(_ABBR_DEF.findall(text))
        if count > MAX_ABBREVIATIONS:
            return tr(
                "{count} abbreviation definitions; at most {limit} are rendered "
                "(each one is searched for in every paragraph)",
                count=count,
                limit=MAX_ABBREVIATIONS,
            )
    if any(len(m.group(0).expandtabs(4)) > MAX_INDENT for m in _INDENT.finditer(text)):
        return tr(
            "lines indented more than {limit} columns (lists or quotes nested too deeply)",
            limit=MAX_INDENT,
        )
    if text.count("<") > MAX_HTML_DEPTH and html_depth(text) > MAX_HTML_DEPTH:
        return tr("HTML elements nested more than {limit} levels deep", limit=MAX_HTML_DEPTH)
    if any(
        len(m.group(0)) > MAX_NESTING and len(_MARKER.findall(m.group(0))) > MAX_NESTING
        for m in _MARKERS.finditer(text)
    ):
        return tr(TOO_DEEP)
    return None


def _slug_key(heading: str) -> str:
    return re.sub(r"[\W_]+", "", heading.lower())


def html_depth(html: str) -> int:
    """The deepest nesting of (non-void) HTML elements, counted from the tags alone."""
    depth = deepest = 0
    for m in _TAG.finditer(html):
        closing, name, self_closing = m.group(1), m.group(2).lower(), m.group(3)
        if name in _VOID or self_closing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest
