"""A text's own characters of the sentinels' range hide and come back as they were, however
many layers hide them, and nothing hidden is a sentinel."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from hypothesis import given
from hypothesis import strategies as st

from netizen_editor.sentinels import (
    ESCAPE,
    FIRST,
    LAST,
    hide_in_tree,
    hide_sentinels,
    holds_sentinels,
    show_sentinels,
)

# the range, its escape's stand-ins just above it, and ordinary text around them
TEXT = st.text(
    st.one_of(
        st.characters(min_codepoint=FIRST, max_codepoint=LAST + 0x110),
        st.sampled_from("aZ \n*[]{}<>&"),
    )
)


@given(TEXT)
def test_shown_after_hidden_is_the_text(text):
    assert show_sentinels(hide_sentinels(text)) == text


@given(TEXT)
def test_a_hidden_text_holds_no_sentinel_but_the_escapes(text):
    hidden = hide_sentinels(text)
    assert set(hidden.replace(ESCAPE, "")) & {chr(c) for c in range(FIRST, LAST + 1)} == set()
    assert hidden.count(ESCAPE) == sum(FIRST <= ord(c) <= LAST for c in text)


@given(TEXT, TEXT)
def test_marks_put_between_two_layers_come_back_as_marks(one, two):
    """A converter hides the document's text and puts its marks in; the next one hides all of
    that and puts its own: each layer shown takes only its own back."""
    inner = hide_sentinels(one) + "\ue000" + hide_sentinels(two)
    outer = hide_sentinels(inner) + "\ue010"
    assert show_sentinels(outer.replace("\ue010", "")) == inner
    assert show_sentinels(inner.replace("\ue000", "|")) == one + "|" + two


def test_a_text_without_them_is_the_same_string():
    text = "Bullet \uf0b7 dari Word tetap."  # a symbol-font bullet is outside the range
    assert not holds_sentinels(text)
    assert hide_sentinels(text) is text
    assert show_sentinels(text) is text


def test_a_tree_is_hidden_in_its_texts_tails_and_attributes_but_the_kept_ones():
    root = ET.fromstring('<a x="\ue000" ref="\ue001">\ue002<b/>\ue010<!--c--></a>')
    hide_in_tree(root, keep=frozenset({"ref"}))
    assert root.get("x") == hide_sentinels("\ue000")
    assert root.get("ref") == "\ue001"
    assert root.text == hide_sentinels("\ue002")
    assert root[0].tail == hide_sentinels("\ue010")
