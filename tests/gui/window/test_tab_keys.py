"""View › Next Article and Previous Article: Ctrl+Tab / Ctrl+PgDown and Ctrl+Shift+Tab /
Ctrl+PgUp switch the article tabs, wrapping at the ends, with the focus in the editor, the
preview or a dock; the editor's own Tab (template fields) stays the editor's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from netizen_editor.gui.window.actions import MENUS
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
ARTICLE = "---\ntitle: Berita {n}\n---\nIsi berita nomor {n}.\n"


@pytest.fixture
def three(tmp_path: Path) -> list[Path]:
    paths = []
    for n in (1, 2, 3):
        path = tmp_path / f"berita-{n}.md"
        path.write_text(ARTICLE.format(n=n), encoding="utf-8")
        paths.append(path)
    return paths


def names(window) -> list[str]:
    return [t.display_name() for t in window.all_tabs()]


def shown(window) -> str:
    return window.current_tab().display_name()


def first_tab(window):
    window.tabs.setCurrentIndex(0)
    tab = window.current_tab()
    tab.editor.setFocus()
    return tab


@pytest.mark.parametrize(
    ("forward", "back"),
    [((Qt.Key.Key_Tab, CTRL), (Qt.Key.Key_Backtab, CTRL_SHIFT)),
     ((Qt.Key.Key_PageDown, CTRL), (Qt.Key.Key_PageUp, CTRL))],
)  # fmt: skip
def test_the_keys_in_the_editor_go_round_the_tabs(qtbot, make_window, three, forward, back):
    window = make_window(three)
    assert names(window) == ["berita-1.md", "berita-2.md", "berita-3.md"]
    tab = first_tab(window)
    text = tab.editor_text()
    order = []
    for _ in range(3):
        qtbot.keyClick(window.focusWidget(), *forward)
        order.append(shown(window))
    assert order == ["berita-2.md", "berita-3.md", "berita-1.md"]  # after the last, the first
    assert window.focusWidget() is window.current_tab().editor  # where the typing goes on
    for _ in range(2):
        qtbot.keyClick(window.focusWidget(), *back)
        order.append(shown(window))
    assert order[3:] == ["berita-3.md", "berita-2.md"]  # before the first, the last
    assert tab.editor_text() == text  # nothing typed, nothing indented
    assert all(not t.document.dirty for t in window.all_tabs())


def test_the_keys_work_from_the_preview_and_a_dock(qtbot, make_window, three):
    window = make_window(three)
    tab = first_tab(window)
    qtbot.waitUntil(lambda: tab.preview.web_view().focusProxy() is not None, timeout=TIMEOUT)
    target = tab.preview.web_view().focusProxy()
    target.setFocus()
    assert window.focusWidget() is target
    qtbot.keyClick(target, Qt.Key.Key_Tab, CTRL)
    assert shown(window) == "berita-2.md"
    window.checks_dock.show_dock()
    panel = window.checks_dock.panel
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_PageUp, CTRL)
    assert shown(window) == "berita-1.md"


def test_one_tab_stays_and_the_view_menu_lists_the_keys(qtbot, make_window, three):
    window = make_window(three[:1])
    first_tab(window)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab, CTRL)
    assert names(window) == ["berita-1.md"] and shown(window) == "berita-1.md"
    view = window.findChild(QMenu, "menu_view")
    listed = {a.objectName(): a for a in view.actions()}
    for key, keys in (("next_tab", ["Ctrl+Tab", "Ctrl+PgDown"]),
                      ("previous_tab", ["Ctrl+Shift+Tab", "Ctrl+PgUp"])):  # fmt: skip
        assert f"action_{key}" in listed and key in MENUS["menu_view"]
        assert [k.toString() for k in listed[f"action_{key}"].shortcuts()] == keys


def test_tab_in_a_template_still_walks_its_fields(qtbot, make_window, three):
    window = make_window(three[:1], settings=Settings(ui_language="en"))
    window.registry["new_from_template"].trigger()
    dialog = window.templates.dialog
    assert dialog.select("ralat")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: len(window.all_tabs()) == 2, timeout=TIMEOUT)
    tab = window.current_tab()
    assert tab.editor.textCursor().selectedText().startswith("[Judul")
    qtbot.keyClick(tab.editor, Qt.Key.Key_Tab)
    assert window.current_tab() is tab
    assert tab.editor.textCursor().selectedText().startswith("[Ringkasan")
    qtbot.keyClick(tab.editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.current_tab() is tab
    assert tab.editor.textCursor().selectedText().startswith("[Judul")
    qtbot.keyClick(tab.editor, Qt.Key.Key_Tab, CTRL)
    assert shown(window) == "berita-1.md"
