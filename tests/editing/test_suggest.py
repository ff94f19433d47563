"""Suggest mode's edits: typing and deleting become attributed review marks."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from netizen_editor.editing.suggest import (
    Edit,
    Refusal,
    attribution,
    delete_text,
    replace_text,
    type_text,
)
from netizen_editor.grammar.inline import critic_marks

NOW = dt.datetime(2026, 12, 6, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))
ME = "Bambang Sutejo"
SIGN = "{>>@Bambang Sutejo (2026-12-06T10:30+07:00)<<}"


def apply(text: str, edit: Edit | Refusal | None) -> tuple[str, int]:
    assert isinstance(edit, Edit), edit
    new = text[: edit.start] + edit.insert + text[edit.end :]
    return new, edit.cursor


def test_the_attribution_is_the_issues_form():
    assert attribution(ME, NOW) == SIGN
    assert attribution("", NOW) == "{>>@unknown (2026-12-06T10:30+07:00)<<}"
    assert attribution("A (B)", NOW).startswith("{>>@A B (")  # no parentheses in a name


def test_typing_makes_one_addition_that_grows():
    text = "Banjir di Jakarta."
    at = text.index(" di")
    text, cursor = apply(text, type_text(text, at, " besar", ME, NOW))
    assert text == "Banjir{++ besar++}" + SIGN + " di Jakarta."
    text, cursor = apply(text, type_text(text, cursor, "!", ME, NOW))
    assert text == "Banjir{++ besar!++}" + SIGN + " di Jakarta."
    [mark] = critic_marks(text)
    assert (mark.kind, mark.text, mark.author) == ("insert", " besar!", ME)
    assert mark.time == NOW


def test_typing_right_after_ones_own_addition_goes_on_in_it():
    text = "a{++b++}" + SIGN + " c"
    end = text.index(" c")
    new, cursor = apply(text, type_text(text, end, "x", ME, NOW))
    assert new == "a{++bx++}" + SIGN + " c"
    assert new[cursor:].startswith("++}")


def test_an_edit_says_where_the_own_suggestion_the_cursor_is_left_in_starts():
    # the editor goes on typing there without reading the marks again: wherever the cursor is
    # left in one's own suggested text, ``within`` is where that text starts in the new text
    cases = [
        ("Banjir di Jakarta.", lambda t: type_text(t, 6, " besar", ME, NOW), "{++"),
        ("a{++bcd++}" + SIGN, lambda t: type_text(t, t.index("cd"), "x", ME, NOW), "{++"),
        ("a{++bcd++}" + SIGN, lambda t: delete_text(t, 5, 6, ME, NOW), "{++"),
        ("Banjir besar.", lambda t: replace_text(t, 7, 12, "kecil", ME, NOW), "~>"),
    ]
    for text, edit, opening in cases:
        answer = edit(text)
        new, cursor = apply(text, answer)
        assert isinstance(answer, Edit) and answer.within is not None
        assert new[answer.within - len(opening) : answer.within] == opening, (text, new)
        assert answer.within <= cursor
    deletion = delete_text("a b", 1, 2, ME, NOW)
    assert isinstance(deletion, Edit) and deletion.within is None  # a deletion is not typed in


def test_someone_elses_suggestion_is_not_edited():
    other = "{>>@Rina (2026-12-06T09:00+07:00)<<}"
    text = "a {++kata Rina++}" + other + " b"
    inside = text.index("Rina++") - 1
    refused = type_text(text, inside, "x", ME, NOW)
    assert isinstance(refused, Refusal) and refused.author == "Rina"
    assert "Rina" in refused.why
    assert isinstance(delete_text(text, inside - 1, inside, ME, NOW), Refusal)
    assert isinstance(replace_text(text, 0, len(text), "baru", ME, NOW), Refusal)
    unknown = "a {--lama--} b"
    assert isinstance(type_text(unknown, 5, "x", ME, NOW), Refusal)


def test_deleting_makes_a_deletion_that_grows_both_ways():
    text = "satu dua tiga"
    # Backspace on the "a" of "dua": the cursor stays before the deletion
    end = text.index(" tiga")
    text, cursor = apply(text, delete_text(text, end - 1, end, ME, NOW))
    assert text == "satu du{--a--}" + SIGN + " tiga"
    assert cursor == text.index("{--")
    # Backspace again: the deletion grows at its front
    text, cursor = apply(text, delete_text(text, cursor - 1, cursor, ME, NOW))
    assert text == "satu d{--ua--}" + SIGN + " tiga"
    # Delete (forward) just after it: it grows at its end
    after = text.index(" tiga")
    text, cursor = apply(text, delete_text(text, after, after + 1, ME, NOW, backward=False))
    assert text == "satu d{--ua --}" + SIGN + "tiga"
    assert text[cursor:] == "tiga"


def test_deleting_ones_own_added_text_takes_it_out():
    text = "a{++bcd++}" + SIGN + " e"
    c = text.index("c")
    new, cursor = apply(text, delete_text(text, c, c + 1, ME, NOW))
    assert new == "a{++bd++}" + SIGN + " e" and cursor == c
    b = text.index("bcd")
    new, _ = apply(text, delete_text(text, b, b + 3, ME, NOW))
    assert new == "a e"  # emptied: the whole suggestion goes


def test_typing_over_a_selection_makes_a_substitution_that_grows():
    text = "Presiden merubah aturan."
    start = text.index("merubah")
    text, cursor = apply(text, replace_text(text, start, start + 7, "men", ME, NOW))
    assert text == "Presiden {~~merubah~>men~~}" + SIGN + " aturan."
    text, cursor = apply(text, type_text(text, cursor, "gubah", ME, NOW))
    [mark] = critic_marks(text)
    assert (mark.kind, mark.text, mark.new_text, mark.author) == (
        "substitute", "merubah", "mengubah", ME)  # fmt: skip


def test_nothing_to_delete_is_no_edit():
    assert delete_text("abc", 1, 1, ME, NOW) is None


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ab {}+-~>=<@\n`", max_size=40),
    st.integers(0, 40),
    st.integers(0, 5),
    st.sampled_from(["x", "yz", "\n"]),
)
def test_suggest_edits_never_break_marks_that_were_there(text, at, length, typed):
    at = min(at, len(text))
    end = min(len(text), at + length)
    before = [m for m in critic_marks(text)]
    for edit in (
        type_text(text, at, typed, ME, NOW),
        delete_text(text, at, end, ME, NOW),
        replace_text(text, at, end, typed, ME, NOW),
    ):
        if not isinstance(edit, Edit):
            continue
        new = text[: edit.start] + edit.insert + text[edit.end :]
        assert 0 <= edit.cursor <= len(new)
        # every mark that was not the edit's own is still there, word for word
        others = [m for m in before if m.end <= edit.start or m.start >= edit.end]
        kept = {(m.kind, m.text, m.new_text) for m in critic_marks(new)}
        for mark in others:
            if "{" in text[: mark.start] or "}" in text[mark.end :]:
                continue  # stray delimiters around it may now pair differently
            assert (mark.kind, mark.text, mark.new_text) in kept


def test_pasted_or_deleted_mark_syntax_cannot_break_the_suggestion():
    text = "Satu dua--} tiga."
    new, _cursor = apply(text, type_text(text, 0, "a ++}{>>b ", ME, NOW))
    [added] = [m for m in critic_marks(new) if m.kind == "insert"]
    assert (added.text, added.author) == ("a ++)(>>b ", ME)  # each delimiter lost its brace
    new, _cursor = apply(text, delete_text(text, 4, 11, ME, NOW))
    [deleted] = [m for m in critic_marks(new) if m.kind == "delete"]
    assert (deleted.text, deleted.author, new.endswith(" tiga.")) == (" dua--)", ME, True)
    new, _cursor = apply(text, replace_text(text, 5, 8, "x~>y", ME, NOW))
    [changed] = critic_marks(new)
    assert (changed.text, changed.new_text, changed.author) == ("dua", "x~ y", ME)


def type_keys(text: str, cursor: int, keys: str) -> tuple[str, int]:
    """``keys`` typed one by one from ``cursor`` in suggest mode."""
    for key in keys:
        text, cursor = apply(text, type_text(text, cursor, key, ME, NOW))
    return text, cursor


def test_typing_a_closing_in_ones_own_addition_keeps_it_one_mark():
    text = "Satu dua."
    text, cursor = type_keys(text, 4, " a++}")
    assert text == "Satu{++ a++)++}" + SIGN + " dua."
    [added] = critic_marks(text)
    assert (added.kind, added.text, added.author) == ("insert", " a++)", ME)
    assert text[cursor:].startswith("++}")  # the cursor stays at the end of the text


def test_typing_an_opening_in_ones_own_addition_opens_no_mark():
    # the brace typed first is blunted once the "++" after it makes it an opening; so are
    # "{--", "{==", "{>>" and "{~~"
    for opening in ("{++", "{--", "{==", "{>>", "{~~"):
        text, _cursor = type_keys("Satu dua.", 4, " x" + opening + "y")
        [added] = critic_marks(text)
        assert (added.kind, added.text) == ("insert", " x(" + opening[1:] + "y"), text
        assert text.endswith(SIGN + " dua.")


def test_text_typed_in_the_middle_of_ones_own_addition_is_kept_neutral():
    text = "a{++b{+c++}" + SIGN + " d"
    new, cursor = apply(text, type_text(text, text.index("{+c") + 2, "+", ME, NOW))
    assert new == "a{++b(++c++}" + SIGN + " d"
    assert new[cursor:].startswith("c++}")
    # pasted into it: the same rule, one mark whose text reads back as pasted, blunted
    new, cursor = apply(text, type_text(text, text.index("c++}"), "x++}y", ME, NOW))
    [added] = critic_marks(new)
    assert (added.text, added.author) == ("b{+x++)yc", ME)
    # and typed over a selection in it
    new, cursor = apply(text, replace_text(text, 5, 6, "<<}", ME, NOW))
    assert critic_marks(new)[0].text == "b<<)+c"


def test_deleting_in_ones_own_addition_joins_no_delimiter():
    text = "a{++b{x++c++}" + SIGN + " d"
    at = text.index("x")
    new, cursor = apply(text, delete_text(text, at, at + 1, ME, NOW))
    assert new == "a{++b(++c++}" + SIGN + " d"
    assert cursor == at


def test_the_new_side_of_ones_own_substitution_and_ones_own_comment_stay_neutral():
    text = "a{~~b~>c~~}" + SIGN + " d"
    new, _cursor = type_keys(text, text.index("~~}"), "~>x")
    [changed] = critic_marks(new)
    assert (changed.kind, changed.text, changed.new_text) == ("substitute", "b", "c~ x")
    text = "a {>>@Bambang Sutejo (2026-12-06T10:30+07:00): ok<<} d"
    new, _cursor = type_keys(text, text.index("<<}"), " <<}{>>")
    [said] = critic_marks(new)
    assert (said.kind, said.text, said.author) == ("comment", "ok <<)(>>", ME)
    assert new.endswith("<<} d")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "{", "}", "+", "++", "-", "~", ">", "<<", "="]), max_size=10),
    st.data(),
)
def test_whatever_is_typed_in_ones_own_addition_it_stays_one_mark(keys, data):
    text, _cursor = type_keys("Satu dua.", 4, "x")
    for key in keys:  # each key (or paste) anywhere in the addition's text
        [added] = critic_marks(text)
        at = data.draw(st.integers(added.text_start, added.text_end))
        text, _cursor = apply(text, type_text(text, at, key, ME, NOW))
    [added] = critic_marks(text)
    typed = 1 + sum(map(len, keys))
    assert (added.kind, added.author, len(added.text)) == ("insert", ME, typed)
    assert text.startswith("Satu{++") and text.endswith(SIGN + " dua.")


def test_typing_in_ones_own_deletion_makes_it_a_substitution():
    # it was refused as "Bambang Sutejo's deletion", the user's own (QA22 #3): typing over
    # deleted text replaces it, as typing over a selection does
    text = "Banjir {--besar --}" + SIGN + "melanda kota."
    inside = text.index("sar")
    text, cursor = apply(text, type_text(text, inside, "h", ME, NOW))
    assert text == "Banjir {~~besar ~>h~~}" + SIGN + "melanda kota."
    text, cursor = apply(text, type_text(text, cursor, "ebat ", ME, NOW))
    assert text == "Banjir {~~besar ~>hebat ~~}" + SIGN + "melanda kota."
    [mark] = critic_marks(text)
    assert (mark.kind, mark.text, mark.new_text, mark.author) == (
        "substitute",
        "besar ",
        "hebat ",
        ME,
    )
    # typing in the old side of one's own substitution goes on at the end of its new side
    old_side = text.index("sar")
    text, cursor = apply(text, type_text(text, old_side, "!", ME, NOW))
    assert text == "Banjir {~~besar ~>hebat !~~}" + SIGN + "melanda kota."
    assert text[cursor:].startswith("~~}")


def test_deleting_in_ones_own_deletion_moves_over_it():
    text = "a {--bcd--}" + SIGN + " e"
    c = text.index("c")
    assert apply(text, delete_text(text, c - 1, c, ME, NOW)) == (text, c - 1)
    assert apply(text, delete_text(text, c, c + 1, ME, NOW, backward=False)) == (text, c + 1)
