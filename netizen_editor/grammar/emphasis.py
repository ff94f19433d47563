"""Which ``*`` and ``_`` of a text are emphasis markers, as the renderer pairs them.

Python-Markdown (3.11, ``DelimiterProcessor``) reads a run of ``*`` or of ``_`` as a
delimiter run: it may open emphasis when no space follows it and close it when no space comes
before it (a ``_`` run also needs no letter or digit on its outer side: ``snake_case`` and
``x_a_`` are text); a run that may do both pairs only when the two runs' lengths do not add up
to a multiple of 3 (unless both are). A closer pairs with the nearest opener of its character,
two characters of each for strong, one for emphasis, and openers between the two are text. What
is never paired stays on the page: ``a * b``, ``5 * 2``, ``**a*`` (``*a``).

``unpaired`` reads a text whose escapes and code spans are already masked
(``grammar.escapes``): their characters are no ``*`` or ``_``. It follows the renderer's
steps (a run of 3 or more always closes, an attempt that pairs nothing starts again one
character later), property-tested against it (tests/grammar/test_plain_text_page.py). One pass
over the runs, read again at most ``_RESTARTS`` times, each closer looking back at most
``_LOOK_BACK`` openers: linear on any text.
"""

from __future__ import annotations

import re

_RUN = re.compile(r"([*_])\1*")  # (2.5x faster than "\*+|_+")
_WORD = re.compile(r"\w")
#: how many openers of its character a closer looks back at (rule of 3 skips); the renderer
#: looks further, past this a hostile text of runs may read differently
_LOOK_BACK = 16
#: how many times a text's pairing is tried again from a later character (the renderer does so
#: after an attempt that paired nothing; past this a hostile text may read differently)
_RESTARTS = 8


def _flanks(text: str, start: int, end: int) -> tuple[bool, bool]:
    """(may open, may close) for the run ``text[start:end]``, as the renderer's boundary."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    opens = bool(after) and not after.isspace()
    closes = bool(before) and not before.isspace()
    if text[start] == "_":  # "smart": not inside a word
        opens = opens and not (before and _WORD.match(before))
        closes = closes and not (after and _WORD.match(after))
    return opens, closes


def unpaired(text: str) -> str:
    """``text`` without the ``*`` and ``_`` the renderer reads as emphasis markers."""
    if "*" not in text and "_" not in text:
        return text
    runs = [m.span() for m in _RUN.finditer(text)]
    cut = [0] * len(runs)  # how many of each run's characters are markers
    stacks: dict[str, list[list[int]]] = {"*": [], "_": []}  # openers: [run, length, left, both]
    paired = False  # since the stacks were last empty (the renderer's attempt)
    restarts = _RESTARTS
    index = 0
    while index < len(runs):
        start, end = runs[index]
        opens, closes = _flanks(text, start, end)
        if start and text[start - 1] == text[start]:  # the rest of a run, read again
            closes = False
        stack = stacks[text[start]]
        length = end - start
        index += 1
        if closes and stack:
            again = min(s[0][0] for s in stacks.values() if s)  # where the attempt started
            left, first = _close(stack, index - 1, length, opens, cut)
            if left is None:  # the renderer gives up on its attempt
                stacks = {"*": [], "_": []}
                if not paired and restarts:
                    restarts -= 1  # it tries again one character after the attempt's start
                    if runs[again][1] - runs[again][0] > 1:
                        runs[again] = (runs[again][0] + 1, runs[again][1])
                        index = again
                    else:
                        index = again + 1
                paired = False
                continue
            if first >= 0:  # paired, ``first`` the first opener it paired with
                paired = True
                other = stacks["_" if text[start] == "*" else "*"]
                while other and other[-1][0] > first:
                    other.pop()  # inside the pair: no longer an opener
                if length >= 3 and left and opens:
                    stack.append([index - 1, length, left, 0])
                elif not stacks["*"] and not stacks["_"]:
                    paired = False  # the attempt is over: the rest of the run starts the next
                    if left and opens:
                        stack.append([index - 1, left, left, 1])
                continue
        if opens:
            stack.append([index - 1, length, length, int(closes)])
    if not any(cut):
        return text
    parts = []
    last = 0
    for (start, end), gone in zip(runs, cut, strict=True):
        if gone:
            parts.append(text[last:start])
            parts.append(text[start] * (end - start - gone))
            last = end
    parts.append(text[last:])
    return "".join(parts)


def _close(
    stack: list[list[int]], index: int, length: int, both: bool, cut: list[int]
) -> tuple[int | None, int]:
    """Pair the closing run ``index`` (``length`` long, ``both``: may also open) with the
    openers of ``stack`` as the renderer does: what is left of it (None: the renderer drops
    the openers) and the first opener it paired with (-1: none)."""
    first = -1
    current = length
    last = stack[-1][2]
    if both and current != last and _rule_of_3(stack[-1][1], current):
        for depth in range(len(stack) - 2, max(-1, len(stack) - 2 - _LOOK_BACK), -1):
            if stack[depth][2] == current and not _rule_of_3(stack[depth][1], current):
                del stack[depth + 1 :]
                last = current
                break
    if (current > last and not (both and _rule_of_3(stack[-1][1], current))) or (
        current == last or current >= 3
    ):
        while stack and current and last <= current:
            opener = stack.pop()
            size = min(opener[2], 1 if opener[2] == 3 else 2)
            _pair(cut, opener[0], index, size)
            first = opener[0]
            current -= size
            if size < opener[2]:
                opener[2] -= size
                stack.append(opener)
            if not stack:
                return current, first
            last = stack[-1][2]
        if length >= 3 and current and both:
            return current, first
        if not (current and stack and last > current):
            return current, first
    if stack and (last >= 3 or not both) and last > current:
        opener = stack.pop()
        while stack and opener[2] != 3 and opener[3]:
            opener = stack.pop()
        last = opener[2]
        if opener[3] and opener[2] != 3:
            return None, first
        first = opener[0]
        while current:
            size = 1 if current == 3 else min(current, 2)
            _pair(cut, opener[0], index, size)
            current -= size
            last -= size
        if last:
            stack.append([opener[0], opener[1], last, 0])
    return current, first


def _pair(cut: list[int], opener: int, closer: int, size: int) -> None:
    cut[opener] += size
    cut[closer] += size


def _rule_of_3(opener: int, closer: int) -> bool:
    """Whether two runs of these (original) lengths may not pair."""
    return (opener + closer) % 3 == 0 and (opener % 3 != 0 or closer % 3 != 0)
