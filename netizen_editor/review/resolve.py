"""Accepting and rejecting review marks: pure functions from text to text.

Accepting keeps an addition, drops a deletion and takes a substitution's new text; rejecting
does the opposite. A highlight becomes its plain text and a comment is dropped either way
(resolving it). The comment that attributes or explains a change goes with it.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

from netizen_editor.i18n import tr
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
    """(start, end, new text) that resolve ``mark``; when it goes without a trace, what it
    leaves goes with it (:func:`gone_span`)."""
    new = replacement(text, mark, accept)
    if new:
        return mark.start, mark.end, new
    return *gone_span(text, mark.start, mark.end), new


def gone_span(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) to take out of ``text`` when ``text[start:end]`` (marks) goes without a
    trace. Between a space and a space or a punctuation mark, the space before it goes too (no
    double spaces, no space before a full stop). On lines of their own, the lines go: a block
    of its own (a blank line or the text's start above it) with the blank lines under it, so
    one blank line is left between the blocks around it (QA37 #14: the import's letterhead
    comment resolved left three)."""
    if not _own_lines(text, start, end):
        if start > 0 and text[start - 1] == " " and text[end : end + 1] in _AFTER_GAP:
            start -= 1
        return start, end
    end = min(end + 1, len(text))  # its line break
    if start == 0 or _blank(text, _line_start(text, start - 1), start - 1):
        while end < len(text):  # the blank lines under it
            after = text.find("\n", end)
            after = len(text) if after < 0 else after + 1
            if not _blank(text, end, after):
                break
            end = after
    return start, end


def _own_lines(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` starts a line and ends one (nothing else on its lines)."""
    return (start == 0 or text[start - 1] == "\n") and text[end : end + 1] in ("\n", "")


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _blank(text: str, start: int, end: int) -> bool:
    return not text[start:end].strip()


def resolved_spans(
    text: str, decisions: Iterable[tuple[ReviewMark, bool]]
) -> list[tuple[int, int, str]]:
    """The (start, end, new text) that resolve each (mark, accept) of ``decisions`` (marks of
    ``text``, in any order, not overlapping), in order and not overlapping: what
    :func:`resolve_marks` cuts and joins, and what the window's Review panel edits. Marks that
    go without a trace, one right after the other (once the first has gone), go as one
    (:func:`gone_span`), as they would one after the other."""
    spans: list[tuple[int, int, str]] = []
    run = 0  # where the marks going one right after the other begin
    for mark, accept in sorted(decisions, key=lambda item: item[0].start):
        start, end, new = resolved_span(text, mark, accept)
        if not new and spans and not spans[-1][2] and spans[-1][1] == mark.start:
            spans.pop()
            start, end = gone_span(text, run, mark.end)
        elif not new:
            run = mark.start
        last = spans[-1][1] if spans else 0
        spans.append((max(start, last), end, new))
    return spans


def with_spans(text: str, spans: list[tuple[int, int, str]]) -> str:
    """``text`` with each (start, end, new text) of ``spans`` (in order) put in."""
    parts: list[str] = []
    last = 0
    for start, end, new in spans:
        parts += (text[last:start], new)
        last = end
    parts.append(text[last:])
    return "".join(parts)


def resolve_marks(text: str, decisions: Iterable[tuple[ReviewMark, bool]]) -> str:
    """``text`` with each (mark, accept) of ``decisions`` resolved (marks of ``text``, in any
    order, not overlapping)."""
    return with_spans(text, resolved_spans(text, decisions))


def accept_mark(text: str, mark: ReviewMark) -> str:
    """``text`` with its mark ``mark`` accepted."""
    return resolve_marks(text, [(mark, True)])


def reject_mark(text: str, mark: ReviewMark) -> str:
    """``text`` with its mark ``mark`` rejected."""
    return resolve_marks(text, [(mark, False)])


#: rounds of :func:`resolve_all`: a mark inside a mark (``{++ a {--b--} ++}``, or nested as
#: ``{++{++x++}++}``, whose outer opening meets the inner closing) comes out a round later, and
#: a mark resolved can leave its neighbours side by side as a new mark; past this many levels
#: (only ever made on purpose: QA32 found 50,000) nothing is resolved and the line is said
MAX_ROUNDS = 8
#: and the time the rounds after the first may take in all (each reads the whole text again)
MAX_SECONDS = 10.0


@dataclass(frozen=True)
class Resolved:
    """The text with its marks resolved; how many suggestions and other marks (comments and
    highlights) were; ``rounds``: each round's (start, end, new text) on the text of its round
    (:func:`resolved_spans`). ``left``: marks still in it after :data:`MAX_ROUNDS` rounds or
    :data:`MAX_SECONDS` (nested deeper than that); then ``line`` is the line of the given text
    where they are, and a caller changes nothing."""

    text: str
    suggestions: int
    others: int
    left: int
    rounds: tuple[list[tuple[int, int, str]], ...] = ()
    line: int = 0


def resolve_all(
    text: str,
    accept: bool,
    marks: list[ReviewMark] | None = None,
    *,
    suggestions_only: bool = False,
) -> Resolved:
    """``text`` with every review mark accepted (``accept``) or rejected, comments dropped
    (with ``suggestions_only``, as the window's Accept All: the suggestions, the comments and
    highlights stay). A mark inside a mark, or formed where a resolved mark's neighbours meet
    (``{`` before a deletion and ``++ x ++}`` after it: ``{++ x ++}``), is resolved too, round
    after round, so "all" leaves none: at most :data:`MAX_ROUNDS` rounds, and the rounds after
    the first at most :data:`MAX_SECONDS`; each round takes at least six characters out per
    mark, so the text only shrinks."""
    found = review_marks(text) if marks is None else marks  # ``marks``: those of ``text``
    first = found
    suggestions = others = 0
    rounds: list[list[tuple[int, int, str]]] = []
    deadline = time.monotonic() + MAX_SECONDS
    while True:
        chosen = [mark for mark in found if mark.is_suggestion or not suggestions_only]
        if not chosen:
            return Resolved(text, suggestions, others, 0, tuple(rounds))
        if len(rounds) == MAX_ROUNDS or (rounds and time.monotonic() > deadline):
            at = _before_rounds(rounds, chosen[0].start)
            line = next((mark.line for mark in first if mark.end > at), first[-1].line)
            return Resolved(text, suggestions, others, len(chosen), tuple(rounds), line)
        counted = sum(1 for mark in chosen if mark.is_suggestion)
        suggestions, others = suggestions + counted, others + len(chosen) - counted
        spans = resolved_spans(text, ((mark, accept) for mark in chosen))
        rounds.append(spans)
        text = with_spans(text, spans)
        found = review_marks(text)


def too_deep(name: object, resolved: Resolved) -> str:
    """Why resolving them all (``resolved``, with marks ``left``) changed nothing, at its line
    of the file ``name``: what the command line and the window's Review panel say."""
    return tr("{file}:{line}: review marks inside review marks, nested deeper than {rounds} "
              "level(s) (all at once resolves that many, for {seconds} s at most); nothing "
              "changed: take the extra marks out by hand", file=name, line=resolved.line,
              rounds=len(resolved.rounds), seconds=round(MAX_SECONDS))  # fmt: skip


def _before_rounds(rounds: list[list[tuple[int, int, str]]], at: int) -> int:
    """Where offset ``at`` of the text after ``rounds`` was in the text before them (in a
    mark's resolved text: where that mark was)."""
    for spans in reversed(rounds):
        shift = 0
        for start, end, new in spans:
            if at < start + shift:
                break
            if at < start + shift + len(new):
                at, shift = start, 0
                break
            shift += len(new) - (end - start)
        at -= shift
    return at


def accept_all(text: str) -> str:
    """The article ``text`` with every review mark accepted (comments dropped)."""
    return resolve_all(text, True).text


def reject_all(text: str) -> str:
    """The article ``text`` with every review mark rejected (comments dropped)."""
    return resolve_all(text, False).text
