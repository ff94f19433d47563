"""The article's stable ``id`` in its front matter: what its history is keyed by."""

from __future__ import annotations

import re
import uuid

from netizen_editor.article.frontmatter import field_edit, field_value
from netizen_editor.grammar.frontmatter import split_front_matter

#: the front matter key holding the article's id
ID_KEY = "id"
#: what an id may look like to name a history folder (a UUID does; ``..`` or a slash never)
_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")


def article_id(text: str) -> str | None:
    """The id in ``text``'s front matter when it can name a history folder, else None."""
    raw, _body, _line = split_front_matter(text)
    if not raw:
        return None
    return usable_id(field_value(raw, ID_KEY))


def usable_id(value: object) -> str | None:
    """The front matter's ``id`` value when it can name a history folder, else None."""
    if isinstance(value, str) and _SAFE_ID.fullmatch(value):
        return value
    return None


def has_id_key(text: str) -> bool:
    """Whether the front matter has an ``id`` at all (usable or not)."""
    raw, _body, _line = split_front_matter(text)
    return bool(raw) and field_value(raw, ID_KEY) is not None


def with_article_id(text: str) -> tuple[str, str | None]:
    """``text`` with an id (a new UUID when it has none; only that key's line is added, every
    other byte stays) and the id; the id is None when the text's front matter is broken or holds
    an id that cannot name a folder (then ``text`` is returned unchanged)."""
    found = article_id(text)
    if found is not None or has_id_key(text):
        return text, found
    new = str(uuid.uuid4())
    edit = field_edit(text, ID_KEY, new)
    if edit is None:  # front matter that is broken: never a second block
        return text, None
    changed = edit.apply(text)
    return (changed, new) if article_id(changed) == new else (text, None)


def keeping_id(text: str, wanted: str) -> str:
    """``text`` (a version being restored) with the id ``wanted`` (the story's own), so the
    story keeps its history: the ``id`` line is added when it has none and replaced when it
    differs; every other byte stays as it is. A text whose front matter is broken is returned
    unchanged (it never gets a second block)."""
    from netizen_editor.article.frontmatter import set_field

    if article_id(text) == wanted:
        return text
    return set_field(text, ID_KEY, wanted)
