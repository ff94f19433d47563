"""File › History… on the real window: the versions newest first with time, author, reason and
words; the word diff between two versions or a version and the current text (front matter
changes by field); "Changes since the last review"; Restore (the current text kept first, the
restored text one undoable edit)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel

from netizen_editor.gui.dialogs.compare_dialog import (
    CURRENT,
    DISK,
    CompareDialog,
    DiskText,
)
from netizen_editor.gui.dialogs.compare_html import diff_html
from netizen_editor.history.article_id import article_id
from netizen_editor.history.diff import DELETE, INSERT, word_diff
from netizen_editor.history.store import History
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT

SETTINGS = replace(Settings(ui_language="en"), default_author="Dewi Lestari")


def type_at_end(qtbot, tab, text: str) -> None:
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(tab.editor, text)


def choose_status(panel, value: str) -> None:
    combo = panel.status_combo
    combo.setFocus()
    index = combo.findData(value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def compared(qtbot, dialog: CompareDialog) -> CompareDialog:
    """``dialog`` once the compare asked last (off the window's thread) is shown."""
    qtbot.waitUntil(lambda: not dialog.comparing(), timeout=TIMEOUT)
    return dialog


def with_versions(make_window, qtbot, article_file):
    """Versions: a save, a status change to review, a save after it; then unsaved typing."""
    window = make_window([article_file], settings=SETTINGS)
    tab = window.current_tab()
    type_at_end(qtbot, tab, "Versi satu.")
    window.registry["save"].trigger()
    choose_status(tab.metadata_panel, "review")
    type_at_end(qtbot, tab, " Versi dua.")
    window.registry["save"].trigger()
    type_at_end(qtbot, tab, " Belum disimpan.")
    window.registry["history"].trigger()
    dialog = window.findChild(CompareDialog)
    assert dialog is not None and dialog.isVisible()
    return window, tab, compared(qtbot, dialog)


def test_the_versions_are_listed_newest_first(make_window, qtbot, article_file):
    _window, tab, dialog = with_versions(make_window, qtbot, article_file)
    rows = [
        dialog.versions_list.topLevelItem(i)
        for i in range(dialog.versions_list.topLevelItemCount())
    ]
    assert [row.text(2) for row in rows[:3]] == ["save", "status change", "save"]
    assert {row.text(1) for row in rows[:3]} == {"Dewi Lestari"}
    # the copy kept before the first save (before the history existed) is listed after them
    assert [row.text(2) for row in rows[3:]] == ["old backup"]
    assert rows[3].toolTip(2) == "backup (before the history)"
    assert rows[0].text(3) == str(tab.current_snapshot().stats.words - 2)  # before "Belum …"
    assert rows[0].text(0) >= rows[1].text(0) >= rows[2].text(0)
    # the word counts are in view (a stretched last column put them out of it)
    view = dialog.versions_list
    count = view.visualRect(view.model().index(0, 3))
    assert count.isValid() and count.right() <= view.viewport().width()
    # the newest version against the current text: what was typed since, in green
    assert dialog.versions_list.currentItem() is rows[0]
    assert dialog.to_combo.currentData() == CURRENT
    added = [p.text for p in dialog.diff.pieces if p.kind == INSERT]
    assert len(added) == 1 and "Belum disimpan" in added[0]
    assert "2 words added, 0 deleted" in dialog.summary.text()
    assert "Belum disimpan." in dialog.diff_view.toPlainText()
    assert "#d4f4dc" in dialog.diff_view.toHtml().lower()  # additions green


def test_two_versions_compare_with_their_fields(make_window, qtbot, article_file):
    _window, _tab, dialog = with_versions(make_window, qtbot, article_file)
    dialog.select(2)  # the first save
    dialog.to_combo.setCurrentIndex(dialog.to_combo.findData(dialog.entries[0].key))
    compared(qtbot, dialog)
    assert [(c.field, c.old, c.new) for c in dialog.diff.fields] == [("status", "draft", "review")]
    assert "Versi dua" in "".join(p.text for p in dialog.diff.pieces if p.kind == INSERT)
    assert all(p.kind != DELETE for p in dialog.diff.pieces)
    shown = dialog.diff_view.toPlainText()
    assert "status" in shown and "draft" in shown and "review" in shown


def test_changes_since_the_last_review_start_at_the_last_review_decision(
    make_window, qtbot, article_file
):
    """Not the oldest backup, nor the version sent to review: the version the last accept or
    reject kept (reason ``review``, the text just before it); the summary says which."""
    window, tab, _dialog = with_versions(make_window, qtbot, article_file)
    window.findChild(CompareDialog).close()
    type_at_end(qtbot, tab, " Usulan diputuskan.")
    window.review_dock.decision_made.emit(tab)  # an accept: the text before it is kept
    type_at_end(qtbot, tab, " Sesudah keputusan.")
    window.registry["save"].trigger()
    dialog = window.open_history(tab)
    assert [e.reason for e in dialog.entries[:2]] == ["save", "review"]
    dialog.review_button.click()
    compared(qtbot, dialog)
    assert dialog.chosen() is dialog.entries[1]
    assert dialog.to_combo.currentData() == CURRENT
    added = "".join(p.text for p in dialog.diff.pieces if p.kind == INSERT)
    assert "Sesudah keputusan" in added and "Usulan" not in added and "Versi dua" not in added
    summary = dialog.summary.text()
    assert summary.startswith("Since just before the first review decision of the latest run (")
    assert f"{dialog.entries[1].time} by Dewi Lestari" in summary
    assert "2 words added, 0 deleted" in summary


def test_no_review_decision_is_said(make_window, qtbot, article_file):
    """Versions (one in status review) and a backup, but no accept or reject: said, and
    nothing is chosen for it."""
    _window, _tab, dialog = with_versions(make_window, qtbot, article_file)
    dialog.select(1)
    assert not dialog.show_since_review()
    compared(qtbot, dialog)  # the compare asked by the choice says nothing after it
    assert dialog.chosen() is dialog.entries[1]
    assert "No review decision" in dialog.summary.text()
    assert dialog.diff_view.toPlainText() == ""


def test_restore_keeps_the_current_text_and_undo_brings_it_back(make_window, qtbot, article_file):
    window, tab, dialog = with_versions(make_window, qtbot, article_file)
    before = tab.editor_text()
    history = History(article_file.parent, article_id(before))
    oldest = dialog.entries[2]
    old_text = history.read(oldest.key)[1]
    dialog.select(2)
    dialog.restore_button.click()
    assert not dialog.isVisible()
    assert tab.editor_text() == old_text and tab.is_dirty()
    newest = history.versions().versions[0]
    assert newest.reason == "restore" and history.read(newest.id)[1] == before
    assert "Restored the version of" in window.statusBar().currentMessage()
    tab.editor.undo()  # one undoable edit
    assert tab.editor_text() == before


def test_an_untitled_article_has_no_history(make_window):
    window = make_window()
    window.files.new_article()
    assert window.open_history(window.current_tab()) is None
    assert "not been saved" in window.statusBar().currentMessage()


def test_long_unchanged_stretches_are_folded():
    body = "".join(f"Paragraf {n} tetap sama.\n\n" for n in range(400))
    old = "---\ntitle: A\n---\n" + body + "Akhir lama.\n"
    new = "---\ntitle: B\n---\n" + body + "Akhir baru.\n"
    shown = diff_html(word_diff(old, new))
    assert "unchanged lines" in shown and "Paragraf 5 " not in shown
    assert "Paragraf 399" in shown and "baru" in shown and "lama" in shown


def test_the_versions_times_are_on_the_newsrooms_clock(make_window, qtbot, article_file):
    """A laptop set to New York in a WIT newsroom: File › History lists the versions (and the
    backup) at the newsroom's time, named, as the article's date is shown."""
    import datetime as dt
    import time

    import pytest

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TZ", "America/New_York")
        time.tzset()
        try:
            window = make_window([article_file], settings=replace(SETTINGS, timezone="WIT"))
            tab = window.current_tab()
            type_at_end(qtbot, tab, "Versi satu.")
            window.registry["save"].trigger()
            window.registry["history"].trigger()
            dialog = window.findChild(CompareDialog)
            rows = [
                dialog.versions_list.topLevelItem(i)
                for i in range(dialog.versions_list.topLevelItemCount())
            ]
            assert rows and all(row.text(0).endswith(" WIT") for row in rows)
            wit = dt.datetime.now(dt.timezone(dt.timedelta(hours=9)))
            # as the desk writes a time (QA34 F6: the list wrote "2026-12-08 07:05:04 WIB")
            months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                      "Nov", "Dec")  # fmt: skip
            assert rows[0].text(0).startswith(f"{wit.day} {months[wit.month - 1]} {wit.year} ")
        finally:
            mp.undo()
            time.tzset()


def test_a_save_conflict_compares_the_text_on_disk_with_mine_without_a_history(qtbot, tmp_path):
    """No history (the story has no id): the text on disk, named with who changed it, against
    the user's version; Restore on that row and the conflict buttons answer the conflict."""
    path = tmp_path / "berita.md"
    theirs = "---\ntitle: A\n---\nKalimat kolega. Paragraf sama.\n"
    path.write_text(theirs, encoding="utf-8")
    mine = "---\ntitle: A\n---\nParagraf sama. Kalimat saya.\n"
    dialog = CompareDialog(path, mine, None, disk=DiskText(theirs, "Rina"))
    qtbot.addWidget(dialog)
    assert [e.key for e in dialog.entries] == [DISK]
    assert dialog.entries[0].author == "Rina" and dialog.entries[0].time.endswith("WIB")
    assert dialog.windowTitle() == "Your Text and “berita.md” on Disk"
    assert dialog.to_combo.currentData() == CURRENT
    assert dialog.to_combo.currentText() == "your version (not saved)"
    assert "On disk (changed by Rina)" in dialog.findChild(QLabel, "compare_intro").text()
    assert compared(qtbot, dialog).diff is not None
    assert "".join(p.text for p in dialog.diff.pieces if p.kind == DELETE) == "Kalimat kolega. "
    assert "Kalimat saya" in "".join(p.text for p in dialog.diff.pieces if p.kind == INSERT)
    assert "2 words only in yours, 2 only on disk" in dialog.summary.text()
    assert not dialog.review_button.isVisible() and not dialog.restore_button.isEnabled()
    answers: list[str] = []
    dialog.conflict_answer.connect(answers.append)
    dialog.conflict_buttons["overwrite"].click()
    dialog._restore()  # Restore on the text on disk is Take Theirs (a reload, never a restore)
    assert answers == ["overwrite", "reload"] and dialog.restored is None


def test_without_a_conflict_the_history_window_has_no_disk_row(qtbot, tmp_path):
    path = tmp_path / "berita.md"
    path.write_text("Teks.\n", encoding="utf-8")
    dialog = CompareDialog(path, "Teks.\n", None)
    qtbot.addWidget(dialog)
    assert dialog.entries == [] and dialog.conflict_buttons == {}
    assert dialog.windowTitle() == "History of berita.md"
    assert dialog.to_combo.currentText() == "the current text"


def test_backups_say_whether_they_were_taken_before_the_history_and_count_their_words(
    qtbot, tmp_path
):
    """Two saves in one minute: the second's version replaces the first's, so the backup taken
    before the second save (the first save's text, with the story's id) is older than the
    oldest version yet from the history's time: "backup before a save", not "before the
    history"; each backup shows its words, as ``netizen-editor history`` does."""
    import datetime as dt

    from netizen_editor.storage.backups import BackupStore

    story = "0b6f1c1e-5d2a-4c1e-9a55-3c2f1e0d9b11"
    path = tmp_path / "berita.md"
    before = "---\ntitle: Banjir\n---\nSatu dua tiga.\n"  # no id: no history yet
    first = f"---\ntitle: Banjir\nid: {story}\n---\nSatu dua tiga empat lima.\n"
    second = first.replace("lima.", "lima enam tujuh.")
    store = BackupStore(tmp_path / "backups")
    folder = store.folder_for(path)
    folder.mkdir(parents=True)
    (folder / "20261206T051227.000000000Z.md").write_text(before, encoding="utf-8")
    (folder / "20261206T051259.000000000Z.md").write_text(first, encoding="utf-8")
    times = iter([dt.datetime(2026, 12, 6, 5, 12, s, 500_000, dt.UTC) for s in (27, 59)])
    history = History(tmp_path, story, author="Rina", clock=lambda: next(times))
    history.keep(first, "save")
    history.keep(second, "save")  # the same minute: it replaces the first save's version
    assert len(history.versions().versions) == 1
    path.write_text(second, encoding="utf-8")
    dialog = CompareDialog(path, second, history, store)
    qtbot.addWidget(dialog)
    rows = [
        dialog.versions_list.topLevelItem(i)
        for i in range(dialog.versions_list.topLevelItemCount())
    ]
    assert [(row.text(2), row.toolTip(2), row.text(3)) for row in rows] == [
        ("save", "save", "7"),
        ("backup", "backup before a save", "5"),
        ("old backup", "backup (before the history)", "3"),
    ]
    assert [e.reason for e in dialog.entries] == ["save", "backup", "backup"]
    compared(qtbot, dialog).select(1)
    compared(qtbot, dialog)
    assert "(backup before a save)" in dialog.summary.text()
    assert "2 words added" in dialog.summary.text()


def test_a_status_change_is_named_as_the_desk_names_it(english):
    old = "---\ntitle: A\nstatus: spiked\n---\nIsi.\n"
    new = "---\ntitle: A\nstatus: draft\n---\nIsi.\n"
    shown = diff_html(word_diff(old, new))
    assert "Spiked (spiked)" in shown and "Draft (draft)" in shown  # QA6: only the codes
    odd = diff_html(word_diff(old, new.replace("draft", "entah")))
    assert ">entah<" in odd  # a word the app does not know, as written


def test_the_list_fits_at_1366_with_short_reasons(make_window, qtbot, article_file):
    """QA31 F7: at 1366×768 (the list ~430 px wide) "overwritten (changed elsewhere)" was cut
    and the Words column was behind a sideways scroll. The list names the reason short, its
    tip in full, and the reason column takes the room the others leave."""
    window, _tab, dialog = with_versions(make_window, qtbot, article_file)
    dialog.close()
    path = window.current_tab().path
    history = History(path.parent, article_id(path.read_text(encoding="utf-8")), author="Dewi")
    history.keep(path.read_text(encoding="utf-8") + "\nTeks dari luar.\n", "overwritten")
    dialog = CompareDialog(path, path.read_text(encoding="utf-8"), history, parent=window)
    qtbot.addWidget(dialog)
    dialog.resize(1180, 720)
    dialog.show()
    qtbot.waitExposed(dialog)
    splitter = dialog.versions_list.parentWidget()
    splitter.setSizes([430, 750])
    view = dialog.versions_list
    qtbot.waitUntil(lambda: view.width() <= 440)
    row = view.topLevelItem(0)
    assert row.text(2) == "overwritten"
    assert row.toolTip(2) == "overwritten (changed elsewhere)"
    assert dialog.entries[0].label() == "overwritten (changed elsewhere)"  # the summary's
    assert view.horizontalScrollBar().maximum() == 0  # nothing behind a sideways scroll
    count = view.visualRect(view.model().index(0, 3))
    assert count.isValid() and count.right() <= view.viewport().width()
    splitter.setSizes([370, 810])  # narrower still (a longer name, another language): the
    qtbot.waitUntil(lambda: view.width() <= 380)  # reason gives way ("…"), the words stay
    assert view.horizontalScrollBar().maximum() == 0
    count = view.visualRect(view.model().index(0, 3))
    assert count.isValid() and count.right() <= view.viewport().width()
