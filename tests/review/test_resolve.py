"""Accepting and rejecting review marks: examples, properties and time on hostile text."""

from __future__ import annotations

import time

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from netizen_editor.review import resolve
from netizen_editor.review.marks import ReviewMark, review_marks
from netizen_editor.review.resolve import (
    MAX_ROUNDS,
    accept_all,
    accept_mark,
    reject_all,
    reject_mark,
    resolve_all,
    resolve_marks,
    resolved_span,
    too_deep,
)

ATTRIBUTION = "{>>@Bambang Sutejo (2026-12-06T10:30+07:00)<<}"


@pytest.mark.parametrize(
    ("text", "accepted", "rejected"),
    [
        ("a {++baru++} b", "a baru b", "a b"),  # a mark that goes takes one space with it
        ("a {--lama--} b", "a b", "a lama b"),
        ("Ia {~~merubah~>mengubah~~} jadwal", "Ia mengubah jadwal", "Ia merubah jadwal"),
        ("a {==sorot==}{>>cek<<} b", "a sorot b", "a sorot b"),
        ("a {>>catatan<<} b", "a b", "a b"),
        ("kota {>>catatan<<}.", "kota.", "kota."),  # no space before a full stop
        (f"Banjir{{++ pada Sabtu++}}{ATTRIBUTION} surut.", "Banjir pada Sabtu surut.",
         "Banjir surut."),
        ("a {++satu\n\ndua++} b", "a satu\n\ndua b", "a b"),  # across paragraphs
        ("`{++kode++}` {--x--}", "`{++kode++}` ", "`{++kode++}` x"),  # code is text
        ("```\n{++kode++}\n```\n", "```\n{++kode++}\n```\n", "```\n{++kode++}\n```\n"),
        ("---\ntitle: '{++x++}'\n---\n{++y++}\n", "---\ntitle: '{++x++}'\n---\ny\n",
         "---\ntitle: '{++x++}'\n---\n"),  # a line of its own goes whole
        ("{~~x~~} {++ a", "{~~x~~} {++ a", "{~~x~~} {++ a"),  # no marks
    ],
)  # fmt: skip
def test_accept_and_reject_all(text, accepted, rejected):
    assert accept_all(text) == accepted
    assert reject_all(text) == rejected


def test_one_mark_with_its_attribution_and_replies_stay_comments():
    reply_text = "{>>@Ani (2026-12-06T11:00+07:00): setuju<<}"
    text = f"A {{--lama--}}{ATTRIBUTION}{reply_text} B {{++c++}}"
    delete, reply, insert = review_marks(text)
    assert accept_mark(text, delete) == f"A {reply_text} B {{++c++}}"
    assert reject_mark(text, delete) == f"A lama{reply_text} B {{++c++}}"
    assert reject_mark(text, insert) == text[: insert.start]
    assert accept_mark(text, reply) == f"A {{--lama--}}{ATTRIBUTION} B {{++c++}}"


def test_a_mark_made_by_joining_the_text_around_one_is_resolved_by_the_next_pass():
    # CriticMarkup has no escapes: "{" + an empty addition + "++a++}" joins into a new mark
    text = "{{++++}++a++}"
    assert resolve_marks(text, [(m, True) for m in review_marks(text)]) == "{++a++}"
    assert accept_all(text) == "a"  # all: the mark formed is resolved too


# -- properties ----------------------------------------------------------------------------------
PIECES = st.sampled_from(
    ["{++", "++}", "{--", "--}", "{~~", "~>", "~~}", "{==", "==}", "{>>", "<<}", "`", "```\n",
     "\n", "\n\n", " ", "a", "kata", "{", "}", "@Ani (2026-12-06T10:30+07:00)", ":", "---\n",
     "    ", "<div>\n", "\r\n"]
)  # fmt: skip
ANY_TEXT = st.lists(PIECES, max_size=40).map("".join) | st.text(max_size=200)
WORD = st.text(alphabet="abc ", min_size=1, max_size=6)
MARK = st.one_of(
    WORD.map(lambda w: "{++" + w + "++}"),
    WORD.map(lambda w: "{--" + w + "--}"),
    st.tuples(WORD, WORD).map(lambda p: "{~~" + p[0] + "~>" + p[1] + "~~}"),
    WORD.map(lambda w: "{==" + w + "==}{>>" + w + "<<}"),
    WORD.map(lambda w: "{>>" + w + "<<}"),
    WORD.map(lambda w: "{++" + w + "++}{>>@Ani (2026-12-06T10:30+07:00)<<}"),
)
#: prose with whole marks separated by words (what an editor writes)
WELL_FORMED = st.lists(st.one_of(MARK, WORD, st.just("\n\n")), max_size=12).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_never_raises_and_without_marks_nothing_changes(text):
    marks = review_marks(text)
    accepted, rejected = accept_all(text), reject_all(text)
    if not marks:
        assert accepted == text and rejected == text
    for mark in marks:
        accept_mark(text, mark)
        reject_mark(text, mark)
    # each pass resolves every mark it sees; marks the joins make are read by the next one
    for _ in range(len(text) // 6 + 1):
        if not review_marks(accepted):
            break
        accepted = accept_all(accepted)
    assert review_marks(accepted) == []


@settings(max_examples=300, deadline=None)
@given(WELL_FORMED)
def test_accept_all_and_reject_all_leave_no_marks(text):
    assert review_marks(accept_all(text)) == []
    assert review_marks(reject_all(text)) == []
    assert accept_all(accept_all(text)) == accept_all(text)


def _moved(mark: ReviewMark, by: int) -> ReviewMark:
    """``mark`` at offsets ``by`` characters further on (after an edit before it)."""
    fields = ("start", "end", "text_start", "text_end", "new_start", "new_end")
    return mark._replace(**{f: getattr(mark, f) + by for f in fields if getattr(mark, f) >= 0})


@settings(max_examples=300, deadline=None)
@given(WELL_FORMED, st.data())
def test_accepting_one_and_rejecting_another_commute(text, data):
    # marks of the text as it was (resolving one may change the blocks a scan of the result
    # sees: four spaces left at a line's start make it code)
    marks = review_marks(text)
    assume(len(marks) >= 2)
    i, j = data.draw(st.lists(st.integers(0, len(marks) - 1), min_size=2, max_size=2,
                              unique=True))  # fmt: skip
    a, b = marks[i], marks[j]

    def after(first: ReviewMark, accept: bool, then: ReviewMark) -> ReviewMark:
        if then.start < first.start:
            return then
        start, end, new = resolved_span(text, first, accept)
        return _moved(then, len(new) - (end - start))

    one = reject_mark(accept_mark(text, a), after(a, True, b))
    other = accept_mark(reject_mark(text, b), after(b, False, a))
    assert one == other == resolve_marks(text, [(a, True), (b, False)])


# -- hostile input -------------------------------------------------------------------------------
HOSTILE = ["{++", "{~~a~>", "{++a++}{>>@A (x)<<}", "{--\n", "{++a\n\n++}"]


def _timed(piece: str, size: int, runs: int) -> float:
    """The CPU seconds of this process (other processes on a shared machine do not count) of
    the quickest of ``runs`` resolutions of ``size`` characters of ``piece``."""
    text = "Teks.\n\n" + piece * (size // len(piece))
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        accept_all(text)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("piece", HOSTILE)
def test_linear_time_on_hostile_text(piece):
    # 180,000 characters: 20,000 marks across paragraphs at most, as many as a story may hold
    # (a megabyte of them is refused: ``test_mark_cap``)
    small, big = _timed(piece, 18_000, 3), _timed(piece, 180_000, 2)
    assert big < 15.0  # about 0.4 s here for 20,000 marks across paragraphs, on a quiet machine
    assert big < 30 * small + 0.5  # ten times the text, not a hundred times the time


# -- what pymdown-extensions' critic warns about: lists, blocks, marks across emphasis ------------
def test_lists_blocks_and_emphasis_read_as_markdown_once_resolved():
    from netizen_editor.article.model import Article
    from netizen_editor.publish.body import BodyRenderer
    from netizen_editor.settings import Settings

    text = (
        "Teks pembuka.\n\n"
        "- satu\n{++- dua\n++}- tiga{--\n- empat--}\n\n"
        "{++Paragraf baru sepenuhnya.\n\n++}"
        "> kutipan {~~lama~>baru~~}\n\n"
        "*miring {++**tebal**++}* dan {==**sorot**==}{>>cek<<}\n"
    )
    accepted = accept_all(text)
    assert accepted == (
        "Teks pembuka.\n\n- satu\n- dua\n- tiga\n\nParagraf baru sepenuhnya.\n\n"
        "> kutipan baru\n\n*miring **tebal*** dan **sorot**\n"
    )
    assert reject_all(text) == (
        "Teks pembuka.\n\n- satu\n- tiga\n- empat\n\n> kutipan lama\n\n*miring * dan **sorot**\n"
    )
    html = BodyRenderer().render(Article.parse(accepted), Settings())
    assert html.count("<li") == 3 and "<blockquote" in html and "<strong>sorot</strong>" in html
    assert "{" not in html


def test_all_resolves_the_marks_formed_where_a_resolved_mark_met_its_neighbours():
    text = "Harga {{--x--}++ naik ++} hari ini."  # accepted, "{" and "++ naik ++}" meet
    assert review_marks(resolve_marks(text, [(m, True) for m in review_marks(text)]))
    done = resolve_all(text, True)
    assert (done.text, done.suggestions, done.others, done.left) == (
        "Harga  naik  hari ini.",
        2,
        0,
        0,
    )
    assert accept_all(text) == done.text and review_marks(reject_all(text)) == []


def test_all_stops_after_its_rounds_with_the_marks_left_counted():
    text = "{" * 12 + "{++++}" + "++++}" * 12  # each round forms the next empty insertion
    done = resolve_all(text, True)
    assert done.left == len(review_marks(done.text)) > 0
    assert done.suggestions == 8  # one a round (MAX_ROUNDS)
    assert done.line == 1 and len(done.rounds) == 8


def test_marks_inside_marks_are_resolved_level_by_level():
    text = "A {++b {--c--} d {~~e~>f~~}++} g."
    done = resolve_all(text, True)
    assert (done.text, done.suggestions, done.left, len(done.rounds)) == ("A b d f g.", 3, 0, 2)
    assert reject_all(text) == "A g."


def test_too_deep_names_the_line_of_the_nest_not_of_a_mark_before_it():
    """QA32 #12: the line the CLI and the window name is in the text given, past the marks
    resolved before it and the lines that their resolving took away."""
    text = (
        "---\ntitle: A\n---\nSatu {--dua\n\ntiga--} {>>x<<}.\n\n"
        + "B {++" * 30
        + "isi"
        + "++}" * 30
        + "\n"
    )
    done = resolve_all(text, True)
    assert done.left and done.line == 8 and len(done.rounds) == MAX_ROUNDS
    assert "s.md:8: " in too_deep("s.md", done)
    kept = resolve_all(text, True, suggestions_only=True)  # as the window's Accept All
    assert kept.left and kept.line == 8


def test_suggestions_only_keeps_the_discussion():
    text = "A {++b++}{>>@Rina: ok<<} {==c==}{>>d<<} {>>e<<} {--f--}."
    done = resolve_all(text, False, suggestions_only=True)
    assert done.text == "A {==c==}{>>d<<} {>>e<<} f." and done.suggestions == 2


def test_the_rounds_stop_at_their_time_too_and_say_how_many_levels(monkeypatch):
    """The rounds after the first each read the whole text again: past MAX_SECONDS (here none)
    nothing more is resolved, and what is said names the levels that were."""
    monkeypatch.setattr(resolve, "MAX_SECONDS", 0.0)
    text = "Satu.\n\n" + "{++" * 3 + "isi" + "++}" * 3 + "\n"
    done = resolve_all(text, True)
    assert done.left and len(done.rounds) == 1 and done.line == 3
    said = too_deep("s.md", done)
    assert "s.md:3: " in said and ("than 1 levels" in said or "lebih dari 1 tingkat" in said)
    assert "0 s" in said or "0 detik" in said


LETTERHEAD = "{>>@Impor: PEMERINTAH PROVINSI JAWA BARAT\nNomor: 045/HUMAS/XII/2026<<}"


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        # a block of its own goes with the blank lines under it (QA37 #14: three were left)
        (f"---\ntitle: a\n---\n\n{LETTERHEAD}\n\nLead.\n", "---\ntitle: a\n---\n\nLead.\n"),
        (f"Satu.\n\n{LETTERHEAD}\n\n\n\nDua.\n", "Satu.\n\nDua.\n"),
        (f"{LETTERHEAD}\n\nLead.\n", "Lead.\n"),
        (f"Satu.\n\n{LETTERHEAD}\nDua.\n", "Satu.\n\nDua.\n"),  # it began the paragraph
        # a line of a paragraph: the line goes, the blank line under the paragraph stays
        (f"Satu.\n{LETTERHEAD}\n\nDua.\n", "Satu.\n\nDua.\n"),
        (f"Satu.\n{LETTERHEAD}\nDua.\n", "Satu.\nDua.\n"),
        # two blocks of their own, one after the other, and a whole paragraph deleted
        ("Satu.\n\n{>>a<<}\n{>>b<<}\n\nDua.\n", "Satu.\n\nDua.\n"),
        (f"Satu.\n\n{{--Dua.--}}{ATTRIBUTION}\n\nTiga.\n", "Satu.\n\nTiga.\n"),
        ("Satu {>>a<<}{--b--} dua.", "Satu dua."),  # as when resolved one by one
    ],
)
def test_marks_on_lines_of_their_own_go_with_them(text, resolved):
    assert accept_all(text) == resolved
    one_by_one = text
    while marks := review_marks(one_by_one):
        one_by_one = accept_mark(one_by_one, marks[0])
    assert one_by_one == resolved
