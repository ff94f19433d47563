"""The desk opens again as it was left: its sort and filters (status, author, label, dates,
mine; not the search's words) are kept per desk folder in the session file and put back, and
a kept value that is damaged or unknown is left at its default, never a crash."""

from __future__ import annotations

import os

from PySide6.QtCore import QDate, Qt

from netizen_editor.gui.desk.date_bound import NO_DATE
from netizen_editor.gui.desk.filtering import COLUMNS
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT

#: where a test that is asked for one puts its picture of the desk (1366x768)
SHOTS = os.environ.get("NETIZEN_DESK_SHOTS", "")
BUDI = Settings(ui_language="en", default_author="Budi Santoso")


def filtered(window, qtbot) -> None:
    """Ready stories of Budi Santoso labelled Nasional since 2 December, his own, by title
    A to Z, with a search for "timnas" typed."""
    panel = window.desk.panel
    qtbot.waitUntil(lambda: panel.author_combo.findData("Budi Santoso") > 0, timeout=TIMEOUT)
    panel.status_buttons["ready"].click()
    panel.author_combo.setCurrentIndex(panel.author_combo.findData("Budi Santoso"))
    panel.label_combo.setCurrentIndex(panel.label_combo.findData("Nasional"))
    panel.since_edit.setDate(QDate(2026, 12, 2))
    panel.mine_check.setChecked(True)
    panel.table.horizontalHeader().setSortIndicator(COLUMNS.index("title"),
                                                    Qt.SortOrder.AscendingOrder)  # fmt: skip
    panel.search_edit.setText("timnas")


def as_left(panel) -> tuple:
    header = panel.table.horizontalHeader()
    status = next(s for s, b in panel.status_buttons.items() if b.isChecked())
    return (status, panel.author_combo.currentData(), panel.label_combo.currentData(),
            panel.since_edit.date(), panel.until_edit.date(), panel.mine_check.isChecked(),
            COLUMNS[header.sortIndicatorSection()], header.sortIndicatorOrder())  # fmt: skip


LEFT = ("ready", "Budi Santoso", "Nasional", QDate(2026, 12, 2), NO_DATE, True, "title",
        Qt.SortOrder.AscendingOrder)  # fmt: skip
DEFAULTS = ("", "", "", NO_DATE, NO_DATE, False, "modified", Qt.SortOrder.DescendingOrder)


def test_the_desk_opens_again_with_its_sort_and_filters(desk_window, make_window, qtbot,
                                                        desk_folder, tmp_path):  # fmt: skip
    window = desk_window(BUDI)
    filtered(window, qtbot)
    assert as_left(window.desk.panel) == LEFT
    other = tmp_path / "desk-lain"
    other.mkdir()
    assert window.desk.open_desk(other)  # another desk: its own view (none kept: defaults)
    assert as_left(window.desk.panel) == DEFAULTS
    assert window.desk.open_desk(desk_folder)  # and back: as it was left (the author and
    author = window.desk.panel.author_combo.currentData  # label once a poll lists them)
    qtbot.waitUntil(lambda: author() == "Budi Santoso", timeout=TIMEOUT)
    assert as_left(window.desk.panel) == LEFT
    window.save_session()

    again = make_window(settings=BUDI)
    again.resize(1366, 768)
    panel = again.desk.panel
    qtbot.waitUntil(lambda: again.desk.folder == desk_folder.resolve(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: panel.author_combo.currentData() == "Budi Santoso", timeout=TIMEOUT)
    assert as_left(panel) == LEFT
    assert panel.search_edit.text() == ""  # a search is a question of the moment
    assert [e.path for e in panel.model.shown()] == ["olahraga/timnas.md"]
    if SHOTS:
        again.grab().save(os.path.join(SHOTS, "desk-after-restart.png"))


def test_damaged_or_unknown_kept_values_are_left_at_their_defaults(desk_window, make_window,
                                                                   qtbot, desk_folder):  # fmt: skip
    window = desk_window()
    folder = str(desk_folder.resolve())
    window.session.desk_views = {
        folder: {"sort": "nope", "descending": "yes", "status": 5, "author": ["Budi"],
                 "label": "Tidak Ada", "since": "2026-13-45", "until": 20261231, "mine": "ya"},
        "/elsewhere": "not a view",
    }  # fmt: skip
    window.save_session()
    again = make_window(settings=BUDI)
    panel = again.desk.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5, timeout=TIMEOUT)  # nothing filtered
    assert as_left(panel) == DEFAULTS
    panel.status_buttons["draft"].click()  # kept again, over the damaged view
    assert again.session.desk_views[folder]["status"] == "draft"

    again.session.desk_views = {folder: [1, 2, 3]}  # not even a mapping
    again.save_session()
    third = make_window(settings=BUDI)
    qtbot.waitUntil(lambda: third.desk.panel.model.rowCount() == 5, timeout=TIMEOUT)
    assert as_left(third.desk.panel) == DEFAULTS


def test_an_author_no_story_has_any_more_is_let_go(desk_window, make_window, qtbot, desk_folder):
    window = desk_window()
    window.session.desk_views = {str(desk_folder.resolve()): {"author": "Rina Kartika"}}
    window.save_session()
    (desk_folder / "pemilu-daerah.md").unlink()  # her only story
    again = make_window(settings=BUDI)
    panel = again.desk.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=TIMEOUT)
    assert panel.author_combo.currentData() == ""
