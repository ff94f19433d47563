"""Writing review marks (CriticMarkup): the one place that spells a mark when one is made
(suggest mode, the review dock's comments, imported tracked changes and press-release
boilerplate). The syntax is the grammar's (``inline.py``'s constants) and ``critic_marks``
reads back what is written here: the same kind, text, new text, author, time and comment.

One rule keeps a mark whole: the text put in it holds none of the marks' delimiters (an
opening, a closing or a substitution's arrow), so it can neither close the mark early nor
open another one. Each delimiter in it loses its brace (``{`` → ``(``, ``}`` → ``)``) or its
arrow's point (``~>`` → ``~ ``); every other character stays, and so does the length.
CriticMarkup has no escapes, and a code span hides a mark's syntax from the reader: a backtick
left open in one part of a mark (its text, its comment, an author's name) and one in another
can hide the syntax between them, which no writer here guards against.
"""

from __future__ import annotations

import datetime as dt
import re

from netizen_editor.grammar.inline import CRITIC_ARROW, CRITIC_CLOSINGS, CRITIC_KINDS

#: a mark's opening by its kind (``insert``, ``delete``, ``substitute``, ``highlight``, ``comment``)
OPENINGS = {kind: opening for opening, kind in CRITIC_KINDS.items()}
# a brace that begins an opening or ends a closing (found where delimiters overlap too:
# ``{++}`` is an opening and a closing), or an arrow
_SYNTAX = re.compile(
    "|".join(
        (
            r"\{(?=" + "|".join(re.escape(opening[1:]) for opening in CRITIC_KINDS) + ")",
            r"(?<="
            + "|".join(re.escape(close[:-1]) for close in CRITIC_CLOSINGS.values())
            + r")\}",
            re.escape(CRITIC_ARROW),
        )
    )
)
_BLUNT = str.maketrans({"{": "(", "}": ")", CRITIC_ARROW[-1]: " "})
# what the short, hand-typed head's name may not hold (``@Name: text``; see inline._HEAD)
_NOT_IN_SHORT_NAME = re.compile(r"[()\n:@{}<>]")
_SHORT_NAME_LENGTH = 60
_NOT_IN_NAME = str.maketrans({"(": " ", ")": " ", ":": " "})
UNKNOWN_AUTHOR = "unknown"


def neutral(text: str) -> str:
    """``text`` as a mark may hold it: without a delimiter of the marks (see the module's
    rule). Text without one is returned as it is."""
    if "{" not in text and "}" not in text and CRITIC_ARROW not in text:
        return text
    return _SYNTAX.sub(lambda m: m.group().translate(_BLUNT), text)


def author_name(author: str) -> str:
    """``author`` as an attribution holds it: on one line, without parentheses, a colon (the
    reader ends a name there) or a delimiter of the marks; ``unknown`` when nothing is left."""
    name = neutral(author).translate(_NOT_IN_NAME)
    return " ".join(name.split()) or UNKNOWN_AUTHOR


def head(author: str, time: dt.datetime | None) -> str:
    """The attribution head ``@Name (2026-12-06T10:30+07:00)`` (to the minute); ``@Name ()``
    when the time is unknown."""
    when = time.isoformat(timespec="minutes") if time is not None else ""
    return f"@{author_name(author)} ({when})"


def short_head(author: str) -> str:
    """The head a comment typed by hand has, ``@Name`` (no time; at most 60 characters of a
    name without ``()``, ``:``, ``@``, braces or angle brackets)."""
    name = _NOT_IN_SHORT_NAME.sub(" ", author)
    return "@" + (" ".join(name.split())[:_SHORT_NAME_LENGTH].strip() or UNKNOWN_AUTHOR)


def comment(text: str, head: str) -> str:
    """A review comment signed by ``head`` (``head()`` or ``short_head()``): ``{>>@Name (time):
    text<<}``; only the head when ``text`` is empty (``@Name: `` for a short head, which is
    read only before a colon). Blanks that start ``text`` are not kept (the reader skips them)."""
    text = neutral(text.lstrip(" \t"))
    short = not head.endswith(")")
    joint = ": " if text or short else ""
    return f"{OPENINGS['comment']}{head}{joint}{text}{CRITIC_CLOSINGS[OPENINGS['comment']]}"


def change(kind: str, text: str, new_text: str = "") -> str:
    """A mark of ``kind`` (``insert``, ``delete``, ``substitute`` or ``highlight``) holding
    ``text``: ``{++text++}``, ``{--text--}``, ``{==text==}``, or a substitution of ``text`` by
    ``new_text``, ``{~~text~>new_text~~}``."""
    opening = OPENINGS[kind]
    held = neutral(text)
    if kind == "substitute":
        held += CRITIC_ARROW + neutral(new_text)
    return f"{opening}{held}{CRITIC_CLOSINGS[opening]}"


def highlight(text: str) -> str:
    """``text`` highlighted: ``{==text==}`` (a comment after it says why)."""
    return change("highlight", text)


def attributed(mark: str, head: str, text: str = "") -> str:
    """``mark`` (a change or a highlight) with the comment that attributes it right after it:
    ``{++text++}{>>@Name (time)<<}``, or ``{==text==}{>>@Name (time): text<<}``."""
    return mark + comment(text, head)
