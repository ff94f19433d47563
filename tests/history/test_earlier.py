"""The copies kept before saves: which were taken before the story had its history."""

from __future__ import annotations

from netizen_editor.history.earlier import in_history
from tests.history.conftest import ARTICLE

STORY = "0b6f1c1e-5d2a-4c1e-9a55-3c2f1e0d9b11"


def with_id(text: str, story: str) -> str:
    return text.replace("status: draft\n", f"status: draft\nid: {story}\n")


def test_a_backup_with_the_storys_id_was_taken_since_the_history_began():
    assert in_history(with_id(ARTICLE, STORY), STORY)


def test_a_backup_without_the_id_or_with_another_one_is_from_before_the_history():
    assert not in_history(ARTICLE, STORY)
    other = with_id(ARTICLE, "7d1e2f3a-0000-4000-8000-000000000001")
    assert not in_history(other, STORY)
    assert not in_history(with_id(ARTICLE, STORY), None)  # the story has no history
