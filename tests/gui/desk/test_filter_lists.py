"""The desk's author and label lists are bounded and filled in one step (QA35 #6): planted
stories of 10,000 labels each held the window 19 s at each poll that changed a label, the list
emptied one item at a time and filled one item at a time; the labels column showed (and sorted
by) every label of a row."""

from __future__ import annotations

from dataclasses import replace

import pytest

from netizen_editor.desk.entry import DeskEntry
from netizen_editor.desk.listing import DeskChanges
from netizen_editor.gui.desk.filter_lists import LABELS_COUNTED, MAX_CHOICES
from netizen_editor.gui.desk.filtering import COLUMNS, LABELS_SHOWN, sort_keys


def _entry(n: int, labels: tuple[str, ...], author: str = "") -> DeskEntry:
    return DeskEntry(path=f"s{n:04d}.md", title=f"Cerita {n}", status="draft", author=author,
                     editor="", labels=labels, dateline="", date=None,
                     modified="2026-12-05T08:00:00+00:00", modified_by="", words=10,
                     locked_by=None, problem=None)  # fmt: skip


@pytest.fixture
def panel(qtbot):
    from netizen_editor.gui.desk.desk_panel import DeskPanel

    panel = DeskPanel()
    qtbot.addWidget(panel)
    return panel


def _poll(panel, entries: list[DeskEntry]) -> None:
    panel.set_changes(DeskChanges(entries, {e.path for e in entries}))


def _names(combo) -> list[str]:
    return [combo.itemData(i) for i in range(1, combo.count())]


def _desk(rare: int) -> list[DeskEntry]:
    """Stories: "Umum" on each, "Nasional" on ten, and ``rare`` labels each on one story."""
    return [
        _entry(n, ("Umum", *(("Nasional",) if n < 10 else ()), f"Langka {n:04d}"), f"Penulis {n}")
        for n in range(rare)
    ]


def test_a_list_offers_the_names_most_stories_carry_and_no_more_than_its_bound(panel):
    _poll(panel, _desk(MAX_CHOICES + 100))
    labels = _names(panel.label_combo)
    assert len(labels) == MAX_CHOICES  # of 602
    assert {"Umum", "Nasional"} <= set(labels)  # the most used ones first
    assert labels == sorted(labels, key=str.casefold)
    assert panel.label_combo.itemText(0) == "Any label"
    assert panel.author_combo.count() == MAX_CHOICES + 1


def test_a_list_is_filled_again_in_one_step_only_when_its_names_changed(panel):
    _poll(panel, _desk(400))
    model = panel.label_combo.model()
    signals: list[str] = []
    model.rowsRemoved.connect(lambda *_a: signals.append("removed"))
    model.rowsInserted.connect(lambda *_a: signals.append("inserted"))
    _poll(panel, _desk(400))  # the same names
    assert panel.label_combo.model() is model and signals == []
    _poll(panel, _desk(401))  # a colleague's new story with a new label
    assert len(signals) <= 1  # (before: 402 items removed one by one, 403 added)
    assert len(_names(panel.label_combo)) == 403


def test_the_name_chosen_stays_offered_when_it_is_no_longer_among_the_most_used(panel):
    _poll(panel, _desk(300))
    panel.label_combo.setCurrentIndex(panel.label_combo.findData("Langka 0250"))
    busy = [_entry(1000 + n, (f"Ramai {n:03d}",)) for n in range(300) for _twice in (0, 1)]
    _poll(panel, [*_desk(300), *(replace(e, path=f"{e.path}{i}") for i, e in enumerate(busy))])
    assert panel.label_combo.currentData() == "Langka 0250"
    assert panel.current_filter().label == "Langka 0250"
    assert len(_names(panel.label_combo)) == MAX_CHOICES + 1
    _poll(panel, _desk(100))  # its story gone: the choice is let go
    assert panel.label_combo.currentData() == "" and panel.current_filter().label == ""


def test_only_a_storys_first_labels_count_for_the_list_but_the_filter_finds_every_one(panel):
    planted = _entry(0, tuple(f"L{n:05d}" for n in range(10_000)))
    _poll(panel, [planted, _entry(1, ("Nasional",))])
    assert len(_names(panel.label_combo)) == LABELS_COUNTED + 1
    panel.label_combo.setCurrentIndex(0)
    panel.model.set_filter(replace(panel.current_filter(), label="L09999"))
    assert [e.path for e in panel.model.shown()] == [planted.path]


def test_the_labels_column_shows_and_sorts_by_the_start_of_many_labels(panel):
    planted = _entry(0, tuple(f"L{n:05d}" for n in range(10_000)))
    few = _entry(1, ("Nasional", "Politik"))
    _poll(panel, [planted, few])
    column = COLUMNS.index("labels")
    shown = {panel.model.entry(r).path: panel.model.index(r, column).data() for r in range(2)}
    assert shown[few.path] == "Nasional, Politik"
    assert len(shown[planted.path]) == LABELS_SHOWN + 1
    assert shown[planted.path].startswith("L00000, L00001, ") and shown[planted.path][-1] == "…"
    key = sort_keys()["labels"](planted)
    assert len(key[1]) == LABELS_SHOWN + 1


def test_the_note_of_a_moved_story_names_the_start_of_many_labels():
    from netizen_editor.gui.desk.controller import kept_labels_note

    planted = _entry(0, tuple(f"L{n:05d}" for n in range(10_000)))
    note = kept_labels_note(planted, "nasional/a.md", "daerah/a.md")
    assert "(L00000, L00001, " in note and len(note) < LABELS_SHOWN + 200


def test_one_long_label_does_not_squeeze_the_search_field(desk_window, qtbot, desk_folder):
    """QA36 #6: the label filter grew as wide as its longest label, the search field shrank to
    "C…"; the filters are as wide as a newsroom's names, a longer one cut with "…"."""
    from tests.gui.desk.conftest import story

    long_label = "Laporan Khusus " + "Sangat Panjang " * 12
    (desk_folder / "panjang.md").write_text(
        story("Judul Panjang", "draft", "Rina", [long_label.strip()], "2026-12-01"),
        encoding="utf-8",
    )
    window = desk_window(rows=6)
    panel = window.desk.panel
    label_width = panel.label_combo.sizeHint().width()
    text_width = panel.label_combo.fontMetrics().horizontalAdvance(long_label)
    assert label_width < text_width / 2
    assert panel.label_combo.findText(long_label.strip()) >= 0  # still offered
