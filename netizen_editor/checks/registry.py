"""The rules and the one function that runs them."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netizen_editor.checks.findings import Finding, sort_key

if TYPE_CHECKING:
    from netizen_editor.article import Article
    from netizen_editor.settings import Settings


@dataclass
class CheckContext:
    """What every rule reads: one text revision, parsed once.

    ``lines`` are the file's lines (``text.splitlines()``), so ``lines[n - 1]`` is line ``n``.
    ``body_html`` is the rendered body (export mode, before the skin). ``options`` holds the
    house style's per-rule settings (thresholds, word lists), keyed by rule id.
    """

    text: str
    article: Article
    settings: Settings
    body_html: str = ""
    path: Path | None = None
    options: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def lines(self) -> list[str]:
        return self.text.splitlines()


RuleFunc = Callable[[CheckContext], Iterable[Finding]]
_RULES: dict[str, RuleFunc] = {}
# Modules whose import registers rules (each with ``@rule``). Add a module here, one per line.
RULE_MODULES: tuple[str, ...] = ("netizen_editor.spelling.rules",)


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


def run_checks(context: CheckContext, disabled: Iterable[str] = ()) -> list[Finding]:
    """Run every enabled rule; findings carry the context's path and come sorted by position."""
    off = set(disabled)
    found: list[Finding] = []
    for rule_id, func in rules().items():
        if rule_id in off:
            continue
        for finding in func(context):
            if finding.path is None and context.path is not None:
                finding = Finding(**{**finding.__dict__, "path": context.path})
            found.append(finding)
    found.sort(key=sort_key)
    return found
