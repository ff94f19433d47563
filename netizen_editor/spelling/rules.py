"""The check rules ``spelling`` (typos, with suggestions) and ``non-standard`` (tidak baku).

Suggestions cost ~10 ms to 0.2 s a word (garbage costs the most), and Hunspell holds the GIL
meanwhile, so only the first ``max_suggested_words`` distinct unknown words get them (option of
the rule ``spelling``), only words of up to ``MAX_SUGGESTED_CHARS`` letters, and only within
``SUGGEST_SECONDS`` per article. The default count is 40 on the main thread (``netizen-editor
check``) and 0 on any other thread: a background check in the app must not stall the GUI
thread, and the editor's context menu asks for suggestions when it opens. Suggestions are
cached (by the ``Speller``, least recently used out), so a word that got them keeps them.

Each prose block is read once: its typos, non-standard forms and names are kept for the
article's next revision (the article's ``checks.cache``) and read again only for the blocks an
edit made; a typo that is a name the article uses inside a sentence is dropped afterwards,
over the whole article. The headline, the search description and the photo caption (the front
matter's ``title``, ``summary`` and ``image_caption``, ``spelling.front``) are read on every
run (short values), their findings at the file line and column they are written at. The
words the journalist ignored in this article ("Abaikan", ``spelling.ignored``) are left out.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from typing import NamedTuple

from netizen_editor.checks import CheckContext, Finding, Level, rule
from netizen_editor.checks.cache import moved
from netizen_editor.grammar.prose import NOT_PROSE_KINDS
from netizen_editor.grammar.scan import LocatedBlock
from netizen_editor.i18n import tr
from netizen_editor.spelling.check import (
    LONG_LINE,
    NON_STANDARD,
    SPELLING,
    Issue,
    word_issue,
    word_list_paths,
)
from netizen_editor.spelling.front import front_words
from netizen_editor.spelling.ignored import ignored_words
from netizen_editor.spelling.nonstandard import Table, TableError, load_table
from netizen_editor.spelling.speller import (
    DictionaryError,
    Speller,
    article_language,
    shared_speller,
)
from netizen_editor.spelling.words import Word, line_words

DEFAULT_MAX_SUGGESTED_WORDS = 40
#: longer unknown words get no suggestions (Hunspell's cost grows with the length; a word that
#: long is glued text or garbage, not a typo with a fix)
MAX_SUGGESTED_CHARS = 30
#: seconds one article's suggestions may take in all
SUGGEST_SECONDS = 1.0


class _Block(NamedTuple):
    """What one prose block says to the spelling rules, at the file line it was read at."""

    typos: tuple[Finding, ...]  # ``spelling`` findings (without suggestions)
    named: tuple[bool, ...]  # per typo: a capitalised word (a name elsewhere accepts it)
    standard: tuple[Finding, ...]  # ``non-standard`` findings
    names: frozenset[str]  # capitalised words inside a sentence: names (``names_in``)


#: a block without typos, non-standard forms or names (most of them)
_NOTHING = _Block((), (), (), frozenset())


def _moved(block: _Block, lines: int) -> _Block:
    if block is _NOTHING:
        return block
    return block._replace(typos=moved(block.typos, lines), standard=moved(block.standard, lines))


def _reader(
    context: CheckContext, kind: str
) -> tuple[list[Finding], tuple[Speller | None, str, Table | None] | None]:
    """The findings the rule ``kind`` opens with (no dictionary, a word list's problem) and
    what it reads the words with (speller, language, table), or None when it reads none."""
    raw_lang = context.article.meta.get("lang")
    lang = article_language(raw_lang)
    if lang is None:
        if kind != SPELLING:
            return [], None
        message = tr("No dictionary for the language '{lang}': spelling not checked", lang=raw_lang)
        return [Finding(1, 1, Level.INFO, SPELLING, message)], None
    speller = table = None
    try:
        table = load_table() if lang == "id" else None
        lists = word_list_paths(context.settings.newsroom_wordlist)
        if kind == SPELLING:
            speller = shared_speller(lists)
            speller.load(("id", "en") if lang == "id" else ("en",))
        elif table is None:
            return [], None
        else:  # the spelling rule's reading finds non-standard forms too: share it
            speller = shared_speller(lists)
            speller = speller if speller.loaded else None
    except (DictionaryError, TableError) as exc:
        return [Finding(1, 1, Level.WARNING, kind, str(exc))], None
    context.set_up()  # the dictionaries' load is no block's step (the rule's deadline bounds it)
    problems = speller.list_problems if speller and kind == SPELLING else ()
    return [Finding(1, 1, Level.WARNING, kind, p) for p in problems], (speller, lang, table)


def _blocks(
    context: CheckContext, speller: Speller | None, lang: str, table: Table | None
) -> list[_Block]:
    """Each prose block's typos, non-standard forms and names (``grammar.prose``: no code, raw
    HTML or comment blocks; review marks read as accepted), in order; a block read in an
    earlier revision is not read again (the article's ``checks.cache``)."""
    key = (speller, speller.generation if speller else -1, lang, table)
    kept = context.__dict__.get("_spelling")
    if kept is not None and kept[0] == key:
        return kept[1]  # type: ignore[no-any-return]
    slot = context.slot("spelling-blocks", key)
    prose = context.prose
    # what review marks that span lines hide of a block's lines (every mark opens with "{")
    blanks = prose.blanks if "{" in context.scan.body else {}

    def read(located: LocatedBlock) -> _Block:
        first, block = located

        def words() -> Iterator[tuple[int, Word]]:
            for number, line in enumerate(block.lines, start=first):
                line = prose.read(number, line) if blanks else line
                if len(line) > LONG_LINE:
                    context.step(number)  # reading a long line's words is the costly part
                listed = line_words(line)
                context.step(number)
                for word in listed:
                    yield number, word

        sorted_words = _sorted_words(words(), speller, lang, table)
        if sorted_words is _NOTHING:
            return _NOTHING
        return sorted_words._replace(typos=slot.with_path(sorted_words.typos),
                                     standard=slot.with_path(sorted_words.standard))  # fmt: skip

    found = []
    entries = slot.entries
    for located in context.blocks:
        first, block = located
        if block.kind in NOT_PROSE_KINDS:
            continue
        extra = None
        if blanks:
            extra = tuple((n, tuple(blanks[n])) for n in range(first, first + block.size)
                          if n in blanks) or None  # fmt: skip
        entry = entries.get(block)
        if entry and entry[0] == first and entry[2] == extra:
            found.append(entry[1])  # read in an earlier revision, at the same line
        else:
            found.append(slot.placed(located, read, _moved, extra))
    context.__dict__["_spelling"] = (key, found)
    return found


def _front(
    context: CheckContext, speller: Speller | None, lang: str, table: Table | None
) -> _Block:
    """The typos, non-standard forms and names of the front matter's read values (once per
    run: both rules share it)."""
    key = (speller, speller.generation if speller else -1, lang, table)
    kept = context.__dict__.get("_spelling_front")
    if kept is not None and kept[0] == key:
        return kept[1]  # type: ignore[no-any-return]

    def words() -> Iterator[tuple[int, Word]]:
        for number, word in front_words(context.article, context.lines):
            context.step(number)
            yield number, word

    found = _sorted_words(words(), speller, lang, table)
    context.__dict__["_spelling_front"] = (key, found)
    return found


def _sorted_words(
    words: Iterator[tuple[int, Word]], speller: Speller | None, lang: str, table: Table | None
) -> _Block:
    """The typos, non-standard forms and names among ``words`` (each with its file line)."""
    typos: list[Finding] = []
    named: list[bool] = []
    standard: list[Finding] = []
    names: set[str] = set()
    for number, word in words:
        if word.capitalised and not word.sentence_start:
            names.add(word.text)
        issue = word_issue(number, word, speller, lang, table)
        if issue is None:
            continue
        if issue.kind == SPELLING:
            typos.append(_typo(issue))
            named.append(word.capitalised)
        else:
            standard.append(_non_standard(issue))
    if not (typos or standard or names):
        return _NOTHING
    return _Block(tuple(typos), tuple(named), tuple(standard), frozenset(names))


def _typo(issue: Issue) -> Finding:
    return Finding(
        issue.line,
        issue.start + 1,
        Level.WARNING,
        SPELLING,
        tr("possible typo: “{word}”", word=issue.word),
        length=issue.end - issue.start,
        extra={"word": issue.word},
    )


def _non_standard(issue: Issue) -> Finding:
    return Finding(
        issue.line,
        issue.start + 1,
        Level.WARNING,
        NON_STANDARD,
        tr(
            "non-standard spelling “{word}”: the standard form is “{standard}”",
            word=issue.word,
            standard=issue.standard,
        ),
        suggestions=(issue.standard,),
        length=issue.end - issue.start,
        extra={"word": issue.word},
    )


@rule(SPELLING)
def spelling(context: CheckContext) -> Iterator[Finding]:
    options = context.options.get(SPELLING, {})
    on_main = threading.current_thread() is threading.main_thread()
    default = DEFAULT_MAX_SUGGESTED_WORDS if on_main else 0
    budget = int(options.get("max_suggested_words", default))
    opening, reader = _reader(context, SPELLING)
    yield from opening
    if reader is None:
        return
    speller, lang, table = reader
    assert speller is not None
    body = _blocks(context, speller, lang, table)  # first: where a rule's time goes
    blocks = [_front(context, speller, lang, table), *body]
    ignored = ignored_words(context.path, context.text)
    names: frozenset[str] | None = None  # the article's names, read when a typo may be one
    suggested: set[str] = set()
    deadline = 0.0  # set at the first suggestion: loading and reading do not count
    for block in blocks:
        for index, finding in enumerate(block.typos):
            word = finding.extra["word"]
            if word in ignored:
                continue
            if block.named[index]:
                if names is None:
                    names = frozenset().union(*(b.names for b in blocks))
                if word in names:
                    continue  # a name the article uses inside a sentence
            suggestions = speller.cached_suggestions(word, lang)
            if (
                suggestions is None
                and len(word) <= MAX_SUGGESTED_CHARS
                and len(suggested) < budget
                and (not suggested or time.perf_counter() < deadline)
            ):
                if not suggested:
                    deadline = time.perf_counter() + SUGGEST_SECONDS
                suggested.add(word)
                suggestions = speller.suggest(word, lang)
            yield replace(finding, suggestions=suggestions) if suggestions else finding


@rule(NON_STANDARD)
def non_standard(context: CheckContext) -> Iterator[Finding]:
    opening, reader = _reader(context, NON_STANDARD)
    yield from opening
    if reader is not None:
        ignored = ignored_words(context.path, context.text)
        body = _blocks(context, *reader)
        for block in (_front(context, *reader), *body):
            yield from (f for f in block.standard if f.extra["word"] not in ignored)
