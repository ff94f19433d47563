"""A line too long to type in: the bar above the editor names it and breaks it on request, in
one undoable step, the page the same; a paste that makes one is offered the same."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from netizen_editor.editing.long_lines import LONG_LINE

SENTENCE = "Warga Kampung Melayu mengungsi ke masjid sejak pagi karena banjir. "
LONG = SENTENCE * (LONG_LINE // len(SENTENCE) + 20)


def test_a_long_line_is_offered_and_broken_in_one_undoable_step(make_window, qtbot, tmp_path):
    path = tmp_path / "panjang.md"
    text = "---\ntitle: Banjir\n---\n" + LONG.strip() + "\n\nPenutup.\n"
    path.write_text(text, encoding="utf-8")
    window = make_window([path])
    tab = window.current_tab()
    bar = tab.info_bar
    assert bar.offering and "Line 4 has more than 20,000 characters" in bar.label.text()
    assert bar.action.isVisible() and bar.action.text() == "Break Lines"
    qtbot.mouseClick(bar.action, Qt.MouseButton.LeftButton)
    broken = tab.editor_text()
    lines = broken.split("\n")
    assert max(len(line) for line in lines) <= 1000 and len(lines) > 20
    assert broken.replace("\n", " ") == text.replace("\n", " ")
    assert tab.is_dirty()
    assert "Broke line 4 into shorter lines" in bar.label.text() and not bar.offering
    tab.editor.undo()
    assert tab.editor_text() == text  # the long line back


def test_a_paste_that_makes_a_long_line_is_offered(make_window, qtbot, tmp_path):
    path = tmp_path / "pendek.md"
    path.write_text("---\ntitle: Banjir\n---\nAwal.\n", encoding="utf-8")
    window = make_window([path])
    tab = window.current_tab()
    assert not tab.info_bar.offering
    QGuiApplication.clipboard().setText(LONG.strip())
    tab.set_cursor(len(tab.editor_text()) - 1)  # after "Awal."
    tab.editor.paste()
    assert tab.info_bar.offering and "Line 4" in tab.info_bar.label.text()


def test_a_line_that_cannot_be_broken_is_named(make_window, qtbot, tmp_path):
    path = tmp_path / "tabel.md"
    row = "| " + "sel " * (LONG_LINE // 4 + 10) + "| x |"
    path.write_text(f"# Judul\n\n| a | b |\n|---|---|\n{row}\n", encoding="utf-8")
    window = make_window([path])
    tab = window.current_tab()
    before = tab.editor_text()
    assert tab.info_bar.offering
    qtbot.mouseClick(tab.info_bar.action, Qt.MouseButton.LeftButton)
    assert tab.editor_text() == before and not tab.is_dirty()
    assert "Line 5 is kept as it is" in tab.info_bar.label.text()


def test_after_the_breaks_the_page_shows_where_the_cursor_is(make_window, qtbot, tmp_path):
    from tests.gui.preview_fixtures import js, wait_applied

    path = tmp_path / "panjang.md"
    path.write_text("---\ntitle: Banjir\n---\n" + LONG.strip() + "\n\nPenutup.\n",
                    encoding="utf-8")  # fmt: skip
    window = make_window([path])
    tab = window.current_tab()
    wait_applied(qtbot, tab.preview)
    assert js(qtbot, tab.preview, "window.scrollY") == 0
    qtbot.mouseClick(tab.info_bar.action, Qt.MouseButton.LeftButton)  # the cursor at the top
    qtbot.waitUntil(lambda: tab.preview.job >= tab.preview.revisions.job, timeout=10_000)
    wait_applied(qtbot, tab.preview)
    qtbot.wait(300)
    assert js(qtbot, tab.preview, "document.body.scrollHeight") > 3 * tab.preview.height()
    assert js(qtbot, tab.preview, "window.scrollY") < tab.preview.height()  # not at the end
