"""A copy of a story worked on as a new story (Open a Copy of a story a colleague holds).

The copy keeps what was written (title, summary, labels, body) but none of what makes it that
story at the desk and on the blog: it is a draft again (not a second story in the editor's
queue), it has no ``id`` (its first save gives it one, so it starts its own history), its
``slug`` is made from its own file name and it has no live ``url`` (two posts never claim one
address), and its author is the user who made it.
"""

from __future__ import annotations

from netizen_editor.article.frontmatter import field_edit, field_value, set_field
from netizen_editor.article.model import Article, slugify
from netizen_editor.editing.formatting import Edit
from netizen_editor.errors import ArticleError
from netizen_editor.history.article_id import ID_KEY


def as_new_story(text: str, stem: str, author: str) -> str:
    """``text`` (a story's) as a new story's, to be saved as ``stem`` + ``.md``; each change is
    only that key's line, every other byte stays. A text without front matter (a note) or
    whose front matter cannot be read is returned as it is: nothing is guessed into it."""
    try:
        if not Article.parse(text).meta:
            return text
    except ArticleError:
        return text
    text = set_field(text, "status", "draft")
    text = set_field(text, ID_KEY, None)
    text = set_field(text, "url", None)
    text = set_field(text, "slug", slugify(stem) or None)
    # The desk's Just Mine is the stories whose author (or editor) is the user's name, the
    # name the locks carry; a copy to be worked on as the user's own story is theirs there,
    # not still the colleague's. The editor stays: who edits it is the desk's choice.
    return set_field(text, "author", author.strip() or None)


def slug_for_name(text: str, offered: str, chosen: str) -> Edit | None:
    """The edit that gives a copy saved as ``chosen`` (a file name's stem) the slug of that
    name, while its slug is still the one :func:`as_new_story` made from the name it was
    offered (``offered``): saved under another name it kept the offered one, its live address
    (RV3 #2). None when nothing changes or the slug is one the user wrote."""
    if slugify(offered) == slugify(chosen) or field_value(text, "slug") != slugify(offered):
        return None
    return field_edit(text, "slug", slugify(chosen) or None)
