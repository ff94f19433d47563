"""The diff's matching runs: the same as difflib's SequenceMatcher, in bounded work (QA14: a
Replace All in every paragraph of a 2,000-paragraph story took over a minute to compare)."""

from __future__ import annotations

import difflib
import random
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netizen_editor.history import diff, matching
from netizen_editor.history.diff import DELETE, EQUAL, INSERT, body_diff
from netizen_editor.history.matching import Matcher

PARAGRAPH = (
    "Gubernur Jakarta mengatakan bahwa banjir di wilayah utara telah surut pada Senin pagi, "
    "namun warga diminta tetap waspada karena hujan deras diperkirakan turun lagi sepanjang "
    "pekan ini menurut BMKG dan petugas pemadam kebakaran siaga di {i} titik."
)
WORDS = ["banjir", "Jakarta", "warga", "di", "yang", ",", ".", "hujan", "BPBD", "dan", "\n"]


def _difflib(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


def _story(paragraphs: int) -> str:
    return "\n" + "".join(PARAGRAPH.format(i=i) + "\n\n" for i in range(paragraphs))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.integers(0, 3), max_size=40),
    st.lists(st.integers(0, 3), max_size=40),
)
def test_the_same_runs_as_difflib_on_any_sequences(a, b):
    # few different items: many runs of the same length, so the order they are taken in counts
    assert Matcher(a, b).opcodes() == _difflib(a, b)
    assert _by_tables(a, b)[1] == _difflib(a, b)


def _by_tables(a, b) -> tuple[Matcher, list[matching.Opcode]]:
    """A matcher that builds its tables however few the items (not difflib's own), and its
    opcodes."""
    with mock.patch.object(matching, "_SMALL", 0):
        matcher = Matcher(a, b)
        return matcher, matcher.opcodes()


@st.composite
def _repeating(draw):
    """A text of a few items repeated (a list, a table, a refrain) and an edit of it: items
    cut, added, or copied from elsewhere in it (QA18's shapes for the order runs are taken)."""
    rng = random.Random(draw(st.integers(0, 2**32)))
    alpha = rng.choice([2, 3, 5, 50])
    base = [rng.randrange(alpha) for _ in range(rng.randint(1, 30))]
    a = (base * 400)[: rng.randint(50, 300)]
    b = list(a)
    for _ in range(rng.randint(0, 20)):
        at, what = rng.randrange(len(b) + 1), rng.random()
        if what < 0.3:
            del b[at : at + rng.randint(1, 15)]
        elif what < 0.6:
            b[at:at] = [rng.randrange(alpha) for _ in range(rng.randint(1, 15))]
        else:
            start = rng.randrange(len(b) + 1)
            b[at:at] = b[start : start + rng.randint(1, 40)]
    return a, b


@settings(max_examples=150, deadline=None)
@given(_repeating())
def test_the_same_runs_as_difflib_on_repeating_texts(texts):
    a, b = texts
    matcher, ops = _by_tables(a, b)
    assert not matcher.coarse
    assert ops == _difflib(a, b)


@st.composite
def _edited_story(draw):
    """A story of distinct paragraphs (a line or two, blank lines between) and an edit of it:
    words replaced everywhere or here and there, paragraphs added, removed or moved."""
    count = draw(st.integers(1, 12))
    paragraphs = [
        " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12))) + f" {n}."
        for n in range(count)
    ]
    old = "\n\n".join(paragraphs) + "\n"
    edited = list(paragraphs)
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(edited)))
        what = draw(st.sampled_from(["replace", "add", "remove", "move", "split"]))
        if what == "add" or not edited:
            edited.insert(at, f"Paragraf baru {at} di {draw(st.sampled_from(WORDS))}.")
            continue
        at = min(at, len(edited) - 1)
        if what == "replace":
            edited[at] = edited[at].replace(draw(st.sampled_from(WORDS)), "DKI")
        elif what == "remove":
            del edited[at]
        elif what == "move":
            edited.append(edited.pop(at))
        else:
            edited[at] = edited[at].replace(" ", "\n", 1)
    new = "\n\n".join(edited) + "\n"
    if draw(st.booleans()):  # a Replace All
        new = new.replace(draw(st.sampled_from(WORDS[:5])), "DKI Jakarta")
    return old, new


@settings(max_examples=300, deadline=None)
@given(_edited_story())
def test_the_word_diff_is_the_one_difflib_gave(texts):
    old, new = texts
    now = body_diff(old, new)
    before = diff.opcodes
    try:
        diff.opcodes = _difflib  # the diff as it was made before, with difflib
        assert now == body_diff(old, new)
    finally:
        diff.opcodes = before


def test_2000_changed_paragraphs_take_bounded_work(monkeypatch):
    """Every paragraph changed (a Replace All): 2,000 paragraphs, 4,001 lines, ~90,000 words.
    difflib looked at every pair of blank lines again after each one it matched (the blank
    lines alone: ~4,000 × 2,000 × 2,000 / 2 pairs); here the work stays a few times the
    number of lines and words."""
    old = _story(2000)
    new = old.replace("Jakarta", "DKI Jakarta")
    matchers: list[Matcher] = []

    def counted(a, b):
        matchers.append(Matcher(a, b))
        return matchers[-1].opcodes()

    monkeypatch.setattr(diff, "opcodes", counted)
    pieces = body_diff(old, new)
    assert [p.text for p in pieces if p.kind == INSERT] == ["DKI "] * 2000
    assert not [p for p in pieces if p.kind == DELETE]
    lines = matchers[0]
    assert len(lines.a) == len(lines.b) == 4001
    assert lines.steps < 10 * (4001 + 4001)  # difflib: ~8,000,000,000 pairs of blank lines
    words = sum(len(m.a) + len(m.b) for m in matchers[1:])
    assert sum(m.steps for m in matchers[1:]) < 10 * words
    assert not any(m.coarse for m in matchers)


def test_past_the_work_allowed_the_rest_is_shown_changed_whole(monkeypatch):
    old = _story(3)
    new = old.replace("Jakarta", "DKI Jakarta")
    monkeypatch.setattr(matching, "MAX_STEPS", 0)
    lines = Matcher(old.splitlines(keepends=True), new.splitlines(keepends=True))
    assert lines.matching_blocks() == [(7, 7, 0)]  # no blank line matched
    assert lines.coarse
    pieces = body_diff(old, new)
    assert [p.kind for p in pieces] == [EQUAL, DELETE, INSERT, EQUAL]  # the blanks around
    assert "".join(p.text for p in pieces if p.kind != INSERT) == old
    assert "".join(p.text for p in pieces if p.kind != DELETE) == new
    monkeypatch.setattr(matching, "MAX_STEPS", 3_000_000)
    assert not Matcher(lines.a, lines.b).coarse


def test_a_comma_list_in_one_paragraph_is_compared_word_by_word():
    """1,000 names in one line, every name changed: the commas are the only common words
    (difflib's word pass took 45 s; each comma matched made it look at every pair again)."""
    old = ", ".join(f"a{i}" for i in range(1000)) + "\n"
    new = ", ".join(f"b{i}" for i in range(1000)) + "\n"
    keys = diff._keys(diff._TOKEN.findall(old)), diff._keys(diff._TOKEN.findall(new))
    words = Matcher(*keys)
    assert sum(1 for tag, *_ in words.opcodes() if tag == "equal") == 1000  # commas, the end
    assert words.steps < 10 * (len(keys[0]) + len(keys[1]))


def _shapes(n: int):
    """QA18's slow shapes, ``n`` items a side: a long common run in the middle, two periods,
    one-letter lines between blank ones, two symbols at random, shuffled runs of nine."""
    rng = random.Random(5)

    def fresh(count):
        return [rng.randrange(10**9) for _ in range(count)]

    a = fresh(n)
    yield "bigrun", a, fresh(n // 4) + a[n // 4 : 3 * n // 4] + fresh(n // 4)
    yield "periodic", [i % 7 for i in range(n)], [i % 11 for i in range(n)]
    yield "shortlines", ["a\n", "\n"] * (n // 2), ["b\n", "\n"] * (n // 2)
    yield "fewsym", [rng.randrange(2) for _ in range(n)], [rng.randrange(2) for _ in range(n)]
    blocks = [fresh(9) for _ in range(n // 10)]
    a = [item for block in blocks for item in [*block, *fresh(1)]]
    rng.shuffle(blocks)
    yield "runs9", a, [item for block in blocks for item in [*block, *fresh(1)]]


def _gives_back_both(matcher: Matcher) -> None:
    """The runs are in order, do not overlap and are equal on both sides."""
    i = j = 0
    for at_a, at_b, size in matcher.matching_blocks():
        assert at_a >= i and at_b >= j
        assert matcher.a[at_a : at_a + size] == matcher.b[at_b : at_b + size]
        i, j = at_a + size, at_b + size
    assert (i, j) == (len(matcher.a), len(matcher.b))


@pytest.mark.parametrize("shape", ["bigrun", "periodic", "shortlines", "fewsym", "runs9"])
def test_the_work_counted_never_passes_the_work_allowed(shape):
    """100,000 items a side (QA18: a million took 3 to 32 s and up to 465 MB, 82 million
    steps for a limit of 3 million: the limit was looked at only between stretches)."""
    a, b = next((a, b) for name, a, b in _shapes(100_000) if name == shape)
    matcher = Matcher(a, b)
    _gives_back_both(matcher)
    assert matcher.steps <= matching.MAX_STEPS


@pytest.mark.parametrize("shape", ["bigrun", "periodic", "shortlines", "runs9"])
def test_the_shapes_are_matched_exactly_in_work_linear_in_their_size(shape):
    """20,000 items a side, within the work allowed: difflib's very runs, the work a few
    times the items (each stretch's runs walked once, none of the lists copied again and
    again: 200,000 one-letter lines took 56 s)."""
    a, b = next((a, b) for name, a, b in _shapes(20_000) if name == shape)
    matcher = Matcher(a, b)
    blocks = matcher.matching_blocks()
    assert not matcher.coarse
    assert matcher.steps < 25 * (len(a) + len(b))
    if shape in ("bigrun", "runs9"):  # items seldom repeated: difflib is quick there
        assert blocks == [
            tuple(m) for m in difflib.SequenceMatcher(None, a, b, False).get_matching_blocks()
        ]
    elif shape == "shortlines":  # every blank line, nothing else
        assert blocks == [(at, at, 1) for at in range(1, len(a), 2)] + [(len(a), len(b), 0)]
    else:
        small_a, small_b = a[:500], b[:500]
        assert _by_tables(small_a, small_b)[1] == _difflib(small_a, small_b)


def test_the_starts_a_run_has_passed_are_passed_once():
    """Each run of ``b`` passed by the runs taken is passed once, not again for each of its
    copies in ``a`` (20,000 copies here: 400 million looks)."""
    a = [0] + [1, 7] * 20_000  # the 0 is matched first: every 7 of b is behind it
    b = [7, 2] * 20_000 + [0]
    matcher, ops = _by_tables(a, b)
    assert ops[:2] == [("insert", 0, 0, 0, 40_000), ("equal", 0, 1, 40_000, 40_001)]
    assert not matcher.coarse
    assert matcher.steps < 25 * (len(a) + len(b))


def test_the_work_allowed_is_looked_at_while_the_longest_run_is_sought(monkeypatch):
    """One stretch's search for its longest run (a pass over the stretch for each length
    tried) stops as soon as the next pass would go past the work allowed."""
    a, b = next((a, b) for name, a, b in _shapes(20_000) if name == "bigrun")
    monkeypatch.setattr(matching, "MAX_STEPS", 60_000)  # the ids: 40,000
    matcher = Matcher(a, b)
    assert matcher.matching_blocks() == [(len(a), len(b), 0)]
    assert matcher.coarse
    assert matcher.steps <= 60_000
