"""Python-Markdown set up for the newsroom: the standard extensions plus our own."""

from __future__ import annotations

import markdown
from markdown.extensions import Extension
from markdown.extensions.abbr import AbbrExtension
from markdown.extensions.attr_list import AttrListExtension
from markdown.extensions.def_list import DefListExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.extensions.toc import TocExtension

from netizen_editor.publish.mdext.block_queue import queue_blocks
from netizen_editor.publish.mdext.fenced import FencedCodeExtension
from netizen_editor.publish.mdext.footnotes import FootnoteExtension
from netizen_editor.publish.mdext.link_text import bound_link_text
from netizen_editor.publish.mdext.newsroom import NewsroomExtension
from netizen_editor.publish.mdext.references import bound_references

#: the standard extensions, as classes: given by name, Python-Markdown first looks the name up
#: among every installed package's entry points (importlib.metadata: ~45 ms, on the way to the
#: first preview)
STANDARD_EXTENSIONS: tuple[type[Extension], ...] = (
    TableExtension,
    FencedCodeExtension,
    FootnoteExtension,
    AttrListExtension,
    AbbrExtension,
    DefListExtension,
    TocExtension,
    SaneListExtension,
)


def make_markdown(newsroom: NewsroomExtension | None = None) -> markdown.Markdown:
    """A Markdown converter with the standard extensions and, when given, the newsroom's."""
    extensions: list[Extension] = [make() for make in STANDARD_EXTENSIONS]
    if newsroom is not None:
        extensions.append(newsroom)
    md = markdown.Markdown(extensions=extensions, output_format="html")
    queue_blocks(md)
    bound_link_text(md)
    bound_references(md)
    return md
