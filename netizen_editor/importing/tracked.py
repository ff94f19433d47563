"""Tracked changes and comments → CriticMarkup review marks with who and when.

The document readers (mammoth for Word, the ODT walker) know nothing of review marks, so the
document's XML is rewritten first: each change and each commented range is fenced by private
markers (characters of Unicode's private use area, which no converter escapes or drops: the
sentinels of ``netizen_editor.sentinels``, so the readers hide the document's own characters
of that range first and show them again after), the converters turn the text into Markdown,
and :func:`render_marks` replaces the markers by the marks of the review issue::

    {++added++}{>>@Name (2026-12-06T10:30+07:00)<<}
    {--deleted--}{>>@Name (…)<<}      a deletion right before an addition of the same
    {~~old~>new~~}{>>@Name (…)<<}     author is one substitution
    {==text==}{>>@Name (…): comment<<}

Marks never nest: a comment whose range is not plain text of one paragraph (it crosses a
change or a paragraph) becomes a comment of its own at the end of its range, after the change
it ends in.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from netizen_editor.article.dates import newsroom_zone
from netizen_editor.grammar import critic_write
from netizen_editor.grammar.critic_write import attributed, change, comment, highlight
from netizen_editor.grammar.inline import critic_marks

OPEN, SEP, CLOSE = "\ue000", "\ue001", "\ue002"
INSERT, DELETE, COMMENT_START, COMMENT_END = "I", "D", "C", "c"
_CHANGE = re.compile(
    f"{OPEN}([{INSERT}{DELETE}])(\\d+){SEP}"
    f"((?:[^{OPEN}{CLOSE}]|{OPEN}{COMMENT_END}\\d+{SEP})*){CLOSE}"
)
_SUBSTITUTION = re.compile(
    f"{OPEN}{DELETE}(\\d+){SEP}([^{OPEN}{CLOSE}]*){CLOSE}"
    f"{OPEN}{INSERT}(\\d+){SEP}([^{OPEN}{CLOSE}]*){CLOSE}"
)
_COMMENT_RANGE = re.compile(f"{OPEN}{COMMENT_START}(\\d+){SEP}(.*?){OPEN}{COMMENT_END}\\1{SEP}",
                            re.DOTALL)  # fmt: skip
_COMMENT_START = re.compile(f"{OPEN}{COMMENT_START}(\\d+){SEP}")
_COMMENT_END = re.compile(f"{OPEN}{COMMENT_END}(\\d+){SEP}")
_ANY_MARKER = re.compile(f"{OPEN}[^{SEP}]*{SEP}|[{OPEN}{SEP}{CLOSE}]")
_DELETED = re.compile(f"{OPEN}{DELETE}\\d+{SEP}[^{CLOSE}]*{CLOSE}")


def marker(code: str, number: int | str) -> str:
    return f"{OPEN}{code}{number}{SEP}"


@dataclass(frozen=True)
class Change:
    author: str
    time: dt.datetime | None


@dataclass(frozen=True)
class Remark:
    author: str
    time: dt.datetime | None
    text: str


@dataclass
class Review:
    """The changes and comments of a document, by the number their markers carry."""

    zone: str = "WIB"
    changes: dict[int, Change] = field(default_factory=dict)
    comments: dict[str, Remark] = field(default_factory=dict)  # by the markers' number
    comment_keys: dict[str, str] = field(default_factory=dict)  # the document's id → number

    def add_change(self, author: str, when: str) -> int:
        number = len(self.changes) + 1
        self.changes[number] = Change(author.strip(), parse_time(when, self.zone))
        return number

    def add_comment(self, key: str, author: str, when: str, text: str) -> str:
        """Keep the document's comment ``key``; the number its markers carry."""
        number = str(len(self.comments) + 1)
        self.comments[number] = Remark(author.strip(), parse_time(when, self.zone), text)
        self.comment_keys[key] = number
        return number


def parse_time(value: str, zone: str) -> dt.datetime | None:
    """A document's change time in the newsroom's zone (a time without offset is taken as the
    newsroom's), to the minute; None when missing or unreadable."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.utcoffset() is None:
        parsed = parsed.replace(tzinfo=newsroom_zone(zone))
    return parsed.astimezone(newsroom_zone(zone)).replace(second=0, microsecond=0)


def head(author: str, time: dt.datetime | None) -> str:
    """``@Name (time)``: the attribution head (an empty time when the document has none)."""
    return critic_write.head(author, time)


def _comment_text(text: str) -> str:
    return " ".join(text.split())


def render_marks(markdown: str, review: Review) -> str:
    """``markdown`` with its markers replaced by CriticMarkup (stray markers removed)."""
    if OPEN not in markdown:
        return markdown
    markdown = _SUBSTITUTION.sub(lambda m: _substitution(m, review), markdown)
    markdown = _COMMENT_RANGE.sub(lambda m: _highlight(m, review), markdown)
    markdown = _COMMENT_START.sub("", markdown)  # a range whose end went missing
    # a comment that ends inside a change: after the change
    markdown = _CHANGE.sub(lambda m: _change(m, review), markdown)
    markdown = _COMMENT_END.sub(lambda m: _remark(m.group(1), review), markdown)
    return _ANY_MARKER.sub("", markdown)


def _substitution(match: re.Match[str], review: Review) -> str:
    old, new = review.changes.get(int(match.group(1))), review.changes.get(int(match.group(3)))
    if (
        old is None
        or new is None
        or old.author != new.author
        or _COMMENT_END.search(match.group(0))
    ):
        return match.group(0)
    if not match.group(2).strip() or not match.group(4).strip():
        return match.group(0)
    lead, old_text, new_text, tail = _split_space(match.group(2), match.group(4))
    return (
        lead
        + attributed(change("substitute", old_text, new_text), head(new.author, new.time))
        + tail
    )


def _split_space(old: str, new: str) -> tuple[str, str, str, str]:
    """Spaces both sides share go outside the mark."""
    lead = ""
    while old[:1] == new[:1] == " ":
        lead, old, new = lead + " ", old[1:], new[1:]
    tail = ""
    while old[-1:] == new[-1:] == " ":
        tail, old, new = tail + " ", old[:-1], new[:-1]
    return lead, old, new, tail


def _change(match: re.Match[str], review: Review) -> str:
    kind, number, body = match.group(1), int(match.group(2)), match.group(3)
    later = "".join(m.group(0) for m in _COMMENT_END.finditer(body))
    body = _ANY_MARKER.sub("", body)
    if not body.strip():
        return later
    info = review.changes.get(number, Change("", None))
    mark = change("insert" if kind == INSERT else "delete", body)
    return attributed(mark, head(info.author, info.time)) + later


def _highlight(match: re.Match[str], review: Review) -> str:
    key, body = match.group(1), match.group(2)
    remark = review.comments.get(key)
    if remark is None:
        return body
    if OPEN in body or "\n" in body or not body.strip() or critic_marks(body):
        # not plain text of one paragraph (a change in it, or a substitution made of its
        # markers already): the comment stands alone where its range ends
        return body + marker(COMMENT_END, key)
    lead = body[: len(body) - len(body.lstrip())]
    tail = body[len(body.rstrip()) :]
    who = head(remark.author, remark.time)
    return lead + attributed(highlight(body.strip()), who, _comment_text(remark.text)) + tail


def _remark(key: str, review: Review) -> str:
    remark = review.comments.get(key)
    if remark is None:
        return ""
    return comment(_comment_text(remark.text), head(remark.author, remark.time))


def accepted_text(text: str) -> str:
    """Marked-up text (HTML or Markdown with markers) as if every change were accepted."""
    return _ANY_MARKER.sub("", _DELETED.sub("", text))


def strip_markers(text: str) -> str:
    return _ANY_MARKER.sub("", text)
