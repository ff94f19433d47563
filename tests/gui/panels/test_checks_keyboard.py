"""The Periksa list by keyboard, as IDEs' problem lists: selecting a finding (arrows, a click)
shows its place in the editor while the focus stays in the list; Enter or a double click goes
there. View › Periksa has a letter and Ctrl+Shift+M; the Menu key and Shift+F10 open a
finding's menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from netizen_editor.gui.dialogs.cheat_sheet import shortcuts_html
from netizen_editor.gui.mnemonics import letter
from tests.gui import TIMEOUT
from tests.gui.panels.test_checks_panel import checked

ARTICLE = """\
---
title: Banjir Rob Genangi Pesisir Jakarta Utara
author: Tim Redaksi
labels: [Metropolitan]
slug: banjir-rob
status: draft
---
JAKARTA, Netizen.co.id - Banjir rob menggenangi permukiman warga.

Petugas membuka dapur umum. Info lebih lanjut [klik di sini](https://netizen.co.id/banjir).
"""
LINK = ARTICLE.splitlines()[9]


@pytest.fixture
def window(tmp_path: Path, make_window, qtbot):
    path = tmp_path / "banjir.md"
    path.write_text(ARTICLE, encoding="utf-8")
    window = make_window([path])
    window.resize(1366, 768)
    checked(qtbot, window)
    return window


def place(editor) -> tuple[int, int, str]:
    cursor = editor.textCursor()
    return cursor.blockNumber() + 1, cursor.positionInBlock() + 1, cursor.selectedText()


def link_item(panel):
    return next(
        i for i in panel.finding_items() if i.data(Qt.ItemDataRole.UserRole + 1) == "link-text"
    )


def test_arrows_show_the_finding_in_the_editor_and_enter_goes_there(qtbot, window):
    tab, panel = window.current_tab(), window.checks_dock.panel
    window.checks_dock.show_dock()
    panel.list.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(panel.list.hasFocus)
    # Tab shows where the focus is (a current row) and moves nothing yet
    assert panel.list.currentItem() is panel.finding_items()[0]
    assert place(tab.editor)[:2] == (1, 1)
    while panel.list.currentItem() is not link_item(panel):
        qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    finding = next(f for f in panel.findings if f.rule == "link-text")
    line, column, selected = place(tab.editor)
    assert (line, column) == (10, LINK.index("[klik") + 1)  # the finding's column, not the end
    assert selected == LINK[column - 1 : column - 1 + finding.length]
    assert panel.list.hasFocus() and not tab.editor.hasFocus()  # arrows keep moving the list
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert tab.editor.hasFocus()
    assert place(tab.editor)[:2] == (10, LINK.index("[klik") + 1)
    assert tab.editor.text() == ARTICLE  # Enter went there, it split no paragraph


def test_a_click_shows_the_finding_and_a_double_click_goes_there(qtbot, window):
    tab, panel = window.current_tab(), window.checks_dock.panel
    window.checks_dock.show_dock()
    item = link_item(panel)
    panel.list.scrollToItem(item)
    centre = panel.list.visualItemRect(item).center()
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert place(tab.editor)[:2] == (10, LINK.index("[klik") + 1)
    assert panel.list.hasFocus()
    qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert tab.editor.hasFocus()


@pytest.mark.parametrize("key", ["menu", "shift+f10"])
def test_shift_f10_and_the_menu_key_open_a_spelling_findings_menu(
    qtbot, tmp_path, make_window, key
):
    path = tmp_path / "typo.md"
    path.write_text(ARTICLE.replace("dapur umum", "dapur umumm"), encoding="utf-8")
    window = make_window([path])
    panel = checked(qtbot, window, lambda p: any(f.rule == "spelling" for f in p.findings))
    window.checks_dock.show_dock()
    (item,) = [
        i for i in panel.finding_items() if i.data(Qt.ItemDataRole.UserRole + 1) == "spelling"
    ]
    layer = window.current_tab().editor.spell  # its corrections and dictionaries are offered
    qtbot.waitUntil(lambda: layer.speller is not None, timeout=TIMEOUT)
    panel.list.setFocus(Qt.FocusReason.TabFocusReason)
    panel.list.setCurrentItem(item)
    seen: list[str] = []

    def read() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            seen.extend(a.objectName() for a in menu.actions())
            menu.close()

    QTimer.singleShot(300, read)
    if key == "menu":  # what Qt sends the focused list for the Menu key
        point = panel.list.visualItemRect(item).center()
        reason = QContextMenuEvent.Reason.Keyboard
        event = QContextMenuEvent(reason, point, panel.list.mapToGlobal(point))
        QApplication.sendEvent(panel.list, event)
    else:
        qtbot.keyClick(panel.list, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.wait(400)
    assert "checks_add_personal" in seen and seen[-1] == "checks_ignore"  # the editor's entries


def test_view_periksa_has_a_letter_and_ctrl_shift_m_takes_the_focus_to_the_list(qtbot, window):
    view = window.findChild(QMenu, "menu_view")
    action = window.findChild(QAction, "checks_view")
    assert action in view.actions() and action.shortcut().toString() == "Ctrl+Shift+M"
    letters = [letter(a.text()) for a in view.actions() if a.text()]
    assert letter(action.text()) is not None and letters.count(letter(action.text())) == 1
    assert "Ctrl+Shift+M" in shortcuts_html(window.actions())  # F1's list of shortcuts
    others = [a.shortcut() for a in window.findChildren(QAction) if a is not action]
    assert action.shortcut() not in others
    tab = window.current_tab()
    tab.editor.setFocus()
    window.checks_dock.dock.hide()
    action.trigger()  # what the key does
    assert window.checks_dock.dock.isVisible() and action.isChecked()
    qtbot.waitUntil(window.checks_dock.panel.list.hasFocus)
    action.trigger()  # on top, focused: it hides again
    assert not window.checks_dock.dock.isVisible() and not action.isChecked()
