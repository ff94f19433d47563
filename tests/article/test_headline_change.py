"""The title and summary a replacing text changed, for the window's notice (QA31 F4)."""

from __future__ import annotations

from netizen_editor.article.headline_change import headline_changes

BEFORE = "---\ntitle: Banjir Rob\nsummary: Air naik.\nstatus: draft\n---\nTeks.\n"


def test_the_title_and_summary_changed_are_given_in_order():
    after = BEFORE.replace("Banjir Rob", "Rob Surut").replace("summary: Air naik.\n", "")
    assert headline_changes(BEFORE, after) == [
        ("title", "Banjir Rob", "Rob Surut"),
        ("summary", "Air naik.", ""),
    ]


def test_other_changes_are_not_the_headline():
    assert headline_changes(BEFORE, BEFORE + "Lagi.\n") == []
    assert headline_changes(BEFORE, BEFORE.replace("draft", "review")) == []
    quoted = BEFORE.replace("title: Banjir Rob", "title: 'Banjir Rob'")  # the same value
    assert headline_changes(BEFORE, quoted) == []


def test_a_front_matter_that_cannot_be_read_says_nothing():
    broken = BEFORE.replace("title: Banjir Rob", "title: [Banjir")
    assert headline_changes(BEFORE, broken) == [] and headline_changes(broken, BEFORE) == []
    assert headline_changes("Teks tanpa kepala.\n", BEFORE) == [
        ("title", "", "Banjir Rob"),
        ("summary", "", "Air naik."),
    ]
