"""Kerangka and Tinjauan by keyboard, as Periksa (``place_rows``): a row selected (arrows, a
click) shows its place in the editor while the focus stays in the list; Enter or a double click
goes there. Periksa keeps its finding selected when the checks run again; View's dock toggles
have Alt letters of their own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDockWidget, QMenu

from netizen_editor.gui.mnemonics import letter
from tests.gui import TIMEOUT
from tests.gui.panels.test_checks_keyboard import ARTICLE as CHECKED
from tests.gui.panels.test_checks_keyboard import link_item
from tests.gui.panels.test_checks_panel import checked
from tests.gui.panels.test_review_panel import open_review, wait_marks

HEADED = """\
---
title: Banjir Rob
---
Pembuka berita.

## Bagian Dua

Isi dua.

## Bagian Tiga

Isi tiga.
"""


def line_of(editor) -> int:
    return editor.textCursor().blockNumber() + 1


def test_outline_a_click_and_arrows_show_a_heading_enter_goes_there(
    make_window, qtbot, tmp_path: Path
):
    path = tmp_path / "banjir.md"
    path.write_text(HEADED, encoding="utf-8")
    window = make_window([path])
    tab = window.current_tab()
    outline = tab.outline
    window.outline_dock.show()
    window.outline_dock.raise_()
    qtbot.waitUntil(lambda: len(outline.headings()) == 2, timeout=TIMEOUT)
    # Tab into the outline: a current row, nothing moved
    outline.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(outline.hasFocus)
    assert outline.currentItem() is outline.item_for_line(6)
    assert line_of(tab.editor) == 1
    rect = outline.visualItemRect(outline.item_for_line(6))
    qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert line_of(tab.editor) == 6
    assert outline.hasFocus() and not tab.editor.hasFocus()  # the click kept the focus
    qtbot.keyClick(outline, Qt.Key.Key_Down)
    assert line_of(tab.editor) == 10 and outline.hasFocus()
    qtbot.keyClick(outline, Qt.Key.Key_Return)
    assert tab.editor.hasFocus() and line_of(tab.editor) == 10
    assert tab.editor.text() == HEADED  # Enter went there, it wrote nothing


def test_review_arrows_show_a_mark_enter_goes_there_a_new_text_moves_nothing(
    make_window, qtbot, tmp_path
):
    _window, tab, dock = open_review(make_window, tmp_path)
    wait_marks(qtbot, dock, 5)
    dock.show_dock()
    panel = dock.panel
    panel.list.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(panel.list.hasFocus)
    assert panel.list.currentRow() == 0 and line_of(tab.editor) == 1
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    second = panel.marks()[1]
    cursor = tab.editor.textCursor()
    assert (cursor.blockNumber() + 1, cursor.positionInBlock() + 1) == (
        second.line,
        second.column,
    )
    assert panel.list.hasFocus() and not tab.editor.hasFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert tab.editor.hasFocus() and line_of(tab.editor) == panel.marks()[2].line
    # the text changes (typed at its end): the list is refilled, the editor stays put
    cursor = tab.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    tab.editor.setTextCursor(cursor)
    end = line_of(tab.editor)
    cursor.insertText("Tambahan.")
    qtbot.waitUntil(lambda: "Tambahan" in tab.snapshot().text, timeout=TIMEOUT)
    qtbot.wait(50)
    assert line_of(tab.editor) == end and panel.list.currentRow() == 2
    # Accept still decides the mark selected (the substitution)
    panel.accept_button.click()
    wait_marks(qtbot, dock, 4)
    assert "mengubah" in tab.editor_text() and "merubah" not in tab.editor_text()


def test_periksa_keeps_the_finding_selected_when_the_checks_run_again(make_window, qtbot, tmp_path):
    path = tmp_path / "banjir.md"
    path.write_text(CHECKED, encoding="utf-8")
    window = make_window([path])
    tab = window.current_tab()
    panel = checked(qtbot, window)
    window.checks_dock.show_dock()
    panel.list.setFocus(Qt.FocusReason.TabFocusReason)
    panel.list.setCurrentItem(link_item(panel))
    assert line_of(tab.editor) == 10
    # two lines typed above it: the finding moves to line 12, the editor stays where typed
    cursor = tab.editor.textCursor()
    cursor.setPosition(tab.editor.document().findBlockByNumber(7).position())
    cursor.insertText("Warga panik.\n\n")
    tab.editor.setTextCursor(cursor)
    qtbot.waitUntil(
        lambda: any(f.rule == "link-text" and f.line == 12 for f in panel.findings),
        timeout=TIMEOUT,
    )
    item = panel.list.currentItem()
    assert item is link_item(panel) and item.isSelected()
    assert line_of(tab.editor) == 10  # the refill showed nothing: the cursor is the typist's


def test_the_dock_toggles_in_view_have_letters_of_their_own(make_window, qtbot):
    window = make_window()
    view = window.findChild(QMenu, "menu_view")
    names = ("metadata_dock", "outline_dock", "review_dock", "desk_dock", "checks_dock")
    docks = [window.findChild(QDockWidget, name) for name in names]
    letters = [letter(a.text()) for a in view.actions() if a.text()]
    for dock in docks[:4]:
        action = dock.toggleViewAction()
        assert action in view.actions()
        assert letter(action.text()) is not None, action.text()
        assert letters.count(letter(action.text())) == 1, action.text()
    for dock in docks:
        assert "&" not in dock.windowTitle()  # the title bars show no mark
