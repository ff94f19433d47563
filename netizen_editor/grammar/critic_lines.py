"""Review marks read one line at a time, as the editor's highlighter reads them.

A mark may span lines and paragraphs of a run of prose blocks (``inline.critic_marks``, read
over ``prose.prose_runs``). A reader of one line at a time (Qt highlights a block at a time)
needs two facts from the lines around it: the part of a mark the line above left open (the
highlighter keeps it in the line's state) and whether a mark the line opens closes on a later
line (else its opening is text): only the run's text can tell that, so it comes from reading
the run (:func:`open_line_ends`). :func:`line_marks` reads the line with both, the same marks
``critic_marks`` finds in the run: the line is read with the mark's opening put before it
and its closing after it, so nothing here parses a mark a second way.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import NamedTuple

from netizen_editor.grammar.critic_write import OPENINGS
from netizen_editor.grammar.inline import CRITIC_ARROW, CRITIC_CLOSINGS, CriticMark, critic_marks


class OpenMark(NamedTuple):
    """The part of a review mark a line ends inside: the mark's ``opening`` (``{>>`` also for
    the comment that attributes a change) and, in a substitution, whether it is the new text
    (after ``~>``)."""

    opening: str
    new: bool = False


#: every part a line can end inside (the highlighter numbers its line states after them)
OPEN_PARTS = (
    OpenMark("{++"),
    OpenMark("{--"),
    OpenMark("{~~"),
    OpenMark("{~~", True),
    OpenMark("{=="),
    OpenMark("{>>"),
)
# what closes a part put after a line: a substitution still needs its arrow (one already on
# the line comes first and is the one read)
_CLOSING = {opening: closing for opening, closing in CRITIC_CLOSINGS.items()}
_CLOSING["{~~"] = CRITIC_ARROW + _CLOSING["{~~"]
# what ends a part (or turns it into the next one) on a line
_ENDING: dict[OpenMark, tuple[str, ...]] = {
    part: (CRITIC_CLOSINGS[part.opening],) for part in OPEN_PARTS
}
_ENDING[OpenMark("{~~")] = (CRITIC_ARROW, CRITIC_CLOSINGS["{~~"])


def open_line_ends(text: str) -> dict[int, OpenMark]:
    """Index of each line of ``text`` (a run of prose blocks, its lines joined by ``\\n``) that
    ends inside a review mark -> the part it ends inside. Linear in the length of ``text``."""
    ends: dict[int, OpenMark] = {}
    if "{" not in text or "\n" not in text:
        return ends
    index, counted = 0, 0  # the line of index ``counted``
    for mark in critic_marks(text):
        at = text.find("\n", mark.start, mark.end)
        while at >= 0:
            index += text.count("\n", counted, at)
            counted = at
            ends[index] = _part_at(mark, at)
            at = text.find("\n", at + 1, mark.end)
    return ends


def line_marks(
    line: str, carried: OpenMark | None = None, left_open: OpenMark | None = None
) -> tuple[list[CriticMark], OpenMark | None]:
    """The review marks of ``line`` and the part of a mark the line ends inside (None: none).
    ``carried``: the part the line above ended inside; ``left_open``: the part the reading of
    the whole run says the line ends inside. A mark's offsets are in the line: one going on
    from the line above starts before 0, one going on onto the next line ends after the line's
    end (what such a mark holds is not all on the line: its ``text``, ``new_text`` and
    ``comment`` are not to be read).

    The reading of the run may be older than the line (the highlighter reads a line as it is
    typed): a ``left_open`` the line cannot end inside (no such mark left open on it) is not
    taken, and a ``carried`` mark the line does not close is shown to the line's end (its
    closing taken away just now), not on over every line below."""
    if carried is not None and left_open == carried and _runs_through(line, carried):
        return list(_through(carried, len(line))), carried
    return _read(line, carried, left_open)


def _read(
    line: str, carried: OpenMark | None, left_open: OpenMark | None
) -> tuple[list[CriticMark], OpenMark | None]:
    head = "" if carried is None else carried.opening + (CRITIC_ARROW if carried.new else "") + "\n"
    if left_open is not None:
        text = f"{head}{line}\n{_CLOSING[left_open.opening]}"
        marks = critic_marks(text)
        if marks and marks[-1].end == len(text):
            return _moved(marks, len(head)), _part_at(marks[-1], len(head) + len(line))
    marks = critic_marks(head + line) if head or "{" in line else []
    if carried is not None and (not marks or marks[0].start > 0):
        marks = critic_marks(f"{head}{line}\n{_CLOSING[carried.opening]}")
    return _moved(marks, len(head)), None


def _runs_through(line: str, part: OpenMark) -> bool:
    """Whether nothing on ``line`` ends ``part`` (or turns it into the next part)."""
    return not any(ending in line for ending in _ENDING[part])


@cache
def _through_empty(part: OpenMark) -> list[CriticMark]:
    """The mark ``part`` is of on an empty line it runs through (offsets as ``line_marks``)."""
    return _read("", part, part)[0]


@lru_cache(maxsize=1024)  # lines of a long deletion: most of them empty or of a few lengths
def _through(part: OpenMark, length: int) -> tuple[CriticMark, ...]:
    """The mark ``part`` is of on a line of ``length`` characters it runs through: what
    ``_read`` finds there, made without reading the line."""
    found = []
    for m in _through_empty(part):  # what lies after the empty line moves by the line's length
        moved = {name: at + length for name in _OFFSETS if (at := getattr(m, name)) > 0}
        found.append(m._replace(**moved))
    return tuple(found)


#: the offsets of a CriticMark
_OFFSETS = ("start", "end", "text_start", "text_end", "new_start", "new_end")


def _part_at(mark: CriticMark, at: int) -> OpenMark:
    """The part of ``mark`` (a mark found by ``critic_marks``) that index ``at`` is in."""
    if mark.kind == "comment":
        return OpenMark("{>>")
    change_end = (mark.new_end if mark.kind == "substitute" else mark.text_end) + 3
    if at >= change_end:
        return OpenMark("{>>")  # the comment right after the change
    return OpenMark(OPENINGS[mark.kind], mark.kind == "substitute" and at >= mark.new_start)


def _moved(marks: list[CriticMark], by: int) -> list[CriticMark]:
    """``marks`` with their offsets ``by`` characters earlier."""
    if not by:
        return marks
    moved = []
    for m in marks:
        moved.append(
            m._replace(start=m.start - by, end=m.end - by, text_start=m.text_start - by,
                       text_end=m.text_end - by, new_start=m.new_start - by,
                       new_end=m.new_end - by)
        )  # fmt: skip
    return moved
