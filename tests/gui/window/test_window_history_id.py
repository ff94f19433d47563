"""A story keeps its id, and so its history and its Blogger post: a restore of a version that
has no id (a backup from before the history) or another one, and a save of a text whose id
line was deleted or pasted over, keep the story's id (QA: a restored backup saved under a new
id and its versions vanished from History)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QTextCursor

from netizen_editor.history.article_id import article_id
from netizen_editor.history.store import History
from netizen_editor.settings import Settings

SETTINGS = replace(Settings(ui_language="en"), default_author="Dewi Lestari")


def type_at_end(qtbot, tab, text: str) -> None:
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(tab.editor, text)


def saved_story(make_window, qtbot, article_file):
    """The test article (no id) typed in and saved twice: a backup of it from before the
    history, and its history under its new id."""
    window = make_window([article_file], settings=SETTINGS)
    tab = window.current_tab()
    type_at_end(qtbot, tab, "Versi satu.")
    window.registry["save"].trigger()
    type_at_end(qtbot, tab, " Versi dua.")
    window.registry["save"].trigger()
    found = article_id(article_file.read_text(encoding="utf-8"))
    assert found is not None
    return window, tab, found


def test_restoring_the_backup_from_before_the_history_keeps_the_id(
    make_window, qtbot, article_file
):
    before = article_file.read_text(encoding="utf-8")  # the story before it had an id
    window, tab, found = saved_story(make_window, qtbot, article_file)
    dialog = window.open_history(tab)
    row = len(dialog.entries) - 1  # the oldest backup: before the story had an id
    assert dialog.entries[row].reason == "backup"
    assert dialog.text_of(dialog.entries[row].key) == before
    dialog.select(row)
    dialog.restore_button.click()
    # the backup's text, with the story's id line added and every other byte as it was
    assert tab.editor_text().replace(f"id: {found}\n", "", 1) == before
    assert article_id(tab.editor_text()) == found
    window.registry["save"].trigger()  # Ctrl+S
    assert article_id(article_file.read_text(encoding="utf-8")) == found
    reasons = [v.reason for v in History(article_file.parent, found).versions().versions]
    assert reasons == ["save", "restore", "save"]  # the versions before it are still there
    dialog = window.open_history(tab)
    assert any(e.reason == "backup" for e in dialog.entries)


def test_restoring_a_version_with_another_id_keeps_the_storys(make_window, qtbot, article_file):
    window, tab, found = saved_story(make_window, qtbot, article_file)
    history = History(article_file.parent, found)
    other = tab.editor_text().replace(found, "cerita-lain").replace("Versi dua.", "Lain.")
    history.keep(other, "import")
    dialog = window.open_history(tab)
    dialog.select(0)
    assert dialog.entries[0].reason == "import"
    dialog.restore_button.click()
    assert tab.editor_text() == other.replace("cerita-lain", found)


def test_a_deleted_id_line_is_put_back_at_the_save(make_window, qtbot, article_file):
    window, tab, found = saved_story(make_window, qtbot, article_file)
    text = tab.editor_text()
    start = text.index(f"id: {found}\n")
    cursor = tab.editor.textCursor()  # the user deletes the id line by accident
    cursor.setPosition(start)
    cursor.setPosition(start + len(f"id: {found}\n"), QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    assert article_id(tab.editor_text()) is None
    window.registry["save"].trigger()
    assert article_id(article_file.read_text(encoding="utf-8")) == found
    assert tab.editor_text() == text and not tab.is_dirty()
    message = window.statusBar().currentMessage()
    assert "the id line was missing; the article keeps its id and its history" in message
    history = History(article_file.parent, found)  # the story's history goes on
    assert history.read(history.versions().versions[0].id)[1] == text


def test_a_story_pasted_over_without_an_id_keeps_the_files_id(make_window, qtbot, article_file):
    window, tab, found = saved_story(make_window, qtbot, article_file)
    pasted = "---\ntitle: Berita Lain\nstatus: draft\n---\n\nIsi berita lain.\n"
    tab.replace_text(pasted, modified=True)
    window.registry["save"].trigger()
    saved = article_file.read_text(encoding="utf-8")
    assert article_id(saved) == found and saved.replace(f"id: {found}\n", "", 1) == pasted


def test_without_a_history_a_text_without_an_id_gets_a_new_one(make_window, qtbot, article_file):
    """The id goes back only when it has a history: a file whose id never kept a version (its
    history folder gone) is an article like any other, given a new id at its save."""
    import shutil

    window, tab, found = saved_story(make_window, qtbot, article_file)
    shutil.rmtree(History(article_file.parent, found).path)
    tab.replace_text(tab.editor_text().replace(f"id: {found}\n", ""), modified=True)
    window.registry["save"].trigger()
    new = article_id(article_file.read_text(encoding="utf-8"))
    assert new is not None and new != found
    assert "keeps its id" not in window.statusBar().currentMessage()


def test_save_as_still_gives_a_copy_its_own_id(make_window, qtbot, article_file, tmp_path):
    window, tab, found = saved_story(make_window, qtbot, article_file)
    tab.replace_text(tab.editor_text().replace(f"id: {found}\n", ""), modified=True)
    copy = article_file.parent / "salinan.md"
    window.prompts.save_path = lambda suggested: copy
    window.registry["save_as"].trigger()
    copied = article_id(copy.read_text(encoding="utf-8"))
    assert copied is not None and copied != found
    assert article_id(article_file.read_text(encoding="utf-8")) == found
