"""Checks of an article: plain functions of its snapshot that yield findings.

The window's checks panel, the export dialog and ``netizen-editor check`` run the same rules.
A rule is registered with :func:`rule` and receives a :class:`CheckContext`.
"""

from __future__ import annotations

from netizen_editor.checks.findings import Finding, Level
from netizen_editor.checks.registry import CheckContext, RuleFunc, rule, rules, run_checks

__all__ = ["CheckContext", "Finding", "Level", "RuleFunc", "rule", "rules", "run_checks"]
