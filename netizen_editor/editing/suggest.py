"""Suggest mode: typing and deleting become review marks attributed to the one who types.

No Qt here. The editor hands over a stretch of its text around the cursor (``text``, a few
lines each side: marks may span lines) and what the key does there; the answer is an
:class:`Edit` (replace ``text[start:end]`` with ``insert``, put the cursor at ``cursor`` of the
new text) or a :class:`Refusal` that says why (the edit is inside a mark: see the last rule).

- Typing adds an addition ``{++typed++}{>>@Name (time)<<}``; typing inside (or right after)
  one's own addition, or in the new side of one's own substitution, extends it. Typing in the
  text of one's own deletion makes it a substitution of that text by what is typed, as typing
  over a selection does; typing in the old side of one's own substitution goes on at the end
  of its new side.
- Deleting makes a deletion ``{--deleted--}{>>@Name (time)<<}``; deleting next to one's own
  deletion extends it; deleting inside one's own addition just takes the suggested text out
  (the whole mark when it empties); deleting in the text of one's own deletion only moves the
  cursor over it (it is suggested for deletion already).
- Typing over a selection makes a substitution ``{~~old~>new~~}{>>@Name (time)<<}``.
- Text typed, pasted or left joined (by deleting) in one's own suggestion is kept neutral as the
  writer keeps a mark's text (``critic_write.neutral``): a delimiter it makes, with its own
  characters or with those around it, loses its brace or its arrow's point, so the mark stays
  whole and opens no other.
- Anything else inside someone else's mark or one's own, across the syntax of a mark, or over
  a selection that holds marks is refused: marks are accepted or rejected, not edited over.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netizen_editor.grammar.critic_write import change, comment, head, neutral
from netizen_editor.grammar.inline import CriticMark, critic_marks

CHANGE_KINDS = frozenset({"insert", "delete", "substitute"})


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``insert``; the cursor goes to ``cursor`` (an index in
    the new text). ``within``: where the text of the user's own suggestion that the cursor is
    left in starts (an index in the new text), so the editor can go on typing in it without
    reading the marks again; None when the cursor is not left in one."""

    start: int
    end: int
    insert: str
    cursor: int
    within: int | None = None


@dataclass(frozen=True, slots=True)
class Refusal:
    """The edit would change a mark that is not the user's to change: ``why`` says so."""

    why: str
    author: str


def attribution(author: str, now: dt.datetime) -> str:
    """The comment that says who suggested a change and when: ``{>>@Name (ISO time)<<}``."""
    return comment("", head(author, now))


def _mark_at(marks: list[CriticMark], start: int, end: int) -> CriticMark | None:
    """The mark that overlaps ``start``..``end`` (a point when equal) strictly inside it."""
    for mark in marks:
        if (mark.start < end and start < mark.end) or mark.start < start < mark.end:
            return mark
    return None


def _own(mark: CriticMark, author: str) -> bool:
    return bool(author) and (mark.author or "").strip() == author.strip()


def _refuse(mark: CriticMark) -> Refusal:
    who = mark.author or "unknown"
    kind = {"insert": "addition", "delete": "deletion", "substitute": "substitution"}.get(
        mark.kind, mark.kind
    )
    return Refusal(f"this is {who}'s {kind}: accept or reject it first", who)


def _within(
    text: str, held: tuple[int, int], start: int, end: int, typed: str, within: int | None
) -> Edit:
    """``text[start:end]`` replaced with ``typed`` in the text ``text[held[0]:held[1]]`` of
    one's own mark, which stays neutral (the same length: the cursor goes after ``typed``).
    The edit spans only what changes."""
    old = text[held[0] : held[1]]
    new = neutral(text[held[0] : start] + typed + text[end : held[1]])
    head_room, tail_room = start - held[0], held[1] - end
    same = 0
    while same < head_room and new[same] == old[same]:
        same += 1
    tail = 0
    while tail < tail_room and new[len(new) - 1 - tail] == old[len(old) - 1 - tail]:
        tail += 1
    insert = new[same : len(new) - tail]
    return Edit(held[0] + same, held[1] - tail, insert, start + len(typed), within)


def type_text(text: str, pos: int, typed: str, author: str, now: dt.datetime) -> Edit | Refusal:
    """``typed`` typed at ``pos`` in suggest mode."""
    marks = critic_marks(text)
    for before in marks:
        if before.kind == "insert" and _own(before, author) and pos == before.end:
            # right after one's own addition (its attribution): it goes on
            held = (before.text_start, before.text_end)
            return _within(text, held, held[1], held[1], typed, before.text_start)
    mark = _mark_at(marks, pos, pos)
    if mark is None:
        sign = attribution(author, now)
        insert = change("insert", typed) + sign
        return Edit(pos, pos, insert, pos + 3 + len(typed), pos + 3)
    if _own(mark, author):
        held = (mark.text_start, mark.text_end)
        if mark.kind == "insert" and held[0] <= pos <= held[1]:
            return _within(text, held, pos, pos, typed, mark.text_start)
        if mark.kind == "substitute" and mark.new_start <= pos <= mark.new_end:
            held = (mark.new_start, mark.new_end)
            return _within(text, held, pos, pos, typed, mark.new_start)
        if mark.kind == "comment" and held[0] <= pos <= held[1]:
            return _within(text, held, pos, pos, typed, None)  # one's own comment
        if mark.kind == "substitute" and held[0] <= pos <= held[1]:  # its old side
            held = (mark.new_start, mark.new_end)
            return _within(text, held, held[1], held[1], typed, mark.new_start)
        if mark.kind == "delete" and held[0] <= pos <= held[1] and neutral(mark.text) == mark.text:
            return _deletion_typed_over(mark, typed)  # (a text a substitution can hold as is)
    return _refuse(mark)


def _deletion_typed_over(mark: CriticMark, typed: str) -> Edit:
    """One's own deletion ``{--old--}`` typed in: ``{~~old~>typed~~}`` (its attribution
    stays), the cursor after ``typed``, in the substitution's new side."""
    insert = change("substitute", mark.text, typed)
    new_side = mark.start + len(insert) - len(typed) - 3
    closing = mark.text_end + 3  # after "--}"
    return Edit(mark.start, closing, insert, new_side + len(typed), new_side)


def delete_text(
    text: str, start: int, end: int, author: str, now: dt.datetime, *, backward: bool = True
) -> Edit | Refusal | None:
    """``text[start:end]`` deleted in suggest mode (Backspace: ``backward``, the cursor stays
    before what was deleted; Delete: after it). None when there is nothing to delete."""
    if start >= end:
        return None
    marks = critic_marks(text)
    inside = [m for m in marks if m.start < end and start < m.end]
    if inside:
        mark = inside[0]
        own = len(inside) == 1 and _own(mark, author)
        if own and mark.kind == "insert" and mark.text_start <= start and end <= mark.text_end:
            if end - start == mark.text_end - mark.text_start:  # all of it: no suggestion
                return Edit(mark.start, mark.end, "", mark.start)
            held = (mark.text_start, mark.text_end)
            return _within(text, held, start, end, "", mark.text_start)
        if own and mark.kind == "substitute" and mark.new_start <= start and end <= mark.new_end:
            return _within(text, (mark.new_start, mark.new_end), start, end, "", mark.new_start)
        if own and mark.kind == "delete" and mark.text_start <= start and end <= mark.text_end:
            return Edit(start, start, "", start if backward else end)  # deleted already
        return _refuse(mark)
    deleted = text[start:end]
    sign = attribution(author, now)
    for mark in marks:
        if mark.kind != "delete" or not _own(mark, author):
            continue
        if mark.start == end:  # just before one's own deletion: it grows at its front
            insert = change("delete", deleted + mark.text) + sign
            return Edit(start, mark.end, insert, start if backward else start + len(insert))
        if mark.end == start:  # just after it: it grows at its end
            insert = change("delete", mark.text + deleted) + sign
            cursor = mark.start if backward else mark.start + len(insert)
            return Edit(mark.start, end, insert, cursor)
    insert = change("delete", deleted) + sign
    return Edit(start, end, insert, start if backward else start + len(insert))


def replace_text(
    text: str, start: int, end: int, typed: str, author: str, now: dt.datetime
) -> Edit | Refusal:
    """The selection ``text[start:end]`` typed over with ``typed`` in suggest mode."""
    if start >= end:
        return type_text(text, start, typed, author, now)
    marks = critic_marks(text)
    inside = [m for m in marks if m.start < end and start < m.end]
    if inside:
        mark = inside[0]
        own = len(inside) == 1 and _own(mark, author) and mark.kind == "insert"
        if own and mark.text_start <= start and end <= mark.text_end:
            held = (mark.text_start, mark.text_end)
            return _within(text, held, start, end, typed, mark.text_start)
        return _refuse(mark)
    sign = attribution(author, now)
    insert = change("substitute", text[start:end], typed) + sign
    new_side = start + 3 + (end - start) + 2
    return Edit(start, end, insert, start + len(insert) - len(sign) - 3, new_side)
