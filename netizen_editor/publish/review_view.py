"""How the live preview shows review marks: the review view (additions underlined green,
deletions struck red, highlights yellow, comments as notes in the margin) or the final view
(the text as if every suggestion were accepted, comments dropped).

Each chunk's text is turned into Markdown with inline HTML before it is converted, so the
marks' own text keeps its emphasis and links. An export never shows a mark
(``review.publish``). An addition or a deletion may run over paragraphs (a whole new
paragraph is a common suggestion): the renderer says which such mark is still open where a
chunk starts (``inside``), and :func:`show_marks` says which is open where it ends; each line
of it is shown in its colour, so the paragraphs stay paragraphs.
"""

from __future__ import annotations

import html
import re
from typing import Literal

from netizen_editor.grammar.inline import (
    CRITIC_CLOSINGS,
    CRITIC_KINDS,
    CriticMark,
    critic_marks,
    is_reply,
)

MarkView = Literal["review", "final"]
#: the marks that may run over paragraphs, by kind: their opening and closing
SPANNING = {
    kind: (opening, CRITIC_CLOSINGS[opening])
    for opening, kind in CRITIC_KINDS.items()
    if kind in ("insert", "delete")
}
_OPENING = re.compile("|".join(re.escape(opening) for opening, _closing in SPANNING.values()))
#: what a line of a block starts with before its text: a heading's hashes, a list item's
#: marker, a quote's ``>`` (a mark's tag goes after it, or the line is no longer that block)
_LINE_HEAD = re.compile(r"[ \t]*(?:(?:#{1,6}|[-*+]|\d{1,9}[.)]|>)[ \t]+)*")
MARK_VIEWS: tuple[MarkView, ...] = ("review", "final")

#: the preview's styles of the review view (added to the skin's stylesheet in the preview only).
#: A deletion keeps a gap from what follows it, a substitution's new words or the next word
#: (QA37 #20: "memperkecilmempersempit"; its struck space ran into the next word): a margin,
#: so the text is the story's. A photo, a table or a code block (boxes that narrow beside a
#: float) goes under the margin notes before it, as wide as the column (a photo narrowed to
#: about 70 %)
REVIEW_CSS = """
ins.nz-added{background:#e6f4ea;color:#137333;text-decoration:underline #137333 2px}
del.nz-deleted{background:#fce8e6;color:#b3261e;text-decoration:line-through #b3261e 2px;
  margin-right:.3em}
.post-body figure,.post-body table,.post-body pre{clear:right}
mark.nz-marked{background:#fff3b0;color:inherit}
.nz-note{float:right;clear:right;width:30%;margin:0 0 .4em .8em;padding:.3em .5em;
  font:12px/1.35 sans-serif;font-style:normal;color:#3c4a8a;background:#e8eaf6;
  border-left:3px solid #3c4a8a;border-radius:3px}
.nz-note b{display:block;font-size:11px}
.nz-reply{width:27%;border-left-style:dashed}
.nz-reply b:before{content:"\\21AA  "}
"""


#: a comment's note as the review view shows it (its text escaped: no tag inside but its ``<b>``)
_NOTE = re.compile(r'<span class="nz-note(?: nz-reply)?">.*?</span>', re.S)
#: a paragraph holding nothing but notes
_NOTES_PARAGRAPH = re.compile(
    r'<p data-line="[^"]*">(?:\s*<span class="nz-note(?: nz-reply)?">.*?</span>)+\s*</p>', re.S
)


def without_notes(html_text: str) -> str:
    """``html_text`` without the review view's comment notes (their text is no story's)."""
    return _NOTE.sub("", html_text) if "nz-note" in html_text else html_text


def notes_only(html_text: str, at: int = 0) -> int:
    """The end of the paragraph at ``at`` of ``html_text`` when it holds only comment notes
    (a comment on a line of its own: no paragraph of the story), else -1."""
    m = _NOTES_PARAGRAPH.match(html_text, at) if "nz-note" in html_text else None
    return m.end() if m else -1


def _note(mark: CriticMark, text: str, reply: bool = False) -> str:
    who = html.escape(mark.author or "?")
    when = mark.time.strftime(" %d/%m %H.%M") if mark.time is not None else ""
    kind = "nz-note nz-reply" if reply else "nz-note"  # a reply: narrower, under what it answers
    return f'<span class="{kind}"><b>{who}{when}</b>{html.escape(text)}</span>'


def _review(text: str, mark: CriticMark, reply: bool = False) -> str:
    held = text[mark.text_start : mark.text_end]
    if mark.kind == "comment":
        return _note(mark, mark.text, reply)
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


def _final(text: str, mark: CriticMark, reply: bool = False) -> str:
    if mark.kind in ("insert", "highlight"):
        return text[mark.text_start : mark.text_end]
    if mark.kind == "substitute":
        return text[mark.new_start : mark.new_end]
    return ""  # a deletion is made, a comment dropped


def with_marks(text: str, view: MarkView) -> str:
    """``text`` (one chunk's Markdown) with its review marks shown as ``view`` shows them."""
    return show_marks(text, view)[0]


def show_marks(text: str, view: MarkView, inside: str | None = None) -> tuple[str, str | None]:
    """``text`` (one chunk's Markdown, starting inside an addition or deletion of an earlier
    paragraph when ``inside`` is its kind) with its marks shown as ``view`` shows them, and the
    kind of the mark still open at its end (None: none)."""
    if "{" not in text and "}" not in text and inside is None:
        return text, None
    shown: list[str] = []
    if inside is not None:
        end = text.find(SPANNING[inside][1])
        if end < 0:  # a paragraph in the middle of the mark
            return _spanned(text, inside, view), inside
        shown.append(_spanned(text[:end], inside, view))
        text = text[end + 3 :]
    marks = critic_marks(text)
    open_at, open_kind = len(text), None
    for opening in _OPENING.finditer(text):
        kind = CRITIC_KINDS[opening.group()]
        at = opening.start()
        if not any(m.start <= at < m.end for m in marks) and SPANNING[kind][1] not in text[at:]:
            open_at, open_kind = at, kind  # it closes in a later paragraph
            break
    show = _review if view == "review" else _final
    last = 0
    previous: int | None = None  # where the mark before ends
    for mark in marks:
        if mark.start >= open_at:
            break
        shown += (text[last : mark.start], show(text, mark, is_reply(mark.kind, mark.start,
                                                                      previous)))  # fmt: skip
        last = previous = mark.end
    shown.append(text[last:open_at])
    if open_kind is not None:
        shown.append(_spanned(text[open_at + 3 :], open_kind, view))
    return "".join(shown), open_kind


def _spanned(text: str, kind: str, view: MarkView) -> str:
    """A stretch of an addition or a deletion that runs over paragraphs, line by line."""
    if view == "final":
        return text if kind == "insert" else ""
    tag, style = ("ins", "nz-added") if kind == "insert" else ("del", "nz-deleted")
    lines = []
    for line in text.split("\n"):
        head = _LINE_HEAD.match(line)
        at = head.end() if head else 0
        if line[at:].strip():
            line = f'{line[:at]}<{tag} class="{style}">{line[at:]}</{tag}>'
        lines.append(line)
    return "\n".join(lines)
