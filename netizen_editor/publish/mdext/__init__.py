"""Python-Markdown set up for the newsroom: the standard extensions plus our own."""

from __future__ import annotations

import markdown

from netizen_editor.publish.mdext.newsroom import NewsroomExtension

STANDARD_EXTENSIONS = [
    "tables",
    "fenced_code",
    "footnotes",
    "attr_list",
    "abbr",
    "def_list",
    "toc",
    "sane_lists",
]


def make_markdown(newsroom: NewsroomExtension | None = None) -> markdown.Markdown:
    """A Markdown converter with the standard extensions and, when given, the newsroom's."""
    extensions: list = list(STANDARD_EXTENSIONS)
    if newsroom is not None:
        extensions.append(newsroom)
    return markdown.Markdown(extensions=extensions, output_format="html")
