"""Tab through the desk as QA found it at 1366 px: after the table Tab left the desk for the
window's tab bars, a scroll area and the preview, whose focus did not show, and the desk's
buttons were reached only before the search box. Now it goes search, filters, table, buttons,
and round again; each stop shows that it has the keyboard (the table's did not); Escape goes
back to the article."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui import TIMEOUT

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _focus(qtbot, widget) -> None:
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=TIMEOUT)


def _looks(widget):
    return widget.grab().toImage()


def test_tab_goes_from_the_search_through_the_filters_and_table_to_the_buttons(desk_window, qtbot):
    panel = desk_window().desk.panel
    assert panel.select_path("banjir-jakarta.md")  # a draft: every status button enabled
    _focus(qtbot, panel.search_edit)
    expected = [panel.status_buttons[""], panel.author_combo, panel.label_combo,
                panel.since_edit, panel.until_edit, panel.mine_check, panel.table,
                *panel.action_buttons.values(), panel.rename_button, panel.new_button,
                panel.search_edit]  # fmt: skip
    seen, unchanged = [], []
    for _ in expected:
        here = QApplication.focusWidget()
        focused = _looks(here)
        qtbot.keyClick(here, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if _looks(here) == focused:
            unchanged.append(here.objectName())
    assert [w.objectName() for w in seen] == [w.objectName() for w in expected]
    assert unchanged == []  # each stop looked otherwise with the keyboard than without
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Backtab, SHIFT)
    assert QApplication.focusWidget() is panel.new_button  # round the other way
    qtbot.keyClick(panel.new_button, Qt.Key.Key_Backtab, SHIFT)
    assert QApplication.focusWidget() is panel.rename_button


def test_the_table_shows_whether_it_has_the_keyboard(desk_window, qtbot):
    # Fusion drew the selected row and the frame alike with the keyboard in the table or not
    from netizen_editor.gui.desk.filtering import COLUMNS

    panel = desk_window().desk.panel
    assert panel.select_path("banjir-jakarta.md")
    row = panel.model.row_of("banjir-jakarta.md")
    cell = panel.table.visualRect(panel.model.index(row, COLUMNS.index("locked_by")))
    spot = panel.table.viewport().mapTo(panel.table, cell.center())  # a cell no rect marks
    edge = (0, panel.table.height() // 2)  # the frame
    looks = []
    for widget in (panel.table, panel.search_edit):
        _focus(qtbot, widget)
        image = _looks(panel.table)
        looks.append((image.pixelColor(spot).name(), image.pixelColor(*edge).name()))
    (row_in, frame_in), (row_out, frame_out) = looks
    assert row_in != row_out and frame_in != frame_out


def test_a_disabled_button_is_passed_over_and_the_last_enabled_one_goes_round(desk_window, qtbot):
    panel = desk_window().desk.panel
    assert panel.select_path("olahraga/timnas.md")  # ready: its Ready button is disabled
    _focus(qtbot, panel.table)
    qtbot.keyClick(panel.table, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.action_buttons["published"]
    _focus(qtbot, panel.new_button)
    qtbot.keyClick(panel.new_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.search_edit


def test_escape_in_the_desk_goes_back_to_the_article(desk_window, qtbot):
    window = desk_window()
    panel = window.desk.panel
    for widget in (panel.table, panel.search_edit, panel.new_button):
        _focus(qtbot, widget)
        qtbot.keyClick(widget, Qt.Key.Key_Escape)
        assert QApplication.focusWidget() is window.current_tab().editor
