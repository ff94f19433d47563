"""Locks on a shared drive, on real windows (issue 24): two windows in one process with two
user names on one folder, a lock left by a killed process, two saves of one story, and a folder
that disappears mid-session."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import signal
import subprocess
import sys
import time
import types
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QLabel

from netizen_editor.gui.dialogs.compare_dialog import DISK, CompareDialog
from netizen_editor.gui.dialogs.lock_dialog import LockDialog
from netizen_editor.gui.dialogs.prompts import Prompts
from netizen_editor.gui.window.locking import ReadOnlyBar, copy_path
from netizen_editor.history.diff import DELETE, INSERT
from netizen_editor.settings import Settings
from netizen_editor.storage.journal import load_entry
from netizen_editor.storage.locks import lock_path, read_lock
from netizen_editor.storage.sessions import hostname
from tests.gui import TIMEOUT, Recorder, type_at_end
from tests.gui.dialogs.test_compare_dialog import compared
from tests.samples import ROOT, TEST_ARTICLE


def settings_for(name: str) -> Settings:
    return replace(Settings(ui_language="en"), default_author=name)


def answer_lock_dialog(monkeypatch, window, answer: str) -> list[LockDialog]:
    """The window asks with its real lock dialog; the test clicks ``answer``'s button."""
    shown: list[LockDialog] = []

    def click(dialog: LockDialog) -> int:
        shown.append(dialog)
        dialog.buttons[answer].click()
        return dialog.result()

    monkeypatch.setattr(LockDialog, "exec", click)
    window.prompts.article_locked = types.MethodType(Prompts.article_locked, window.prompts)
    return shown


def test_opening_writes_a_lock_in_the_settings_name_and_closing_removes_it(
    make_window, article_file
):
    window = make_window([article_file], settings=settings_for("Budi Santoso"))
    info = read_lock(article_file)
    assert info is not None and info.user == "Budi Santoso" and not info.is_stale()
    window.locks.refresh_all()  # the heartbeat keeps it ours
    assert read_lock(article_file).user == "Budi Santoso"
    window.files.close_tab(window.current_tab())
    assert not lock_path(article_file).exists()


def test_closing_the_window_removes_its_locks(make_window, article_file):
    window = make_window([article_file], settings=settings_for("Budi"))
    assert read_lock(article_file) is not None
    window.close()
    assert not lock_path(article_file).exists()


def test_a_stale_lock_of_ones_own_crashed_session_is_taken_back_without_asking(
    make_window, article_file
):
    old = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=30)).isoformat()
    lock_path(article_file).write_text(
        json.dumps(
            {
                "user": "Budi",
                "host": hostname(),
                "pid": os.getpid(),
                "since": old,
                "heartbeat": old,
            }
        ),
        encoding="utf-8",
    )
    written = time.time() - 30 * 60  # the file too, written when the session crashed
    os.utime(lock_path(article_file), (written, written))
    window = make_window([article_file], settings=settings_for("Budi"))  # strict: no question
    tab = window.current_tab()
    assert tab is not None and not tab.read_only
    info = read_lock(article_file)
    assert info is not None and info.user == "Budi" and not info.is_stale()
    assert window.locks.lock_of(tab).held


def test_second_window_reads_only_and_follows_the_holders_saves(
    make_window, qtbot, article_file, monkeypatch
):
    first = make_window([article_file], settings=settings_for("Budi"))
    second = make_window(restore=False, settings=settings_for("Rina"))
    shown = answer_lock_dialog(monkeypatch, second, "read_only")
    tab = second.files.open_path(article_file)

    assert len(shown) == 1
    dialog = shown[0]
    assert "Budi has “Judul Uji Coba” open" in dialog.message.text()  # its title
    assert "WIB" in dialog.message.text()  # in the newsroom's zone, like the article date
    assert "take_over" not in dialog.buttons  # a live lock cannot be taken
    assert tab is not None and tab.read_only and tab.editor.isReadOnly()
    assert "(read-only)" in second.windowTitle()
    assert not second.registry["bold"].isEnabled()
    assert "(read-only)" in second.tabs.tabText(second.tabs.indexOf(tab))
    assert "Read-only" in second.status.saved.text()
    bar = tab.findChild(ReadOnlyBar, "read_only_bar")
    assert (
        bar is not None and bar.isVisible() and "Budi has “Judul Uji Coba” open" in bar.label.text()
    )
    assert read_lock(article_file).user == "Budi"  # still the first's

    mine = first.current_tab()
    type_at_end(qtbot, mine, "Tambahan dari Budi.")
    first.registry["save"].trigger()
    assert not mine.is_dirty()
    qtbot.waitUntil(lambda: tab.editor_text().endswith("Tambahan dari Budi."), timeout=TIMEOUT)
    assert not tab.is_dirty() and tab.read_only
    second.registry["undo"].trigger()  # a read-only tab has nothing to undo
    assert tab.editor_text().endswith("Tambahan dari Budi.") and not tab.is_dirty()

    first.files.close_tab(mine)  # the holder closes: the reader may now edit
    assert read_lock(article_file) is None
    qtbot.waitUntil(lambda: bar.edit_button.isVisible(), timeout=TIMEOUT)
    bar.edit_button.click()
    assert not tab.read_only and not tab.editor.isReadOnly()
    assert read_lock(article_file).user == "Rina"
    assert "(read-only)" not in second.windowTitle()
    assert second.registry["bold"].isEnabled()
    type_at_end(qtbot, tab, "Rina.")
    assert tab.is_dirty()
    second.registry["undo"].trigger()  # undo works again in her own tab
    assert not tab.editor_text().endswith("Rina.")


def test_open_a_copy_beside_it_is_a_normal_article(make_window, article_file, monkeypatch):
    make_window([article_file], settings=settings_for("Budi"))
    second = make_window(restore=False, settings=settings_for("Rina"))
    answer_lock_dialog(monkeypatch, second, "copy")
    suggested = []
    second.prompts.save_path = lambda path: suggested.append(path) or path
    tab = second.files.open_path(article_file)
    copy = article_file.with_name("uji-coba-copy.md")
    assert suggested == [copy]
    assert tab is not None and tab.path == copy and not tab.read_only and not tab.is_dirty()
    assert copy.read_text(encoding="utf-8").endswith(TEST_ARTICLE.split("---\n")[-1])
    assert read_lock(copy).user == "Rina" and read_lock(article_file).user == "Budi"
    assert copy_path(article_file) == article_file.with_name("uji-coba-copy-2.md")


def test_save_as_never_writes_over_a_story_a_colleague_has_open(
    make_window, tmp_path, article_file
):
    make_window([article_file], settings=settings_for("Budi"))
    before = article_file.read_bytes()
    second = make_window(restore=False, settings=settings_for("Rina"))
    tab = second.files.new_article()
    errors = Recorder()
    second.prompts.error = errors
    second.prompts.save_path = lambda suggested: article_file
    assert not second.files.save_as(tab)
    assert "Budi has “uji-coba.md” open" in errors.calls[0][1]
    assert article_file.read_bytes() == before
    assert tab.path is None


def test_saving_over_a_story_whose_lock_lapsed_names_it_by_its_title(make_window, article_file):
    make_window([article_file], settings=settings_for("Budi"))
    make_stale(article_file)  # Budi's computer went to sleep with it open
    second = make_window(restore=False, settings=settings_for("Rina"))
    for text, story in [("# Berita Baru\n\nIsi.\n", "Berita Baru"),
                        ("Isi tanpa judul.\n", "uji-coba.md")]:  # fmt: skip
        tab = second.files.new_article()
        tab.editor.setPlainText(text)  # saved before its title reached the tab
        second.prompts.save_path = lambda suggested: article_file
        assert second.files.save_as(tab)
        notice = tab.info_bar.label
        assert f"Budi also has “{story}” open; your saves ask" in notice.text()
        assert notice.toolTip() == str(article_file)
        second.files.close_tab(tab)
        make_stale(article_file)  # closing released Rina's lock; Budi's stale one again


def test_a_colleague_whose_clock_is_off_holds_the_story_while_his_window_runs(
    make_window, article_file, monkeypatch
):
    # QA31 F10: his heartbeat 6 minutes behind this clock read as stale at once (Ambil Alih)
    hers = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=6)).isoformat()
    info = {"user": "Rina Laptop", "host": "laptop-rina", "pid": 4242, "since": hers,
            "heartbeat": hers}  # fmt: skip
    lock_path(article_file).write_text(json.dumps(info), encoding="utf-8")  # written now
    window = make_window(restore=False, settings=settings_for("Budi"))
    shown = answer_lock_dialog(monkeypatch, window, "read_only")
    tab = window.files.open_path(article_file)
    assert "take_over" not in shown[0].buttons and "no sign of life" not in shown[0].message.text()
    assert tab is not None and tab.read_only
    assert read_lock(article_file).user == "Rina Laptop"  # never taken


def test_cancel_opens_nothing(make_window, article_file, monkeypatch):
    make_window([article_file], settings=settings_for("Budi"))
    second = make_window(restore=False, settings=settings_for("Rina"))
    answer_lock_dialog(monkeypatch, second, "cancel")
    assert second.files.open_path(article_file) is None
    assert second.all_tabs() == []


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_lock_left_by_a_killed_process_is_taken_over(make_window, article_file, monkeypatch):
    script = (
        "import sys, time\n"
        "from netizen_editor.storage.locks import ArticleLock\n"
        "assert ArticleLock(sys.argv[1], 'Rina').acquire() is None\n"
        "print('held', flush=True)\n"
        "time.sleep(120)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(article_file)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
    window = make_window(restore=False, settings=settings_for("Budi"))
    shown = answer_lock_dialog(monkeypatch, window, "take_over")
    tab = window.files.open_path(article_file)
    assert "Rina has “Judul Uji Coba” open" in shown[0].message.text()
    assert "no longer running" in shown[0].message.text()
    assert tab is not None and not tab.read_only
    assert read_lock(article_file).user == "Budi"


def make_stale(article) -> None:
    """The holder's computer went to sleep: its heartbeat is ten minutes old."""
    path = lock_path(article)
    data = json.loads(path.read_text(encoding="utf-8"))
    old = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=10)).isoformat()
    data["heartbeat"] = old
    path.write_text(json.dumps(data), encoding="utf-8")
    written = time.time() - 600  # the file too, written when the heartbeat stopped
    os.utime(path, (written, written))


def two_writers(make_window, qtbot, article_file, monkeypatch):
    """Budi's lock lapsed while he typed; Rina took the story over and saved."""
    first = make_window([article_file], settings=settings_for("Budi"))
    first.files.unwatch(article_file)  # a network drive: only the save notices the change
    mine = first.current_tab()
    type_at_end(qtbot, mine, "Versi Budi.")
    make_stale(article_file)
    second = make_window(restore=False, settings=settings_for("Rina"))
    answer_lock_dialog(monkeypatch, second, "take_over")
    theirs = second.files.open_path(article_file)
    assert theirs is not None and not theirs.read_only
    type_at_end(qtbot, theirs, "Versi Rina.")
    second.registry["save"].trigger()
    assert article_file.read_text(encoding="utf-8").endswith("Versi Rina.")
    first.locks.refresh_all()  # Budi's heartbeat finds the lock is Rina's now
    notice = mine.info_bar.label  # the story by its title, as the lock dialog names it
    assert "Rina has taken over “Judul Uji Coba” since" in notice.text()
    assert notice.toolTip() == str(article_file)
    assert read_lock(article_file).user == "Rina"
    return first, mine


def test_two_saves_of_one_story_save_as_a_copy(make_window, qtbot, article_file, monkeypatch):
    first, mine = two_writers(make_window, qtbot, article_file, monkeypatch)
    conflict = Recorder("copy")
    first.prompts.disk_conflict = conflict
    first.prompts.save_path = lambda suggested: suggested
    first.registry["save"].trigger()
    assert conflict.calls == [("uji-coba.md", "Rina")]  # the question names who holds it
    copy = article_file.with_name("uji-coba-copy.md")
    assert mine.path == copy and not mine.is_dirty()
    assert copy.read_text(encoding="utf-8").endswith("Versi Budi.")
    assert article_file.read_text(encoding="utf-8").endswith("Versi Rina.")  # both texts kept
    assert read_lock(copy).user == "Budi" and read_lock(article_file).user == "Rina"


def test_two_saves_of_one_story_compare(make_window, qtbot, article_file, monkeypatch):
    first, mine = two_writers(make_window, qtbot, article_file, monkeypatch)
    first.prompts.disk_conflict = Recorder("compare")
    first.registry["save"].trigger()
    assert mine.is_dirty() and mine.editor_text().endswith("Versi Budi.")  # nothing lost
    assert article_file.read_text(encoding="utf-8").endswith("Versi Rina.")  # nothing overwritten
    dialog = first.findChild(CompareDialog, "compare_dialog")
    assert dialog is not None and dialog.isVisible()
    on_disk = dialog.entries[0]  # the text on disk first, compared with mine
    assert on_disk.key == DISK and on_disk.author == "Rina"
    assert dialog.text_of(on_disk.key).endswith("Versi Rina.")
    newest = dialog.entries[1]
    assert newest.author == "Rina" and newest.reason == "save"  # their save is a version
    assert dialog.text_of(newest.key).endswith("Versi Rina.")
    assert dialog.current.endswith("Versi Budi.")
    assert "Versi" in compared(qtbot, dialog).diff_view.toPlainText()
    dialog.select(1)  # the history's versions still compare and restore as before
    assert compared(qtbot, dialog).restore_button.isEnabled()
    assert "From the version of" in dialog.summary.text()
    assert "compare your text" in first.statusBar().currentMessage()
    dialog.close()
    first.prompts.disk_conflict = Recorder("overwrite")  # then Budi decides: his text wins
    first.registry["save"].trigger()
    assert article_file.read_text(encoding="utf-8").endswith("Versi Budi.")
    assert not mine.is_dirty()


def conflict_without_an_id(make_window, qtbot, article_file):
    """A story without an id (written by hand): Budi types, a colleague's tool changes the
    file, Budi keeps his text, saves, and chooses Compare."""
    assert "id:" not in article_file.read_text(encoding="utf-8")
    window = make_window([article_file], settings=settings_for("Budi"))
    window.files.unwatch(article_file)  # the change is noticed below, when the test says
    tab = window.current_tab()
    type_at_end(qtbot, tab, "Versi Budi.")
    text = article_file.read_text(encoding="utf-8")
    theirs = text.replace("Netizen.co.id - Paragraf", "Netizen.co.id - PERUBAHAN KOLEGA. Paragraf")
    assert theirs != text
    article_file.write_text(theirs, encoding="utf-8")
    keep = Recorder("keep")
    window.prompts.changed_on_disk = keep
    window.files.check_disk(tab)
    assert keep.calls == [("uji-coba.md",)]
    window.prompts.disk_conflict = Recorder("compare")
    window.registry["save"].trigger()
    dialog = window.findChild(CompareDialog, "compare_dialog")
    assert dialog is not None and dialog.isVisible()
    return window, tab, dialog, theirs


def test_a_story_without_an_id_compares_the_text_on_disk_with_mine(
    make_window, qtbot, article_file
):
    _window, tab, dialog, theirs = conflict_without_an_id(make_window, qtbot, article_file)
    assert article_file.read_text(encoding="utf-8") == theirs  # nothing overwritten
    assert tab.is_dirty() and tab.editor_text().endswith("Versi Budi.")  # nothing lost
    assert dialog.history is None  # their text has no id: no history to list
    assert dialog.entries[0].key == DISK
    assert dialog.text_of(DISK) == theirs and dialog.current.endswith("Versi Budi.")
    assert dialog.to_combo.currentText() == "your version (not saved)"
    intro = dialog.findChild(QLabel, "compare_intro")
    assert "On disk (changed by another program)" in intro.text()
    assert compared(qtbot, dialog).diff is not None
    deleted = "".join(p.text for p in dialog.diff.pieces if p.kind == DELETE)
    added = "".join(p.text for p in dialog.diff.pieces if p.kind == INSERT)
    assert "PERUBAHAN KOLEGA." in deleted and "Versi Budi." in added  # theirs vs mine
    shown = dialog.diff_view.toPlainText()
    assert "PERUBAHAN KOLEGA." in shown and "Versi Budi." in shown
    assert "2 words only in yours, 2 only on disk" in dialog.summary.text()
    assert not dialog.restore_button.isEnabled()  # theirs is taken with Take Theirs
    assert set(dialog.conflict_buttons) == {"overwrite", "reload", "copy"}


def test_save_mine_from_the_compare_window_overwrites_theirs(make_window, qtbot, article_file):
    window, tab, dialog, theirs = conflict_without_an_id(make_window, qtbot, article_file)
    dialog.conflict_buttons["overwrite"].click()
    assert not dialog.isVisible()
    saved = article_file.read_text(encoding="utf-8")
    assert saved.endswith("Versi Budi.") and "PERUBAHAN KOLEGA" not in saved
    assert not tab.is_dirty()
    backups = window.files.backups
    kept = [backups.read_backup(b) for b in backups.list_backups(article_file)]
    assert theirs in kept  # theirs is kept as a backup (it has no id: no history)


def test_take_theirs_from_the_compare_window_and_undo_brings_mine_back(
    make_window, qtbot, article_file
):
    window, tab, dialog, theirs = conflict_without_an_id(make_window, qtbot, article_file)
    mine = tab.editor_text()
    dialog.conflict_buttons["reload"].click()
    assert tab.editor_text() == theirs and not tab.is_dirty()
    tab.editor.undo()
    assert tab.editor_text() == mine
    window.registry["save"].trigger()  # no conflict any more: theirs was loaded (strict prompts)
    assert article_file.read_text(encoding="utf-8").endswith("Versi Budi.")


def test_save_mine_as_a_copy_from_the_compare_window(make_window, qtbot, article_file):
    window, tab, dialog, theirs = conflict_without_an_id(make_window, qtbot, article_file)
    window.prompts.save_path = lambda suggested: suggested
    dialog.conflict_buttons["copy"].click()
    copy = article_file.with_name("uji-coba-copy.md")
    assert tab.path == copy and not tab.is_dirty()
    assert copy.read_text(encoding="utf-8").endswith("Versi Budi.")
    assert article_file.read_text(encoding="utf-8") == theirs  # both texts kept


def test_a_folder_that_disappears_mid_save_waits_in_the_journal(make_window, qtbot, article_file):
    window = make_window([article_file], settings=settings_for("Budi"))
    tab = window.current_tab()
    type_at_end(qtbot, tab, "Kalimat penting.")
    folder = article_file.parent
    away = folder.with_name("articles-away")
    folder.rename(away)  # the shared drive is gone (a rename: root ignores chmod)
    errors = Recorder()
    window.prompts.error = errors
    window.registry["save"].trigger()

    assert len(errors.calls) == 1
    sentence = errors.calls[0][1]
    journal_file = window.keeper.journal.entry_file(tab.doc_id)
    assert "does not exist" in sentence and str(journal_file) in sentence
    assert sentence.endswith("is saved as soon as the folder is back.")
    assert sentence.count(". ") == 0  # one sentence
    assert load_entry(journal_file).text.endswith("Kalimat penting.")
    assert "Waiting for the folder" in window.statusBar().currentMessage()
    assert tab.is_dirty()
    window.registry["save"].trigger()  # saving again while it waits: said once only
    assert len(errors.calls) == 1

    away.rename(folder)  # the drive is back: the save is retried
    qtbot.waitUntil(
        lambda: article_file.read_text(encoding="utf-8").endswith("Kalimat penting."),
        timeout=TIMEOUT,
    )
    assert not tab.is_dirty()
    assert "The folder is back" in window.statusBar().currentMessage()
    assert read_lock(article_file).user == "Budi"


def test_a_full_disk_is_said_once_and_the_save_retried(
    make_window, qtbot, article_file, monkeypatch
):
    from netizen_editor import document as document_module
    from netizen_editor.storage.atomic import SaveError

    window = make_window([article_file], settings=settings_for("Budi"))
    tab = window.current_tab()
    type_at_end(qtbot, tab, "Kalimat penting.")
    real_write = document_module.write_article_file
    tries = []

    def full_disk(path, text, bom=False):
        tries.append(path)
        raise SaveError(path, f"The disk is full: could not save {path}", errno.ENOSPC)

    monkeypatch.setattr(document_module, "write_article_file", full_disk)
    errors = Recorder()
    window.prompts.error = errors
    window.registry["save"].trigger()
    assert len(errors.calls) == 1 and "The disk is full" in errors.calls[0][1]
    assert "as soon as it can be written again" in errors.calls[0][1]
    assert "can be written again to save uji-coba.md" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: len(tries) >= 2, timeout=TIMEOUT)  # retried, quietly
    assert len(errors.calls) == 1 and tab.is_dirty()
    monkeypatch.setattr(document_module, "write_article_file", real_write)  # space again
    qtbot.waitUntil(lambda: not tab.is_dirty(), timeout=TIMEOUT)
    assert article_file.read_text(encoding="utf-8").endswith("Kalimat penting.")
    assert "it could be written again" in window.statusBar().currentMessage()


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root may write to any folder"
)
def test_a_permission_lost_mid_session_waits_for_it(make_window, qtbot, article_file):
    window = make_window([article_file], settings=settings_for("Budi"))
    tab = window.current_tab()
    type_at_end(qtbot, tab, "Kalimat penting.")
    folder = article_file.parent
    folder.chmod(0o555)
    errors = Recorder()
    window.prompts.error = errors
    try:
        window.registry["save"].trigger()
        assert len(errors.calls) == 1 and "Permission denied" in errors.calls[0][1]
        assert tab.is_dirty()
    finally:
        folder.chmod(0o755)
    qtbot.waitUntil(lambda: not tab.is_dirty(), timeout=TIMEOUT)
    assert article_file.read_text(encoding="utf-8").endswith("Kalimat penting.")


def test_the_real_conflict_question_offers_compare_and_copy(make_window, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    window = make_window(restore=False)
    prompts = Prompts(window)

    def press(label: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        button = next(b for b in box.buttons() if b.text().replace("&", "") == label)
        button.click()

    for label, answer in [("Compare", "compare"), ("Save as a Copy…", "copy"),
                          ("Overwrite", "overwrite"), ("Cancel", "cancel")]:  # fmt: skip
        QTimer.singleShot(50, lambda label=label: press(label))
        assert prompts.disk_conflict("berita.md") == answer
