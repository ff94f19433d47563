"""Findings of a line moved along with an edit of the line, until the line is checked again
(typing must not wait for the spell check, and the underlines must not jump)."""

from __future__ import annotations

from dataclasses import replace

from netizen_editor.spelling.check import Issue
from netizen_editor.text_ends import common_ends


def shifted(issues: tuple[Issue, ...], old: str, new: str) -> tuple[Issue, ...]:
    """``issues`` of the line ``old`` moved to where their words are in ``new`` (one edit)."""
    head, tail = common_ends(old, new)
    delta = len(new) - len(old)
    moved = []
    for issue in issues:
        if issue.end < head:  # typing on at the end of a word changes it
            moved.append(issue)
        elif issue.start >= len(old) - tail:
            moved.append(replace(issue, start=issue.start + delta, end=issue.end + delta))
    return tuple(moved)
