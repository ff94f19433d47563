"""File › History…'s paragraph restore in suggest mode (QA25 F-V): an editor's restore of a
paragraph's words is his signed suggestion, as typing over them would make it, so the reporter
sees it in the Review panel; one that suggest mode cannot mark (a paragraph put back whole) is
made directly and the status bar says so. Before, both landed as plain text, unsaid."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QUrl

from netizen_editor.grammar.inline import critic_marks
from netizen_editor.history.paragraphs import CHANGED, DELETED, edit_between
from tests.gui.dialogs.test_compare_dialog import compared
from tests.gui.dialogs.test_restore_part import (
    FIRST,
    SECOND,
    THIRD,
    THIRD_REWRITTEN,
    with_two_saves,
)

NOW = dt.datetime(2026, 12, 7, 19, 40, tzinfo=dt.timezone(dt.timedelta(hours=7)))
SIGN = "{>>@Dewi Lestari (2026-12-07T19:40+07:00)<<}"


def suggesting(window, tab) -> None:
    window.review_dock.set_suggesting(True)
    tab.editor.suggester.now = lambda: NOW


def restored(make_window, qtbot, tmp_path, number: int, kind: str):
    """Part ``number`` (of ``kind``) of version 1 restored in suggest mode: (window, tab, the
    text before)."""
    window, tab, dialog = with_two_saves(make_window, qtbot, tmp_path)
    suggesting(window, tab)
    before = tab.editor_text()
    dialog.select(1)
    assert compared(qtbot, dialog).part_links.parts[number].kind == kind
    dialog.diff_view.anchorClicked.emit(QUrl(f"restore-part:{number}"))
    return window, tab, before


def test_a_paragraphs_words_come_back_as_the_users_suggestion(make_window, qtbot, tmp_path):
    window, tab, before = restored(make_window, qtbot, tmp_path, 1, CHANGED)
    text = tab.editor_text()
    marked = (
        "BPBD mencatat {~~puluhan RT tergenang~>40 RT tergenang hingga Sabtu pagi~~}" + SIGN + "."
    )
    assert marked in text
    [mark] = critic_marks(text)
    assert (mark.kind, mark.author, mark.time) == ("substitute", "Dewi Lestari", NOW)
    assert text.replace(marked, THIRD.rstrip("\n")) == before.replace(THIRD_REWRITTEN, THIRD)
    qtbot.waitUntil(lambda: window.review_dock.panel.list.count() == 1)  # the reporter sees it
    assert "as your suggestion" in tab.info_bar.label.text()  # the whole sentence: above
    tab.editor.undo()
    assert tab.editor_text() == before  # one step


def test_a_paragraph_put_back_whole_is_changed_directly_and_said(make_window, qtbot, tmp_path):
    _window, tab, before = restored(make_window, qtbot, tmp_path, 0, DELETED)
    assert tab.editor_text() == before.replace(FIRST + "\n", FIRST + "\n" + SECOND + "\n")
    message = tab.info_bar.label.text()  # the status bar says it short (QA33 #3)
    assert "directly, not as a suggestion" in message and "comment" in message


def test_someone_elses_mark_in_the_paragraph_is_not_changed(make_window, qtbot, tmp_path):
    """The paragraph holds a colleague's suggestion: marks are decided, not restored over."""
    window, tab, dialog = with_two_saves(make_window, qtbot, tmp_path)
    dialog.close()
    other = "{++ sekali++}{>>@Bambang (2026-12-07T19:00+07:00)<<}"
    tab.replace_text(tab.editor_text().replace("puluhan RT", "puluhan" + other + " RT"))
    dialog = window.open_history(tab)
    suggesting(window, tab)
    before = tab.editor_text()
    dialog.select(dialog.versions_list.topLevelItemCount() - 2)  # version 1
    parts = compared(qtbot, dialog).part_links.parts
    number = next(n for n, p in enumerate(parts) if "puluhan" in p.new)
    dialog.diff_view.anchorClicked.emit(QUrl(f"restore-part:{number}"))
    assert tab.editor_text() == before
    assert "Bambang" in window.statusBar().currentMessage()


def test_the_changed_stretch_is_widened_to_whole_words():
    before = "Warga kuatir banjir datang.\n"
    after = "Warga khawatir banjir datang lagi.\n"
    edit = edit_between(before, after, words=True)
    assert (before[edit.start : edit.end], edit.replacement) == (
        "kuatir banjir datang",
        "khawatir banjir datang lagi",
    )
    plain = edit_between("Satu dua.", "Satu tiga dua.", words=True)
    assert ("Satu dua."[plain.start : plain.end], plain.replacement) == ("", "tiga ")
    assert edit_between(before, after) == edit_between(before, after, words=False)


def test_a_whole_version_restored_in_suggest_mode_is_said_to_be_direct(
    make_window, qtbot, tmp_path
):
    window, tab, dialog = with_two_saves(make_window, qtbot, tmp_path)
    suggesting(window, tab)
    dialog.select(1)
    dialog.restore_button.click()
    assert critic_marks(tab.editor_text()) == []
    assert "changed directly, not as a suggestion" in tab.info_bar.label.text()


def test_a_paragraph_with_review_marks_comes_back_whole_and_directly(make_window, qtbot, tmp_path):
    """The editor restores his own review (his marks) into the reporter's decided text: the
    marks come back as they were, not blunted into a suggestion's text ("(--…--)")."""
    from tests.gui.dialogs.test_since_review_two_authors import BUDI, REVIEWED, desk_story
    from tests.gui.dialogs.test_since_review_two_authors import open_as as history_as

    dialog = history_as(make_window, desk_story(tmp_path), BUDI)
    window = dialog.parent().window()
    tab = window.current_tab()
    suggesting(window, tab)
    dialog.select(3)  # his save
    compared(qtbot, dialog).diff_view.anchorClicked.emit(QUrl("restore-part:0"))
    body = REVIEWED.split("---\n")[-1]
    assert tab.editor_text().endswith(body)
    assert "directly, not as a suggestion" in tab.info_bar.label.text()
