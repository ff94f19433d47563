"""The check rules ``spelling`` (typos, with suggestions) and ``non-standard`` (tidak baku).

Suggestions cost ~10 ms to 0.2 s a word (garbage costs the most), and Hunspell holds the GIL
meanwhile, so only the first ``max_suggested_words`` distinct unknown words get them (option of
the rule ``spelling``), only words of up to ``MAX_SUGGESTED_CHARS`` letters, and only within
``SUGGEST_SECONDS`` per article. The default count is 40 on the main thread (``netizen-editor
check``) and 0 on any other thread: a background check in the app must not stall the GUI
thread, and the editor's context menu asks for suggestions when it opens. Suggestions are
cached, so a word that got them keeps them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

from netizen_editor.checks import CheckContext, Finding, Level, rule
from netizen_editor.grammar.scan import ArticleScan
from netizen_editor.i18n import tr
from netizen_editor.spelling.check import (
    NON_STANDARD,
    SPELLING,
    Issue,
    text_issues,
    word_list_paths,
)
from netizen_editor.spelling.nonstandard import Table, TableError, load_table
from netizen_editor.spelling.speller import (
    DictionaryError,
    Speller,
    article_language,
    shared_speller,
)

DEFAULT_MAX_SUGGESTED_WORDS = 40
#: longer unknown words get no suggestions (Hunspell's cost grows with the length; a word that
#: long is glued text or garbage, not a typo with a fix)
MAX_SUGGESTED_CHARS = 30
#: seconds one article's suggestions may take in all
SUGGEST_SECONDS = 1.0


def _issues(context: CheckContext, kind: str) -> Iterator[Issue | Finding]:
    raw_lang = context.article.meta.get("lang")
    lang = article_language(raw_lang)
    if lang is None:
        if kind == SPELLING:
            yield Finding(
                1,
                1,
                Level.INFO,
                SPELLING,
                tr("No dictionary for the language '{lang}': spelling not checked", lang=raw_lang),
            )
        return
    speller = table = None
    try:
        table = load_table() if lang == "id" else None
        lists = word_list_paths(context.settings.newsroom_wordlist)
        if kind == SPELLING:
            speller = shared_speller(lists)
            speller.load(("id", "en") if lang == "id" else ("en",))
        elif table is None:
            return
        else:  # the spelling rule's pass finds non-standard forms too: share it
            speller = shared_speller(lists)
            speller = speller if speller.loaded else None
    except (DictionaryError, TableError) as exc:
        yield Finding(1, 1, Level.WARNING, kind, str(exc))
        return
    for problem in speller.list_problems if speller and kind == SPELLING else ():
        yield Finding(1, 1, Level.WARNING, kind, problem)
    for issue in _text_issues(context.text, speller, lang, table, context.step, context.scan):
        if issue.kind == kind:
            yield issue


_last: tuple[tuple[object, ...], list[Issue]] | None = None


def _text_issues(
    text: str,
    speller: Speller | None,
    lang: str,
    table: Table | None,
    step: Callable[[int], None] | None = None,
    scan: ArticleScan | None = None,
) -> list[Issue]:
    """``text_issues``, remembered for the next rule that reads the same revision."""
    global _last
    key = (text, lang, id(speller), speller.generation if speller else -1, id(table))
    last = _last
    if last is not None and last[0] == key:
        return last[1]
    found = text_issues(text, speller, lang, table, step, scan)
    _last = (key, found)
    return found


@rule(SPELLING)
def spelling(context: CheckContext) -> Iterator[Finding]:
    options = context.options.get(SPELLING, {})
    on_main = threading.current_thread() is threading.main_thread()
    default = DEFAULT_MAX_SUGGESTED_WORDS if on_main else 0
    budget = int(options.get("max_suggested_words", default))
    lang = article_language(context.article.meta.get("lang")) or "id"
    speller = None
    suggested: set[str] = set()
    deadline = 0.0  # set at the first suggestion: loading and reading do not count
    for item in _issues(context, SPELLING):
        if isinstance(item, Finding):
            yield item
            continue
        if speller is None:
            speller = shared_speller(word_list_paths(context.settings.newsroom_wordlist))
        suggestions = speller.cached_suggestions(item.word, lang)
        if (
            suggestions is None
            and len(item.word) <= MAX_SUGGESTED_CHARS
            and len(suggested) < budget
            and (not suggested or time.perf_counter() < deadline)
        ):
            if not suggested:
                deadline = time.perf_counter() + SUGGEST_SECONDS
            suggested.add(item.word)
            suggestions = speller.suggest(item.word, lang)
        yield Finding(
            item.line,
            item.start + 1,
            Level.WARNING,
            SPELLING,
            tr("Possible typo: '{word}'", word=item.word),
            suggestions=tuple(suggestions or ()),
            length=item.end - item.start,
            extra={"word": item.word},
        )


@rule(NON_STANDARD)
def non_standard(context: CheckContext) -> Iterator[Finding]:
    for item in _issues(context, NON_STANDARD):
        if isinstance(item, Finding):
            yield item
            continue
        yield Finding(
            item.line,
            item.start + 1,
            Level.WARNING,
            NON_STANDARD,
            tr(
                "Non-standard spelling '{word}': the standard form is '{standard}'",
                word=item.word,
                standard=item.standard,
            ),
            suggestions=(item.standard,),
            length=item.end - item.start,
            extra={"word": item.word},
        )
