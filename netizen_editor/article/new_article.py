"""The text a new article starts with: front matter to fill in and an empty body.

The body does not carry the dateline: the renderer opens the first paragraph with it
(``JAKARTA, Netizen.co.id - ``) from the ``dateline`` field and the site name in Settings, so
a city set later or a renamed site shows up without editing the text.
"""

from __future__ import annotations

import datetime as dt

from netizen_editor.article.dates import newsroom_now
from netizen_editor.article.frontmatter import scalar
from netizen_editor.settings import Settings


def new_article_text(settings: Settings, now: dt.datetime | None = None) -> str:
    """Front matter with the default author and ``date`` = now in the newsroom's zone."""
    when = now or newsroom_now(settings.timezone)
    author = settings.default_author.strip()
    return (
        "---\n"
        "title: ''\n"
        "summary: ''\n"
        f"author: {scalar(author) if author else chr(39) * 2}\n"
        f"date: {when.isoformat()}\n"
        "dateline: ''\n"
        "labels: []\n"
        "status: draft\n"
        "---\n\n"
    )
