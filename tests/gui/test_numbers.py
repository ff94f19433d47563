"""Counts read as the app's language writes them (QA33 #11): the Indonesian desk's Words and
Warnings columns said "23,311" while the status bar said "360.000 kata", and File › History's
Words column and its compare summary said "360000". The command line's and JSON's counts stay
plain digits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from netizen_editor.gui.desk.filtering import COLUMNS
from netizen_editor.gui.desk.table_model import DeskTableModel
from netizen_editor.gui.dialogs.compare_dialog import CompareDialog
from netizen_editor.gui.dialogs.compare_html import more_line
from netizen_editor.gui.numbers import count_text
from netizen_editor.history.store import History
from netizen_editor.settings import Settings
from tests.gui.desk.test_filtering import entry
from tests.gui.desk.test_table_model import cell
from tests.gui.dialogs.test_compare_dialog import compared


@pytest.mark.parametrize(("language", "shown"), [("id", "2.326.940"), ("en", "2,326,940")])
def test_a_count_takes_the_languages_separator(monkeypatch, language, shown):
    from netizen_editor import i18n

    monkeypatch.setattr(i18n, "_language", language)
    assert count_text(2_326_940) == shown and count_text(85) == "85"


@pytest.mark.parametrize(
    ("count", "shown"), [(2**63, "9.223.372.036.854.775.808"), (10**30, "1" + ".000" * 10)]
)
def test_a_count_past_what_qt_writes_is_written_all_the_same(monkeypatch, count, shown):
    """QA35 #8: a planted version's 400-digit count raised OverflowError (a qlonglong)."""
    from netizen_editor import i18n

    monkeypatch.setattr(i18n, "_language", "id")
    assert count_text(count) == shown and count_text(-count) == "-" + shown
    assert count_text(10**399) == "1" + ".000" * 133
    assert count_text(10**5000) == "…"  # more digits than Python writes


def test_the_indonesian_desk_writes_its_counts_as_the_status_bar_does(qtbot, indonesian):
    model = DeskTableModel()
    model.set_entries(
        [
            entry("a.md", title="Panjang", words=360_000, errors=0, warnings=23_311),
            entry("b.md", title="Pendek", words=2_000, errors=0, warnings=9),
        ]
    )
    assert cell(model, "a.md", "words") == "360.000"
    assert cell(model, "a.md", "warnings") == "23.311"
    model.sort(COLUMNS.index("words"), Qt.SortOrder.AscendingOrder)  # by the number, not its text
    assert [cell(model, p, "title") for p in ("b.md", "a.md")] == ["Pendek", "Panjang"]
    assert model.row_of("b.md") < model.row_of("a.md")
    model.sort(COLUMNS.index("words"), Qt.SortOrder.DescendingOrder)
    assert model.row_of("a.md") < model.row_of("b.md")


def test_the_history_window_writes_its_counts_in_the_apps_language(make_window, qtbot, tmp_path):
    body = " ".join(f"kata{n}" for n in range(1_500))
    path = tmp_path / "panjang.md"
    path.write_text(f"---\ntitle: Panjang\nid: 0123456789abcdef\n---\n{body}\n", encoding="utf-8")
    History(tmp_path, "0123456789abcdef").keep(path.read_text(encoding="utf-8"), reason="export")
    path.write_text("---\ntitle: Panjang\nid: 0123456789abcdef\n---\nBaru.\n", encoding="utf-8")
    window = make_window([path], settings=Settings(ui_language="id"))
    window.registry["history"].trigger()
    dialog = compared(qtbot, window.findChild(CompareDialog))
    assert dialog.versions_list.topLevelItem(0).text(3) == "1.500"
    assert "1 words added, 1.500 deleted" in dialog.summary.text()  # (no translator here)
    assert "(12.345 words)" in more_line(3, 12_345, "")


def test_the_desks_story_counts_too(qtbot, indonesian):
    from netizen_editor.gui.desk.desk_panel import DeskPanel

    panel = DeskPanel()
    qtbot.addWidget(panel)
    panel.model.set_entries([entry(f"b{n}.md", title=f"Berita {n}") for n in range(1_200)])
    panel._update_counts()  # (a poll's result does both; here the model is given its rows)
    assert panel.status_buttons[""].text() == "All 1.200"  # (no translator here)
    assert panel.summary_label.text().startswith("1.200 of 1.200 stories")


def test_the_history_window_opens_beside_planted_headers(make_window, qtbot, tmp_path):
    """QA35 #8, #9: File › History… did nothing (OverflowError) for a story with a planted
    version whose header says ``words`` of 400 digits; a ``time`` of "9999-99-99" was listed."""
    import datetime as dt

    from PySide6.QtWidgets import QLabel

    from tests.history.test_version_headers import HUGE, plant_version

    story = "0123456789abcdef"
    path = tmp_path / "palsu.md"
    path.write_text(f"---\ntitle: Palsu\nid: {story}\n---\nBaru.\n", encoding="utf-8")
    history = History(tmp_path, story)
    kept = history.keep(path.read_text(encoding="utf-8"), reason="export").version
    when = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    stamp = when.strftime("%Y%m%dT%H%M%S%fZ")
    planted = plant_version(history.path, f"{stamp}-save-00000000", words=HUGE)
    plant_version(history.path, f"{stamp}-save-00000001", time="9999-99-99")
    window = make_window([path], settings=Settings(ui_language="en"))
    window.registry["history"].trigger()
    dialog = window.findChild(CompareDialog)
    assert dialog is not None and dialog.isVisible()
    assert [e.key for e in dialog.entries] == [kept.id, f"{stamp}-save-00000001"]
    named = dialog.versions_list.topLevelItem(1).text(0)
    assert "9999" not in named and when.strftime("%Y") in named  # the name's time
    label = dialog.findChild(QLabel, "history_problems")
    said = "the version is damaged (its words is missing or wrong)"
    assert label.text() == f"{planted}: {said}" and not label.isHidden()
