"""A suggestion shares enough with the typo to be its correction (QA25 F-B: "menhentikan" was
offered "tikam-menikam", Hunspell's last-resort guess, after menghentikan and menjentikan)."""

from __future__ import annotations

import pytest

from netizen_editor.spelling.morphology import near
from netizen_editor.spelling.speller import Speller


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller()


def test_a_guess_that_shares_little_with_the_typo_is_not_offered(speller):
    assert speller.suggest("menhentikan", "id")[:2] == ("menghentikan", "menjentikan")
    assert "tikam-menikam" not in speller.suggest("menhentikan", "id")
    assert "magenta" not in speller.suggest("ageement", "id")
    assert speller.suggest("ageement", "id")[0] == "agreement"
    assert speller.suggest("bisniisnya", "id") == ("bisnisnya",)  # not agrobisnis


def test_a_word_with_no_near_correction_gets_none_rather_than_a_guess(speller):
    assert speller.suggest("uchiha", "id") == ()  # was mahasuci


@pytest.mark.parametrize(
    ("typo", "correction", "offered"),
    [
        ("datng", "datang", True),  # a letter left out
        ("dikutpi", "dikutip", True),  # two swapped
        ("dittingkatkan", "ditingkalakkan", True),  # a longer word: most letters in order
        ("cykinder", "cylinder", True),
        ("Gunug", "GUNUNG", True),  # case does not count
        ("menhentikan", "tikam-menikam", False),
        ("anggoya", "moyang", False),
        ("amtir", "tiram", False),  # the same letters, another order
    ],
)
def test_near(typo, correction, offered):
    assert near(typo, correction) is offered
