"""The rules and the one function that runs them."""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netizen_editor.checks.cache import BlockCache, Slot
from netizen_editor.checks.findings import Finding, Level, one_per_word, sort_key
from netizen_editor.grammar.blocks import split_lines
from netizen_editor.grammar.scan import scan_article
from netizen_editor.i18n import language, tr
from netizen_editor.timebudget import WALL_FACTOR, OutOfTime, ThreadBudget

if TYPE_CHECKING:
    from netizen_editor.article.model import Article
    from netizen_editor.grammar.blocks import BlockScan
    from netizen_editor.grammar.prose import ProseLines
    from netizen_editor.grammar.scan import ArticleScan, LocatedBlock
    from netizen_editor.settings import Settings


@dataclass
class CheckContext:
    """What every rule reads: one text revision, parsed once.

    ``lines`` are the file's lines (``text.splitlines()``), so ``lines[n - 1]`` is line ``n``.
    ``body_html`` is the rendered body (export mode, before the skin) when the builder had
    it; a rule that needs it calls ``rendered_html()``, which renders on first use.
    ``options`` holds the house style's per-rule settings (thresholds, word lists), keyed by
    rule id; ``disabled`` the rules it turns off. ``blocks`` is the body read once as blocks.
    ``cache`` keeps what the rules found per block for the article's next revision (see
    ``checks.cache``; a context made without one reads every block and keeps nothing).
    """

    text: str
    article: Article
    settings: Settings
    body_html: str = ""
    path: Path | None = None
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    disabled: frozenset[str] = frozenset()  # rules the house style turns off
    # renders the body when ``body_html`` was not given (see ``rendered_html``)
    render_body: Callable[[], str] | None = field(default=None, repr=False, compare=False)
    # the text's scan when the builder had one (the snapshot's): see ``scan``
    given_scan: ArticleScan | None = field(default=None, repr=False, compare=False)
    # the running rule's time budget (``run_checks`` sets it; see ``step``)
    budget: RuleBudget | None = field(default=None, repr=False, compare=False)
    # the article's per-block results (see ``slot``)
    cache: BlockCache = field(
        default_factory=lambda: BlockCache(keep=False), repr=False, compare=False
    )

    def step(self, line: int) -> None:
        """A rule is at file line ``line`` (a block, a line or a link it is about to read):
        raises OutOfTime when the rule is out of time (see :class:`RuleBudget`)."""
        if self.budget is not None:
            self.budget.step(line)

    def set_up(self) -> None:
        """A rule's set-up is done: see :meth:`RuleBudget.set_up`."""
        if self.budget is not None:
            self.budget.set_up()

    def rendered_html(self) -> str:
        """``body_html``, rendered on first use when the context was built without it."""
        if not self.body_html and self.render_body is not None:
            render, self.render_body = self.render_body, None
            self.body_html = render()
        return self.body_html

    @cached_property
    def lines(self) -> list[str]:
        """The file's lines as the scan numbers them (``\n`` ends a line)."""
        return list(split_lines(self.text))

    @cached_property
    def scan(self) -> ArticleScan:
        """The article's scan (the snapshot's, when the builder had it)."""
        if self.given_scan is not None and self.given_scan.text == self.text:
            return self.given_scan
        return scan_article(self.text)

    @property
    def blocks(self) -> list[LocatedBlock]:
        """The body's blocks (paragraphs, headings, ad slots...) with their file lines."""
        return self.scan.located

    def slot(self, name: str, key: Hashable = None, shared: bool = False) -> Slot:
        """The per-block results ``name`` of the article's cache, for ``key`` (what they
        depend on besides the block: see ``checks.cache``); ``shared``: several rules of a
        run read them."""
        slot = self.cache.slot(name, key, shared)
        slot.reach = self.reach
        return slot

    def reach(self, located: LocatedBlock) -> Hashable:
        """What reaches the block ``located`` from other blocks: the parts of its lines that
        review marks spanning blocks hide (``grammar.prose``), None for most blocks. A block
        whose text is the same reads otherwise when a mark above it opens or closes."""
        return self._reached.get(located[0])

    @cached_property
    def prose(self) -> ProseLines:
        """The body's prose lines, as the rules read them (one reading of the review marks
        that span lines for the whole run)."""
        from netizen_editor.grammar.prose import ProseLines

        return ProseLines(self.scan)

    @cached_property
    def _reached(self) -> dict[int, Hashable]:
        """Block start line -> the hidden spans of its lines, for the blocks marks reach."""
        from bisect import bisect_right

        blanks = self.prose.blanks
        if not blanks:
            return {}
        starts = [line for line, _block in self.blocks]
        reached: dict[int, list[tuple[int, tuple[tuple[int, int], ...]]]] = {}
        for line, spans in sorted(blanks.items()):
            at = bisect_right(starts, line) - 1
            if at >= 0:
                reached.setdefault(starts[at], []).append((line, tuple(spans)))
        return {start: tuple(spans) for start, spans in reached.items()}

    def option(self, rule_id: str, key: str, default: Any) -> Any:
        """A house-style setting of a rule, or ``default``."""
        return self.options.get(rule_id, {}).get(key, default)


#: seconds all the rules may take on one article, one rule at most (the spelling pass more: it
#: loads the dictionaries), and one step of a rule (a block, a line); the rules of a normal 1 MB
#: article take about 1 s together here, spelling most of it. A rule past a limit stops with one
#: finding that names it and the block it was at; the others still run. All of them are of the
#: checking thread's own CPU time (``timebudget.ThreadBudget``): with the wall clock's, a busy
#: machine (a build beside the app, CI running four tests at once) made a rule "take too long"
#: at an ordinary paragraph.
ARTICLE_BUDGET = 3.0
RULE_BUDGET = 1.0
RULE_BUDGETS = {"spelling": 2.0, "non-standard": 2.0}
STEP_BUDGET = 1.0
#: what each rule still gets once the article's budget is spent
LAST_RULE_BUDGET = 0.05


class RuleBudget(ThreadBudget):
    """The time budget the export's converter checks (``timebudget``), with where the rule
    is: a rule calls ``context.step(line)`` at each block or line; past the rule's deadline,
    or when one step took over ``STEP_BUDGET``, the rule stops there. A step cannot be cut
    short (each is a few linear scans), so the budget is the backstop: the scans themselves
    stay linear. Both are of this thread's CPU time; a step's is read only when the wall
    clock says it may be past (a thread spends at most the wall time that passed).
    ``wall``: of the wall clock instead (a look that waits on a shared drive's files, the
    user waiting for it: ``desk.story_files``)."""

    def __init__(
        self, seconds: float, step_seconds: float = STEP_BUDGET, *, wall: bool = False
    ) -> None:
        super().__init__(wall=wall)
        self.start(seconds)
        self.step_seconds = step_seconds
        self.line = 1
        self._begin_step(time.perf_counter())

    def _begin_step(self, now: float) -> None:
        self._step_deadline = now + self.step_seconds
        self._step_own = self.own_time()

    def step(self, line: int) -> None:
        now = time.perf_counter()
        self.line = line  # where the rule stops if it is out of time: the rest is skipped
        if now > self._step_deadline and (
            self.own_time() - self._step_own > self.step_seconds
            or now > self._step_deadline + (WALL_FACTOR - 1) * self.step_seconds
        ):
            raise OutOfTime
        self.check()  # the rule's own deadline
        self._begin_step(now)

    def set_up(self) -> None:
        """The rule's one-time set-up (the spelling rule's dictionaries and word lists) is done:
        it was no step of the text, so the first step's time starts now (the rule's own deadline
        still bounds it). With a newsroom list of 50,000 words the load took 0.9 s of the first
        block's 1 s, and the rule stopped there on a busier or slower computer."""
        self._begin_step(time.perf_counter())


def out_of_time(rule_id: str, line: int) -> Finding:
    """The one finding of a rule that ran out of time at file line ``line``."""
    return Finding(
        line, 1, Level.WARNING, rule_id,
        tr("the check '{rule}' took too long at this block; skipped from here on", rule=rule_id),
    )  # fmt: skip


RuleFunc = Callable[[CheckContext], Iterable[Finding]]
_RULES: dict[str, RuleFunc] = {}
# Modules whose import registers rules (each with ``@rule``). Add a module here, one per line.
RULE_MODULES: tuple[str, ...] = (
    "netizen_editor.checks.rules_meta",
    "netizen_editor.checks.rules_text",
    "netizen_editor.checks.rules_headings",
    "netizen_editor.checks.rules_images",
    "netizen_editor.checks.rules_ads",
    "netizen_editor.checks.rules_links",
    "netizen_editor.checks.rules_pedoman",
    "netizen_editor.checks.rules_review",
    "netizen_editor.checks.rules_template",
    "netizen_editor.checks.rules_copy",
    "netizen_editor.checks.rules_hidden",
    "netizen_editor.checks.house_style",
    "netizen_editor.spelling.rules",
)


def rule(rule_id: str) -> Callable[[RuleFunc], RuleFunc]:
    """Register a rule function under its id (``@rule("title-length")``)."""

    def register(func: RuleFunc) -> RuleFunc:
        _RULES[rule_id] = func
        return func

    return register


def rules() -> dict[str, RuleFunc]:
    """The registered rules, importing the modules that define them."""
    for name in RULE_MODULES:
        importlib.import_module(name)
    return dict(_RULES)


#: the rule that finds front matter read as body text, and the rules that read its fields:
#: while it fires they are left out (they would say fields are missing that are written, and
#: bury the one error that says what is wrong)
FRONT_MATTER_RULE = "front-matter"
FIELD_RULES = frozenset(
    {
        "title-caps",
        "title-length",
        "summary",
        "slug",
        "labels",
        "featured-image",
        "share-image",
        "dateline",
        "lead-length",
    }
)


def run_checks(
    context: CheckContext,
    disabled: Iterable[str] = (),
    stop: Callable[[], bool] | None = None,
    *,
    timed: bool = True,
) -> list[Finding]:
    """Run every enabled rule; findings carry the context's path and come sorted by position.

    ``stop`` is asked before each rule: when it says True the run ends early (a worker whose
    text is already stale frees the interpreter for the GUI thread at once). With ``timed``
    each rule runs within its share of the time budget (``ARTICLE_BUDGET``...). The rules
    read what the context's cache kept of the blocks an edit did not touch."""
    cache = context.cache

    def blocks() -> BlockScan:
        return context.scan.blocks

    if not cache.open(blocks, language(), context.path):
        cache = context.cache = BlockCache(keep=False)  # another run holds it: one of its own
        cache.open(blocks, language(), context.path)
    try:
        return _run(context, disabled, stop, timed)
    finally:
        cache.close()


def _run(
    context: CheckContext,
    disabled: Iterable[str],
    stop: Callable[[], bool] | None,
    timed: bool,
) -> list[Finding]:
    off = set(disabled) | set(context.disabled)
    found: list[Finding] = []
    article_deadline = time.thread_time() + ARTICLE_BUDGET  # this thread's CPU time
    for rule_id, func in rules().items():
        if rule_id in off:
            continue
        if stop is not None and stop():
            break
        if timed:
            left = article_deadline - time.thread_time()
            most = RULE_BUDGETS.get(rule_id, RULE_BUDGET)
            context.budget = RuleBudget(max(LAST_RULE_BUDGET, min(most, left)))
        try:
            for finding in func(context):
                found.append(_with_path(finding, context))
        except OutOfTime:
            line = context.budget.line if context.budget is not None else 1
            found.append(_with_path(out_of_time(rule_id, line), context))
        finally:
            context.budget = None
    if any(f.rule == FRONT_MATTER_RULE for f in found):  # its fields are unread, not missing
        found = [f for f in found if f.rule not in FIELD_RULES]
    found = one_per_word(found)
    found.sort(key=sort_key)
    return found


def _with_path(finding: Finding, context: CheckContext) -> Finding:
    if finding.path is None and context.path is not None:
        return Finding(**{**finding.__dict__, "path": context.path})
    return finding
