"""File › History… restores one paragraph of a version, not only the whole version: each
changed paragraph of the compare with the current text has its own link (Tab, Enter); the
current text is kept as a version first and the paragraph comes back as one undoable edit,
the rest of the text as it was."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor

from netizen_editor.gui.dialogs.compare_dialog import CompareDialog
from netizen_editor.gui.dialogs.compare_html import diff_html
from netizen_editor.gui.dialogs.restore_part import part_tip
from netizen_editor.history.article_id import article_id
from netizen_editor.history.diff import word_diff
from netizen_editor.history.paragraphs import ADDED, CHANGED, DELETED
from netizen_editor.history.store import History
from netizen_editor.settings import Settings
from tests.gui.dialogs.test_compare_dialog import choose_status, compared

SETTINGS = replace(Settings(ui_language="en"), default_author="Dewi Lestari")
HEAD = "---\ntitle: Banjir Jakarta\nstatus: draft\n---\n"
FIRST = "Netizen.co.id - Hujan deras mengguyur Jakarta sejak Jumat malam.\n"
SECOND = "Warga Kampung Melayu mengungsi ke masjid terdekat.\n"
THIRD = "BPBD mencatat 40 RT tergenang hingga Sabtu pagi.\n"
THIRD_REWRITTEN = "BPBD mencatat puluhan RT tergenang.\n"


def with_two_saves(make_window, qtbot, tmp_path):
    """Version 1: three paragraphs. A colleague then deleted the second one and rewrote the
    third, and sent the story to review (version 2); since then the user typed a sentence at
    the end, not saved yet."""
    path = tmp_path / "banjir.md"
    path.write_text(HEAD + FIRST + "\n" + SECOND + "\n" + THIRD, encoding="utf-8")
    window = make_window([path], settings=SETTINGS)
    tab = window.current_tab()
    window.registry["save"].trigger()  # version 1 (the story gets its id)
    text = tab.editor_text()
    tab.replace_text(text.replace(SECOND + "\n", "").replace(THIRD, THIRD_REWRITTEN))
    choose_status(tab.metadata_panel, "review")  # version 2: the colleague's
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return)  # a paragraph of its own
    qtbot.keyClicks(tab.editor, "Pembaruan pukul 10.00 WIB.")
    window.registry["history"].trigger()
    dialog = window.findChild(CompareDialog)
    assert dialog is not None and dialog.isVisible()
    return window, tab, compared(qtbot, dialog)


def test_one_paragraph_comes_back_the_rest_stays_and_undo_takes_it_out(
    make_window, qtbot, tmp_path
):
    window, tab, dialog = with_two_saves(make_window, qtbot, tmp_path)
    before = tab.editor_text()
    history = History(tmp_path, article_id(before))
    assert [e.reason for e in dialog.entries[:2]] == ["status", "save"]
    dialog.select(1)  # version 1, against the current text
    parts = compared(qtbot, dialog).part_links.parts
    assert [p.kind for p in parts] == [DELETED, CHANGED, ADDED]  # and the typed sentence
    shown = dialog.diff_view.toPlainText()
    assert "Put this paragraph back" in shown and "Restore this paragraph" in shown
    assert "Tab to it, Enter" in dialog.summary.text()

    # from the keyboard: into the difference, Tab to the first link, Enter
    dialog.diff_view.setFocus()
    qtbot.keyClick(dialog.diff_view, Qt.Key.Key_Tab)
    assert dialog.diff_view.textCursor().selectedText().endswith("Put this paragraph back")
    qtbot.keyClick(dialog.diff_view, Qt.Key.Key_Return)

    expected = before.replace(FIRST + "\n", FIRST + "\n" + SECOND + "\n")
    assert tab.editor_text() == expected  # the paragraph back in its place, nothing else
    assert "Pembaruan pukul 10.00 WIB." in tab.editor_text() and THIRD_REWRITTEN in expected
    assert tab.is_dirty()
    newest = history.versions().versions[0]  # the text before it, kept first
    assert newest.reason == "restore" and history.read(newest.id)[1] == before
    assert "Restored a paragraph of the version of" in window.statusBar().currentMessage()
    # the window stays open on the new text: that paragraph is no longer a change
    assert compared(qtbot, dialog).isVisible() and dialog.current == tab.disk_text()
    assert [p.kind for p in dialog.part_links.parts] == [CHANGED, ADDED]
    assert "Put this paragraph back" not in dialog.diff_view.toPlainText()
    # and lists the version it kept (QA21: only seen when History was opened again), the
    # version chosen still chosen
    assert [e.reason for e in dialog.entries[:3]] == ["restore", "status", "save"]
    assert dialog.versions_list.topLevelItemCount() == len(dialog.entries)
    assert dialog.chosen() is dialog.entries[2]

    dialog.close()
    tab.editor.setFocus()
    qtbot.keyClick(tab.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.editor_text() == before  # one step


def test_a_rewritten_paragraph_gets_its_words_back(make_window, qtbot, tmp_path):
    _window, tab, dialog = with_two_saves(make_window, qtbot, tmp_path)
    before = tab.editor_text()
    dialog.select(1)
    third = compared(qtbot, dialog).part_links.parts[1]
    assert third.old.strip() in THIRD and third.new.strip() in THIRD_REWRITTEN
    dialog.diff_view.anchorClicked.emit(QUrl("restore-part:1"))  # a click on its link
    assert tab.editor_text() == before.replace(THIRD_REWRITTEN, THIRD)
    tab.editor.undo()
    assert tab.editor_text() == before


def test_no_paragraph_links_between_two_versions(make_window, qtbot, tmp_path):
    """Only a compare with the current text can be restored into it."""
    _window, _tab, dialog = with_two_saves(make_window, qtbot, tmp_path)
    dialog.select(1)
    dialog.to_combo.setCurrentIndex(dialog.to_combo.findData(dialog.entries[0].key))
    assert compared(qtbot, dialog).part_links.parts == []
    assert "this paragraph" not in dialog.diff_view.toPlainText()
    assert "Tab to it" not in dialog.summary.text()


def test_the_link_says_what_it_does_and_starts_its_line():
    old = HEAD + "Satu dua.\n\nTiga empat lima.\n"
    new = HEAD + "Satu dua.\n\nTiga ENAM lima.\n"
    links = {1: "<a href='restore-part:0'>LINK</a>"}
    shown = diff_html(word_diff(old, new), links)
    assert "Satu dua.<br><br><a href='restore-part:0'>LINK</a>Tiga " in shown
    assert "taken out" in part_tip() and "Undo" in part_tip()


def test_a_text_changed_under_the_window_is_compared_again(make_window, qtbot, tmp_path):
    """The text changed while the window was open (a reload): the link restores nothing
    into it, no version is kept, and the window compares the text as it is now."""
    _window, tab, dialog = with_two_saves(make_window, qtbot, tmp_path)
    history = History(tmp_path, article_id(tab.editor_text()))
    kept = len(history.versions().versions)
    dialog.select(1)
    compared(qtbot, dialog)
    reloaded = tab.editor_text().replace("Pembaruan", "Kabar terbaru")
    tab.replace_text(reloaded)
    dialog.diff_view.anchorClicked.emit(QUrl("restore-part:0"))
    assert tab.editor_text() == reloaded
    assert len(history.versions().versions) == kept
    assert dialog.current == tab.disk_text()
    assert "Kabar terbaru" in compared(qtbot, dialog).diff_view.toPlainText()
