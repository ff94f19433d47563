"""A story of more review marks than one story may hold (QA35 #13) opens: the Review panel lists
none and says why in place of its summary (it reads no mark of millions on the window's
thread), the review check gives the refusal at the line of the first mark too many, Accept All
changes nothing and says why, and the text stays editable."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from netizen_editor.i18n import tr
from netizen_editor.review.mark_cap import MAX_MARKS
from tests.gui import TIMEOUT
from tests.review.test_mark_cap import LINE, story


def test_the_panel_says_why_it_lists_no_mark_and_the_text_stays_editable(
    make_window, qtbot, tmp_path
):
    path = tmp_path / "tanda.md"
    path.write_text(story(MAX_MARKS + 1), encoding="utf-8")
    window = make_window([path])
    tab, dock = window.current_tab(), window.review_dock
    refusal = tr(
        "more than {limit} review marks; at most {limit} are read in one story", limit=MAX_MARKS
    )
    qtbot.waitUntil(lambda: dock.panel.summary.text() == refusal, timeout=TIMEOUT)
    assert dock.panel.marks() == []
    qtbot.waitUntil(lambda: tab.snapshot() is not None and tab.snapshot().checked, timeout=TIMEOUT)
    review = [(f.line, f.message) for f in tab.snapshot().findings if f.rule == "review"]
    assert review == [(LINE, refusal)]
    before = tab.editor_text()
    dock.decide_all(True)  # Review › Accept All: nothing changes, the status bar says why
    assert tab.editor_text() == before
    assert window.statusBar().currentMessage() == refusal
    editor = tab.editor
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "xyz")
    assert editor.toPlainText().endswith("xyz")
