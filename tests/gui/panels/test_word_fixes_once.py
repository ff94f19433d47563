"""A word with a known replacement is fixed from the "Periksa" panel as from the editor's menu
(QA25 F-A: a non-standard word's finding offered only "Ignore"), and a word the house style
replaces that is non-standard too (merubah) is one finding, one underline and one menu entry,
the house style's (QA25 F-J: two warnings at the same place, counted twice)."""

from __future__ import annotations

from pathlib import Path

from netizen_editor.gui.panels.checks_panel import RULE_ROLE
from tests.gui import TIMEOUT
from tests.gui.editor.test_spelling import cursor_on, underlined
from tests.gui.panels.test_house_style_fixes import open_with_style

ARTICLE = """\
---
title: Petugas Pasar Diperiksa
summary: Petugas pasar diperiksa karena merubah laporan harga beras di Jakarta Utara pekan ini.
labels: [Ekonomi]
---
JAKARTA, Netizen.co.id - Petugas itu tidak tahu dimana laporan aslinya disimpan.

Ia mengaku merubah laporan karena kuatir ditegur atasan.
"""


def open_article(qtbot, make_window, tmp_path: Path):
    window = open_with_style(
        make_window, tmp_path, ARTICLE, '[words.replace]\nmerubah = "mengubah"\n'
    )
    panel = window.checks_dock.panel
    qtbot.waitUntil(lambda: any(f.rule == "non-standard" for f in panel.findings), timeout=TIMEOUT)
    layer = window.current_tab().editor.spell
    qtbot.waitUntil(lambda: layer.speller is not None and not layer.busy(), timeout=TIMEOUT)
    return window, panel


def item_of(panel, rule: str, line: int):
    (item,) = [
        i
        for i in panel.finding_items()
        if i.data(RULE_ROLE) == rule and i.text().startswith(f"line {line}:")
    ]
    return item


def test_a_non_standard_word_is_replaced_from_the_panel_in_one_undo_step(
    qtbot, make_window, tmp_path
):
    window, panel = open_article(qtbot, make_window, tmp_path)
    editor = window.current_tab().editor
    menu = panel.finding_menu(item_of(panel, "non-standard", 6))
    assert menu is not None
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[:2] == ["Replace with 'di mana'", "Ignore 'dimana'"]  # as the editor's menu
    next(a for a in menu.actions() if a.objectName() == "checks_replace").trigger()
    assert "tidak tahu di mana laporan aslinya" in editor.toPlainText()
    editor.undo()
    assert editor.toPlainText() == ARTICLE


def test_a_word_the_house_style_replaces_and_the_table_calls_non_standard_is_one_finding(
    qtbot, make_window, tmp_path
):
    window, panel = open_article(qtbot, make_window, tmp_path)
    editor = window.current_tab().editor
    lines = {3: "merubah", 8: "merubah"}  # the summary and the body
    for line, word in lines.items():
        column = ARTICLE.splitlines()[line - 1].index(word) + 1
        here = [f for f in panel.findings if (f.line, f.column) == (line, column)]
        assert [(f.rule, f.suggestions) for f in here] == [("house-style", ("mengubah",))]
    kuatir = item_of(panel, "non-standard", 8)  # not the house style's: still its own
    assert "kuatir" in kuatir.text()
    # slug, summary's length, two merubah, dimana, kuatir, no picture: merubah is not counted
    # twice
    assert window.checks_dock.status_label.text() == "0 errors · 7 warnings"
    # the editor: the house style's dashes and menu entry only
    qtbot.waitUntil(lambda: bool(editor.spell.style.fixes(editor.document().findBlockByNumber(7))),
                    timeout=TIMEOUT)  # fmt: skip
    assert ("merubah", "non-standard") not in underlined(editor)
    assert ("kuatir", "non-standard") in underlined(editor)
    cursor = cursor_on(editor, "merubah laporan karena")
    assert editor.spell.issue_at(cursor) is None
    menu = editor.spell.context_menu(cursor)
    assert menu is not None
    offered = [a.text() for a in menu.actions() if a.text()]
    assert offered.count("Replace with 'mengubah'") == 1 and "mengubah" not in offered
