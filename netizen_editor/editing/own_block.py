"""A block (a photo's figure) put in the middle of text stands on its own: blank lines set it
apart from the text before and after it, as Markdown needs for a figure with its caption.
Dropped on the blank line above a paragraph, ``![](foto.jpg)`` gets a blank line between it
and the paragraph; dropped inside a sentence, it splits the paragraph there. No Qt."""

from __future__ import annotations


def block_padding(before: str | None, left: str, right: str, after: str | None) -> tuple[str, str]:
    """(prefix, suffix) to write around a block inserted where ``left`` ends and ``right``
    begins on one line; ``before`` and ``after`` are the lines above and below that line
    (None at the start or end of the text)."""
    if left.strip():
        prefix = "\n\n"
    elif before is not None and before.strip():
        prefix = "\n"
    else:
        prefix = ""
    if right.strip():
        suffix = "\n\n"
    elif after is not None and after.strip():
        suffix = "\n"
    else:
        suffix = ""
    return prefix, suffix
