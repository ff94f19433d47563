"""What an export may publish: never a review mark.

An article with unresolved suggestions is refused (``UnresolvedSuggestions``, at the first
one's line, with their count and how to resolve them; marks nested deeper than ``review
--accept-all`` resolves, at their line, with that); highlights become their plain text and
comments are dropped. The exporters read the article through :func:`publishable`; the live
preview does not (it shows the marks).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from netizen_editor.article.model import Article
from netizen_editor.errors import ArticleError
from netizen_editor.i18n import tr
from netizen_editor.review.marks import review_marks
from netizen_editor.review.resolve import MAX_SECONDS, resolve_all, resolve_marks


class UnresolvedSuggestions(ArticleError):
    """An export of an article that still holds suggestions; ``line`` is the first one's,
    ``count`` how many there are."""

    def __init__(self, message: str, *, path: Path | None, line: int, count: int) -> None:
        super().__init__(message, path=path, line=line)
        self.count = count


def publishable(article: Article) -> Article:
    """``article`` as an export publishes it: highlights as plain text, comments dropped.
    Raises UnresolvedSuggestions when it holds a suggestion."""
    if "{" not in article.body:
        return article
    text = article.to_text()
    try:
        marks = review_marks(text)
    except ArticleError as exc:  # more than mark_cap.MAX_MARKS: the story is refused
        exc.path = article.path
        raise
    if not marks:
        return article
    suggestions = [mark for mark in marks if mark.is_suggestion]
    if suggestions:
        name = str(article.path) if article.path is not None else "ARTIKEL.md"
        every = resolve_all(text, True, marks)  # what ``review --accept-all`` would do
        if every.left:  # nested deeper than it goes: it refuses too, so the advice is this
            raise UnresolvedSuggestions(
                tr("{count} unresolved suggestion(s); an export never publishes them, and here "
                   "review marks inside review marks are nested deeper than {rounds} level(s), "
                   "more than accepting all at once resolves (netizen-editor review {file} "
                   "--accept-all, for {seconds} s at most): take the extra marks out by hand, "
                   "then accept or reject the rest", count=len(suggestions),
                   rounds=len(every.rounds), file=name, seconds=round(MAX_SECONDS)),
                path=article.path, line=every.line, count=len(suggestions),
            )  # fmt: skip
        raise UnresolvedSuggestions(
            tr("{count} unresolved suggestion(s), the first here; an export never publishes "
               "them: accept or reject each (Review › Review Panel), or all at once with: "
               "netizen-editor review {file} --accept-all",
               count=len(suggestions), file=name),
            path=article.path, line=suggestions[0].line, count=len(suggestions),
        )  # fmt: skip
    resolved = resolve_marks(text, ((mark, True) for mark in marks))
    return replace(article, body=resolved[len(article.front_matter) :])
