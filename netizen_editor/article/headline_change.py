"""What a text that replaced another changed of the story's headline (QA31 F4): a desk
editor's new title reached the reporter with no sign, as the Review panel lists marks, not
front-matter changes. The window says it when a colleague's save replaces an open story's
text (``gui/window/headline_note.py``)."""

from __future__ import annotations

from typing import Any

from netizen_editor.article.model import Article
from netizen_editor.errors import ArticleError
from netizen_editor.grammar.frontmatter import split_front_matter

#: the front matter's fields a reader takes for the story's headline, in the order said
HEADLINE_FIELDS = ("title", "summary")


def headline_changes(before: str, after: str) -> list[tuple[str, str, str]]:
    """(field, value before, value after) for each of :data:`HEADLINE_FIELDS` whose front-matter
    value differs from ``before`` to ``after`` ("": none). None when either front matter
    cannot be read (its own message says why, in the checks)."""
    if split_front_matter(before)[0] == split_front_matter(after)[0]:
        return []  # the common case, read without YAML
    try:
        old, new = Article.parse(before).meta, Article.parse(after).meta
    except ArticleError:
        return []
    changes = []
    for field in HEADLINE_FIELDS:
        was, now = _value(old.get(field)), _value(new.get(field))
        if was != now:
            changes.append((field, was, now))
    return changes


def _value(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""
