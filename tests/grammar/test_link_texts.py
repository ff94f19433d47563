"""The word counter's links: ``link_texts`` gives exactly what the inline link pattern's
substitution gives (it only tries the pattern where a link can start)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from netizen_editor.grammar.inline import link_texts
from netizen_editor.grammar.patterns import INLINE_LINK

PIECES = ["[", "]", "(", ")", "](", "![", "!", "<", ">", " ", "\t", "\n", '"', "'", "a", "kata",
          "https://x.id/a_(b)", "](x)", "[t](u)", "[t](u 'j')", "\\", "[[", "]]"]  # fmt: skip


def _reference(text: str) -> str:
    return INLINE_LINK.sub(r"\g<bang>[\g<text>]", text)


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_link_texts_is_the_patterns_substitution(pieces):
    text = "".join(pieces)
    assert link_texts(text) == _reference(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="[]()!<> \t\n\"'ab", max_size=40))
def test_any_text_of_the_links_characters(text):
    assert link_texts(text) == _reference(text)


def test_links_images_titles_and_addresses_in_parentheses():
    text = ('Baca [ini](https://x.id/a) dan ![foto](f.jpg "Judul](x)") lalu '
            "[Jakarta](https://id.wikipedia.org/wiki/Jakarta_(kota)) [tidak] (ini).")  # fmt: skip
    assert link_texts(text) == _reference(text) == (
        "Baca [ini] dan ![foto] lalu [Jakarta] [tidak] (ini).")  # fmt: skip
