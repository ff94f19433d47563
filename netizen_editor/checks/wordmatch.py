"""Find any of many words or phrases in a line at once: the house style's banned and replaced
words (a desk's list may hold tens of thousands).

One regular expression alternating 20,000 words tries every word at every position (26 s on an
article); this looks each run of letters up in a dict instead, so a line costs the same however
long the list is. A match is what ``(?<!\\w)(?:WORD|...)(?!\\w)`` with ``re.IGNORECASE`` finds:
whole words, any case, the longest entry first where several start at one place, left to right
without overlap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_RUN = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")


class WordMatcher:
    """Built once per list (see ``house_style``), used on every line of every article."""

    def __init__(self, words: Iterable[str]) -> None:
        # first run of word characters (lowercased) -> the entries that start with it, longest
        # first; an entry that starts with a sign ("#tagar") is keyed by that sign
        self._starts: dict[str, list[str]] = {}
        self._signs: set[str] = set()
        for word in sorted({w.lower() for w in words if w}, key=len, reverse=True):
            head = _RUN.match(word)
            key = head.group(0) if head else word[0]
            if not head:
                self._signs.add(key)
            self._starts.setdefault(key, []).append(word)
        signs = "".join(re.escape(s) for s in sorted(self._signs))
        self._candidates = re.compile(r"\w+" + (f"|[{signs}]" if signs else ""))

    def __bool__(self) -> bool:
        return bool(self._starts)

    def finditer(self, line: str) -> Iterator[tuple[int, int]]:
        """(start, end) of every listed word or phrase in ``line``."""
        if not self._starts:
            return
        lower = line.lower() if line.isascii() else None  # same length: compare in place
        taken = 0
        for m in self._candidates.finditer(line):
            start = m.start()
            if start < taken:
                continue
            if start and _WORD_CHAR.match(line, start - 1):
                continue  # a sign glued to a word: not where a whole word starts
            entries = self._starts.get(m.group(0).lower())
            if not entries:
                continue
            for entry in entries:
                end = start + len(entry)
                if lower is not None:
                    same = lower.startswith(entry, start)
                else:
                    same = line[start:end].lower() == entry
                if same and not (end < len(line) and _WORD_CHAR.match(line, end)):
                    yield start, end
                    taken = end
                    break
