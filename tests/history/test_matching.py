"""The diff's matching runs: the same as difflib's SequenceMatcher, in bounded work (QA14: a
Replace All in every paragraph of a 2,000-paragraph story took over a minute to compare)."""

from __future__ import annotations

import difflib

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
    assert lines.steps < 10 * 4001  # difflib: ~8,000,000,000 pairs of blank lines
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
