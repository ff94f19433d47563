"""The word diff between two texts of an article (no Qt): front matter changes by field, the
body word by word.

The body is compared line by line first, then word by word inside each run of changed lines,
both by ``matching.opcodes``: difflib's SequenceMatcher's result with ``autojunk`` off (with it,
a line or word in over 1 % of a long text, a blank line, a comma or "di", is left out of the
matching), in bounded work (difflib's own took over a minute for 2,000 paragraphs each
changed, QA14). A run too big to compare word by word in bounded time and memory (more than
``MAX_PAIRS`` pairs of words, or ``MAX_RUN_CHARS`` characters), or past the words one compare
looks at in all (``MAX_WORD_WORK``), is shown as deleted and added whole. A token is a word, a
whole review mark (``{++ resmi ++}`` with the comment that attributes it, a comment: a mark
decided, answered or rewritten is deleted or added whole, never struck through in pieces,
QA37 #9), a review mark's delimiter outside a mark or one other character, with the spaces
after it, so the pieces joined give back each text exactly. Tokens are compared
without their spaces: "meter." and "meter pada" share "meter" (only the space is added), so a
word is never shown as changed for the space after it.

The text form (``text_diff``) is ``git diff --word-diff=plain``'s: ``[-deleted-]`` and
``{+added+}``, after a list of the front matter fields that changed (``~ title: old → new``,
``+ id: new``, ``- status: old``). When the compared text holds review marks (CriticMarkup,
``{++…++}``) or those very markers, the text's marks are shown as they are and the diff's own
markers become ``⟦-deleted-⟧`` and ``⟦+added+⟧`` instead, so the two never mix.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from netizen_editor.errors import ArticleError
from netizen_editor.grammar.frontmatter import split_front_matter
from netizen_editor.grammar.inline import CRITIC_DELIMITERS, critic_marks
from netizen_editor.history.matching import opcodes

#: a changed run compares word by word up to this many pairs of words (else: whole)
MAX_PAIRS = 4_000_000
#: characters: a changed run longer than this on either side is shown whole before its words
#: are made (~60 bytes a word in memory: 18 MB on one line took 612 MB to be compared)
MAX_RUN_CHARS = 2_000_000
#: words (both sides) one compare looks at word by word in all, each changed run weighing
#: ``RUN_WEIGHT`` more: past it, the runs left are shown whole (a Replace All over 100,000
#: paragraphs took 5 s on the window's thread; the longest story, 20,000 words all changed,
#: weighs ~100,000)
MAX_WORD_WORK = 500_000
RUN_WEIGHT = 20
EQUAL, DELETE, INSERT = "equal", "delete", "insert"
#: a review mark's delimiters (CriticMarkup), each one token
_REVIEW_MARKS = CRITIC_DELIMITERS
#: a word, a review mark's delimiter or one other character, with the spaces after it
_TOKEN = re.compile(
    r"\w+[ \t]*|(?:" + "|".join(re.escape(m) for m in _REVIEW_MARKS) + r")[ \t]*"
    r"|[^\w\n][ \t]*|\n"
)
_SPACES = re.compile(r"[ \t]*")
#: the text form's markers: git's, or others when the texts hold review marks or git's markers
PLAIN_MARKERS = ("[-", "-]", "{+", "+}")
OTHER_MARKERS = ("⟦-", "-⟧", "⟦+", "+⟧")
_CLASHES = ("[-", "-]", "{+", "+}", "⟦", "⟧", *_REVIEW_MARKS)


@dataclass(frozen=True)
class FieldChange:
    """A front matter field whose value differs (``None``: not there)."""

    field: str
    old: Any
    new: Any

    def as_json(self) -> dict[str, Any]:
        return {"field": self.field, "old": _plain(self.old), "new": _plain(self.new)}


@dataclass(frozen=True)
class Piece:
    """A run of the body: ``kind`` is ``equal``, ``delete`` or ``insert``."""

    kind: str
    text: str


@dataclass(frozen=True)
class WordDiff:
    fields: list[FieldChange]
    pieces: list[Piece]
    #: the front matter of one side could not be read as YAML: compared as text in the body
    front_matter_unreadable: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.fields) or any(p.kind != EQUAL for p in self.pieces)

    def as_json(self) -> dict[str, Any]:
        return {
            "fields": [change.as_json() for change in self.fields],
            "changes": [{"kind": p.kind, "text": p.text} for p in self.pieces],
        }


def word_diff(old: str, new: str, *, body: bool = True) -> WordDiff:
    """The difference from ``old`` to ``new``; without ``body``, the bodies are not compared
    (one deletion and one addition: the caller compares them its own way, as
    ``history.paragraphs`` does), but for texts compared whole."""
    old_meta, old_body = _split(old)
    new_meta, new_body = _split(new)
    if old_meta is None or new_meta is None:  # a broken block: compare the whole texts
        return WordDiff([], body_diff(old, new), front_matter_unreadable=True)
    if body or old_body == new_body:
        pieces = body_diff(old_body, new_body)
    else:
        pieces = [p for p in (Piece(DELETE, old_body), Piece(INSERT, new_body)) if p.text]
    return WordDiff(field_changes(old_meta, new_meta), pieces)


def field_changes(old: dict[str, Any], new: dict[str, Any]) -> list[FieldChange]:
    """The fields whose values differ, in the order of ``new`` then the removed ones."""
    keys = list(new) + [key for key in old if key not in new]
    return [
        FieldChange(str(key), old.get(key), new.get(key))
        for key in keys
        if old.get(key) != new.get(key) or (key in old) != (key in new)
    ]


def body_diff(old: str, new: str) -> list[Piece]:
    """``old`` to ``new`` word by word, as runs of equal, deleted and added text."""
    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    pieces: list[Piece] = []
    budget = [MAX_WORD_WORK]
    for tag, i1, i2, j1, j2 in opcodes(old_lines, new_lines):
        if tag == "equal":
            _add(pieces, EQUAL, "".join(old_lines[i1:i2]))
            continue
        _words(pieces, "".join(old_lines[i1:i2]), "".join(new_lines[j1:j2]), budget)
    return _grouped(pieces)


def _grouped(pieces: list[Piece]) -> list[Piece]:
    """Each run of changes between two equal pieces as its deletion, then its addition."""
    out: list[Piece] = []
    run: list[Piece] = []
    for piece in [*pieces, Piece(EQUAL, "")]:
        if piece.kind != EQUAL:
            run.append(piece)
            continue
        deleted = "".join(p.text for p in run if p.kind == DELETE)
        inserted = "".join(p.text for p in run if p.kind == INSERT)
        before, deleted, inserted, after = _shared_blanks(deleted, inserted)
        _add(out, EQUAL, before)
        _add(out, DELETE, deleted)
        _add(out, INSERT, inserted)
        _add(out, EQUAL, after)
        run = []
        _add(out, EQUAL, piece.text)
    return out


_BLANKS = " \t\n"


def _shared_blanks(deleted: str, inserted: str) -> tuple[str, str, str, str]:
    """The blanks a deletion and its addition both start or end with, taken out of them as
    unchanged text (before, deleted, inserted, after): ``satu[- -]{+, +}dua`` reads
    ``satu{+,+} dua``, ``[-b -]{+x +}`` reads ``[-b-]{+x+} ``."""
    if not deleted or not inserted:
        return "", deleted, inserted, ""
    start = 0
    while (
        start < min(len(deleted), len(inserted))
        and deleted[start] == inserted[start]
        and deleted[start] in _BLANKS
    ):
        start += 1
    end = 0
    while (
        end < min(len(deleted), len(inserted)) - start
        and deleted[-1 - end] == inserted[-1 - end]
        and deleted[-1 - end] in _BLANKS
    ):
        end += 1
    after = deleted[len(deleted) - end :]
    return (
        deleted[:start],
        deleted[start : len(deleted) - end],
        inserted[start : len(inserted) - end],
        after,
    )


def _words(pieces: list[Piece], old: str, new: str, budget: list[int]) -> None:
    """The changed run ``old`` → ``new`` word by word, or whole when it is too big or the
    compare's word budget (``budget[0]``) is spent."""
    if max(len(old), len(new)) > MAX_RUN_CHARS or budget[0] <= 0:
        _add(pieces, DELETE, old)
        _add(pieces, INSERT, new)
        return
    a, b = tokens(old), tokens(new)
    budget[0] -= len(a) + len(b) + RUN_WEIGHT
    if len(a) * len(b) > MAX_PAIRS or budget[0] < 0:
        _add(pieces, DELETE, old)
        _add(pieces, INSERT, new)
        return
    for tag, i1, i2, j1, j2 in opcodes(_keys(a), _keys(b)):
        if tag == "equal" and a[i1:i2] == b[j1:j2]:  # the spaces too
            _add(pieces, EQUAL, "".join(a[i1:i2]))
        elif tag == "equal":
            for old_token, new_token in zip(a[i1:i2], b[j1:j2], strict=True):
                _same_word(pieces, old_token, new_token)
        else:
            _add(pieces, DELETE, "".join(a[i1:i2]))
            _add(pieces, INSERT, "".join(b[j1:j2]))


def tokens(text: str) -> list[str]:
    """``text``'s tokens: words, whole review marks, other characters, each with the spaces
    after it (joined: ``text``)."""
    if "{" not in text:
        return _TOKEN.findall(text)
    found: list[str] = []
    last = 0
    for mark in critic_marks(text):
        found += _TOKEN.findall(text, last, mark.start)
        spaces = _SPACES.match(text, mark.end)
        last = spaces.end() if spaces else mark.end
        found.append(text[mark.start : last])
    found += _TOKEN.findall(text, last)
    return found


def _keys(tokens: list[str]) -> list[str]:
    """What is compared: each token without the spaces after it (spaces alone as they are)."""
    return [token.rstrip(" \t") or token for token in tokens]


def _same_word(pieces: list[Piece], old: str, new: str) -> None:
    """Two tokens with the same word: the word is equal, the spaces after it may differ."""
    word = old.rstrip(" \t") or old
    old_space, new_space = old[len(word) :], new[len(word) :]
    common = 0
    while common < min(len(old_space), len(new_space)) and (old_space[common] == new_space[common]):
        common += 1
    _add(pieces, EQUAL, word + old_space[:common])
    _add(pieces, DELETE, old_space[common:])
    _add(pieces, INSERT, new_space[common:])


def _add(pieces: list[Piece], kind: str, text: str) -> None:
    if not text:
        return
    if pieces and pieces[-1].kind == kind:
        pieces[-1] = Piece(kind, pieces[-1].text + text)
    else:
        pieces.append(Piece(kind, text))


def text_diff(diff: WordDiff) -> str:
    """The diff as text: the changed fields, a blank line, the body with ``[-…-]``/``{+…+}``."""
    lines = []
    for change in diff.fields:
        if change.old is None:
            lines.append(f"+ {change.field}: {_show(change.new)}")
        elif change.new is None:
            lines.append(f"- {change.field}: {_show(change.old)}")
        else:
            lines.append(f"~ {change.field}: {_show(change.old)} → {_show(change.new)}")
    head = "\n".join(lines) + "\n\n" if lines else ""
    return head + _around_changes(diff.pieces, markers(diff))


def markers(diff: WordDiff) -> tuple[str, str, str, str]:
    """The text form's markers for ``diff`` (before and after a deletion, then an addition):
    git's, unless a piece holds a review mark or one of the markers themselves."""
    if any(clash in piece.text for piece in diff.pieces for clash in _CLASHES):
        return OTHER_MARKERS
    return PLAIN_MARKERS


#: lines of unchanged text shown before and after each changed line (blank ones not counted)
CONTEXT_LINES = 1
#: stands for the unchanged lines left out
LEFT_OUT = "…"


def _around_changes(pieces: list[Piece], marks: tuple[str, str, str, str]) -> str:
    """The marked body, with the lines that hold no change left out but for
    ``CONTEXT_LINES`` around each changed one (a long article's diff is not the article)."""
    lines: list[str] = [""]
    changed: list[bool] = [False]
    for piece in pieces:
        parts = _marked(piece, marks).split("\n")
        for index, part in enumerate(parts):
            if index:
                lines.append("")
                changed.append(False)
            lines[-1] += part
            changed[-1] = changed[-1] or piece.kind != EQUAL
    shown = [False] * len(lines)
    for at, is_changed in enumerate(changed):
        if not is_changed:
            continue
        shown[at] = True
        for step in (-1, 1):  # the nearest lines with text either side (and blanks between)
            near, seen = at + step, 0
            while 0 <= near < len(lines) and seen < CONTEXT_LINES:
                shown[near] = True
                seen += bool(lines[near].strip())
                near += step
    out: list[str] = []
    for at, line in enumerate(lines):
        if shown[at]:
            out.append(line)
        elif not out or out[-1] != LEFT_OUT:
            out.append(LEFT_OUT)
    return "\n".join(out)


def _marked(piece: Piece, marks: tuple[str, str, str, str]) -> str:
    if piece.kind == DELETE:
        return marks[0] + piece.text + marks[1]
    if piece.kind == INSERT:
        return marks[2] + piece.text + marks[3]
    return piece.text


def _split(text: str) -> tuple[dict[str, Any] | None, str]:
    from netizen_editor.article.model import Article

    raw, body, _line = split_front_matter(text)
    if not raw:
        return {}, body
    try:
        return Article.parse(text).meta, body
    except ArticleError:
        return None, body


def _plain(value: Any) -> Any:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return str(value)
    return value


def _show(value: Any) -> str:
    return json.dumps(_plain(value), ensure_ascii=False)
