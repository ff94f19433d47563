"""Review marks (CriticMarkup) are inline spans the grammar knows: found in one pass, never in
code, and read by the word counter and the spell checker as if every suggestion were accepted."""

from __future__ import annotations

import datetime as dt
import time
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netizen_editor.grammar.inline import (
    CriticMark,
    blank_non_prose,
    blank_spans,
    count_words,
    critic_marks,
    non_prose_spans,
)
from netizen_editor.spelling.words import line_words

WIB = dt.timezone(dt.timedelta(hours=7))


def kinds(text: str) -> list[tuple[str, str, str]]:
    return [(m.kind, m.text, m.new_text) for m in critic_marks(text)]


# -- examples -----------------------------------------------------------------------------------
def test_the_five_marks():
    text = "a {++baru++} b {--lama--} c {~~merubah~>mengubah~~} d {==sorot==} e {>>catatan<<}"
    assert kinds(text) == [
        ("insert", "baru", ""),
        ("delete", "lama", ""),
        ("substitute", "merubah", "mengubah"),
        ("highlight", "sorot", ""),
        ("comment", "catatan", ""),
    ]
    sub = critic_marks(text)[2]
    assert text[sub.start : sub.end] == "{~~merubah~>mengubah~~}"
    assert text[sub.text_start : sub.text_end] == "merubah"
    assert text[sub.new_start : sub.new_end] == "mengubah"


def test_an_attribution_comment_goes_with_its_change():
    text = "Banjir {++ pada Sabtu pagi++}{>>@Bambang Sutejo (2026-12-06T10:30+07:00)<<} surut."
    (mark,) = critic_marks(text)
    assert mark == CriticMark(
        "insert", 7, text.index(" surut"), " pada Sabtu pagi", 10, 26,
        author="Bambang Sutejo", time=dt.datetime(2026, 12, 6, 10, 30, tzinfo=WIB), comment="",
    )  # fmt: skip


def test_a_comment_with_a_head_then_its_replies():
    text = (
        "{>>@Bambang Sutejo (2026-12-06T10:31+07:00): Sumbernya siapa?<<}"
        "{>>@Ani (2026-12-06T11:00+07:00): Polda.<<}"
    )
    first, reply = critic_marks(text)
    assert (first.kind, first.author, first.text) == (
        "comment",
        "Bambang Sutejo",
        "Sumbernya siapa?",
    )
    assert first.time == dt.datetime(2026, 12, 6, 10, 31, tzinfo=WIB)
    assert (reply.kind, reply.author, reply.text) == ("comment", "Ani", "Polda.")


def test_a_highlight_keeps_its_comment_and_marks_without_attribution_are_unknown():
    (mark,) = critic_marks("{==Rp5 miliar==}{>>angka dari mana?<<}")
    assert (mark.kind, mark.text, mark.comment, mark.author, mark.time) == (
        "highlight", "Rp5 miliar", "angka dari mana?", None, None,
    )  # fmt: skip
    (mark,) = critic_marks("{>>@Ani (kemarin): cek<<}")
    assert (mark.author, mark.time, mark.text) == ("Ani", None, "cek")  # a time that is no time


@pytest.mark.parametrize(
    ("text", "author", "body"),
    [
        ("{>>@Bambang: cek lagi angkanya<<}", "Bambang", "cek lagi angkanya"),
        ("{>>@Bambang Sutejo : sumbernya?<<}", "Bambang Sutejo", "sumbernya?"),
        ("{>>@Dewi:<<}", "Dewi", ""),
        ("{>>kirim ke dewi@netizen.co.id: ya<<}", None, "kirim ke dewi@netizen.co.id: ya"),
        ("{>>@semua tolong cek<<}", None, "@semua tolong cek"),  # no colon: no name
    ],
)
def test_a_name_typed_by_hand_without_a_time_attributes_the_comment(text, author, body):
    # a desk editor types "{>>@Bambang: ...<<}"; it read as an unknown's comment
    (mark,) = critic_marks(text)
    assert (mark.author, mark.time, mark.text) == (author, None, body)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{~~x~~}", []),  # no "~>": not a substitution
        ("{++ a {-- b --} c ++}", [("insert", " a {-- b --} c ", "")]),  # no nesting
        ("{++ a", []),  # never closed
        ("a ++} b", []),
        ("{++++}", [("insert", "", "")]),
        ("`{++kode++}` {--x--}", [("delete", "x", "")]),  # in a code span it is text
        ("{++ pakai `x` saja ++}", [("insert", " pakai `x` saja ", "")]),  # a whole code span
        ("{++ a `b ++}` c", []),  # the closing is inside a code span
        ("{++ satu\n\ndua ++}", [("insert", " satu\n\ndua ", "")]),  # across paragraphs
    ],
)
def test_the_spec_pitfalls(text, expected):
    assert kinds(text) == expected


# -- what is prose --------------------------------------------------------------------------------
def test_deleted_text_and_comments_are_not_words_inserted_text_is():
    assert count_words("Warga {--lama--}{++baru++} datang.") == 3
    assert (
        count_words("Ia {~~merubah~>mengubah~~} jadwal {>>@Ani (2026-12-06T10:30+07:00): ok<<}.")
        == 3
    )
    assert count_words("kata{--nya--}") == 1
    assert count_words("`{--kode--}`") == 1  # code is counted as it is


def test_the_spell_checker_reads_the_accepted_text_and_never_the_mark_syntax():
    line = "Ia {~~merubahh~>mengubah~~} {--salahh--} {++benar++} {==sorot==}{>>komentarr<<}"
    assert [w.text for w in line_words(line)] == ["Ia", "mengubah", "benar", "sorot"]
    masked = blank_non_prose(line)
    assert len(masked) == len(line) and "{" not in masked and "~" not in masked
    assert all(line[s:e].strip() for s, e in non_prose_spans(line))


# -- properties ----------------------------------------------------------------------------------
PIECES = st.sampled_from(
    ["{++", "++}", "{--", "--}", "{~~", "~>", "~~}", "{==", "==}", "{>>", "<<}", "`", "``",
     "\n", "\n\n", " ", "a", "kata", "{", "}", "@Ani (2026-12-06T10:30+07:00)", ":", "<!--", "-->"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join) | st.text(max_size=200))
def test_marks_are_in_order_never_overlap_and_hold_what_they_say(text):
    marks = critic_marks(text)
    last = 0
    for mark in marks:
        assert last <= mark.start < mark.end <= len(text)
        last = mark.end
        assert text[mark.start : mark.start + 3] in ("{++", "{--", "{~~", "{==", "{>>")
        assert text[mark.text_start : mark.text_end] == mark.text
        if mark.kind == "substitute":
            assert text[mark.new_start : mark.new_end] == mark.new_text
            assert text[mark.text_end : mark.new_start] == "~>"
    line = text.replace("\n", " ")
    spans = non_prose_spans(line)
    assert blank_spans(line, spans) == blank_non_prose(line)
    assert all(a <= b for a, b in spans)
    assert all(b <= c for (_a, b), (c, _d) in pairwise(spans))
    count_words(text)


ADVERSARIAL = ["{++", "{~~", "{~~a~>", "{--", "{>>", "{==", "{++`", "{~~x~~}", "~>", "{>>@"]


@pytest.mark.parametrize("piece", ADVERSARIAL)
def test_linear_time_on_100k_adversarial_characters(piece):
    small, big = piece * (10_000 // len(piece)), piece * (100_000 // len(piece))
    timings = []  # CPU seconds of this process: other processes on the machine do not count
    for text in (small, big):
        start = time.process_time()
        critic_marks(text)
        blank_non_prose(text)
        count_words(text)
        timings.append(time.process_time() - start)
    assert timings[1] < 1.0
    assert timings[1] < 30 * timings[0] + 0.2  # ten times the text, not a hundred times the time


def test_plain_text_and_sentences_read_the_accepted_text():
    from netizen_editor.grammar.inline import plain_text, sentence_lengths

    title = "Banjir {--besar--} {~~surut~>reda~~} di **Jakarta**{>>@Ani (2026-12-06T10:00+07:00)<<}"
    assert plain_text(title) == "Banjir reda di Jakarta"
    assert sentence_lengths("Satu dua - tiga. Empat (5/12/2026) lima!") == [3, 3]  # as counted


def test_accepted_text_reads_every_suggestion_as_accepted():
    from netizen_editor.grammar.inline import accepted_text

    text = "a {++b++}{>>@Ani: ya<<} {--c--} {~~d~>e~~} {==f==} {>>g<<}`{--h--}`"
    assert accepted_text(text) == "a b  e f `{--h--}`"  # a code span holds no mark
    assert accepted_text("tanpa tanda") == "tanpa tanda"


def test_the_delimiters_are_the_marks_openings_closings_and_arrow():
    from netizen_editor.grammar.inline import CRITIC_CLOSING, CRITIC_DELIMITER, CRITIC_OPENING

    text = "{++a++} {--b--} {~~c~>d~~} {==e==} {>>f<<} {+ +} ~>"
    openings = [m.group() for m in CRITIC_OPENING.finditer(text)]
    closings = [m.group() for m in CRITIC_CLOSING.finditer(text)]
    assert openings == ["{++", "{--", "{~~", "{==", "{>>"]
    assert closings == ["++}", "--}", "~~}", "==}", "<<}"]
    assert [m.group() for m in CRITIC_DELIMITER.finditer(text)] == [
        x for pair in zip(openings, closings, strict=True) for x in pair
    ]


def test_a_name_holds_no_colon_so_a_number_in_parentheses_is_text():
    (mark,) = critic_marks("{>>@Impor: Narahubung: Dewi (0812-3456-7890)<<}")
    assert (mark.author, mark.time, mark.text) == ("Impor", None,
                                                   "Narahubung: Dewi (0812-3456-7890)")  # fmt: skip
    (dated,) = critic_marks("{>>@Rina (2026-12-06T10:30+07:00): Sumber (BPBD)?<<}")
    assert (dated.author, dated.text) == ("Rina", "Sumber (BPBD)?")
    assert dated.time is not None and dated.time.hour == 10
