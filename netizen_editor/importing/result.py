"""What a format's reader gives back, and the plain text of a document's HTML."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Tag

from netizen_editor.importing.tracked import accepted_text

_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "pre", "blockquote")
_NOTE_LINKS = ("#footnote", "#endnote")
_SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass
class Converted:
    """A document read: ``markdown`` the body (with review marks), ``plain`` its text as
    sent (changes accepted), its ``title`` property and ``sender`` (or ""), the warnings;
    ``undescribed``, the links of its pictures shown without a description (a PDF's), which
    the report counts once the sender's logo is left out (importing.logo); ``summary``, the
    release's dek (importing.dek) or ""."""

    markdown: str
    plain: str
    title: str = ""
    sender: str = ""
    warnings: list[str] = field(default_factory=list)
    undescribed: list[str] = field(default_factory=list)
    summary: str = ""


def plain_text(soup: BeautifulSoup) -> str:
    """The text of each innermost block of ``soup``, one paragraph each, changes accepted."""
    paragraphs = []
    for block in soup.find_all(_BLOCKS):
        own = list(block.find_all(string=True))
        if block.find(_BLOCKS):  # only its own text (a list item with a nested list)
            own = [s for s in own if s.find_parent(_BLOCKS) is block]
        text = "".join(s for s in own if not _note_link(s.parent))
        text = _SPACES.sub(" ", accepted_text(text)).strip()
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs) + "\n" if paragraphs else ""


def _note_link(tag: Tag | None) -> bool:
    """A footnote's number in the text or its way back (not text of the document)."""
    while tag is not None and tag.name in ("a", "sup"):
        if tag.name == "a" and str(tag.get("href") or "").startswith(_NOTE_LINKS):
            return True
        tag = tag.parent
    return False
