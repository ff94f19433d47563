"""The most review marks one story may hold, and where the count passes it.

A heavily edited real story holds hundreds of marks; 2,400,000 in one paragraph (19 MB, under
the size limit) took ``check`` 63-83 s and 1.7 GB and froze the window 20 s a keystroke while
it read them all. Past ``MAX_MARKS`` the story is refused by whatever reads its marks one by
one (``review.mark_cap``), and the editor reads none across lines (``prose.ProseLines``).
"""

from __future__ import annotations

from collections.abc import Iterable

from netizen_editor.grammar.inline import CRITIC_KINDS, _raw_marks

MAX_MARKS = 20_000


def mark_past(
    body: str, runs: Iterable[tuple[int, list[str]]], most: int = MAX_MARKS
) -> int | None:
    """The file line of review mark number ``most + 1`` of the prose ``runs`` (first file line,
    lines) of ``body`` (counted as ``review`` lists them: a change with the comment that
    attributes it is one), or None when they hold ``most`` at most. The openings of ``body``
    are counted first (each mark has one): a story with no more of them is not read further."""
    if not openings_past(body, most):
        return None
    seen = 0
    for first, lines in runs:
        text = "\n".join(lines)
        # a mark is one or two (with its comment) of what is read: twice as many hold the one
        # too many, when the run has it
        found = _raw_marks(text, most=2 * (most - seen) + 1)
        starts = [
            start
            for at, (opening, start, _end, _arrow) in enumerate(found)
            if not (
                opening == "{>>" and at and found[at - 1][0] != "{>>" and found[at - 1][2] == start
            )
        ]
        if seen + len(starts) > most:
            return first + text.count("\n", 0, starts[most - seen])
        seen += len(starts)
    return None


def openings_past(text: str, most: int = MAX_MARKS) -> bool:
    """Whether ``text`` holds more than ``most`` openings of review marks (at string-search
    speed): a story with no more holds no more marks; one with more is past the cap unless
    many of them open no mark."""
    return sum(text.count(opening) for opening in CRITIC_KINDS) > most
