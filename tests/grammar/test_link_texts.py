"""The word counter's links: ``_links`` finds exactly the inline link pattern's matches (it
only tries the pattern where a link can start), and ``words_without_targets`` counts exactly
the words of the text with each link read as its text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from netizen_editor.grammar.inline import _WORD, _links, words_without_targets
from netizen_editor.grammar.patterns import INLINE_LINK

PIECES = ["[", "]", "(", ")", "](", "![", "!", "<", ">", " ", "\t", "\n", '"', "'", "a", "kata",
          "https://x.id/a_(b)", "](x)", "[t](u)", "[t](u 'j')", "\\", "[[", "]]", "-", ".", "’",
          "kerja-sama", "13.9", "é", "——", "/"]  # fmt: skip


def _link_texts(text: str) -> str:
    return INLINE_LINK.sub(r"\g<bang>[\g<text>]", text)


def _check(text: str) -> None:
    assert [m.span() for m in _links(text)] == [m.span() for m in INLINE_LINK.finditer(text)]
    assert words_without_targets(text) == len(_WORD.findall(_link_texts(text)))


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_links_and_their_words_as_the_pattern_finds_them(pieces):
    _check("".join(pieces))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="[]()!<> \t\n\"'ab-.", max_size=40))
def test_any_text_of_the_links_characters(text):
    _check(text)


def test_a_text_dense_with_brackets_is_left_to_the_pattern():
    text = "[a](b)" + "]" * 500 + " [kata-kata](https://x.id/a-b) dua"
    _check(text)
    assert words_without_targets(text) == 3  # a, kata-kata, dua


def test_links_images_titles_and_addresses_in_parentheses():
    text = ('Baca [ini](https://x.id/a) dan ![foto](f.jpg "Judul](x)") lalu '
            "[Jakarta](https://id.wikipedia.org/wiki/Jakarta_(kota)) [tidak] (ini).")  # fmt: skip
    _check(text)
    assert _link_texts(text) == "Baca [ini] dan ![foto] lalu [Jakarta] [tidak] (ini)."
    assert words_without_targets(text) == 8  # Baca ini dan foto lalu Jakarta tidak ini
