"""The headline, the search description and the photo caption are underlined in the editor
where the check rules find their typos, with the same context menu as the body's words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from netizen_editor.checks.context import check_text
from netizen_editor.gui.editor.markdown_editor import MarkdownEditor
from netizen_editor.settings import Settings
from tests.gui.editor.test_spelling import cursor_on, underlined, wait_checked

TEXT = """---
title: Pemerintah mengumumkn kebijakan baru
summary: Warga diminta waspada, banjir beresiko datang lagi.
image_caption: Petugas mengevakuasi warga dengn perahu karet.
author: Xyzzq Qwrtpz
id: kalimt-salahh-0b1c2d3e
labels: [Banjirr, Nasionall]
slug: banjirr-datang
---

Warga mengungsi ke masjid.
"""


def ranges(editor: MarkdownEditor) -> list[tuple[int, int, int, str]]:
    """(file line, column, length, rule) of every underline, as the checks name findings."""
    found = []
    block = editor.document().firstBlock()
    while block.isValid():
        for start, end, rule in editor.spell.underlines(block):
            found.append((block.blockNumber() + 1, start + 1, end - start, rule))
        block = block.next()
    return found


def test_typos_in_the_title_summary_and_caption_are_underlined_where_the_checks_find_them(
    qtbot, editor
):
    editor.setPlainText(TEXT)
    wait_checked(qtbot, editor)
    assert underlined(editor) == [
        ("mengumumkn", "typo"),
        ("beresiko", "non-standard"),
        ("dengn", "typo"),
    ]  # never the keys, the author's name, the id, the labels or the slug
    checks = [
        (f.line, f.column, f.length, f.rule)
        for f in check_text(TEXT, None, Settings())
        if f.rule in ("spelling", "non-standard")
    ]
    assert ranges(editor) == checks
    assert ranges(editor)[0] == (2, TEXT.splitlines()[1].index("mengumumkn") + 1, 10, "spelling")


def test_the_context_menu_on_a_headline_typo_offers_suggestions_and_replaces_it(qtbot, editor):
    editor.setPlainText(TEXT)
    wait_checked(qtbot, editor)
    menu = editor.spell.context_menu(cursor_on(editor, "mengumumkn"))
    assert menu is not None
    suggestions = [a for a in menu.actions() if a.objectName() == "spell_suggestion"]
    assert "mengumumkan" in [a.text() for a in suggestions]
    names = {a.objectName() for a in menu.actions()}
    assert {"spell_add_personal", "spell_ignore"} <= names
    assert editor.spell.context_menu(cursor_on(editor, "Xyzzq")) is None  # the author
    assert editor.spell.context_menu(cursor_on(editor, "kalimt-salahh")) is None  # the id
    assert editor.spell.context_menu(cursor_on(editor, "title")) is None  # a key
    next(a for a in suggestions if a.text() == "mengumumkan").trigger()
    assert "title: Pemerintah mengumumkan kebijakan baru\n" in editor.text()
    assert underlined(editor) == [("beresiko", "non-standard"), ("dengn", "typo")]
    editor.undo()
    assert "title: Pemerintah mengumumkn kebijakan baru\n" in editor.text()


def test_ignore_on_a_caption_typo_takes_its_underline_away(qtbot, editor):
    editor.setPlainText(TEXT)
    wait_checked(qtbot, editor)
    menu = editor.spell.context_menu(cursor_on(editor, "dengn"))
    next(a for a in menu.actions() if a.objectName() == "spell_ignore").trigger()
    assert underlined(editor) == [("mengumumkn", "typo"), ("beresiko", "non-standard")]


def test_a_headline_typo_typed_is_underlined_once_the_cursor_leaves_it(qtbot, editor):
    editor.setPlainText("---\ntitle: Banjir\nauthor: Budi\n---\n\nTeks.\n")
    wait_checked(qtbot, editor)
    cursor = cursor_on(editor, "Banjir")
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, " datangg")
    qtbot.wait(50)
    assert underlined(editor) == []  # still being typed
    qtbot.keyClicks(editor, " lagi")
    qtbot.waitUntil(lambda: underlined(editor) == [("datangg", "typo")], timeout=2_000)
    editor.moveCursor(QTextCursor.MoveOperation.Down)
    qtbot.keyClicks(editor, "x")  # the author's line: never underlined
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=editor.rect().topLeft())
    assert underlined(editor) == [("datangg", "typo")]


def test_a_title_case_name_is_accepted_when_the_body_uses_it_inside_a_sentence(qtbot, editor):
    text = "---\ntitle: Xyzville Dilanda Banjir\n---\n\nWarga Xyzville mengungsi.\n"
    editor.setPlainText(text)
    wait_checked(qtbot, editor)
    # the title is painted before the body line that names Xyzville: painted again after it
    qtbot.waitUntil(lambda: editor.spell.painted.get(1) == (), timeout=2_000)
    assert underlined(editor) == []  # as the checks read it
    other = MarkdownEditor()
    qtbot.addWidget(other)
    other.setPlainText(text.replace("Warga Xyzville", "Warga kota"))
    wait_checked(qtbot, other)
    assert underlined(other) == [("Xyzville", "typo")]


def test_a_folded_summary_is_read_as_yaml_reads_it_from_the_tabs_snapshot(
    make_window, qtbot, tmp_path
):
    """A value folded over lines (``summary: >-``) is read by YAML, on the tab's render thread
    (its snapshot): its typo on the second line is underlined there, as the checks find it;
    the editor itself never parses the front matter (it may be long)."""
    path = tmp_path / "banjir.md"
    path.write_text(
        "---\ntitle: Banjir di Jakarta\nsummary: >-\n  Warga diminta waspada karena\n"
        "  banjir bisa datng lagi malam ini.\n---\n\nWarga mengungsi ke masjid.\n",
        encoding="utf-8",
    )
    window = make_window([path])
    editor = window.current_tab().editor
    wait_checked(qtbot, editor)
    qtbot.waitUntil(lambda: ("datng", "typo") in underlined(editor), timeout=10_000)
    assert underlined(editor) == [("datng", "typo")]
    text = path.read_text(encoding="utf-8")
    found = [(f.line, f.rule) for f in check_text(text, path, Settings()) if f.rule == "spelling"]
    assert found == [(5, "spelling")] and ranges(editor)[0][0] == 5
