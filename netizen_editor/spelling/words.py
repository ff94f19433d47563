"""The prose words of a Markdown article: what the spell checker reads and what it skips.

The article's scan gives the prose lines (no front matter, no code or HTML blocks); in them
what the grammar calls not prose is skipped (``grammar.inline.non_prose_spans``: inline code,
HTML tags and comments, review marks' syntax, deleted text and review comments, URLs, domain
names, e-mail addresses, Markdown link and image targets, ad and jump-break markers), and so
are numbers and words with digits, ALL-CAPS acronyms, mixed-case brand names (iPhone) and
one-letter words.
Capitalised words inside a sentence are names: they come back with ``capitalised`` set and
``sentence_start`` unset, and the checker leaves them alone; so are those that open a table
cell (a row's first cell too: a table of regencies is a column of names, not of sentences).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from typing import NamedTuple

from netizen_editor.grammar.inline import blank_non_prose

#: longer "words" are not prose (a hash, base64, a paste gone wrong): not read, not checked
MAX_WORD_CHARS = 64
# letters: not digits, superscripts (km², m³) or the underscore
_TOKEN = re.compile(r"[^\W\d_²³¹]+(?:['’-][^\W\d_²³¹]+)*")
_SENTENCE_END = re.compile(r"[.!?…]")
# Abbreviations whose full stop does not end the sentence (Jl. Sudirman, Prof. Budi, dr. Ani).
ABBREVIATIONS = frozenset(
    "jl jln dr drs dra prof ir h hj kh st no kec kab kel kota bpk sdr sdri ny tn mr mrs ms "
    "jr sr gen kol letjen mayjen brigjen kompol akbp kapt lt ust pt cv tbk".split()
)


class Word(NamedTuple):
    """A word of prose: ``start``/``end`` are Python indices into its line."""

    start: int
    end: int
    text: str
    sentence_start: bool
    capitalised: bool


#: words remembered, over all cached lines: a 100,000-word article with room for the versions
#: of the lines being edited (with 60,000, the checks' pass over a longer article evicted each
#: line before it came back to it: 340 ms a pass at 100,000 words instead of 3). Every
#: keystroke makes a new version of its line, so the bound is in words, not lines: typing in a
#: long paragraph would otherwise pile up its words by the hundred per key (memory, and
#: Python's collector walks each one on every full collection).
CACHE_WORDS = 250_000


class _LineCache:
    """Line -> its words, least recently used out first; shared by the GUI and render threads."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self._lines: OrderedDict[str, tuple[Word, ...]] = OrderedDict()
        self._words = 0
        self._lock = threading.Lock()

    def words(self, line: str) -> tuple[Word, ...]:
        with self._lock:
            words = self._lines.get(line)
            if words is not None:
                self._lines.move_to_end(line)
                return words
        words = tuple(_read_words(line))
        with self._lock:
            if line not in self._lines:
                self._lines[line] = words
                self._words += len(words) + 1  # an empty line costs its entry
                while self._words > self.budget and len(self._lines) > 1:
                    _old, dropped = self._lines.popitem(last=False)
                    self._words -= len(dropped) + 1
        return words

    def clear(self) -> None:
        with self._lock:
            self._lines.clear()
            self._words = 0

    def __len__(self) -> int:
        return len(self._lines)


_cache = _LineCache(CACHE_WORDS)
#: lines of findings the editor's spell layer remembers (about 5,000 in a 100,000-word
#: article); they hold only the words in error
LINE_CACHE_SIZE = 16_384


def line_words(line: str) -> tuple[Word, ...]:
    """The words of one prose line worth checking, with whether each starts a sentence.

    Cached by line: a new revision of an article mostly repeats the lines of the last one.
    """
    return _cache.words(line)


def forget_lines() -> None:
    """Empty the cache of lines (benchmarks measure a first check with it)."""
    _cache.clear()


def _read_words(line: str) -> list[Word]:
    masked = blank_non_prose(line)
    words: list[Word] = []
    previous_end = 0
    size = len(masked)
    previous = ""
    for m in _TOKEN.finditer(masked):
        start, end = m.span()
        gap = masked[previous_end:start]
        # a table cell opens no sentence: the first cell's first word is read as the other
        # cells' are (a capitalised one is a name: | Tasikmalaya | 120 |), not as the line's
        sentence_start = "|" not in gap and (
            previous_end == 0
            or (
                bool(_SENTENCE_END.search(gap))
                and not (gap.strip() == "." and _abbreviation(previous))
            )
        )
        previous_end = end
        word = previous = m.group()
        if not 2 <= end - start <= MAX_WORD_CHARS or word.isupper():  # one letter; KPK, DPR-RI
            continue
        rest = word[1:]
        if rest != rest.lower():  # iPhone, McDonald, Jawa-Bali
            continue
        # glued to a digit or an underscore (Rp5, 10km², snake_case), or an HTML entity
        # (&nbsp;): not a word of prose
        before = masked[start - 1] if start else " "
        after = masked[end] if end < size else " "
        if before.isalnum() or before == "_" or after.isalnum() or after == "_":
            continue
        if before == "&" and after == ";":
            continue
        words.append(Word(start, end, word.replace("’", "'"), sentence_start, word[0].isupper()))
    return words


def _abbreviation(word: str) -> bool:
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())
