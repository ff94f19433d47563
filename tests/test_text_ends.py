"""The common start and end of two texts: what an edit left as it was."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from netizen_editor.text_ends import common_ends


@given(st.text("ab\n", max_size=30), st.text("ab\n", max_size=30))
def test_the_ends_are_the_longest_common_ones_and_never_overlap(a, b):
    head, tail = common_ends(a, b)
    assert a[:head] == b[:head] and head + tail <= min(len(a), len(b))
    assert a[len(a) - tail :] == b[len(b) - tail :]
    assert head == len(a) or head == len(b) or a[head] != b[head]  # no longer start
    if head + tail < min(len(a), len(b)):
        assert a[len(a) - tail - 1] != b[len(b) - tail - 1]  # no longer end


def test_an_insertion_is_found_between_the_ends():
    assert common_ends("Banjir di Jakarta", "Banjir besar di Jakarta") == (7, 10)
