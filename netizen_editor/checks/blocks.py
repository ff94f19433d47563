"""The body's blocks as the rules pick them: the story's text, the lead, a front matter key's
line. The blocks themselves come from the article's one scan (``grammar.scan``): each has its
kind, its file line, its lines, its words and its plain text."""

from __future__ import annotations

from netizen_editor.grammar.frontmatter import key_line
from netizen_editor.grammar.scan import LocatedBlock


def first_paragraph(blocks: list[LocatedBlock]) -> LocatedBlock | None:
    return next((b for b in blocks if b.kind == "paragraph"), None)


def meta_line(front_matter: str, key: str) -> int:
    """The file line of front matter ``key:``; else the first line (where it would go)."""
    return key_line(front_matter, key) or 1
