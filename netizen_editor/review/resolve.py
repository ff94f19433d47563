"""Accepting and rejecting review marks: pure functions from text to text.

Accepting keeps an addition, drops a deletion and takes a substitution's new text; rejecting
does the opposite. A highlight becomes its plain text and a comment is dropped either way
(resolving it). The comment that attributes or explains a change goes with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from netizen_editor.review.marks import ReviewMark, review_marks


def replacement(text: str, mark: ReviewMark, accept: bool) -> str:
    """What ``mark`` of ``text`` becomes when it is accepted (``accept``) or rejected."""
    kind = mark.kind
    if kind == "comment":
        return ""
    held = text[mark.text_start : mark.text_end]
    if kind == "highlight":
        return held
    if kind == "substitute":
        return text[mark.new_start : mark.new_end] if accept else held
    keep = accept if kind == "insert" else not accept  # an insertion, or a deletion
    return held if keep else ""


#: what may follow a space that a removed mark leaves (the space goes too)
_AFTER_GAP = frozenset(" .,;:!?)")


def resolved_span(text: str, mark: ReviewMark, accept: bool) -> tuple[int, int, str]:
    """(start, end, new text) that resolve ``mark``: when it goes without a trace between a
    space and a space or a punctuation mark, the space before it goes too (no double spaces,
    no space before a full stop)."""
    new = replacement(text, mark, accept)
    start = mark.start
    if (
        not new
        and start > 0
        and text[start - 1] == " "
        and text[mark.end : mark.end + 1] in (_AFTER_GAP)
    ):
        start -= 1
    return start, mark.end, new


def resolve_marks(text: str, decisions: Iterable[tuple[ReviewMark, bool]]) -> str:
    """``text`` with each (mark, accept) of ``decisions`` resolved (marks of ``text``, in any
    order, not overlapping)."""
    parts: list[str] = []
    last = 0
    for mark, accept in sorted(decisions, key=lambda item: item[0].start):
        start, end, new = resolved_span(text, mark, accept)
        start = max(start, last)
        parts += (text[last:start], new)
        last = end
    parts.append(text[last:])
    return "".join(parts)


def accept_mark(text: str, mark: ReviewMark) -> str:
    """``text`` with its mark ``mark`` accepted."""
    return resolve_marks(text, [(mark, True)])


def reject_mark(text: str, mark: ReviewMark) -> str:
    """``text`` with its mark ``mark`` rejected."""
    return resolve_marks(text, [(mark, False)])


#: rounds of :func:`resolve_all`: a round's joins rarely form a mark, and each round takes at
#: least six delimiter characters out per mark, so a text of marks formed at joins of marks
#: formed at joins ... (only ever made on purpose) ends with marks left, not a long wait
MAX_ROUNDS = 8


@dataclass(frozen=True)
class Resolved:
    """The text with its marks resolved; how many suggestions and other marks (comments and
    highlights) were; ``left``: the marks still in it (formed where a resolved mark's text met
    its neighbours', past :data:`MAX_ROUNDS`)."""

    text: str
    suggestions: int
    others: int
    left: int


def resolve_all(text: str, accept: bool, marks: list[ReviewMark] | None = None) -> Resolved:
    """``text`` with every review mark accepted (``accept``) or rejected, comments dropped. A
    mark resolved can leave its neighbours side by side as a new mark (``{`` before a deletion
    and ``++ x ++}`` after it: ``{++ x ++}``): those are resolved too, round after round, so
    "all" leaves none (at most :data:`MAX_ROUNDS` rounds)."""
    suggestions = others = 0
    marks = review_marks(text) if marks is None else marks  # ``marks``: those of ``text``
    for _ in range(MAX_ROUNDS):
        if not marks:
            break
        found = sum(1 for mark in marks if mark.is_suggestion)
        suggestions, others = suggestions + found, others + len(marks) - found
        text = resolve_marks(text, ((mark, accept) for mark in marks))
        marks = review_marks(text)
    return Resolved(text, suggestions, others, len(marks))


def accept_all(text: str) -> str:
    """The article ``text`` with every review mark accepted (comments dropped)."""
    return resolve_all(text, True).text


def reject_all(text: str) -> str:
    """The article ``text`` with every review mark rejected (comments dropped)."""
    return resolve_all(text, False).text
