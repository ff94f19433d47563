"""The body's blocks as the rules pick them: the story's text, the lead, a front matter key's
line. The blocks themselves come from the article's one scan (``grammar.scan``): each has its
kind, its file line, its lines, its words and its plain text."""

from __future__ import annotations

from netizen_editor.grammar.frontmatter import key_line
from netizen_editor.grammar.inline import only_comments
from netizen_editor.grammar.scan import LocatedBlock


def is_story_paragraph(block: LocatedBlock) -> bool:
    """A paragraph of the story's text: not one that holds only review comments (a note on a
    paragraph of its own, as every import starts with; the page skips it too, see
    ``publish.body._story_paragraph``)."""
    return block.kind == "paragraph" and not only_comments(block.text)


def first_paragraph(blocks: list[LocatedBlock]) -> LocatedBlock | None:
    """The lead: the story's first paragraph (the one the dateline opens)."""
    return next((b for b in blocks if is_story_paragraph(b)), None)


def meta_line(front_matter: str, key: str) -> int:
    """The file line of front matter ``key:``; else the first line (where it would go)."""
    return key_line(front_matter, key) or 1
