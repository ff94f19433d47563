"""Review marks left in the article: an unresolved suggestion is an error (an export refuses
it), an unresolved comment (or a highlight's) a warning. The marks and their places come from
``review.marks``."""

from __future__ import annotations

from collections.abc import Iterator

from netizen_editor.checks.findings import Finding, Level
from netizen_editor.checks.registry import CheckContext, rule
from netizen_editor.errors import ArticleError
from netizen_editor.i18n import tr
from netizen_editor.review.marks import ReviewMark, review_marks

#: characters of a mark's text quoted in a message
QUOTED = 60


def quoted(text: str) -> str:
    """``text`` on one line, cut to ``QUOTED`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= QUOTED else text[: QUOTED - 1] + "…"


def author_name(mark: ReviewMark) -> str:
    """Who made the mark, or "unknown" (in the current language)."""
    return mark.author or tr("unknown")


def _message(mark: ReviewMark) -> str | None:
    who, text = author_name(mark), quoted(mark.text)
    if mark.kind == "insert":
        return tr('unresolved suggestion ({author}): add "{text}"; accept or reject it',
                  author=who, text=text)  # fmt: skip
    if mark.kind == "delete":
        return tr('unresolved suggestion ({author}): delete "{text}"; accept or reject it',
                  author=who, text=text)  # fmt: skip
    if mark.kind == "substitute":
        return tr('unresolved suggestion ({author}): replace "{text}" with "{new}"; accept or '
                  "reject it", author=who, text=text, new=quoted(mark.new_text))  # fmt: skip
    if mark.kind == "comment":
        return tr('unresolved comment ({author}): "{text}"; resolve it', author=who, text=text)
    if mark.comment:  # a highlight with its comment (a bare highlight is only emphasis)
        return tr('unresolved comment ({author}) on "{text}": "{comment}"; resolve it',
                  author=who, text=text, comment=quoted(mark.comment))  # fmt: skip
    return None


@rule("review")
def check_review(context: CheckContext) -> Iterator[Finding]:
    try:
        marks = review_marks(context.text, context.scan)
    except ArticleError as exc:  # more than mark_cap.MAX_MARKS: none is read (the window's)
        yield Finding(exc.line or 1, 1, Level.ERROR, "review", exc.message)
        return
    for mark in marks:
        context.step(mark.line)
        message = _message(mark)
        if message is None:
            continue
        level = Level.ERROR if mark.is_suggestion else Level.WARNING
        length = mark.end_column - mark.column if mark.end_line == mark.line else 0
        yield Finding(mark.line, mark.column, level, "review", message, length=length)
