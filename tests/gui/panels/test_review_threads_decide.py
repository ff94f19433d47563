"""Accept and Reject decide suggestions only (QA33 #8): on a highlight with a reply they took
the highlight and its question and left the answer alone, an orphan comment, without a word.
Now, as Accept All keeps the discussion, they are off for a comment or a highlight, their tips
and Review › Accept / Reject Suggestion (Ctrl+Alt+A / R) say that Resolve ends a thread; Resolve
still takes the thread whole."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netizen_editor.grammar.inline import critic_marks
from netizen_editor.gui.panels.review_panel import thread_hint
from tests.gui.panels.test_review_keyboard import CTRL_ALT, put_cursor
from tests.gui.panels.test_review_panel import open_review, wait_marks

BAMBANG = "@Bambang Sutejo (2026-12-06T10:30+07:00)"
SITI = "@Siti Rahma (2026-12-06T10:40+07:00)"
THREAD = (
    "---\ntitle: Banjir Bekasi\n---\n"
    f"Sebanyak {{==300 warga==}}{{>>{BAMBANG}: Sumbernya siapa?<<}}"
    f"{{>>{SITI}: Dari BPBD Bekasi.<<}} mengungsi, {{++kata ++}}{{>>{BAMBANG}<<}}BPBD.\n"
)


def test_accept_and_reject_are_off_on_a_highlight_and_say_resolve(make_window, qtbot, tmp_path):
    _window, tab, dock = open_review(make_window, tmp_path, THREAD)
    wait_marks(qtbot, dock, 3)
    panel = dock.panel
    panel.list.setCurrentRow(0)  # the highlight and its question
    assert panel.current_mark().kind == "highlight"
    assert not panel.accept_button.isEnabled() and not panel.reject_button.isEnabled()
    assert panel.accept_button.toolTip() == panel.reject_button.toolTip() == thread_hint()
    assert "Resolve" in thread_hint()
    assert panel.resolve_button.isEnabled() and panel.reply_button.isEnabled()
    for button in (panel.accept_button, panel.reject_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert tab.editor_text() == THREAD  # the question and its answer stay
    panel.list.setCurrentRow(1)  # Siti's answer
    assert not panel.accept_button.isEnabled()
    panel.list.setCurrentRow(2)  # the addition: the keys' tips again
    assert panel.accept_button.isEnabled() and panel.accept_button.toolTip() != thread_hint()
    assert "Ctrl+Alt+A" in panel.accept_button.toolTip()


def test_the_review_menus_keys_on_a_highlight_leave_it_and_say_why(make_window, qtbot, tmp_path):
    window, tab, dock = open_review(make_window, tmp_path, THREAD)
    wait_marks(qtbot, dock, 3)
    put_cursor(tab, "300 warga", after=2)
    for key in (Qt.Key.Key_A, Qt.Key.Key_R):
        qtbot.keyClick(tab.editor, key, CTRL_ALT)
        assert tab.editor_text() == THREAD
        assert window.statusBar().currentMessage() == thread_hint()
    dock.panel.list.setFocus()  # the list's mark when it has the focus: the same
    dock.panel.list.setCurrentRow(0)
    window.registry["accept_mark"].trigger()
    assert tab.editor_text() == THREAD
    dock.decide(dock.panel.marks()[0], True)  # asked all the same: left to Resolve
    assert tab.editor_text() == THREAD
    put_cursor(tab, "kata", after=1)  # a suggestion still is decided by the keys
    qtbot.keyClick(tab.editor, Qt.Key.Key_A, CTRL_ALT)
    assert "mengungsi, kata BPBD." in tab.editor_text()
    assert [m.kind for m in critic_marks(tab.editor_text())] == ["highlight", "comment"]


def test_resolve_takes_the_highlights_thread_whole(make_window, qtbot, tmp_path):
    _window, tab, dock = open_review(make_window, tmp_path, THREAD)
    wait_marks(qtbot, dock, 3)
    dock.panel.list.setCurrentRow(0)
    qtbot.mouseClick(dock.panel.resolve_button, Qt.MouseButton.LeftButton)
    text = tab.editor_text()
    assert "Sebanyak 300 warga mengungsi" in text
    assert "Sumbernya" not in text and "BPBD Bekasi" not in text
