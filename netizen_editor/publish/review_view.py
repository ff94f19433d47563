"""How the live preview shows review marks: the review view (additions underlined green,
deletions struck red, highlights yellow, comments as notes in the margin) or the final view
(the text as if every suggestion were accepted, comments dropped).

Each chunk's text is turned into Markdown with inline HTML before it is converted, so the
marks' own text keeps its emphasis and links. An export never shows a mark
(``review.publish``). A mark that spans paragraphs is seen by neither chunk alone and shows
as typed.
"""

from __future__ import annotations

import html
from typing import Literal

from netizen_editor.grammar.inline import CriticMark, critic_marks

MarkView = Literal["review", "final"]
MARK_VIEWS: tuple[MarkView, ...] = ("review", "final")

#: the preview's styles of the review view (added to the skin's stylesheet in the preview only)
REVIEW_CSS = """
ins.nz-added{background:#e6f4ea;color:#137333;text-decoration:underline #137333 2px}
del.nz-deleted{background:#fce8e6;color:#b3261e;text-decoration:line-through #b3261e 2px}
mark.nz-marked{background:#fff3b0;color:inherit}
.nz-note{float:right;clear:right;width:30%;margin:0 0 .4em .8em;padding:.3em .5em;
  font:12px/1.35 sans-serif;font-style:normal;color:#3c4a8a;background:#e8eaf6;
  border-left:3px solid #3c4a8a;border-radius:3px}
.nz-note b{display:block;font-size:11px}
"""


def _note(mark: CriticMark, text: str) -> str:
    who = html.escape(mark.author or "?")
    when = mark.time.strftime(" %d/%m %H.%M") if mark.time is not None else ""
    return f'<span class="nz-note"><b>{who}{when}</b>{html.escape(text)}</span>'


def _review(text: str, mark: CriticMark) -> str:
    held = text[mark.text_start : mark.text_end]
    if mark.kind == "comment":
        return _note(mark, mark.text)
    if mark.kind == "insert":
        shown = f'<ins class="nz-added">{held}</ins>'
    elif mark.kind == "delete":
        shown = f'<del class="nz-deleted">{held}</del>'
    elif mark.kind == "substitute":
        new = text[mark.new_start : mark.new_end]
        shown = f'<del class="nz-deleted">{held}</del><ins class="nz-added">{new}</ins>'
    else:
        shown = f'<mark class="nz-marked">{held}</mark>'
    return shown + (_note(mark, mark.comment) if mark.comment else "")


def _final(text: str, mark: CriticMark) -> str:
    if mark.kind in ("insert", "highlight"):
        return text[mark.text_start : mark.text_end]
    if mark.kind == "substitute":
        return text[mark.new_start : mark.new_end]
    return ""  # a deletion is made, a comment dropped


def with_marks(text: str, view: MarkView) -> str:
    """``text`` (one chunk's Markdown) with its review marks shown as ``view`` shows them."""
    if "{" not in text:
        return text
    marks = critic_marks(text)
    if not marks:
        return text
    show = _review if view == "review" else _final
    parts: list[str] = []
    last = 0
    for mark in marks:
        parts += (text[last : mark.start], show(text, mark))
        last = mark.end
    parts.append(text[last:])
    return "".join(parts)
