"""Find any of many words or phrases in a line at once: the house style's banned and replaced
words (a desk's list may hold tens of thousands).

One regular expression alternating 20,000 words tries every word at every position (26 s on an
article); trying each entry that starts with the word found was as slow when the entries share
their first word (49,000 phrases "pemerintah …": the house-style rule ran out of time). The
entries are a tree of their parts instead (runs of letters, and each sign between them): from
each run of letters the line is walked along the tree, part by part, so a line costs the same
however long the list is, and each place in it at most the parts of one entry
(:data:`MAX_PARTS`). A match is what ``(?<!\\w)(?:WORD|...)(?!\\w)`` with ``re.IGNORECASE``
finds: whole words, any case, the longest entry first where several start at one place, left
to right without overlap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

#: the parts of one entry: a run of letters (or digits) or one sign between them
_PART = re.compile(r"\w+|\W")
_WORD_CHAR = re.compile(r"\w")
#: the most parts an entry may have (words and the signs between them: ``pemerintah kota`` has
#: 3, twenty words a space apart 39); the house style refuses a longer one (``house_style``), so
#: a walk from one place of a line stays this short
MAX_PARTS = 39
#: in a node of the tree, the key that marks an entry ending there (a part is never empty)
_END = ""
#: the node of an entry that ends with no longer one after it (most of them): one shared dict
_LEAF: dict[str, Any] = {_END: True}


def parts(entry: str) -> list[str]:
    """The parts of ``entry`` as the matcher reads them (lowercase)."""
    return _PART.findall(entry.lower())


class WordMatcher:
    """Built once per list (see ``house_style``), used on every line of every article."""

    def __init__(self, words: Iterable[str]) -> None:
        # part -> the node after it; _END in a node: an entry ends there
        self._root: dict[str, Any] = {}
        signs = set()
        for word in {w.lower() for w in words if w}:
            found = parts(word)
            if not _WORD_CHAR.match(found[0]):
                signs.add(found[0])  # an entry that starts with a sign ("#tagar")
            _insert(self._root, found)
        signs_class = "".join(re.escape(s) for s in sorted(signs))
        self._candidates = re.compile(r"\w+" + (f"|[{signs_class}]" if signs_class else ""))

    def __bool__(self) -> bool:
        return bool(self._root)

    def finditer(self, line: str) -> Iterator[tuple[int, int]]:
        """(start, end) of every listed word or phrase in ``line``."""
        if not self._root:
            return
        taken = 0
        size = len(line)
        for m in self._candidates.finditer(line):
            start = m.start()
            if start < taken:
                continue
            if start and _WORD_CHAR.match(line, start - 1):
                continue  # a sign glued to a word: not where a whole word starts
            node = self._root.get(m.group(0).lower())
            end, at = -1, m.end()
            while node is not None:
                if _END in node and not (at < size and _WORD_CHAR.match(line, at)):
                    end = at  # the longest entry so far that ends at a word's end
                if at >= size or len(node) == (_END in node):
                    break  # the line or the tree ends here
                part = _PART.match(line, at)
                node = node.get(part.group(0).lower()) if part else None
                at = part.end() if part else at
            if end >= 0:
                yield start, end
                taken = end


def _insert(root: dict[str, Any], found: list[str]) -> None:
    node = root
    for part in found[:-1]:
        child = node.get(part)
        if child is None or child is _LEAF:
            child = node[part] = {} if child is None else {_END: True}
        node = child
    last = node.get(found[-1])
    if last is None:
        node[found[-1]] = _LEAF
    elif last is not _LEAF:
        last[_END] = True
