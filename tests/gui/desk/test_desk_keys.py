"""The desk table by keyboard and mouse as QA found it: the Menu key and Shift+F10 ask for the
current story's menu, a right click for the story pressed (not the one the rows moved under the
mouse), Tab leaves the table, and a sort or filter of the user's shows the list from its top."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from netizen_editor.settings import Settings
from tests.gui import TIMEOUT
from tests.gui.desk.conftest import story


def _asked(panel) -> list[int]:
    rows: list[int] = []
    panel.table.menu_requested.disconnect()
    panel.table.menu_requested.connect(lambda row, _place: rows.append(row))
    return rows


def test_the_menu_keys_ask_for_the_current_story(desk_window, qtbot):
    panel = desk_window().desk.panel
    asked = _asked(panel)
    panel.table.selectRow(1)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    below = panel.table.visualRect(panel.model.index(3, 0)).center()
    menu_key = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, below,
                                 panel.table.viewport().mapToGlobal(below))  # fmt: skip
    QApplication.sendEvent(panel.table, menu_key)  # its place is under another row: not read
    assert asked == [1, 1]


def test_a_right_click_asks_for_the_story_pressed(desk_window, qtbot):
    panel = desk_window().desk.panel
    asked = _asked(panel)
    at = panel.table.visualRect(panel.model.index(2, 0)).center()
    press = QMouseEvent(QEvent.Type.MouseButtonPress, at.toPointF(),
                        panel.table.viewport().mapToGlobal(at).toPointF(),
                        Qt.MouseButton.RightButton, Qt.MouseButton.RightButton,
                        Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(panel.table.viewport(), press)
    # the rows moved before the menu was asked for (a note shown above the table)
    moved = panel.table.visualRect(panel.model.index(0, 0)).center()
    menu = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, moved,
                             panel.table.viewport().mapToGlobal(moved))  # fmt: skip
    QApplication.sendEvent(panel.table.viewport(), menu)  # where a mouse's menu event goes
    assert asked == [2]


def test_tab_leaves_the_table(desk_window, qtbot):
    panel = desk_window().desk.panel
    panel.table.selectRow(0)
    panel.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.table)
    qtbot.keyClick(panel.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not panel.table


def test_a_sort_or_a_filter_of_the_users_shows_the_top(desk_window, qtbot, desk_folder):
    for n in range(60):
        (desk_folder / f"tambahan-{n:02d}.md").write_text(
            story(f"Berita {n:02d}", "draft", f"Penulis {n % 7}", ["Daerah"], "2026-11-20"),
            encoding="utf-8")  # fmt: skip
    panel = desk_window(rows=65).desk.panel
    panel.table.resize(800, 300)
    panel.table.scrollToBottom()
    assert panel.table.verticalScrollBar().value() > 0 and not panel.selected()
    panel.table.sortByColumn(panel.model.columnCount() - 1, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: panel.table.verticalScrollBar().value() == 0, timeout=TIMEOUT)
    panel.table.scrollToBottom()
    panel.author_combo.setCurrentIndex(panel.author_combo.findData("Penulis 3"))
    assert panel.table.verticalScrollBar().value() == 0
    assert QPoint(0, 0) == QPoint(0, panel.table.rowViewportPosition(0))  # the first row shown


def test_the_desk_buttons_alt_letters_are_not_the_menu_bars(desk_window):
    from netizen_editor.gui.mnemonics import letter, menu_letters

    window = desk_window()
    panel = window.desk.panel
    buttons = [*panel.action_buttons.values(), panel.rename_button, panel.new_button,
               panel.mine_check]  # fmt: skip
    keys = [key for key in (letter(b.text()) for b in buttons) if key is not None]
    assert len(set(keys)) == len(keys) >= 4, [b.text() for b in buttons]  # others: Tab, Menu key
    assert not set(keys) & menu_letters(window)  # Alt+N was Review's and Rename's, Alt+B File's


def test_the_desk_buttons_alt_letters_are_not_the_article_details(desk_window):
    from PySide6.QtWidgets import QLabel

    from netizen_editor.gui.mnemonics import letter

    window = desk_window()
    details = window.current_tab().metadata_panel
    assert details.isVisible()  # on screen beside the desk
    fields = {letter(label.text()) for label in details.findChildren(QLabel) if label.buddy()}
    panel = window.desk.panel
    buttons = [*panel.action_buttons.values(), panel.rename_button, panel.new_button,
               panel.mine_check]  # fmt: skip
    keys = {letter(b.text()) for b in buttons} - {None}
    assert len(fields - {None}) >= 8
    assert not keys & fields, [b.text() for b in buttons]  # Alt+K: Keterangan, Kirim ke editor


def test_the_letters_are_the_same_whichever_panel_is_made_first(make_window, desk_folder, qtbot):
    # QA9: a desk restored at the start was made before the Article Details, took Alt+D,
    # Alt+P and Alt+R, and the labels were left with one letter
    from PySide6.QtWidgets import QLabel

    from netizen_editor.gui.mnemonics import letter
    from netizen_editor.gui.window.name_letters import details_texts

    window = make_window(restore=False, settings=Settings(ui_language="en"))
    assert window.desk.open_desk(desk_folder)  # the desk first
    panel = window.desk.panel
    window.files.new_article()
    details = window.current_tab().metadata_panel
    qtbot.waitUntil(details.isVisible, timeout=TIMEOUT)
    labels = {label.objectName(): label.text() for label in details.findChildren(QLabel)
              if label.buddy() is not None}  # fmt: skip
    assert labels == details_texts(window)  # what they take with no desk at all
    fields = {letter(text) for text in labels.values()} - {None}
    assert len(fields) >= 8
    buttons = [*panel.action_buttons.values(), panel.rename_button, panel.new_button,
               panel.mine_check]  # fmt: skip
    assert not {letter(b.text()) for b in buttons} & fields


def test_a_file_that_is_no_article_says_why_when_selected(desk_window):
    panel = desk_window().desk.panel
    assert panel.select_path("rusak.md")
    text = panel.message_label.text()
    assert panel.message_label.isVisibleTo(panel)
    assert text.startswith("rusak.md cannot be read as an article: ")  # not only in a tooltip
    assert panel.select_path("banjir-jakarta.md")
    assert not panel.message_label.isVisibleTo(panel)


def test_a_note_shown_on_selection_does_not_move_the_rows(desk_window):
    panel = desk_window().desk.panel
    row = panel.model.row_of("rusak.md")
    before = panel.table.mapTo(panel, panel.table.visualRect(panel.model.index(row, 0)).topLeft())
    assert panel.select_path("rusak.md") and panel.message_label.isVisibleTo(panel)
    panel.layout().activate()
    after = panel.table.mapTo(panel, panel.table.visualRect(panel.model.index(row, 0)).topLeft())
    assert after == before  # a second click lands on the row the first one selected
