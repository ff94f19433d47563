"""What kind of value a file gave, in plain words: never a Python type name."""

from __future__ import annotations

import datetime as dt

import pytest

from netizen_editor.value_kinds import value_kind


@pytest.mark.usefixtures("english")
def test_every_kind_has_plain_words():
    values = [True, "x", 3, 3.5, ["a"], {"a": 1}, dt.date(2026, 12, 6), dt.time(10), None]
    assert [value_kind(v) for v in values] == [
        "a true/false value", "text", "a whole number", "a decimal number", "a list", "a table",
        "a date or time", "a date or time", "another kind of value"]  # fmt: skip


@pytest.mark.usefixtures("indonesian")
def test_the_words_are_indonesian():
    assert value_kind(7) == "bilangan bulat" and value_kind(False) != "a true/false value"
