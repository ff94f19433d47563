"""Inline text with backslash escapes, for the property tests of the grammar and the editor's
highlighter: an escaped character, maybe with a word glued on either side (``kata\\_``,
``\\*y``), and runs of such pieces and words."""

from __future__ import annotations

from hypothesis import strategies as st

from netizen_editor.grammar.escapes import ESCAPABLE


def escape_pieces(words: list[str]) -> tuple[st.SearchStrategy[str], st.SearchStrategy[str]]:
    """(one escaped character with what may be glued to it, a run of up to four pieces and
    ``words`` joined by spaces)."""
    escape = st.builds(
        lambda before, char, after: f"{before}\\{char}{after}",
        st.sampled_from(["", "kata"]),
        st.sampled_from(ESCAPABLE),
        st.sampled_from(["", "x"]),
    )
    plain = st.lists(st.one_of(st.sampled_from(words), escape), min_size=1, max_size=4)
    return escape, plain.map(" ".join)
