"""A journalist's first hour in the window: each slip the issue names, done as the user does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tests.gui import TIMEOUT


def test_find_and_replace_bar_keep_the_editor_preview_split(make_window, qtbot, article_file):
    window = make_window([article_file])
    window.resize(1480, 920)
    tab = window.current_tab()
    tab.set_sizes([500, 640])
    qtbot.wait(50)
    before = tab.sizes()
    window.registry["replace"].trigger()
    qtbot.waitUntil(tab.find_bar.isVisible)
    qtbot.keyClicks(tab.find_bar.find_edit, "Bagian")
    qtbot.wait(50)
    assert tab.sizes() == before
    window.grab().save("/tmp/daily-shots/window-find-bar.png")
    tab.find_bar.close_bar()
    window.registry["find"].trigger()
    qtbot.wait(50)
    assert tab.sizes() == before


def test_replace_all_says_how_many_it_replaced(make_window, qtbot, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    window.registry["replace"].trigger()
    bar = tab.find_bar
    qtbot.keyClicks(bar.find_edit, "Bagian")
    assert bar.status_text() == "1 of 3 matches"
    bar.replace_edit.setText("Seksi")
    bar.replace_all_button.click()
    qtbot.wait(400)  # past the recount after the edit
    assert bar.status_text() == "Replaced: 3"
    assert window.statusBar().currentMessage() == "Replaced 3 matches"
    assert tab.editor_text().count("Seksi") == 3
    bar.find_edit.selectAll()
    qtbot.keyClicks(bar.find_edit, "tidak ada")
    qtbot.waitUntil(lambda: bar.status_text() == "0 matches")


def _type_at_end(qtbot, editor, text: str) -> None:
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    for number, part in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        if part:
            qtbot.keyClicks(editor, part)


def test_enter_on_an_empty_bullet_leaves_a_blank_line(make_window, qtbot, article_file):
    window = make_window([article_file])
    editor = window.current_tab().editor
    _type_at_end(qtbot, editor, "\n- apel")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Paragraf baru.")
    assert editor.text().endswith("Penutup.\n\n- apel\n\nParagraf baru.")


def test_heading_button_on_an_empty_line_and_its_icon(make_window, qtbot, article_file):
    from netizen_editor.paths import resource_path

    window = make_window([article_file])
    editor = window.current_tab().editor
    _type_at_end(qtbot, editor, "\n\n")
    window.registry["heading"].trigger()
    qtbot.keyClicks(editor, "Subjudul")
    assert editor.text().endswith("Penutup.\n\n\n## Subjudul")
    svg = (resource_path("icons") / "format-heading.svg").read_text(encoding="utf-8")
    assert "V20" not in svg  # the old icon's "1" stroke; the icon now draws H2, as inserted


def test_tab_in_an_inserted_baca_juga_goes_to_the_address(make_window, qtbot, article_file):
    window = make_window([article_file])
    editor = window.current_tab().editor
    _type_at_end(qtbot, editor, "\n")
    window.registry["baca_juga"].trigger()
    qtbot.keyClicks(editor, "Banjir Bekasi")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.textCursor().selectedText() == "https://"
    qtbot.keyClicks(editor, "https://netizen.co.id/2026/12/banjir-bekasi.html")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # past the last field: out of the template
    qtbot.keyClicks(editor, "!")
    assert (
        "Baca juga: [Banjir Bekasi](https://netizen.co.id/2026/12/banjir-bekasi.html)!"
        in editor.text()
    )
    assert "\t" not in editor.text()


def test_tab_in_an_inserted_link_goes_to_the_address(make_window, qtbot, article_file):
    window = make_window([article_file])
    editor = window.current_tab().editor
    _type_at_end(qtbot, editor, "\n\nLihat ")
    window.registry["link"].trigger()  # no word at the cursor: "[](https://)"
    qtbot.keyClicks(editor, "sumber")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.textCursor().selectedText() == "https://"
    qtbot.keyClicks(editor, "https://bmkg.go.id")
    assert editor.text().endswith("Lihat [sumber](https://bmkg.go.id)")


def test_enter_in_front_matter_keeps_yaml_indentation(make_window, qtbot, tmp_path):
    path = tmp_path / "ralat.md"
    path.write_text(
        "---\ntitle: Ralat\ncorrections:\n  - time: 2026-12-01T10:00:00+07:00\n---\nIsi.\n",
        encoding="utf-8",
    )
    window = make_window([path])
    editor = window.current_tab().editor
    cursor = editor.document().find("+07:00")
    cursor.clearSelection()
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "kind: ralat")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "text: Sebelumnya tertulis Rabu.")
    assert "  - time: 2026-12-01T10:00:00+07:00\n    kind: ralat\n    text: Sebelumnya" in (
        editor.text()
    )
    assert window.current_tab().preview is not None
    qtbot.waitUntil(lambda: window.current_tab().metadata_panel.error() == "", timeout=TIMEOUT)
