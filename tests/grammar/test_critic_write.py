"""The review marks' writers: whatever text a mark is given, the grammar reads back the mark
that was written (its kind, text, new text, author, time and comment)."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from netizen_editor.grammar.critic_write import (
    attributed,
    author_name,
    change,
    comment,
    head,
    highlight,
    neutral,
    short_head,
)
from netizen_editor.grammar.inline import CRITIC_DELIMITERS, critic_marks

# text made of the marks' characters, so delimiters (and overlapping ones) come often
_TEXT = st.text(alphabet="{}+-~=<>@():` \t\na", max_size=14)
_TIME = st.builds(
    lambda day, minutes, offset: (
        dt.datetime(2026, 1, 1, tzinfo=dt.timezone(offset))
        + dt.timedelta(days=day, minutes=minutes)
    ),
    st.integers(0, 400),
    st.integers(0, 24 * 60),
    st.integers(-12 * 60, 14 * 60).map(lambda m: dt.timedelta(minutes=m)),
)
# a comment's text that holds its own closing, another kind's, an opening and an arrow
_DELIMITED = "a <<} b ++} c {>> d ~> e<<"
_ANY_DELIMITER = re.compile("(?=(" + "|".join(map(re.escape, CRITIC_DELIMITERS)) + "))")


def _one_backticked(*parts: str) -> bool:
    """At most one part holds backticks (a code span may not reach from one part to another)."""
    return sum("`" in part for part in parts) <= 1


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_a_neutral_text_holds_no_delimiter_and_keeps_its_length(text):
    kept = neutral(text)
    assert not _ANY_DELIMITER.search(kept)
    assert len(kept) == len(text)
    assert neutral(kept) == kept


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["insert", "delete", "substitute", "highlight"]), _TEXT, _TEXT, _TEXT,
       _TEXT, st.none() | _TIME)  # fmt: skip
@example("highlight", "x", "", "Rina", _DELIMITED, None)
@example("substitute", "a~", "~>", "Rina", "++}", None)
def test_a_change_reads_back_as_written(kind, text, new_text, author, note, time):
    assume(_one_backticked(text, new_text, author, note))
    new_text = new_text if kind == "substitute" else ""
    who = head(author, time)
    written = attributed(change(kind, text, new_text), who, note)
    [mark] = critic_marks(written)
    assert (mark.kind, mark.start, mark.end) == (kind, 0, len(written))
    assert mark.text == neutral(text)
    assert mark.new_text == neutral(new_text)
    assert mark.author == author_name(author)
    assert mark.time == time
    assert mark.comment == neutral(note.lstrip(" \t"))


@settings(max_examples=400, deadline=None)
@given(_TEXT, _TEXT, st.none() | _TIME)
@example(_DELIMITED, "Rina", None)
@example("<<}", "<<}", None)
@example("{>>x<<}", "a", dt.datetime(2026, 12, 6, 10, 30, tzinfo=dt.UTC))
def test_a_comment_reads_back_as_written(text, author, time):
    assume(_one_backticked(text, author))
    written = comment(text, head(author, time))
    [mark] = critic_marks(written)
    assert (mark.kind, mark.end) == ("comment", len(written))
    assert (mark.text, mark.author, mark.time) == (
        neutral(text.lstrip(" \t")),
        author_name(author),
        time,
    )


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.text(max_size=80))
@example(_DELIMITED, "Rina")
def test_a_comment_with_a_short_head_reads_back_as_written(text, author):
    assume(_one_backticked(text, author))
    written = comment(text, short_head(author))
    [mark] = critic_marks(written)
    assert mark.text == neutral(text.lstrip(" \t"))
    assert mark.author == short_head(author)[1:]
    assert mark.time is None


def test_the_forms_the_writers_write():
    at = dt.datetime(2026, 12, 6, 10, 30, 59, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert attributed(change("insert", "teks"), head("Nama", at)) == (
        "{++teks++}{>>@Nama (2026-12-06T10:30+07:00)<<}"
    )
    assert change("substitute", "lama", "baru") == "{~~lama~>baru~~}"
    assert highlight("x") == "{==x==}"
    assert comment("", head(" Ana (desk)\n", None)) == "{>>@Ana desk ()<<}"
    assert comment("catatan", short_head("Impor")) == "{>>@Impor: catatan<<}"
    assert comment("", short_head("Impor")) == "{>>@Impor: <<}"
    # a short head before "(...)" would read as one with a time: it gets an unknown one
    [mark] = critic_marks(comment("Dewi (0812)", short_head("Impor")))
    assert (mark.author, mark.text) == ("Impor", "Dewi (0812)")


def test_a_delimiter_in_a_marks_text_loses_its_brace_or_point():
    assert neutral("a {++b++} c<<}") == "a (++b++) c<<)"
    assert neutral("{++}") == "(++)"  # an opening and a closing at once
    assert neutral("x ~> y") == "x ~  y"
    assert neutral("{+ +} ~ >") == "{+ +} ~ >"  # no delimiter: as it is
    assert author_name("A<<}B") == "A<< B"
