"""Where "Changes Since the Last Review" starts (QA25 F-D): the reviewer's question, "what
changed since I reviewed?", not the last click. Versions newest first, (author, reason)."""

from __future__ import annotations

from netizen_editor.history.since_review import (
    BEFORE_DECISIONS,
    DECISIONS,
    THEIRS,
    YOURS,
    Since,
    since_review,
)

RINA, BUDI, CITRA = "Rina Wati", "Budi Santoso", "Citra"
#: Rina wrote; Budi reviewed (his suggestions saved); Rina decided four times
DECIDED = [
    (RINA, "review"),  # before the resolve
    (RINA, "review"),
    (RINA, "review"),
    (RINA, "review"),  # before the first decision: Budi's text
    (BUDI, "save"),  # his review, saved
    (BUDI, "save"),
    (RINA, "save"),
    (RINA, "save"),
]


def test_the_editor_sees_everything_since_his_review():
    assert since_review(DECIDED, BUDI) == Since(4, YOURS)


def test_the_editor_who_exported_since_still_sees_it_since_his_review():
    assert since_review([(BUDI, "export"), (BUDI, "save"), *DECIDED], BUDI) == Since(6, YOURS)


def test_the_reporter_sees_all_her_decisions_not_the_last_one():
    assert since_review(DECIDED, RINA) == Since(3, DECISIONS)


def test_the_reporter_sees_the_editors_suggestions_since_her_version():
    assert since_review(DECIDED[4:], RINA) == Since(2, YOURS)


def test_someone_who_kept_no_version_sees_the_decisions_since_the_editors_text():
    assert since_review(DECIDED, CITRA) == Since(4, BEFORE_DECISIONS)
    assert since_review(DECIDED, "") == Since(4, BEFORE_DECISIONS)


def test_the_editor_who_only_suggested_sees_it_since_the_reporters_version():
    assert since_review(DECIDED[4:], BUDI) == Since(2, THEIRS)


def test_one_author_the_last_run_of_decisions_or_nothing():
    alone = [(RINA, "save"), (RINA, "review"), (RINA, "review"), (RINA, "save")]
    assert since_review(alone, RINA) == Since(2, DECISIONS)
    assert since_review([(RINA, "save"), (RINA, "status")], RINA) is None
    assert since_review([], RINA) is None
