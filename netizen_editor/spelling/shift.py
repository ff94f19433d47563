"""Findings of a line moved along with an edit of the line, until the line is checked again
(typing must not wait for the spell check, and the underlines must not jump)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from netizen_editor.spelling.check import Issue


def _common_length(a: str, b: str, limit: int, part: Callable[[str, int], str]) -> int:
    """The longest ``n <= limit`` with ``part(a, n) == part(b, n)`` (string compares in C)."""
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if part(a, middle) == part(b, middle):
            low = middle
        else:
            high = middle - 1
    return low


def shifted(issues: tuple[Issue, ...], old: str, new: str) -> tuple[Issue, ...]:
    """``issues`` of the line ``old`` moved to where their words are in ``new`` (one edit)."""
    size = min(len(old), len(new))
    head = _common_length(old, new, size, lambda t, n: t[:n])
    tail = _common_length(old, new, size - head, lambda t, n: t[len(t) - n :])
    delta = len(new) - len(old)
    moved = []
    for issue in issues:
        if issue.end < head:  # typing on at the end of a word changes it
            moved.append(issue)
        elif issue.start >= len(old) - tail:
            moved.append(replace(issue, start=issue.start + delta, end=issue.end + delta))
    return tuple(moved)
