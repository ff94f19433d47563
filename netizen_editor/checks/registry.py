"""The rules and the one function that runs them."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netizen_editor.checks.findings import Finding, sort_key

if TYPE_CHECKING:
    from netizen_editor.article.model import Article
    from netizen_editor.checks.blocks import Block
    from netizen_editor.settings import Settings


@dataclass
class CheckContext:
    """What every rule reads: one text revision, parsed once.

    ``lines`` are the file's lines (``text.splitlines()``), so ``lines[n - 1]`` is line ``n``.
    ``body_html`` is the rendered body (export mode, before the skin) when the builder had
    it; a rule that needs it calls ``rendered_html()``, which renders on first use.
    ``options`` holds the house style's per-rule settings (thresholds, word lists), keyed by
    rule id; ``disabled`` the rules it turns off. ``blocks`` is the body read once as blocks.
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

    def rendered_html(self) -> str:
        """``body_html``, rendered on first use when the context was built without it."""
        if not self.body_html and self.render_body is not None:
            render, self.render_body = self.render_body, None
            self.body_html = render()
        return self.body_html

    @cached_property
    def lines(self) -> list[str]:
        return self.text.splitlines()

    @cached_property
    def blocks(self) -> list[Block]:
        """The body's top-level blocks (paragraphs, headings, ad slots...), read once."""
        from netizen_editor.checks.blocks import split_blocks

        return split_blocks(self.lines, self.article.body_line)

    def option(self, rule_id: str, key: str, default: Any) -> Any:
        """A house-style setting of a rule, or ``default``."""
        return self.options.get(rule_id, {}).get(key, default)


RuleFunc = Callable[[CheckContext], Iterable[Finding]]
_RULES: dict[str, RuleFunc] = {}
# Modules whose import registers rules (each with ``@rule``). Add a module here, one per line.
RULE_MODULES: tuple[str, ...] = (
    "netizen_editor.checks.rules_meta",
    "netizen_editor.checks.rules_text",
    "netizen_editor.checks.rules_images",
    "netizen_editor.checks.rules_ads",
    "netizen_editor.checks.rules_links",
    "netizen_editor.checks.rules_pedoman",
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


def run_checks(
    context: CheckContext,
    disabled: Iterable[str] = (),
    stop: Callable[[], bool] | None = None,
) -> list[Finding]:
    """Run every enabled rule; findings carry the context's path and come sorted by position.

    ``stop`` is asked before each rule: when it says True the run ends early (a worker whose
    text is already stale frees the interpreter for the GUI thread at once)."""
    off = set(disabled) | set(context.disabled)
    found: list[Finding] = []
    for rule_id, func in rules().items():
        if rule_id in off:
            continue
        if stop is not None and stop():
            break
        for finding in func(context):
            if finding.path is None and context.path is not None:
                finding = Finding(**{**finding.__dict__, "path": context.path})
            found.append(finding)
    found.sort(key=sort_key)
    return found
