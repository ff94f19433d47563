"""Two status changes at once: Budi's "Spike?" is open while Rina sets the story ready. His
Spike then does not overwrite hers unseen (QA15): he is told what it is now and by whom, and
asked again; the row shows it within the poll."""

from __future__ import annotations

from pathlib import Path

from netizen_editor.article.model import Article
from netizen_editor.desk.actions import set_status
from netizen_editor.history.article_id import article_id
from netizen_editor.history.store import History
from tests.gui.desk.test_controller import select, wait_status
from tests.gui.questions import answer_box, note_boxes

STORY = "ekonomi/harga-beras.md"  # in review on the desk
TITLE = "Harga Beras Naik Jelang Natal"


def status(path: Path) -> str:
    return Article.parse(path.read_text(encoding="utf-8")).meta["status"]


def spike_while_rina_sets_ready(window, qtbot, file: Path, answer: str) -> list[dict]:
    """Budi clicks Spiked; while its question is open Rina sets Ready (another window: the
    core, as hers does); Budi confirms Spike. The next box is answered with ``answer``."""
    seen: list[list[dict]] = []

    def confirm(entry) -> bool:
        set_status(file, "ready", user="Rina Kartika", expected="review")
        seen.append(answer_box(qtbot, answer))  # the box after this one
        return True

    window.desk.status_action.confirm_spike = confirm
    select(window, STORY)
    window.desk.panel.action_buttons["spiked"].click()
    assert len(seen) == 1  # Spike? was asked
    return seen[0]


def test_a_status_set_meanwhile_is_named_and_keep_writes_nothing(desk_window, qtbot,
                                                                 desk_folder):  # fmt: skip
    window = desk_window()
    file = desk_folder / STORY
    seen = spike_while_rina_sets_ready(window, qtbot, file, "Keep Status")
    assert status(file) == "ready"  # Rina's stays
    assert len(seen) == 1
    box = seen[0]
    assert box["name"] == "status_changed_question" and box["title"] == "Status Changed"
    assert box["text"].startswith(f"“{TITLE}” is now Ready: Rina Kartika set it at ")
    assert box["info"] == "Set it to Spiked anyway?"
    assert sorted(box["buttons"]) == ["Keep Status", "Set “Spiked” Anyway"]
    assert box["default"] == "Keep Status"
    history = History(file.parent, article_id(file.read_text(encoding="utf-8")))
    assert [v.author for v in history.versions().versions] == ["Rina Kartika"]
    wait_status(qtbot, window, STORY, "ready")  # the row shows it


def test_set_anyway_writes_the_status_after_the_question(desk_window, qtbot, desk_folder):
    window = desk_window()
    file = desk_folder / STORY
    seen = spike_while_rina_sets_ready(window, qtbot, file, "Set “Spiked” Anyway")
    assert len(seen) == 1 and status(file) == "spiked"
    history = History(file.parent, article_id(file.read_text(encoding="utf-8")))
    authors = [v.author for v in history.versions().versions]
    assert authors[0] == "Budi Santoso" and "Rina Kartika" in authors
    wait_status(qtbot, window, STORY, "spiked")


def test_a_second_click_before_the_row_caught_up_is_not_a_conflict(desk_window, qtbot,
                                                                    desk_folder):  # fmt: skip
    window = desk_window()
    file = desk_folder / STORY
    select(window, STORY)
    buttons = window.desk.panel.action_buttons
    buttons["ready"].click()
    assert status(file) == "ready"
    assert window.desk.entry(STORY).status == "review"  # the row is listed again by a poll
    boxes, watching = note_boxes(window)
    assert window.desk.set_status(STORY, "draft")  # no question: this window set Ready
    watching.stop()
    assert boxes == [] and status(file) == "draft"
