"""Where File › History's "Changes Since the Last Review" starts (no Qt): the version that
answers the reviewer's question, "what changed since I reviewed?" (QA25 F-D: from the version
kept at the last accept or reject, the desk editor saw only the reporter's last click).

The versions are read newest first as (author, reason); ``me`` is the user.

- The newest versions are mine and hold my accepts or rejects: from the text just before the
  first decision of that run, so all of them show, not only the last (``DECISIONS``).
- Else from my last version before a colleague's newest ones (``YOURS``): the editor who saved
  his suggestions sees every decision and reply the reporter made since (also when he has
  exported or saved again after reading them); the reporter, every suggestion the editor made
  since her version.
- I have no version before a colleague's: from the last version, before the newest decisions,
  by someone other than who made them (``BEFORE_DECISIONS``); with no decision, from the last
  version by someone other than the newest versions' author, so what they changed shows
  (``THEIRS``).
- Nobody else kept a version and nobody decided: nothing to compare with (None).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

REVIEW = "review"
YOURS, DECISIONS, BEFORE_DECISIONS, THEIRS = "yours", "decisions", "before-decisions", "theirs"


@dataclass(frozen=True)
class Since:
    """Compare from the version in ``row``; ``why`` says which rule chose it."""

    row: int
    why: str


def since_review(versions: Sequence[tuple[str, str]], me: str) -> Since | None:
    """The row of ``versions`` (newest first, (author, reason)) the last review is compared
    from, for the user ``me`` ("": nobody is the user)."""
    if not versions:
        return None
    run = _run(versions, 0)
    mine_on_top = bool(me) and versions[0][0] == me
    if mine_on_top and (decided := _decisions(versions, 0, run)):
        return Since(decided[-1], DECISIONS)
    if me:
        start = run if mine_on_top else 0
        mine = next((row for row in range(start, len(versions)) if versions[row][0] == me),
                    None)  # fmt: skip
        if mine is not None:
            return Since(mine, YOURS)
    newest = next((row for row, (_, reason) in enumerate(versions) if reason == REVIEW), None)
    if newest is not None:
        below = _run(versions, newest)
        if below < len(versions):
            return Since(below, BEFORE_DECISIONS)
        return Since(_decisions(versions, newest, below)[-1], DECISIONS)
    if run < len(versions):
        return Since(run, THEIRS)
    return None


def _decisions(versions: Sequence[tuple[str, str]], start: int, stop: int) -> list[int]:
    """The rows of review decisions from ``start`` up to ``stop``, newest first."""
    return [row for row in range(start, stop) if versions[row][1] == REVIEW]


def _run(versions: Sequence[tuple[str, str]], start: int) -> int:
    """The first row after ``start`` not by the author of ``start``'s version."""
    author = versions[start][0]
    row = start
    while row < len(versions) and versions[row][0] == author:
        row += 1
    return row
