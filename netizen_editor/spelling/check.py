"""Find the typos and non-standard spellings of a text: shared by the rules and the editor."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from netizen_editor.grammar.prose import prose_lines
from netizen_editor.grammar.scan import ArticleScan, scan_article
from netizen_editor.spelling.nonstandard import Table
from netizen_editor.spelling.speller import Speller
from netizen_editor.spelling.words import Word, line_words

SPELLING = "spelling"
NON_STANDARD = "non-standard"


@dataclass(frozen=True)
class Issue:
    """A word to underline: ``start``/``end`` are Python indices into line ``line``."""

    line: int
    start: int
    end: int
    word: str
    kind: str  # SPELLING or NON_STANDARD
    standard: str = ""  # the standard form of a non-standard spelling


def names_in(words: Iterable[Word]) -> set[str]:
    """Capitalised words seen inside a sentence: names, accepted at a sentence's start too."""
    return {w.text for w in words if w.capitalised and not w.sentence_start}


def word_issue(
    number: int,
    word: Word,
    speller: Speller | None,
    lang: str,
    table: Table | None,
    names: set[str] | frozenset[str] = frozenset(),
) -> Issue | None:
    """What is wrong with ``word`` (line ``number``), or None."""
    if table is not None and lang == "id":
        standard = table.standard_form(word.text)
        if standard:
            return Issue(number, word.start, word.end, word.text, NON_STANDARD, standard)
    if speller is None or (word.capitalised and not word.sentence_start):
        return None
    if speller.known(word.text, lang) or (word.capitalised and word.text in names):
        return None
    standard = speller.standard_form(word.text, lang)  # mengkonversi: not a typo
    if standard:
        return Issue(number, word.start, word.end, word.text, NON_STANDARD, standard)
    return Issue(number, word.start, word.end, word.text, SPELLING)


def line_issues(
    number: int,
    line: str,
    speller: Speller | None,
    lang: str,
    table: Table | None,
    names: set[str] | frozenset[str] = frozenset(),
) -> list[Issue]:
    found = []
    for word in line_words(line):
        issue = word_issue(number, word, speller, lang, table, names)
        if issue is not None:
            found.append(issue)
    return found


#: characters: a longer line asks the rule's time budget before its words are read
LONG_LINE = 10_000
#: characters: a longer line is not underlined as it is typed (the editor reads a typed line's
#: words on the window's thread: a 5 MB one-line article held each key for seconds); the
#: checks panel, on its worker, still reads it within its time budget
TYPED_LINE_MAX = 20_000


def text_issues(
    text: str,
    speller: Speller | None,
    lang: str,
    table: Table | None,
    step: Callable[[int], None] | None = None,
    scan: ArticleScan | None = None,
) -> list[Issue]:
    """Every issue of an article's prose (``grammar.prose``: no code, raw HTML or comment
    blocks; review marks read as accepted), in order. A capitalised word that the article uses
    inside a sentence is a name, accepted at a sentence's start too. ``step`` is told each line
    number before it is read (a rule's time budget raises there). The check rules read the
    same per block and keep it for the next revision (``spelling.rules``)."""
    lines = []
    for number, line in prose_lines(scan if scan is not None else scan_article(text)):
        if step is not None and len(line) > LONG_LINE:
            step(number)  # reading a long line's words is the costly part
        lines.append((number, line_words(line)))
    names = frozenset(names_in(w for _n, words in lines for w in words))
    found: list[Issue] = []
    for number, words in lines:
        if step is not None:
            step(number)
        found += (i for w in words if (i := word_issue(number, w, speller, lang, table, names)))
    return found


def word_list_paths(newsroom_wordlist: str) -> tuple[Path, ...]:
    """The newsroom's shared list (if its path is set) and the journalist's own list."""
    from netizen_editor.spelling.wordlists import personal_list_path

    newsroom = (Path(newsroom_wordlist).expanduser(),) if newsroom_wordlist.strip() else ()
    return (*newsroom, personal_list_path())
