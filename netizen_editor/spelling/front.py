"""The headline, the search description and the photo caption as the spell check reads them.

The values of the front matter's ``title``, ``summary`` and ``image_caption`` (as YAML reads
them: quotes, folded and literal blocks) are the most visible text of a story: the page's
headline, Google's result, the share card and the line under the featured photo. Their words
are read like prose (``spelling.words``) and placed where they are written in the file: the
file line of the word and its column, found by looking for each word, in order, in the lines
the key's value is written on (``grammar.frontmatter.WrittenValue``).
A word not written as read (a YAML escape such as ``\\u00e9``) is placed at the key's line,
column 1, for the whole line.

Headlines are written in title case (Banjir Rob Genangi Pesisir Jakarta Utara), so each word of
the title reads as a sentence's first word: checked, and accepted when the article uses it as a
name elsewhere (inside a sentence of the summary or the body), as a sentence's first word is.

The check rules read them from the revision's article (``spelling.rules``); the editor's spell
layer from the front matter's lines as they are typed (:func:`front_issues`), so both underline
and list the same words at the same places.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from netizen_editor.grammar.frontmatter import WrittenValue, key_span, scalar
from netizen_editor.spelling.check import Issue, names_in, word_issue
from netizen_editor.spelling.words import Word, line_words

if TYPE_CHECKING:
    from netizen_editor.article.model import Article
    from netizen_editor.spelling.nonstandard import Table
    from netizen_editor.spelling.speller import Speller

#: the front matter keys whose values readers read: the headline, the search description and
#: the featured photo's caption
FRONT_KEYS = ("title", "summary", "image_caption")


def front_values(article: Article, lines: Sequence[str]) -> Iterator[tuple[str, str, WrittenValue]]:
    """(key, its value as YAML read it, where it is written) of each of the ``FRONT_KEYS``
    that has text; ``lines`` are the file's lines (``lines[n - 1]`` is line ``n``; the front
    matter's are enough). The house style reads its words from them too."""
    for key in FRONT_KEYS:
        value = article.meta.get(key)
        span = key_span(article.front_matter, key)
        if isinstance(value, str) and value.strip() and span is not None:
            written = WrittenValue(span, lines)
            if written.written:
                yield key, value, written


def front_words(article: Article, lines: Sequence[str]) -> Iterator[tuple[int, Word]]:
    """(file line, word) of each word of the ``FRONT_KEYS``' values, in order; ``lines`` are
    the file's lines (``lines[n - 1]`` is line ``n``) and the word's ``start``/``end`` index
    that line (both 0 when the word is not written as read: the key's line as a whole)."""
    for key, value, written in front_values(article, lines):
        for value_line in value.splitlines():
            for word in line_words(value_line):
                if key == "title":
                    word = word._replace(sentence_start=True)
                found = written.find(word.text)
                if found is None:
                    yield written.key_line, word._replace(start=0, end=0)
                else:
                    number, start, end = found
                    yield number, word._replace(start=start, end=end)


def front_issues(
    raw: str,
    speller: Speller | None,
    lang: str,
    table: Table | None,
    names: set[str],
    article: Article | None = None,
) -> dict[int, tuple[Issue, ...]]:
    """The typos and non-standard forms of the front matter block ``raw`` (the file's first
    lines, its fences included) by file line, each at its place in its line; the names its
    values use inside a sentence are added to ``names`` (the article's, as the rules read
    them). A word not written as read is left out (it has no place to underline). ``article``
    is ``raw`` as YAML read it (the editor's snapshot, parsed on its render thread); without it
    (being typed, or broken) each key's one line is read."""
    from netizen_editor.article.model import Article

    if article is None or article.front_matter != raw:
        article = Article(meta={key: scalar(raw, key) for key in FRONT_KEYS}, front_matter=raw)
    words = [(n, w) for n, w in front_words(article, raw.splitlines()) if w.end > w.start]
    names |= names_in(word for _n, word in words)
    found: dict[int, tuple[Issue, ...]] = {}
    for number, word in words:
        issue = word_issue(number, word, speller, lang, table, names)
        if issue is not None:
            found[number] = (*found.get(number, ()), issue)
    return found
