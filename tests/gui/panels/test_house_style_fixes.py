"""A house-style finding with a suggestion ("the house style writes 'dalam jaringan', not
'daring'") is fixed in one click, from the "Periksa" panel's menu and from the editor's
context menu on the word, as one undo step; the word is underlined in the editor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from netizen_editor.gui.panels.checks_panel import RULE_ROLE
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT

ARTICLE = """\
---
title: Layanan Pajak Kini Bisa Diurus Secara Daring
summary: Wajib pajak di Bekasi kini bisa mengurus pajak kendaraan tanpa antre di kantor.
labels: [Metropolitan]
---
BEKASI, Netizen.co.id - Warga kini bisa membayar pajak secara daring dari rumah.

Daring atau tidak, petugas tetap melayani di kantor.
"""


def open_with_style(make_window, tmp_path: Path, article: str, style_text: str):
    """A window on ``article`` (in English) with the house style ``style_text``."""
    style = tmp_path / "gaya.toml"
    style.write_text(style_text, encoding="utf-8")
    path = tmp_path / "artikel.md"
    path.write_text(article, encoding="utf-8")
    return make_window([path], settings=Settings(ui_language="en", house_style=str(style)))


def open_styled(qtbot, make_window, tmp_path: Path):
    style = '[words.replace]\ndaring = "dalam jaringan"\n'
    window = open_with_style(make_window, tmp_path, ARTICLE, style)
    panel = window.checks_dock.panel
    qtbot.waitUntil(
        lambda: len([f for f in panel.findings if f.rule == "house-style"]) == 3, timeout=TIMEOUT
    )
    window.checks_dock.show_dock()
    return window, panel


def style_item(panel, line: int):
    (item,) = [
        i
        for i in panel.finding_items()
        if i.data(RULE_ROLE) == "house-style" and i.text().startswith(f"line {line}:")
    ]
    return item


def right_click_and_choose(qtbot, widget, point, name: str) -> list[str]:
    """Right-click ``widget`` at ``point`` and trigger the menu's action called ``name``;
    the texts of the menu's actions."""
    seen: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            return
        try:
            seen.extend(a.text() for a in menu.actions() if a.text())
            chosen = [a for a in menu.actions() if a.objectName() == name]
            if chosen:
                chosen[0].trigger()
        finally:
            menu.close()

    QTimer.singleShot(300, choose)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, widget.mapToGlobal(point))
    QApplication.sendEvent(widget, event)
    qtbot.wait(400)
    return seen


def test_the_periksa_panel_replaces_the_word_in_one_undo_step(qtbot, make_window, tmp_path):
    window, panel = open_styled(qtbot, make_window, tmp_path)
    editor = window.current_tab().editor
    where = editor.document().findBlockByNumber(9).position() + 3  # the user's cursor
    cursor = editor.textCursor()
    cursor.setPosition(where)
    editor.setTextCursor(cursor)
    item = style_item(panel, 6)
    panel.list.scrollToItem(item)
    point = panel.list.visualItemRect(item).center()
    seen = right_click_and_choose(qtbot, panel.list.viewport(), point, "checks_replace")
    assert seen[0] == "Replace with 'dalam jaringan'"
    line = editor.document().findBlockByNumber(5).text()
    assert line == "BEKASI, Netizen.co.id - Warga kini bisa membayar pajak secara dalam jaringan " \
        "dari rumah."  # fmt: skip
    assert editor.toPlainText().count("aring") == 3  # the others are left as they were
    editor.undo()  # one step takes it back, the cursor where the user had it (not line 1)
    assert editor.toPlainText() == ARTICLE
    assert editor.textCursor().position() == where


def test_a_capitalised_word_gets_a_capitalised_fix(qtbot, make_window, tmp_path):
    window, panel = open_styled(qtbot, make_window, tmp_path)
    editor = window.current_tab().editor
    menu = panel.finding_menu(style_item(panel, 8))
    assert menu is not None
    (action,) = [a for a in menu.actions() if a.objectName() == "checks_replace"]
    assert action.text() == "Replace with 'Dalam jaringan'"
    action.trigger()
    assert editor.document().findBlockByNumber(7).text().startswith("Dalam jaringan atau tidak,")


def test_a_fix_from_the_panel_after_the_word_was_changed_changes_nothing(
    qtbot, make_window, tmp_path
):
    window, panel = open_styled(qtbot, make_window, tmp_path)
    editor = window.current_tab().editor
    menu = panel.finding_menu(style_item(panel, 6))
    assert menu is not None
    block = editor.document().findBlockByNumber(5)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + block.text().index("daring"))
    cursor.insertText("se")  # "sedaring": the checks have not run on it yet
    before = editor.toPlainText()
    next(a for a in menu.actions() if a.objectName() == "checks_replace").trigger()
    assert editor.toPlainText() == before


def test_the_editor_underlines_the_word_and_its_menu_replaces_it(qtbot, make_window, tmp_path):
    window, _panel = open_styled(qtbot, make_window, tmp_path)
    editor = window.current_tab().editor
    block = editor.document().findBlockByNumber(5)
    start = block.text().index("daring")
    spans = [(s, e) for s, e, _fix in editor.spell.style.fixes(block)]
    assert spans == [(start, start + len("daring"))]
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + start + 2)
    point = editor.cursorRect(cursor).center()
    seen = right_click_and_choose(qtbot, editor.viewport(), point, "style_replace")
    assert seen[0] == "Replace with 'dalam jaringan'"
    assert "secara dalam jaringan dari rumah" in editor.toPlainText()
    assert editor.toPlainText().count("aring") == 3
    assert editor.spell.style.fixes(editor.document().findBlockByNumber(5)) == []
    editor.undo()
    assert editor.toPlainText() == ARTICLE
    # a word without a finding keeps the editor's own menu
    other = QTextCursor(editor.document().findBlockByNumber(5))
    other.setPosition(other.block().position() + 2)
    assert editor.spell.style.menu(other, None) is None


def test_only_house_style_findings_offer_a_replacement(qtbot, make_window, tmp_path):
    _window, panel = open_styled(qtbot, make_window, tmp_path)
    others = [i for i in panel.finding_items() if i.data(RULE_ROLE) != "house-style"]
    assert others  # the summary's length, the missing picture...
    for item in others:
        menu = panel.finding_menu(item)
        names = [a.objectName() for a in menu.actions()] if menu is not None else []
        assert "checks_replace" not in names
