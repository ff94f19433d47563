"""The desk table's model: cells as the desk shows them, a file that is not an article in its
own look, and the selected story kept selected when a poll brings a new list."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from netizen_editor.desk.entry import DeskLock
from netizen_editor.gui.desk.filtering import COLUMNS
from netizen_editor.gui.desk.table_model import DeskTableModel
from tests.gui.desk.test_filtering import entry

ENTRIES = [
    entry("a.md", title="Banjir", status="review", words=1234, errors=None,
          modified="2026-12-06T03:30:00+00:00", modified_by="Dewi"),
    entry("b.md", title="Gempa", date="2026-12-05T08:00:00+07:00", errors=2, warnings=1,
          locked_by=DeskLock("Rina", "laptop-rina", "2026-12-06T09:00:00+07:00")),
    entry("c.md", title="", status="", problem="not UTF-8"),
]  # fmt: skip


def cell(model: DeskTableModel, path: str, column: str, role=Qt.ItemDataRole.DisplayRole):
    return model.index(model.row_of(path), COLUMNS.index(column)).data(role)


def test_cells_as_the_desk_shows_them(qtbot, english):
    model = DeskTableModel()
    model.set_entries(ENTRIES)
    assert cell(model, "a.md", "status") == "Review"
    assert cell(model, "a.md", "words") == "1,234"
    assert cell(model, "a.md", "errors") == ""  # not checked yet
    assert "have not run" in cell(model, "a.md", "errors", Qt.ItemDataRole.ToolTipRole)
    assert cell(model, "a.md", "modified").endswith("· Dewi")
    assert cell(model, "b.md", "date") == "5 Dec 2026 08:00 WIB"  # as written
    assert cell(model, "b.md", "locked_by") == "Rina"
    assert "laptop-rina" in cell(model, "b.md", "locked_by", Qt.ItemDataRole.ToolTipRole)
    assert cell(model, "b.md", "errors", Qt.ItemDataRole.ForegroundRole) is not None  # red
    assert cell(model, "c.md", "title") == "c.md"
    assert cell(model, "c.md", "status") == "Not an article"
    assert cell(model, "c.md", "title", Qt.ItemDataRole.FontRole).italic()


def test_times_are_on_the_newsrooms_clock_with_its_zone_as_the_byline_writes_them(
    qtbot, indonesian
):
    # QA at 1366 px: the desk wrote "2026-12-06 10:30 WIB", the byline "10.30 WIB"
    from netizen_editor.desk.cli import _line

    model = DeskTableModel()
    model.set_entries(ENTRIES)  # a.md changed 03:30 UTC
    assert cell(model, "a.md", "modified") == "6 Des 2026 10.30 WIB · Dewi"
    tip = cell(model, "a.md", "modified", Qt.ItemDataRole.ToolTipRole)
    assert tip == "Minggu, 6 Desember 2026 10.30.00 WIB · Dewi"
    assert cell(model, "b.md", "date") == "5 Des 2026 08.00 WIB"
    tip = cell(model, "b.md", "date", Qt.ItemDataRole.ToolTipRole)
    assert tip == "Sabtu, 5 Desember 2026 08.00 WIB"  # the byline's own words
    assert "since 6 Des 2026 09.00 WIB" in cell(
        model, "b.md", "locked_by", Qt.ItemDataRole.ToolTipRole
    )
    model.zone = "WITA"  # the Settings' zone
    assert cell(model, "a.md", "modified") == "6 Des 2026 11.30 WITA · Dewi"
    assert "  2026-12-06 11:30 WITA  " in _line(ENTRIES[0], False, "WITA")  # the CLI's: ISO
    assert cell(model, "c.md", "modified").endswith(" WITA")  # a problem row's too
    assert "not UTF-8" in cell(model, "c.md", "status", Qt.ItemDataRole.ToolTipRole)


def test_the_dates_sort_by_their_time_not_their_text(qtbot, indonesian):
    # "10 Des" before "9 Des" as text; a WITA time before a later WIB one of the same text
    dated = [
        entry("a.md", date="2026-12-09T20:00:00+07:00", modified="2026-12-09T01:00:00+00:00"),
        entry("b.md", date="2026-12-10T08:00:00+07:00", modified="2026-12-10T02:00:00+00:00"),
        entry("c.md", date="2026-12-10T08:30:00+08:00", modified="2026-12-08T23:00:00+00:00"),
        entry("d.md", date="2026-12-05", modified="2026-12-09T03:00:00+00:00"),
    ]
    model = DeskTableModel()
    model.set_entries(dated)
    assert cell(model, "d.md", "date") == "5 Des 2026"  # a date without a time
    assert cell(model, "c.md", "date") == "10 Des 2026 08.30 WITA"  # as written
    for column, order in (("date", ["d.md", "a.md", "c.md", "b.md"]),
                          ("modified", ["c.md", "a.md", "d.md", "b.md"])):  # fmt: skip
        model.sort(COLUMNS.index(column), Qt.SortOrder.AscendingOrder)
        assert [e.path for e in model.shown()] == order, column
    texts = [cell(model, path, "date") for path in ("a.md", "b.md")]
    assert texts == ["9 Des 2026 20.00 WIB", "10 Des 2026 08.00 WIB"]
    assert sorted(texts) != texts  # the text alone would put 10 Des first


def test_dates_in_english_are_plain(qtbot, english):
    model = DeskTableModel()
    model.set_entries(ENTRIES)
    assert cell(model, "a.md", "modified") == "6 Dec 2026 10:30 WIB · Dewi"
    tip = cell(model, "a.md", "modified", Qt.ItemDataRole.ToolTipRole)
    assert tip == "Sunday, 6 December 2026 10:30:00 WIB · Dewi"


def test_the_selection_follows_its_story_through_a_new_list(qtbot):
    from PySide6.QtWidgets import QTableView

    model = DeskTableModel()
    model.set_entries(ENTRIES)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    view.selectionModel().select(model.index(model.row_of("b.md"), 0), flags)
    newer = entry("d.md", title="Baru", modified="2026-12-07T00:00:00+00:00")
    model.set_entries([newer, *ENTRIES[1:]])  # a new story first, a.md gone
    rows = view.selectionModel().selectedRows()
    assert [model.entry(index.row()).path for index in rows] == ["b.md"]
    assert model.row_of("a.md") == -1


def test_counts_alone_repaint_their_rows_without_sorting_again(qtbot):
    from dataclasses import replace

    model = DeskTableModel()
    model.set_entries(ENTRIES)
    relaid, painted = [], []
    model.layoutChanged.connect(lambda *a: relaid.append(1))
    model.dataChanged.connect(lambda top, bottom, *a: painted.append((top.row(), bottom.row())))
    counted = [replace(ENTRIES[0], errors=3, warnings=1), *ENTRIES[1:]]
    assert model.set_entries(counted, {"a.md"}) is True
    assert relaid == [] and painted == [(model.row_of("a.md"), model.row_of("a.md"))]
    assert cell(model, "a.md", "errors") == "3"

    retitled = [replace(counted[0], title="Banjir Besar"), *counted[1:]]  # not the counts alone
    assert model.set_entries(retitled, {"a.md"}) is False and relaid == [1]
    assert cell(model, "a.md", "title") == "Banjir Besar"

    model.sort(COLUMNS.index("errors"), Qt.SortOrder.AscendingOrder)  # the order reads them
    assert model.row_of("b.md") < model.row_of("a.md")  # 2 errors before 3
    relaid.clear()
    recounted = [replace(retitled[0], errors=0), *retitled[1:]]
    assert model.set_entries(recounted, {"a.md"}) is False and relaid == [1]
    assert model.row_of("a.md") < model.row_of("b.md")  # sorted again: 0 errors before 2


def test_tips_show_planted_names_and_paths_as_written(qtbot):
    # Qt reads a tip whose first line holds a tag as rich text: a lock's user '<img src=…>' was
    # drawn as a picture read from the disk (QA21)
    from PySide6.QtGui import QTextDocument

    lock = DeskLock(
        "<img src=/etc/hosts><b>Siti</b>", "<b>redaksi</b>", "2026-12-06T09:00:00+07:00"
    )
    model = DeskTableModel()
    model.set_entries([entry("<img src=x>.md", title="Gempa", locked_by=lock)])
    for column, planted in (("locked_by", "<b>Siti</b>"), ("title", "<img src=x>.md")):
        tip = cell(model, "<img src=x>.md", column, Qt.ItemDataRole.ToolTipRole)
        document = QTextDocument()
        document.setHtml(tip)
        assert planted in document.toPlainText()


def test_a_story_with_a_wrong_value_shows_what_could_be_read(qtbot, english):
    """QA38 #2: a typo in the date made the reporter's story a row of its file name alone, its
    holder not shown; its title, author and holder show now, its status says why not."""
    lock = DeskLock("Sari", "laptop-sari", "2026-12-08T12:11:00+07:00")
    model = DeskTableModel()
    model.set_entries([entry("banjir.md", title="Banjir Rob", author="Sari", status="",
                             locked_by=lock, problem="line 5: 'date' must be a date")])  # fmt: skip
    assert cell(model, "banjir.md", "title") == "Banjir Rob"
    assert cell(model, "banjir.md", "author") == "Sari"
    assert cell(model, "banjir.md", "locked_by") == "Sari"
    assert cell(model, "banjir.md", "status") == "Not an article"
    assert "cannot be read as an article" in cell(
        model, "banjir.md", "title", Qt.ItemDataRole.ToolTipRole
    )


def test_a_held_story_with_a_wrong_value_cannot_be_renamed_from_the_desk(qtbot, english):
    """QA38 #3: Rename or Move was offered for a colleague's open story that had a typo in its
    date, and refused only after the new name was typed."""
    from netizen_editor.gui.desk.desk_panel import DeskPanel

    panel = DeskPanel()
    qtbot.addWidget(panel)
    lock = DeskLock("Sari", "laptop-sari", "2026-12-08T12:11:00+07:00")
    panel.held_note = lambda e: ("Sari has it open", "Sari") if e.locked_by else ("", None)
    panel.model.set_entries([entry("banjir.md", title="Banjir Rob", status="", locked_by=lock,
                                   problem="line 5: 'date' must be a date")])  # fmt: skip
    assert panel.select_path("banjir.md")
    qtbot.waitUntil(lambda: panel.selected() is not None, timeout=5000)
    panel._update_buttons()
    assert not panel.rename_button.isEnabled()
    assert not any(button.isEnabled() for button in panel.action_buttons.values())
